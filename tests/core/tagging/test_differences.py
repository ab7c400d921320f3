"""Typed differences: one test per kind, moved sentences, coverage, and the sample pair."""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.core.compare import compare
from storydiff.core.diff import word_diff
from storydiff.core.document import analyse
from storydiff.core.model import Document
from storydiff.core.tagging import extract
from storydiff.core.tagging.differences import KINDS, find_differences


@dataclass(frozen=True)
class Span:
    op: int
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True)
class Row:
    op: str
    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float
    diff: tuple[Span, ...]


@dataclass(frozen=True)
class Comparison:
    a: Document
    b: Document
    mode: str
    rows: tuple[Row, ...]


def changed(old: str, new: str, mode: str = "revision") -> list:
    """Two one-sentence documents aligned as one changed row."""
    a, b = analyse(old), analyse(new)
    row = Row("changed", (0,), (0,), 0.8, tuple(word_diff(old, (0, len(old)), new, (0, len(new)))))
    return find_differences(Comparison(a, b, mode, (row,)), extract(a), extract(b))


def kinds(found: list) -> list[str]:
    return [d.kind for d in found]


def test_changed_value_of_the_same_counted_noun_is_figure_changed():
    found = changed("Putin announced 300,000 troops.", "Putin announced 318,000 troops.")
    assert kinds(found) == ["figure_changed"]
    assert (found[0].old.text, found[0].new.text) == ("300,000 troops", "318,000 troops")
    assert (found[0].sentence_a, found[0].sentence_b) == (0, 0)


def test_dropped_qualifier_is_qualifier_changed():
    found = changed(
        "It prompted over 370,000 Russian citizens to flee.",
        "It prompted 370,000 Russian citizens to flee.",
    )
    assert kinds(found) == ["qualifier_changed"]


def test_new_and_dropped_figures_in_an_edited_sentence():
    assert kinds(changed("Shelling hit the city.", "Shelling hit the city for 48 hours.")) == [
        "figure_added"
    ]
    assert kinds(changed("Shelling killed 12 people in Kherson.", "Shelling hit Kherson.")) == [
        "figure_removed"
    ]


def test_claim_now_attributed_to_someone_else_is_source_changed():
    found = changed("Russia claimed the town was taken.", "Ukraine said the town was taken.")
    assert kinds(found) == ["source_changed"]
    assert found[0].detail == "Russia → Ukraine"


def test_new_and_dropped_attributions_in_an_edited_sentence():
    assert kinds(changed("The town was taken.", "The town was taken, Russia claimed.")) == [
        "source_added"
    ]
    assert kinds(changed("Ukraine said the town held.", "The town held.")) == ["source_removed"]


def test_reworded_quote_is_quote_changed():
    found = changed(
        'Peskov said there were "no such discussions at all".',
        'Peskov said there were "no such discussions".',
    )
    assert kinds(found) == ["quote_changed"]


def test_new_and_dropped_quotes():
    assert kinds(changed("Peskov denied it.", 'Peskov denied it, calling it "nonsense".')) == [
        "quote_added"
    ]
    assert kinds(changed('Moscow drafts men "covertly".', "Moscow drafts men.")) == [
        "quote_removed"
    ]


def test_inserted_and_deleted_sentences_are_claims_with_their_tags():
    old, new = "Kyiv held.", "Kyiv held. Russia said it fired 70 missiles."
    a, b = analyse(old), analyse(new)
    rows = (
        Row("equal", (0,), (0,), 1.0, (Span(0, 0, 10, 0, 10),)),
        Row("inserted", (), (1,), 0.0, (Span(1, 10, 10, 11, len(new)),)),
    )
    found = find_differences(Comparison(a, b, "revision", rows), extract(a), extract(b))
    assert kinds(found) == ["claim_added", "figure_added", "source_added"]
    assert all(d.sentence_b == 1 and d.sentence_a is None for d in found)
    reverse = tuple(
        Row("deleted", r.b, r.a, 0.0, r.diff) if r.op == "inserted" else r for r in rows
    )
    gone = find_differences(Comparison(b, a, "revision", reverse), extract(b), extract(a))
    assert kinds(gone) == ["claim_removed", "figure_removed", "source_removed"]


def test_unchanged_and_moved_sentences_give_nothing():
    a = analyse("Russia fired 70 missiles.\nKyiv said 61 were downed.\n")
    b = analyse("Kyiv said 61 were downed.\nRussia fired 70 missiles.\n")
    assert find_differences(compare(a, b, "revision"), extract(a), extract(b)) == []


def test_coverage_same_fact_with_other_value_is_figure_changed():
    a = analyse("Officials said 300 people died in the quake. The region was hit hard.\n")
    b = analyse("The quake struck at dawn. Rescuers have now counted 412 people dead.\n")
    rows = (
        Row("deleted", (0,), (), 0.0, ()),
        Row("changed", (1,), (0,), 0.3, ()),
        Row("inserted", (), (1,), 0.0, ()),
    )
    found = find_differences(Comparison(a, b, "coverage", rows), extract(a), extract(b))
    changed_figures = [d for d in found if d.kind == "figure_changed"]
    assert [(d.old.text, d.new.text) for d in changed_figures] == [("300 people", "412 people")]
    assert "figure_added" not in kinds(found) and "figure_removed" not in kinds(found)


def test_to_dict_is_the_documented_shape():
    (difference,) = changed("Putin announced 300,000 troops.", "Putin announced 318,000 troops.")
    data = difference.to_dict()
    assert set(data) == {"kind", "old", "new", "sentence_a", "sentence_b", "detail"}
    assert data["detail"] == "300000 troops → 318000 troops"
    assert set(data["old"]) == {"text", "start", "end"}
    assert data["kind"] in KINDS


def test_sample_revision_gives_exactly_the_edits(sample_text, revised_text):
    a, b = analyse(sample_text), analyse(revised_text)
    found = find_differences(compare(a, b, "revision"), extract(a), extract(b))
    summary = [(d.kind, (d.old or d.new).text) for d in found]
    assert summary == [
        ("figure_changed", "300,000 troops"),
        ("claim_removed", a.sentences[found[1].sentence_a].text),
        ("source_removed", "the ISW claimed"),
        ("quote_removed", "covertly"),
        ("claim_added", b.sentences[found[4].sentence_b].text),
        ("source_added", "The Wagner Group, a private military company, claimed"),
    ]
    assert found[0].new.text == "318,000 troops"
    assert found[1].old.text.startswith("However, Putin never signed a decree")
    assert found[4].new.text.startswith("The Wagner Group")


def test_a_new_sentence_inside_a_split_row_is_an_added_claim():
    old = "Russian troops captured Soledar last week."
    new = "Russian troops captured Soledar last week. The Wagner Group claimed credit for it."
    a, b = analyse(old), analyse(new)
    row = Row("split", (0,), (0, 1), 0.6, tuple(word_diff(old, (0, len(old)), new, (0, len(new)))))
    found = find_differences(Comparison(a, b, "revision", (row,)), extract(a), extract(b))
    assert kinds(found) == ["claim_added", "source_added"]
    assert found[1].new.text == "The Wagner Group claimed"


def test_same_source_under_other_wordings_is_no_source_change():
    from storydiff.core.tagging.differences import same_source

    assert same_source("Institute for the Study of War (ISW)", "the Institute for the Study of War")
    assert same_source("ISW", "Institute for the Study of War")
    assert same_source("Dmitry Peskov", "dmitry peskov")
    assert same_source("Peskov", "Dmitry Peskov")
    assert not same_source("War", "Institute for the Study of War")
    assert not same_source("Russia", "Russian citizens")
    assert not same_source("Sergei Shoigu", "Dmitry Peskov")
    assert not same_source("Newsweek", "")
