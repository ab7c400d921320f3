"""Story archives that would make StoryDiff hold far more than their size in memory.

Each archive is built at test time and imported in a child process (``probe.py
archive``), which reports the time and peak memory of that one import.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib

from outcomes import expect
from test_bombs import GIB, MIB, deflated_repeats, zip_bytes

TEXT = ("Troops were mobilised on the front line, the ministry said.\n" * 90_000).encode()


def entry(text_file: str, raw_file: str, text: bytes, raw: bytes) -> dict:
    return {
        "title": "Mobilisation",
        "imported": "2026-11-30T10:00:00+00:00",
        "method": "text",
        "text_sha256": hashlib.sha256(text).hexdigest(),
        "raw_sha256": hashlib.sha256(raw).hexdigest(),
        "text_file": text_file,
        "raw_file": raw_file,
    }


def manifest(entries: list[dict]) -> bytes:
    story = {"name": "Bomb", "created": "2026-11-30T10:00:00+00:00"}
    return json.dumps({"format": "storydiff-story", "format_version": 1, "story": story,
                       "documents": entries}).encode()  # fmt: skip


def test_one_big_entry_listed_four_hundred_times_is_read_once(tmp_path, bounded):
    assert len(TEXT) > 5 * MIB
    path = tmp_path / "repeated.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("story.json", manifest([entry("d/1.txt", "d/1.txt", TEXT, TEXT)] * 400))
        out.writestr("d/1.txt", TEXT)
    assert path.stat().st_size < 100_000
    result = bounded("archive", path)
    assert result["outcome"] == "document", result
    assert result["chars"] == 1  # the 400 copies are one document
    assert result["seconds"] < 30 and result["peak_mb"] < 400, result


def bomb_zip(declared: int, inflated: int) -> bytes:
    """An archive whose text entry declares ``declared`` bytes and inflates to ``inflated``."""
    chunk = b"A" * MIB
    packed = deflated_repeats(chunk, inflated // MIB)
    body = manifest([entry("d/1.txt", "d/1.txt", b"x", b"x")])
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    plain = compressor.compress(body) + compressor.flush()
    return zip_bytes(
        [("story.json", plain, len(body), zlib.crc32(body)), ("d/1.txt", packed, declared, 0)]
    )


def test_an_entry_declaring_gigabytes_is_refused_before_inflating(tmp_path, bounded):
    path = tmp_path / "declared.zip"
    path.write_bytes(bomb_zip(2 * GIB, 2 * GIB))
    assert path.stat().st_size < 4 * MIB
    result = bounded("archive", path)
    expect(result, "refused", seconds=10, peak_mb=300, says="too big")


def test_an_entry_inflating_past_its_declared_size_is_cut_at_it(tmp_path, bounded):
    path = tmp_path / "lying.zip"
    path.write_bytes(bomb_zip(MIB, GIB))
    result = bounded("archive", path)
    expect(result, "refused", seconds=10, peak_mb=300, says="damaged")


def test_a_manifest_inflating_to_gigabytes_is_refused(tmp_path, bounded):
    chunk = b" " * MIB
    packed = deflated_repeats(chunk, 1024)
    path = tmp_path / "manifest-bomb.zip"
    path.write_bytes(zip_bytes([("story.json", packed, GIB, 0)]))
    result = bounded("archive", path)
    expect(result, "refused", seconds=10, peak_mb=300)
