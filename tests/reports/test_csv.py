from __future__ import annotations

import csv
import io

import pytest

from storydiff.reports.csv_out import COLUMNS, cell, render_csv


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    "value", ["=cmd|' /C calc'!A0", "+1 call", "-2+3", "@SUM(1)", "\tTAB", "\rCR"]
)
def test_formula_like_cells_get_a_leading_quote(value):
    assert cell(value) == "'" + value


@pytest.mark.parametrize("value", ["300,000", "a = b", "", None, 318000])
def test_ordinary_cells_are_left_alone(value):
    assert cell(value) == ("" if value is None else str(value))


def test_hostile_differences_come_out_one_per_row_defused(hostile_report):
    every = rows_of(render_csv(hostile_report))
    rows = [row for row in every if row["category"] not in ("fact", "reuse")]  # come last
    assert every[: len(rows)] == rows
    assert len(rows) == len(hostile_report.sections[0].changes) == 8
    for row in every:  # the Facts and Reuse rows quote the article too
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert rows[0]["new_title"] == "'=SUM(A1)"
    assert rows[3]["old_wording"] == "'=cmd|' /C calc'!A0"
    assert {row["category"] for row in rows} == {"figure", "quote", "claim", "source"}


def test_every_cell_is_quoted(hostile_report):
    text = render_csv(hostile_report)
    first = text.split("\r\n", 1)[0]
    assert first == ",".join(f'"{name}"' for name in COLUMNS)


def test_sample_csv_has_the_figure_correction_row(sample_report):
    rows = rows_of(render_csv(sample_report))
    figure = [r for r in rows if r["old_wording"].startswith("300,000")]
    assert figure, "the 300,000 -> 318,000 correction is missing"
    assert figure[0]["new_wording"].startswith("318,000")
    assert figure[0]["category"] == "figure"
    assert (figure[0]["old_sentence"], figure[0]["new_sentence"]) == ("16", "17")
