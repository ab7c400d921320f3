"""Word documents: the bytes actually inflated are bounded, whatever the sizes declare,
and a damaged package is one line and exit 2, never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
import zlib

import docx
from outcomes import expect
from test_bombs import MIB, deflated_repeats, zip_bytes


def plain_docx() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Troops were mobilised on the front line.")
    document.save(buffer)
    return buffer.getvalue()


def lying_docx(declared: int, inflated: int) -> bytes:
    """A .docx whose document.xml declares ``declared`` bytes but inflates to ``inflated``."""
    members = []
    with zipfile.ZipFile(io.BytesIO(plain_docx())) as source:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                packed = deflated_repeats(b"<w:p/>" * (MIB // 6), inflated // MIB)
                members.append((info.filename, packed, declared, 0))
            else:
                compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
                raw = compressor.compress(data) + compressor.flush()
                members.append((info.filename, raw, len(data), zlib.crc32(data)))
    return zip_bytes(members)


def test_a_docx_inflating_past_its_declared_sizes_stays_bounded(tmp_path, bounded):
    path = tmp_path / "lying.docx"
    path.write_bytes(lying_docx(40 * MIB, 1024 * MIB))
    assert path.stat().st_size < 2 * MIB
    result = bounded("load", path)
    expect(result, "refused", seconds=10, peak_mb=400)


def needing_version(data: bytes, version: int) -> bytes:
    """``data`` with every entry saying it needs zip ``version`` (64: 6.4) to extract."""
    patched = bytearray(data)
    start = patched.find(b"PK\x01\x02")
    while start != -1:
        patched[start + 6 : start + 8] = version.to_bytes(2, "little")
        start = patched.find(b"PK\x01\x02", start + 4)
    return bytes(patched)


def test_a_docx_needing_an_unsupported_zip_version_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "version.docx"
    path.write_bytes(needing_version(plain_docx(), 64))
    for command in (["extract", str(path)], ["compare", str(path), str(path)]):
        done = subprocess.run(
            [sys.executable, "-m", "storydiff", *command],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip().splitlines() == [
            "storydiff: error: version.docx: not a valid Word (.docx) document"
        ], done.stderr


def test_an_ordinary_docx_is_still_read(tmp_path):
    from storydiff.importers import load_path

    path = tmp_path / "fine.docx"
    path.write_bytes(plain_docx())
    assert load_path(path).text == "Troops were mobilised on the front line."


def test_an_error_no_importer_foresaw_is_still_a_one_line_input_error(tmp_path, monkeypatch):
    import importlib

    import pytest

    from storydiff.errors import InputError
    from storydiff.importers import detect

    def broken(path):
        raise NotImplementedError("zip file version 9.9")

    module, name = detect.LOADERS[".docx"]
    monkeypatch.setattr(importlib.import_module(module), name, broken)
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(InputError, match=r"could not be read \(NotImplementedError"):
        detect.load_path(tmp_path / "x.docx")
