"""Shareable cards: content and alt text (Qt-free), the PNG (Qt offscreen), the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from storydiff.cards.content import alt_text, passage_card, side
from storydiff.cards.paint import _LocalOnlyDocument, card_html, render_png
from storydiff.cli import main
from storydiff.core.document import analyse
from storydiff.core.provenance import Timing
from storydiff.core.reuse import StoryDocument, find_reuse

# pytest-qt's QApplication, so the card painter does not make a bare QGuiApplication
# that later widget tests could not use.
pytestmark = pytest.mark.usefixtures("qapp")

AGENCY = Path(__file__).parents[1] / "core" / "reuse" / "cases" / "agency"
WIRE = (
    "The regional council approved a new budget of 48 million euros on Monday.\n"
    "Opposition members said the plan cut funding for rural bus routes by a third.\n"
)
COPY = WIRE.replace("by a third", "by one third")


def copied_card(a_text=WIRE, b_text=COPY):
    documents = [
        StoryDocument(analyse(a_text, title="Agency"), Timing(kind="wire")),
        StoryDocument(analyse(b_text, title="Daily"), Timing()),
    ]
    result = find_reuse(documents)
    (pair,) = result.pairs
    return passage_card(result.documents, pair, pair.passages[0])


def test_alt_text_says_before_and_after_with_the_changes_in_brackets():
    text = alt_text(copied_card())
    assert text.startswith("Reused passage, with 1 edit. Before (Agency · wire copy): ")
    assert "bus routes by [-a-] third. After (Daily): " in text
    assert "bus routes by {+one+} third. Likely origin: " in text
    assert text.endswith("Likely origin: Agency · wire copy, source copy (no comparable times).")


def test_a_long_passage_is_cut_around_its_first_change_and_marks_still_fit():
    text = "word " * 200 + "CHANGED " + "word " * 200
    start = text.index("CHANGED")
    part = side("x", text, (0, len(text)), [(start, start + 7)])
    assert len(part.text) < 500 and part.text.startswith("…") and part.text.endswith("…")
    ((mark_start, mark_end),) = part.marks
    assert part.text[mark_start:mark_end] == "CHANGED"


def test_card_text_is_escaped_and_changes_read_without_colour():
    img = '48 million <img src="http://example.org/x.png"> euros'
    card = copied_card(WIRE.replace("48 million euros", img), COPY.replace("48 million euros", img))
    html = card_html(card)
    assert "<img" not in html and "&lt;img" in html
    assert "line-through" in html and "underline" in html and "font-weight:bold" in html
    assert "Struck through: removed." in html


def test_card_documents_never_load_resources():
    document = _LocalOnlyDocument()
    assert document.loadResource(2, QUrl("http://127.0.0.1:9/x.png")) is None


def test_png_is_written_wide_and_not_blank(tmp_path):
    path = render_png(copied_card(), tmp_path / "card.png")
    image = QImage(str(path))
    assert image.width() == 1200 and image.height() > 300
    dark = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 200


def test_card_command_writes_png_and_alt_text_beside_it(tmp_path):
    files = [str(AGENCY / "0-agency.txt"), str(AGENCY / "2-copy-half.txt")]
    out = tmp_path / "finding.png"
    result = CliRunner().invoke(
        main, ["card", *files, "--wire", "0", "--passage", "1", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert QImage(str(out)).width() == 1200
    alt = (tmp_path / "finding.txt").read_text(encoding="utf-8")
    assert alt.startswith("Reused passage, with 1 edit. Before (0-agency · wire copy): ")
    assert "[-over-]" in alt and "{+more than+}" in alt


def test_card_command_lists_choices_and_makes_difference_cards(tmp_path):
    samples = Path(__file__).parents[2] / "resources" / "samples"
    files = [str(samples / "newsweek-2023-01-17-isw-mobilization.txt"),
             str(samples / "newsweek-2023-01-17-isw-mobilization.revised.txt")]  # fmt: skip
    listing = CliRunner().invoke(main, ["card", *files])
    assert listing.exit_code == 0, listing.output
    assert "0  figure changed: 300,000 troops → 318,000 troops" in listing.output
    out = tmp_path / "figure.png"
    made = CliRunner().invoke(main, ["card", *files, "--difference", "0", "-o", str(out)])
    assert made.exit_code == 0, made.output
    alt = out.with_suffix(".txt").read_text(encoding="utf-8")
    assert alt.startswith("Figure changed: 300,000 troops → 318,000 troops. Before (")
    assert "[-300,000 troops-]" in alt and "{+318,000 troops+}" in alt


def test_card_command_refuses_a_missing_passage_in_one_line(tmp_path):
    files = [str(AGENCY / "0-agency.txt"), str(AGENCY / "3-own-reporting.txt")]
    result = CliRunner().invoke(main, ["card", *files, "--passage", "0", "-o", "x.png"])
    assert result.exit_code == 2
    assert "there is no passage 0: this pair has 0" in result.output


def test_row_card_marks_the_word_diff_of_a_changed_passage():
    from storydiff.cards.content import alt_text
    from storydiff.cards.row_card import row_card
    from storydiff.core.document import analyse
    from storydiff.core.story import compare_documents

    old = "Rain fell all day. The shelters were open all night. Roads closed."
    new = "Rain fell all day. The shelters were open through the night. Roads closed."
    comparison = compare_documents([analyse(old), analyse(new)], [(0, 1)]).pairs[0].comparison
    row = next(n for n, r in enumerate(comparison.rows) if r.op == "changed")
    card = row_card(comparison, row, "v1 · Wire", "v2 · Post")
    assert card.heading == "Changed passage"
    assert [card.before.text[s:e] for s, e in card.before.marks] == ["all"]
    assert [card.after.text[s:e] for s, e in card.after.marks] == ["through the"]
    assert alt_text(card) == (
        "Changed passage. Before (v1 · Wire): The shelters were open [-all-] night."
        " After (v2 · Post): The shelters were open {+through the+} night."
    )


def test_card_command_writes_a_fact_card_with_every_documents_value(tmp_path):
    texts = [
        "Quake kills 127\n\nA magnitude 6.8 earthquake killed at least 127 people, officials said.",
        "Quake kills 111\n\nThe magnitude 6.8 quake has killed 111 people, officials said.",
    ]
    files = []
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}-outlet.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    facts = json.loads(CliRunner().invoke(main, ["facts", *files, "--json"]).output)["facts"]
    number = next(n for n, f in enumerate(facts) if f["conflict"])
    out = tmp_path / "fact.png"
    result = CliRunner().invoke(main, ["card", *files, "--fact", str(number), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert QImage(str(out)).width() == 1200
    alt = (tmp_path / "fact.txt").read_text(encoding="utf-8")
    assert alt.startswith("≠ ") and "the documents differ" in alt
    assert "127 people, first." in alt and "111 people." in alt
    missing = CliRunner().invoke(main, ["card", *files, "--fact", "99", "-o", str(out)])
    assert missing.exit_code != 0 and "there is no fact 99" in missing.output
