"""``storydiff library ...`` through click's CliRunner, checking the database afterwards."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library

TEXT = "Russia may mobilize 370,000 troops, the ISW said on Tuesday."
TAGS = {
    "figures": [{"kind": "count", "text": "370,000 troops", "start": 20, "end": 34,
                 "value": 370000, "unit": "troops", "qualifier": None}],
    "sources": [{"text": "the ISW said", "start": 36, "end": 48, "cue": "said", "name": "ISW"}],
    "quotes": [],
    "claims": [],
}  # fmt: skip


def run(*args: object):
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    return result


@pytest.fixture
def path(tmp_path):
    """A library holding the story "Mobilization" with two versions and a note."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        published = datetime(2023, 1, 17, tzinfo=UTC)
        doc = ImportedDocument(
            TEXT, b"<p>v1</p>", "html", title="Troops", outlet="Newsweek", published=published
        )
        first = library.add_document("Mobilization", doc, TAGS)
        library.add_document(
            "Mobilization",
            ImportedDocument(TEXT + " Updated.", b"<p>v2</p>", "html", title="Troops (updated)"),
        )
        library.add_note(first.id, "check the ISW report")
    return path


def test_init_creates_a_library_at_the_given_path(tmp_path):
    target = tmp_path / "new" / "lib.sqlite"
    result = run("library", "init", "--library", target)
    assert result.exit_code == 0, result.output
    assert str(target) in result.output
    tables = {row[0] for row in sqlite3.connect(target).execute("SELECT name FROM sqlite_master")}
    assert {"stories", "documents", "tags", "notes", "comparisons"} <= tables


def test_stories_lists_names_and_counts(path):
    result = run("library", "stories", "--library", path)
    assert result.exit_code == 0, result.output
    header, row = result.output.splitlines()
    assert header.split() == ["id", "documents", "story"]
    assert row.split() == ["1", "2", "Mobilization"]
    assert row.index("2") < header.index("documents") + len("documents")  # under its header
    data = json.loads(run("library", "stories", "--library", path, "--json").output)
    assert [(s["name"], s["document_count"]) for s in data] == [("Mobilization", 2)]


def test_show_lists_versions_in_order(path):
    result = run("library", "show", "Mobilization", "--library", path)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "2 documents, 1 notes" in lines[0]
    assert "v1" in lines[1] and "Newsweek · Troops" in lines[1]
    assert any("v2" in line and "Troops (updated)" in line for line in lines)
    data = json.loads(run("library", "show", "1", "--library", path, "--json").output)
    assert [d["version"] for d in data["documents"]] == [1, 2]


def test_search_prints_ranked_hits_with_marked_snippets(path):
    result = run("library", "search", "mobilize", "--library", path)
    assert result.exit_code == 0, result.output
    assert "[[mobilize]]" in result.output
    hits = json.loads(run("library", "search", "updated", "--library", path, "--json").output)
    assert [hit["title"] for hit in hits] == ["Troops (updated)"]


def test_search_with_hostile_text_does_not_fail(path):
    result = run("library", "search", '" NEAR( * AND', "--library", path)
    assert result.exit_code == 0, result.output
    assert "Nothing found." in result.output


def test_tag_search_finds_figures_and_sources(path):
    result = run("library", "search", "--tag", "370,000", "--library", path)
    assert result.exit_code == 0, result.output
    assert "[figure] 370,000 troops" in result.output
    result = run("library", "search", "--tag", "--category", "source", "ISW", "--library", path)
    assert "[source] the ISW said" in result.output and "[figure]" not in result.output


def test_export_and_import_archive_copy_a_story_between_libraries(path, tmp_path):
    archive = tmp_path / "mobilization.zip"
    result = run("library", "export", "Mobilization", archive, "--library", path)
    assert result.exit_code == 0, result.output
    assert archive.exists()
    other = tmp_path / "other.sqlite"
    result = run("library", "import-archive", archive, "--library", other)
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output
    conn = sqlite3.connect(other)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    assert conn.execute("SELECT count(*) FROM tags").fetchone() == (2,)
    assert conn.execute("SELECT body FROM notes").fetchall() == [("check the ISW report",)]


def test_missing_story_is_a_one_line_error(path):
    result = run("library", "show", "Elections", "--library", path)
    assert result.exit_code == 2
    assert result.output.strip().startswith("storydiff: error: There is no story")
    assert "Traceback" not in result.output


def test_non_library_file_is_refused_and_kept(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a library")
    result = run("library", "stories", "--library", notes)
    assert result.exit_code == 2
    assert "not a StoryDiff library" in result.output
    assert notes.read_text() == "not a library"


def test_library_path_can_come_from_the_environment(path):
    result = CliRunner().invoke(main, ["library", "stories"], env={"STORYDIFF_LIBRARY": str(path)})
    assert "Mobilization" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["library", "stories"],
        ["library", "show", "Mobilization"],
        ["library", "search", "troops"],
        ["library", "backups"],
        ["compare", "--story", "Mobilization"],
    ],
)
def test_commands_that_only_read_create_no_folder_or_library(tmp_path, command):
    typo = tmp_path / "some" / "typo" / "path.sqlite"
    result = run(*command, "--library", typo)
    assert "Traceback" not in result.output
    assert not (tmp_path / "some").exists()
    if command[1] != "backups":
        assert result.exit_code == 2
        assert f"There is no library at {typo}" in result.output


def test_listing_the_default_library_creates_no_data_folder(tmp_path, monkeypatch):
    data = tmp_path / "data" / "StoryDiff"
    monkeypatch.setattr("storydiff.paths.platformdirs.user_data_dir", lambda *a, **k: str(data))
    result = CliRunner().invoke(main, ["library", "stories"], env={"STORYDIFF_LIBRARY": None})
    assert result.exit_code == 2
    assert "There is no library at" in result.output
    assert not (tmp_path / "data").exists()
