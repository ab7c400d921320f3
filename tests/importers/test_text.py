"""Plain text and Markdown files in the encodings journalists meet."""

from __future__ import annotations

import time

import pytest

from storydiff.errors import InputError
from storydiff.importers import load_path
from storydiff.importers.text import load_text
from storydiff.paths import resource

RUSSIAN_START = "Президент России Владимир Путин может объявить вторую волну мобилизации"


def test_utf8_text_is_returned_exactly_as_in_the_file():
    path = resource("samples", "newsweek-2023-01-17-isw-mobilization.txt")
    document = load_path(path)
    assert document.text == path.read_bytes().decode("utf-8")
    assert document.raw == path.read_bytes()
    assert document.method == "text"


def test_windows_line_endings_read_as_python_reads_text_and_raw_keeps_them(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"First paragraph.\r\nSecond paragraph.\rThird.\r\n")
    document = load_path(path)
    assert document.text == "First paragraph.\nSecond paragraph.\nThird.\n"
    assert document.text == path.read_text(encoding="utf-8")
    assert document.raw == path.read_bytes()


def test_cp1251_russian_is_decoded(fixture_path):
    document = load_path(fixture_path("russian_cp1251.txt"))
    assert document.text.startswith(RUSSIAN_START)
    assert "«грозным»" in document.text
    assert document.extra["encoding"] == "cp1251"


def test_koi8r_russian_is_decoded(fixture_path):
    document = load_path(fixture_path("russian_koi8r.txt"))
    assert document.text.startswith(RUSSIAN_START)
    assert document.extra["encoding"] == "koi8_r"


def test_windows_1252_curly_quotes_are_decoded(fixture_path):
    text = load_path(fixture_path("curly_quotes_cp1252.txt")).text
    assert text.startswith("\u201cPutin may announce")
    assert "days\u2014possibly" in text
    assert "Peskov\u2019s" in text and "caf\u00e9" in text


def test_utf16_with_bom_is_decoded_without_the_mark(fixture_path):
    text = load_path(fixture_path("utf16_bom.txt")).text
    assert text.startswith("\u201cPutin may announce")
    assert "\ufeff" not in text


def test_utf8_bom_is_removed(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("\ufeffCafé owners were not surprised.\n".encode())
    assert load_path(path).text == "Café owners were not surprised.\n"


def test_latin1_markdown_gets_its_heading_as_title(fixture_path):
    document = load_path(fixture_path("french_latin1.md"))
    assert document.title == "Réforme des retraites"
    assert "déclaré à la presse" in document.text


def test_png_renamed_to_txt_is_refused_as_binary(fixture_path):
    with pytest.raises(InputError, match=r"picture_renamed\.txt: looks like a binary file"):
        load_path(fixture_path("picture_renamed.txt"))


def test_nul_bytes_mean_binary(tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"some text\x00\x01\x02 more")
    with pytest.raises(InputError, match=r"binary"):
        load_path(path)


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.txt: the file is empty"):
        load_path(path)


def test_whitespace_only_file_is_refused(tmp_path):
    path = tmp_path / "blank.md"
    path.write_text("  \n\n\t\n")
    with pytest.raises(InputError, match=r"no text"):
        load_path(path)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"gone\.txt: no such file"):
        load_path(tmp_path / "gone.txt")


def test_folder_is_an_input_error(tmp_path):
    folder = tmp_path / "notes.txt"
    folder.mkdir()
    with pytest.raises(InputError, match=r"folder"):
        load_path(folder)


def test_unknown_extension_is_refused_with_the_known_ones(tmp_path):
    path = tmp_path / "story.xyz"
    path.write_text("text")
    with pytest.raises(InputError, match=r"story.xyz: cannot import.*\.txt"):
        load_path(path)


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk or time
    with pytest.raises(InputError, match=r"huge.txt: the file is too big \(50.0 MB; the limit"):
        load_path(path)


def test_limit_is_configurable(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("x" * 2000)
    with pytest.raises(InputError, match=r"too big"):
        load_text(path, max_bytes=1000)
    assert len(load_text(path, max_bytes=2000).text) == 2000


def test_50_megabyte_file_within_the_limit_loads_in_seconds(tmp_path):
    line = "Russian President Vladimir Putin may be preparing to announce a draft — ISW.\n"
    count = 50 * 1024 * 1024 // len(line.encode())
    path = tmp_path / "big.txt"
    path.write_text(line * count, encoding="utf-8")
    started = time.monotonic()
    document = load_path(path)
    assert len(document.text) == len(line) * count
    assert time.monotonic() - started < 10


def test_50_megabyte_windows_1252_file_loads_in_seconds(tmp_path):
    line = "\u201cThe caf\u00e9 is closed,\u201d she said \u2014 and that\u2019s final.\n"
    raw = line.encode("cp1252")
    path = tmp_path / "big.txt"
    path.write_bytes(raw * (50 * 1024 * 1024 // len(raw)))
    started = time.monotonic()
    document = load_path(path)
    assert document.text.startswith(line)
    assert time.monotonic() - started < 15
