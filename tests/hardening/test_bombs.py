"""Decompression and size bombs: each is refused clearly or gives a bounded, correct result.

Every hostile file is built at test time and imported in a child process
(``probe.py``) so the test can measure its time and peak memory and a runaway
parser cannot take the test run with it. The bounds are safety limits, not
speed targets (measured figures are in docs/hardening.md).
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib

import docx
import pytest

from storydiff.errors import InputError
from storydiff.importers import from_paste, load_path

GIB = 1024**3
MIB = 1024**2


def deflated_repeats(chunk: bytes, times: int) -> bytes:
    """Raw deflate of ``chunk * times``, made by compressing ``chunk`` once.

    A full flush makes the compressed chunk independent of what came before, so
    it can be repeated; an empty final block ends the stream.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * times + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def zip_bytes(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip of (name, deflated data, unpacked size, crc) members, written by hand."""
    out, directory = io.BytesIO(), io.BytesIO()
    for name, data, size, crc in members:
        offset = out.tell()
        fields = (20, 0, 8, 0, 0x21, crc, len(data), size, len(name.encode()), 0)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + name.encode() + data)
        directory.write(
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHH", *fields)
            + struct.pack("<HHHII", 0, 0, 0, 0, offset)
            + name.encode()
        )
    count, start = len(members), out.tell()
    out.write(directory.getvalue())
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count,
                          len(directory.getvalue()), start, 0))  # fmt: skip
    return out.getvalue()


def docx_bomb(unpacked: int) -> bytes:
    """A real .docx whose word/document.xml inflates to ``unpacked`` bytes.

    Its CRC is not computed (that would take longer than the test): the importer
    must refuse from the declared sizes before inflating anything.
    """
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Troops were mobilised.")
    document.save(buffer)
    members = []
    with zipfile.ZipFile(buffer) as source:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                chunk = b"<w:p><w:r><w:t>" + b"A" * MIB + b"</w:t></w:r></w:p>"
                times = unpacked // len(chunk)
                packed = deflated_repeats(chunk, times)
                members.append((info.filename, packed, len(chunk) * times, 0))
            else:
                packed = zlib.compressobj(9, zlib.DEFLATED, -15)
                raw = packed.compress(data) + packed.flush()
                members.append((info.filename, raw, len(data), zlib.crc32(data)))
    return zip_bytes(members)


@pytest.mark.slow
def test_word_zip_bomb_is_refused_before_it_inflates(tmp_path, bounded):
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bomb(2 * GIB))
    assert path.stat().st_size < 5 * MIB
    result = bounded("load", path)
    assert result["outcome"] == "refused", result
    assert "unpacks to" in result["message"] and "limit" in result["message"]
    assert result["seconds"] < 10 and result["peak_mb"] < 400, result


def test_hand_made_zip_helper_writes_a_readable_word_document(tmp_path):
    """The bomb builder itself is sound: a small 'bomb' is a valid document."""
    path = tmp_path / "small.docx"
    path.write_bytes(docx_bomb(3 * MIB))
    with pytest.raises(InputError, match="not a valid Word"):  # its CRC is not set
        load_path(path)
    with zipfile.ZipFile(path) as package:
        assert package.getinfo("word/document.xml").file_size > 3 * MIB - MIB


PDF_HEAD = b"%PDF-1.4\n"


def pdf_bytes(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 is the catalog) with a correct xref table."""
    out = io.BytesIO()
    out.write(PDF_HEAD)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref))  # fmt: skip
    return out.getvalue()


def pdf_with(pages: int, content: bytes, filtered: bool = False) -> bytes:
    """One page object listed ``pages`` times in the page tree, with ``content``."""
    kids = b" ".join([b"3 0 R"] * pages)
    stream_dict = b"<< /Length %d%s >>" % (len(content), b" /Filter /FlateDecode" * filtered)
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            stream_dict + b"\nstream\n" + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


PAGE_TEXT = b"BT /F1 12 Tf 10 100 Td (Troops were mobilised on the front line.) Tj ET\n"


def test_pdf_helper_makes_a_readable_pdf(tmp_path):
    path = tmp_path / "fine.pdf"
    path.write_bytes(pdf_with(2, PAGE_TEXT))
    assert "Troops were mobilised" in load_path(path).text


@pytest.mark.slow
def test_pdf_with_a_huge_page_tree_is_refused(tmp_path, bounded):
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_with(200_000, PAGE_TEXT))
    result = bounded("load", path)
    assert result["outcome"] == "refused", result
    assert "too large or too complex" in result["message"]
    assert result["seconds"] < 20 and result["peak_mb"] < 600, result


def test_pdf_with_more_pages_than_allowed_is_refused_with_its_page_count(tmp_path, bounded):
    path = tmp_path / "pages.pdf"
    path.write_bytes(pdf_with(20_000, PAGE_TEXT))
    result = bounded("load", path)
    assert result["outcome"] == "refused", result
    assert "20,000 pages" in result["message"]
    assert result["seconds"] < 20 and result["peak_mb"] < 600, result


@pytest.mark.slow
def test_pdf_with_a_content_stream_bomb_is_bounded(tmp_path, bounded):
    piece = PAGE_TEXT * 16_384  # about 1 MB of page text operators
    compressor = zlib.compressobj(9)
    chunk = compressor.compress(piece) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = chunk * (GIB // len(piece)) + compressor.flush()  # inflates to 1 GB
    path = tmp_path / "stream.pdf"
    path.write_bytes(pdf_with(1, stream, filtered=True))
    result = bounded("load", path)
    # pypdf stops inflating at 75 MB and parsing after 2 million operands: the text
    # read up to there, or a refusal.
    assert result["outcome"] in ("refused", "document"), result
    assert result["chars"] < 2_000_000, result
    assert result["seconds"] < 60 and result["peak_mb"] < 1000, result


def test_million_nested_tags_give_a_bounded_answer(tmp_path, bounded):
    path = tmp_path / "nested.html"
    path.write_bytes(b"<html><body>" + b"<div>" * 1_000_000 + b"Troops were mobilised.")
    result = bounded("load", path)
    assert result["outcome"] in ("refused", "document"), result
    assert result["seconds"] < 30 and result["peak_mb"] < 800, result


@pytest.mark.slow
def test_page_of_three_hundred_thousand_paragraphs_is_read_in_bounded_time(tmp_path, bounded):
    paragraph = b"<p>Troops were mobilised on the front line.</p>\n"
    path = tmp_path / "flat.html"
    path.write_bytes(b"<html><body><article>" + paragraph * 300_000 + b"</article></body></html>")
    result = bounded("load", path)
    assert result["outcome"] == "document", result
    assert result["chars"] >= 300_000 * 40
    assert result["seconds"] < 30 and result["peak_mb"] < 1200, result


def test_two_hundred_megabyte_text_file_is_refused_by_its_size_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(200 * MIB)  # sparse: no time spent writing it
    started = time.perf_counter()
    with pytest.raises(InputError, match=r"too big \(200.0 MB; the limit is 50.0 MB\)"):
        load_path(path)
    assert time.perf_counter() - started < 0.5


@pytest.mark.slow
def test_one_line_fifty_megabyte_file_loads_whole_within_bounds(tmp_path, bounded):
    line = b"Troops were mobilised and the ISW said 370,000 more could follow "
    path = tmp_path / "one-line.txt"
    path.write_bytes(line * (50 * MIB // len(line)))
    result = bounded("load", path)
    assert result["outcome"] == "document", result
    assert result["chars"] == path.stat().st_size
    assert result["seconds"] < 20 and result["peak_mb"] < 1000, result


def test_run_on_sentence_is_analysed_and_tagged_in_bounded_time(tmp_path, bounded):
    """A page-long 'sentence' full of attribution cues (quadratic before sentences were cut)."""
    words = b"alpha said the ISW beta told Kremlin 370,000 troops according to "
    path = tmp_path / "run-on.txt"
    path.write_bytes(words * (300_000 // len(words)))
    result = bounded("ingest", path)
    assert result["outcome"] == "document", result
    assert result["seconds"] < 30, result


@pytest.mark.parametrize(
    "text",
    [
        "\u0301" * 1_000_000,  # only combining accents
        "a" + "\u0301\u0302\u0303" * 300_000,  # one letter carrying a million accents
        "\u202e" * 500_000,  # only right-to-left overrides
        "\u202eSaid the ISW: 370,000 troops. \u202c" * 20_000,  # overrides around news text
    ],
    ids=["combining", "stacked-accents", "rtl-overrides", "rtl-around-text"],
)
def test_text_of_only_marks_or_direction_overrides_is_handled_in_bounds(tmp_path, bounded, text):
    path = tmp_path / "marks.txt"
    path.write_text(text, encoding="utf-8")
    result = bounded("ingest", path)
    assert result["outcome"] in ("document", "refused"), result
    if result["outcome"] == "document":
        assert result["chars"] == len(text)
    assert result["seconds"] < 30 and result["peak_mb"] < 800, result


def test_oversized_clipboard_html_falls_back_to_its_text_and_oversized_text_is_refused():
    huge_html = "<p>" + "x" * (21 * MIB)
    assert from_paste("Troops were mobilised.", huge_html).text == "Troops were mobilised."
    with pytest.raises(InputError, match=r"clipboard holds 51.0 MB of text"):
        from_paste("y" * (51 * MIB), None)
