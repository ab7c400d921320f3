"""``storydiff reuse`` and ``storydiff mark`` through click's CliRunner."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library

CASES = Path(__file__).parents[1] / "core" / "reuse" / "cases"
AGENCY = [str(p) for p in sorted((CASES / "agency").glob("*.txt"))]
PRESS = sorted((CASES / "press").glob("*.txt"))


def run(*args: object):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def test_json_follows_the_documented_contract():
    result = run("reuse", *AGENCY, "--json", "--wire", 0)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["kind"] for d in data["documents"]] == ["wire", "article", "article", "article"]
    assert set(data["documents"][0]) == {"title", "outlet", "published", "imported", "kind"}
    assert [(p["a"], p["b"]) for p in data["pairs"]] == [
        (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)
    ]  # fmt: skip
    whole, half, none = data["pairs"][:3]
    assert (whole["band_a"], whole["band_b"], whole["reused_b"]) == ("wholly", "wholly", 1.0)
    assert half["band_b"] == "partly" and 0.4 < half["reused_b"] < 0.8
    assert none["passages"] == [] and none["band_a"] == none["band_b"] == "not"
    texts = [Path(p).read_text(encoding="utf-8") for p in AGENCY]
    first = half["passages"][0]
    assert texts[0][first["a"]["start"] :].startswith("Russian President Vladimir Putin may")
    assert texts[2][first["b"]["start"] :].startswith("Russian President Vladimir Putin could")
    assert first["origin"] == 0 and first["origin_by"] == "kind"
    edit = first["edits"][0]
    assert texts[0][edit["a"]["start"] : edit["a"]["end"]] == "may"
    assert texts[2][edit["b"]["start"] : edit["b"]["end"]] == "could"
    churn = {c["document"]: c["churn"] for c in data["churn"]}
    assert churn == {1: True, 2: True, 3: False}


def test_terminal_view_shows_shares_edits_origins_and_churn():
    result = run("reuse", str(PRESS[0]), str(PRESS[1]), "--press-release", 0)
    assert result.exit_code == 0, result.output
    assert "press release" in result.output
    assert "of 1 is in 0 (partly derived)" in result.output
    assert "edit: [-today-]{+has+}" in result.output
    assert "origin: document 0, source copy" in result.output
    assert "  1   58%  churn" in result.output


def test_terminal_view_starts_with_a_reuse_map_of_the_story():
    result = run("reuse", *AGENCY)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("Reuse map: share of each row's text found in each column")
    assert lines[start + 1].split() == ["0", "1", "2", "3"]
    assert lines[start + 2].split() == ["0", "–", "100%", "34%", "0%"]
    assert lines[start + 5].split() == ["3", "0%", "0%", "0%", "–"]


def test_without_marks_or_times_there_is_no_churn_and_origin_is_unknown():
    result = run("reuse", *AGENCY[:2])
    assert result.exit_code == 0, result.output
    assert "Churn" not in result.output
    assert "origin: unknown" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((AGENCY[0],), "reuse needs at least two documents"),
        ((*AGENCY[:2], "--wire", 5), "document 5: there are only 2 files"),
        ((*AGENCY[:2], "--story", "x"), "give either files or --story, not both"),
        (("missing.txt", AGENCY[0]), "missing.txt"),
    ],
)
def test_bad_input_is_one_line_and_exit_status_2(args, message):
    result = run("reuse", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.fixture
def library(tmp_path):
    """A story with the press release and the article, published 08:00 and 10:30."""
    path = tmp_path / "lib.sqlite"
    times = [datetime(2024, 3, 5, 8, tzinfo=UTC), datetime(2024, 3, 5, 10, 30, tzinfo=UTC)]
    with Library.open(path) as lib:
        for file, published in zip(PRESS, times, strict=True):
            text = file.read_text(encoding="utf-8")
            doc = ImportedDocument(
                text, text.encode(), "text", title=file.stem, published=published
            )
            lib.add_document("Eastmoor water", doc, {})
    return path


def test_a_library_story_uses_publication_times_and_marked_kinds(library):
    with Library.open(library) as lib:
        release_id = lib.documents("Eastmoor water")[0].id
    marked = run("mark", release_id, "--as", "press-release", "--library", library)
    assert marked.exit_code == 0, marked.output
    result = run("reuse", "--story", "Eastmoor water", "--json", "--library", library)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["documents"][0]["kind"] == "press_release"
    assert data["documents"][0]["published"].startswith("2024-03-05T08:00")
    assert data["documents"][1]["imported"] is not None
    assert {(p["origin"], p["origin_by"]) for p in data["pairs"][0]["passages"]} == {
        (0, "published")
    }
    assert data["churn"][0]["document"] == 1 and data["churn"][0]["churn"] is True


def test_mark_refuses_a_missing_document_in_one_line(library):
    result = run("mark", 999, "--as", "wire", "--library", library)
    assert result.exit_code == 2
    assert "There is no document 999" in result.output
