"""PDFs whose pages share one huge content stream, or hold more content than any
article: the text read per page and in total is bounded, and so is the time."""

from __future__ import annotations

import zlib

from outcomes import expect
from test_bombs import MIB, PAGE_TEXT, pdf_with


def deflated(data: bytes) -> bytes:
    compressor = zlib.compressobj(9)
    return compressor.compress(data) + compressor.flush()


def string_page(size: int) -> bytes:
    """A page content stream showing one string of ``size`` letters (few tokens, slow to read)."""
    return b"BT /F1 12 Tf 10 100 Td (" + b"A" * size + b") Tj ET\n"


def test_two_thousand_pages_sharing_a_twenty_megabyte_stream_are_refused(tmp_path, bounded):
    path = tmp_path / "shared.pdf"
    path.write_bytes(pdf_with(2000, deflated(string_page(20 * MIB)), filtered=True))
    assert path.stat().st_size < 100_000
    result = bounded("load", path)
    expect(result, "refused", seconds=10, peak_mb=400, says="more content")


def test_many_pages_of_a_megabyte_each_stop_at_the_total_bound(tmp_path, bounded):
    path = tmp_path / "many.pdf"
    path.write_bytes(pdf_with(2000, deflated(PAGE_TEXT + b" " * MIB), filtered=True))
    result = bounded("load", path)
    expect(result, "refused", seconds=30, peak_mb=600, says="more content")


def test_an_ordinary_long_pdf_is_still_read(tmp_path, bounded):
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_with(500, PAGE_TEXT * 40))
    result = bounded("load", path)
    assert result["outcome"] == "document", result
