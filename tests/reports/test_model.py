from __future__ import annotations

import subprocess
import sys

from storydiff.core.story import compare_documents
from storydiff.reports import NoteAnchor, build_report
from storydiff.reports.model import category_of


def test_rows_keep_every_word_of_both_versions(sample_inputs, sample_report):
    documents, _ = sample_inputs
    section = sample_report.sections[0]
    old_words = " ".join(seg.text for row in section.rows for seg in row.old).split()
    new_words = " ".join(seg.text for row in section.rows for seg in row.new).split()
    content = [s.text for s in documents[0].content_sentences]
    assert sorted(old_words) == sorted(" ".join(content).split())
    assert "318,000" in new_words and "300,000" not in new_words


def test_sentence_numbers_count_from_one(sample_inputs, sample_report):
    documents, _ = sample_inputs
    row = next(r for r in sample_report.sections[0].rows if r.op == "changed")
    (old,) = row.old_sentences
    assert "300,000" in documents[0].sentences[old - 1].text


def test_note_on_a_span_is_placed_on_the_row_of_its_sentence(sample_inputs):
    documents, provenance = sample_inputs
    text = documents[0].text
    start = text.index("370,000")
    story = compare_documents(documents, [(0, 1)])
    note = NoteAnchor(document=0, body="Check UN figure", start=start, end=start + 7)
    report = build_report(story, provenance, "s", [note])
    (placed,) = report.notes
    assert placed.quoted == "370,000" and placed.version == 1
    rows = [r for r in report.sections[0].rows if r.notes == (1,)]
    assert len(rows) == 1 and placed.sentence in rows[0].old_sentences


def test_kinds_are_grouped_by_their_first_word():
    assert category_of("figure_changed") == "figure"
    assert category_of("source-removed") == "source"
    assert category_of("Quote") == "quote"
    assert category_of("claim_added") == "claim"
    assert category_of("date_changed") == "other"


def test_many_versions_get_a_timeline_with_changes_between_neighbours(three_versions):
    story, provenance = three_versions
    report = build_report(story, provenance, "s")
    assert [step.version for step in report.timeline] == [1, 2, 3]
    assert report.timeline[0].changed_sentences is None
    assert [step.changed_sentences for step in report.timeline[1:]] == [1, 1]


def test_figure_history_follows_a_count_across_versions(three_versions):
    story, provenance = three_versions
    (history,) = build_report(story, provenance, "s").figures
    assert (history.kind, history.unit) == ("count", "troops")
    assert history.values == (("300,000",), ("318,000",), ("318,000",))
    assert history.changed


def test_two_versions_need_no_timeline(sample_report):
    assert sample_report.timeline == () and sample_report.figures == ()


def test_text_formats_do_not_load_qt():
    code = (
        "import sys, storydiff.reports, storydiff.cli.report_cmd; print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
