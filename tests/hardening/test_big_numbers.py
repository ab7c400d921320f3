"""Figures too big for SQLite's 64-bit integers are imported, searched and given back exactly."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library
from storydiff.library.ingest import ingest

TEXTS = {
    "twenty digits": "The fund lost 12345678901234567890123 dollars on Tuesday, the ministry said.",
    "near 2**53": "Officials counted 9007199254740993 ballots, the commission said.",
    "trillions": "Losses reached 99," + "999," * 40 + "999 trillion dollars, the bank said.",
    "many numbers": "Figures: " + ",".join(str(100 + n % 900) for n in range(29_000)) + ".",
}


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "library.sqlite") as opened:
        yield opened


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_huge_figure_is_imported_and_given_back_exactly(library, name):
    text = TEXTS[name]
    expected = extract(analyse(text)).to_dict()
    assert any(
        isinstance(f["value"], int) and abs(f["value"]) >= 2**53 for f in expected["figures"]
    )
    document = ImportedDocument(text=text, raw=text.encode(), method="paste")
    record = ingest(library, "Numbers", document)
    assert library.tags(record.id)["figures"] == expected["figures"]


def test_huge_figures_survive_the_command_line_json(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(TEXTS["twenty digits"])
    library = tmp_path / "library.sqlite"
    runner = CliRunner()
    result = runner.invoke(main, ["import", str(path), "--story", "N", "--library", str(library)])
    assert result.exit_code == 0, result.output
    with Library.open(library) as opened:
        figures = opened.tags(opened.documents("N")[0].id)["figures"]
    assert 12345678901234567890123 in [figure["value"] for figure in figures]
    assert "12345678901234567890123" in json.dumps(figures)
    hits = CliRunner().invoke(
        main, ["library", "search", "--tag", "12345678901234567890123", "--library", str(library)]
    )
    assert hits.exit_code == 0 and "12345678901234567890123" in hits.output, hits.output
