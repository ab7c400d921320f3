"""The CSV report: one difference per row, then one fact per row, for a spreadsheet.

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) get a leading ``'``, as OWASP
recommends against CSV injection, and every cell is quoted.
"""

from __future__ import annotations

import csv
import io

from storydiff.reports.facts_rows import column_name, fact_rows, first_name
from storydiff.reports.model import Report
from storydiff.reports.reuse_section import names_of, pair_lines

COLUMNS = (
    "story",
    "old_version",
    "new_version",
    "old_title",
    "new_title",
    "category",
    "kind",
    "old_wording",
    "new_wording",
    "old_sentence",
    "new_sentence",
    "old_text_sha256",
    "new_text_sha256",
    "fact",
    "fact_values",
    "fact_first",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """A value safe to open in a spreadsheet: never taken for a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def render_csv(report: Report) -> str:
    """Every difference of every compared pair, one per row, with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for section in report.sections:
        old, new = report.documents[section.old], report.documents[section.new]
        for change in section.changes:
            row = (
                report.story,
                old.version,
                new.version,
                old.title,
                new.title,
                change.category,
                change.kind,
                change.old,
                change.new,
                change.old_sentence,
                change.new_sentence,
                old.text_sha256,
                new.text_sha256,
                "",  # fact, fact_values, fact_first: for the fact rows below
                "",
                "",
            )
            writer.writerow([cell(value) for value in row])
    for row in [*_fact_rows(report), *reuse_rows(report)]:
        writer.writerow([cell(value) for value in row])
    return out.getvalue()


def _fact_rows(report: Report) -> list[tuple[object, ...]]:
    """The Facts section: one row per fact (category ``fact``, kind ``fact_conflict`` when
    the documents disagree), its values per document in ``fact_values``."""
    docs = report.documents
    rows = []
    for row in fact_rows(report.facts):
        values = "; ".join(
            f"{column_name(doc)}: {value}" for doc, value in zip(docs, row.values, strict=True)
        )
        kind = "fact_conflict" if row.conflict else "fact"
        blanks = ("",) * (len(COLUMNS) - 6)
        first = first_name(row, docs)
        rows.append(
            (report.story, *blanks[:4], "fact", kind, *blanks[4:], row.label, values, first)
        )
    return rows


def reuse_rows(report: Report) -> list[tuple]:
    """One row per shared passage: category ``reuse``, kind ``passage_reused`` (the
    band and origin in ``kind`` would break its meaning, so the wording carries the
    passage as each document has it; the sentences are numbered from 1)."""
    if report.reuse is None:
        return []
    rows = []
    names = names_of(report.documents)
    for line in pair_lines(report.reuse, names):
        old, new = report.documents[line.a], report.documents[line.b]
        for passage in line.passages:
            rows.append(
                (
                    report.story,
                    old.version,
                    new.version,
                    old.title,
                    new.title,
                    "reuse",
                    "passage_reused" if passage.how == "verbatim" else "passage_reused_edited",
                    passage.text_a,
                    passage.text_b,
                    passage.sentences_a,
                    passage.sentences_b,
                    old.text_sha256,
                    new.text_sha256,
                    "",  # the fact columns
                    "",
                    "",
                )
            )
    return rows
