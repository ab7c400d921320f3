"""Edit classes in the differences list: the Show filter, F7, the stealth flag, notes."""

from __future__ import annotations

from edit_revisions import Revision

from storydiff.ui.differences_model import (
    EDIT_CLASS_ROLE,
    HTML_ROLE,
    STEALTH_ROLE,
    DifferencesModel,
)
from storydiff.ui.differences_panel import DifferencesPanel
from storydiff.ui.edit_items import STEALTH, classified_items, edit_marks, without_noise

TROOPS = (
    'a "partial mobilization" of 300,000 troops',
    'a "partial mobilization" of 318,000 troops',
)
TYPO = ("Kremlin spokesman Dmitry Peskov announced", "Kremlin spokesman Dmitry Peskov anounced")
NOTE = (
    "\nCorrection, January 18, 2023: An earlier version of this article misstated the number "
    "of troops in Putin's September mobilization."
)


def revision(sample_text: str, *edits: tuple[str, str], views: bool = True) -> Revision:
    new = sample_text
    for before, after in edits:
        assert before in new, before
        new = new.replace(before, after, 1)
    if views:  # a view counter under the headline: page furniture
        lines = new.splitlines()
        new = "\n".join([*lines[:3], "", "1,204 views", *lines[3:]])
    return Revision(sample_text, new)


def panel_for(qtbot, pair) -> DifferencesPanel:
    panel = DifferencesPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 700)
    panel.show()
    items, _report = classified_items(pair)
    panel.set_items(items)
    return panel


def shown_classes(panel: DifferencesPanel) -> list[str]:
    model = panel.model
    return [model.item_at(index).edit_class for index in model.in_reading_order()]


def test_noise_is_hidden_by_default_and_significant_only_hides_typos_and_f7_skips_them(
    qtbot, sample_text
):
    pair = revision(sample_text, TROOPS, TYPO).pair
    panel = panel_for(qtbot, pair)
    everything = {item.edit_class for item in panel.model.items}
    assert {"noise", "typo", "fact_update"} <= everything
    assert "noise" not in shown_classes(panel)
    assert "typo" in shown_classes(panel)

    panel.show_choice.setCurrentText("Significant changes only")
    assert panel.significant_only()
    assert not {"noise", "typo"} & set(shown_classes(panel))
    assert "hidden by the filter" in panel.summary.text()
    visited = []
    for _ in range(len(panel.model.stops())):
        assert panel.step(True)
        visited.append(panel.model.item_at(panel.tree.currentIndex()).edit_class)
    assert visited and not {"noise", "typo"} & set(visited)

    panel.show_choice.setCurrentText("Everything, with noise")
    assert "noise" in shown_classes(panel)


def test_a_stealth_edit_row_shows_the_flag_in_the_list_and_the_margin(qtbot, sample_text):
    pair = revision(sample_text, TROOPS, views=False).pair
    panel = panel_for(qtbot, pair)
    model = panel.model
    stealthy = [i for i in model.in_reading_order() if i.data(STEALTH_ROLE)]
    assert stealthy
    for index in stealthy:
        assert index.data(EDIT_CLASS_ROLE) == "fact_update"
        assert STEALTH in index.data()  # the words, not only a colour
        assert 'class="stealth"' in index.data(HTML_ROLE)
    assert panel.summary.text().startswith("⚠ 1 stealth edit")
    _items, report = classified_items(pair)
    marks = edit_marks(pair.comparison, report)
    assert [m.kind for m in marks["b"]].count("stealth") == 1
    assert any(m.tooltip == "Edit: fact update" for m in marks["b"])


def test_a_correction_note_is_listed_with_its_date_and_acknowledges_its_passage(qtbot, sample_text):
    last = sample_text.rstrip().splitlines()[-3]
    pair = revision(sample_text, TROOPS, (last, last + NOTE), views=False).pair
    items, report = classified_items(pair)
    assert report.stealth_count == 0
    (note,) = [item for item in items if item.group == "Correction notes"]
    assert "2023-01-18" in note.label and "concerns 1 changed passage" in note.label
    assert len(note.ranges) == 2  # the note itself and the passage it concerns
    (fact,) = [i for i in items if i.group == "Text changes" and i.edit_class == "fact_update"]
    assert not fact.stealth and "acknowledged by the correction note of 2023-01-18" in fact.label


def test_metadata_changes_are_listed_first(qtbot, open_window):
    window = open_window()
    model = window.differences.model
    assert model.index(0, 0).data().startswith("Details")
    first = model.item_at(model.index(0, 0, model.index(0, 0)))
    assert first.label.startswith("Headline: ")


def test_the_differences_model_with_edit_classes_passes_the_model_tester(
    qtmodeltester, sample_text
):
    model = DifferencesModel()
    items, _report = classified_items(revision(sample_text, TROOPS, TYPO).pair)
    model.set_items(items)
    qtmodeltester.check(model)
    model.set_hidden_classes(frozenset({"noise", "typo", "rewording"}))
    qtmodeltester.check(model)


def test_the_reading_view_draws_a_noise_only_change_as_unchanged(sample_text):
    lines = sample_text.splitlines()
    old = "\n".join([*lines[:3], "", "1,204 views", *lines[3:]])
    new = "\n".join([*lines[:3], "", "9,876 views", *lines[3:]]).replace(*TROOPS)
    pair = Revision(old, new).pair
    _items, report = classified_items(pair)
    classes = {edit.edit_class: n for n, edit in enumerate(report.rows) if edit is not None}
    quiet = without_noise(pair.comparison, report)
    assert pair.comparison.rows[classes["noise"]].op == "changed"
    assert quiet.rows[classes["noise"]].op == "equal"
    assert quiet.rows[classes["fact_update"]].op == "changed"


def _inline(qtbot, comparison, marks):
    from PySide6.QtWidgets import QTextEdit

    from storydiff.ui import theme
    from storydiff.ui.inline_view import build_inline
    from storydiff.ui.text_marks import Formats

    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.resize(700, 500)
    build_inline(edit.document(), comparison, Formats(theme.colours()), marks)
    return edit


def test_the_inline_view_puts_a_warning_sign_before_a_stealth_edit(qtbot, sample_text):
    pair = revision(sample_text, TROOPS, views=False).pair
    _items, report = classified_items(pair)
    edit = _inline(qtbot, pair.comparison, edit_marks(pair.comparison, report))
    text = edit.toPlainText()
    assert text.count("⚠") == 1
    passage = text[text.index("⚠") :]
    assert "300,000" in passage[:800] and "318,000" in passage[:800]
    edit.grab().save("/tmp/inline_stealth.png")
    plain = _inline(qtbot, pair.comparison, {})
    assert "⚠" not in plain.toPlainText()


def test_a_noise_line_added_whole_is_hidden_with_noise(qtbot, sample_text):
    pair = revision(sample_text, views=True).pair
    _items, report = classified_items(pair)
    (noise,) = [n for n, e in enumerate(report.rows) if e is not None and e.edit_class == "noise"]
    assert pair.comparison.rows[noise].op == "inserted"
    quiet = without_noise(pair.comparison, report)
    assert quiet.rows[noise].op == "equal"
    assert quiet.changed_rows() == []
    back = Revision(pair.comparison.b.text, sample_text).pair  # the line removed whole
    _items, report = classified_items(back)
    quiet = without_noise(back.comparison, report)
    assert "1,204 views" in _inline(qtbot, back.comparison, {}).toPlainText()
    assert "1,204 views" not in _inline(qtbot, quiet, {}).toPlainText()
