"""Story archives with hostile manifests and entries, and libraries holding bad values.

An archive is checked whole before anything is written; a value that got into a
library anyway (an older version, another program) is read back as unknown, never
a crash.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from library_samples import TEXT, at, make_doc, make_tags

from storydiff.cli import main
from storydiff.errors import LibraryError
from storydiff.library import Library


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """A folder export of a story with two versions, tags and a note."""
    with Library.open(tmp_path / "source.sqlite") as library:
        first = library.add_document("Story", make_doc(published=at(17, 9)), make_tags())
        library.add_document("Story", make_doc(TEXT + "\nMore.", published=at(17, 10)))
        library.add_note(first.id, "check this", 0, 5)
        return library.export_story("Story", tmp_path / "export")


def rewrite(folder: Path, change) -> Path:
    manifest = json.loads((folder / "story.json").read_text("utf-8"))
    change(manifest)
    (folder / "story.json").write_text(json.dumps(manifest), "utf-8")
    return folder


def first_doc(manifest: dict) -> dict:
    return manifest["documents"][0]


def set_in(path: str, value):
    """A change setting ``manifest[...]`` at a dotted path (numbers index lists)."""

    def change(manifest: dict) -> None:
        keys = [int(k) if k.isdigit() else k for k in path.split(".")]
        target = manifest
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value

    return change


BAD_FIELDS = [
    ("documents.0.published", "not a date"),
    ("documents.0.published", "9999-12-31T23:59:59-14:00"),
    ("documents.0.imported", "garbage"),
    ("documents.0.title", 5),
    ("documents.0.extra", ["a list"]),
    ("documents.0.tags", {"figures": "many"}),
    ("documents.0.tags.figures.0.start", 10**30),
    ("documents.0.notes.0.created", "yesterday"),
    ("documents.0.notes.0.start", "12"),
    ("documents.0.notes.0.start", 10**30),
    ("documents.0.notes.0.body", ""),
    ("documents.0.text_sha256", 12),
    ("documents", {"not": "a list"}),
    ("story.created", "not a date"),
    ("story.name", ""),
    ("story.name", ["x"]),
    ("format_version", "1"),
]


@pytest.mark.parametrize(
    ("path", "value"), BAD_FIELDS, ids=[f"{p}={v!r}"[:40] for p, v in BAD_FIELDS]
)
def test_a_bad_manifest_field_is_refused_before_anything_is_written(
    exported, tmp_path, path, value
):
    rewrite(exported, set_in(path, value))
    with Library.open(tmp_path / "target.sqlite") as target:
        with pytest.raises(LibraryError, match=r"story.json"):
            target.import_archive(exported)
        assert target.stories() == []


def test_text_that_is_not_utf8_is_refused_even_with_a_matching_digest(exported, tmp_path):
    bad = b"\xff\xfe\xfa not UTF-8"
    (exported / "documents" / "0001.txt").write_bytes(bad)
    rewrite(exported, set_in("documents.0.text_sha256", hashlib.sha256(bad).hexdigest()))
    with Library.open(tmp_path / "target.sqlite") as target:
        with pytest.raises(LibraryError, match=r"UTF-8"):
            target.import_archive(exported)
        assert target.stories() == []


def test_deeply_nested_json_is_refused(exported, tmp_path):
    (exported / "story.json").write_text("[" * 100_000 + "]" * 100_000)
    with (
        Library.open(tmp_path / "target.sqlite") as target,
        pytest.raises(LibraryError, match="not a StoryDiff story archive"),
    ):
        target.import_archive(exported)


def test_a_good_archive_still_imports_whole(exported, tmp_path):
    with Library.open(tmp_path / "target.sqlite") as target:
        story = target.import_archive(exported)
        assert story.document_count == 2
        assert target.notes(story=story.id)[0].body == "check this"


# A library holding bad values (written by another program, or before validation).

BAD_ROWS = [
    "UPDATE stories SET created = 'not a date'",
    "UPDATE documents SET published = 'not a date'",
    "UPDATE documents SET retrieved = '9999-12-31T23:59:59-14:00'",
    "UPDATE documents SET imported = 'garbage'",
    "UPDATE documents SET extra = '{not json'",
    "UPDATE documents SET extra = '[1, 2]'",
    "UPDATE notes SET created = 'yesterday', updated = 12",
    "UPDATE notes SET start = 'abc', \"end\" = 'x'",
    "UPDATE tags SET carries = '{bad'",
    "UPDATE tags SET extra = 'null'",
]


@pytest.fixture
def poisoned(tmp_path: Path):
    def make(sql: str) -> Path:
        path = tmp_path / "poisoned.sqlite"
        with Library.open(path) as library:
            first = library.add_document("Story", make_doc(published=at(17, 9)), make_tags())
            library.add_document("Story", make_doc(TEXT + "\nMore.", published=at(17, 10)))
            library.add_note(first.id, "check this", 0, 5)
        connection = sqlite3.connect(path)
        with connection:
            connection.execute(sql)
        connection.close()
        return path

    return make


@pytest.mark.parametrize("sql", BAD_ROWS)
def test_a_bad_value_in_a_library_row_never_stops_reading(poisoned, tmp_path, sql):
    path = poisoned(sql)
    with Library.open(path) as library:
        assert [s.name for s in library.stories()] == ["Story"]
        documents = library.documents("Story")
        assert len(documents) == 2
        assert len(library.summaries()) == 2
        assert len(library.notes(story="Story")) == 1
        for document in documents:
            library.tags(document.id)
            library.document(document.id)
    runner = CliRunner()
    for args in (
        ["library", "stories", "--library", str(path)],
        ["library", "show", "Story", "--library", str(path)],
        ["library", "show", "Story", "--json", "--library", str(path)],
        ["report", "--story", "Story", "-o", str(tmp_path / "r.md"), "--library", str(path)],
        ["report", "--story", "Story", "-o", str(tmp_path / "r.html"), "--library", str(path)],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (args, result.output, result.exception)
    with Library.open(path) as library:
        library.export_story("Story", tmp_path / "again.zip")
        assert library.delete_story("Story") == 2


def test_zip_archives_are_checked_the_same_way(exported, tmp_path):
    rewrite(exported, set_in("documents.0.published", "not a date"))
    zipped = tmp_path / "story.zip"
    with zipfile.ZipFile(zipped, "w") as out:
        for file in exported.rglob("*"):
            if file.is_file():
                out.write(file, file.relative_to(exported).as_posix())
    with (
        Library.open(tmp_path / "target.sqlite") as target,
        pytest.raises(LibraryError, match="published"),
    ):
        target.import_archive(zipped)


def test_a_time_past_year_9999_in_utc_is_shown_not_a_crash():
    from datetime import datetime, timedelta, timezone

    from storydiff.importers.html import parse_date
    from storydiff.reports.wording import when

    late = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-14)))
    assert when(late) == "9999-12-31 23:59 -1400"
    assert parse_date("9999-12-31T23:59:59-1400") is None
