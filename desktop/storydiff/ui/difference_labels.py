"""The words of a differences-list row: the whole old → new, changed words marked.

Qt-free: plain labels (for tooltips, tests and screen readers) and the same
label as small HTML whose ``del`` and ``ins`` classes the list's delegate
colours for the theme. Nothing is cut short; the list wraps.
"""

from __future__ import annotations

from html import escape

from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.diff import DELETE, EQUAL, INSERT, word_diff
from storydiff.core.wording import SideWords, kind_phrase, side_words

OP_WORDS = {
    "changed": "Changed",
    "inserted": "Added",
    "deleted": "Removed",
    "moved": "Moved",
    "split": "Split",
    "merged": "Merged",
}


REVISIONS = side_words("revision")


def op_word(op: str, side: SideWords) -> str:
    """A changed passage's heading in outlet words: "Only in AFP", "Differs"."""
    said = {"changed": side.changed, "inserted": side.added, "deleted": side.removed}.get(op)
    return said[:1].upper() + said[1:] if said else OP_WORDS.get(op, op)


def _clean(text: str) -> str:
    return " ".join(text.split())


def _marked(text: str, css: str) -> str:
    return f'<span class="{css}">{escape(text)}</span>' if text.strip() else escape(text)


def difference_label(
    kind: str, old: str, new: str, side: SideWords = REVISIONS, what: str = ""
) -> tuple[str, str]:
    """``(plain, html)`` for a typed difference (a figure, source, quote or claim), in
    revision words ("figure removed") or outlet words ("figure only in AFP"); ``what`` a
    figure measures goes before them ("people infected in Ohio, figure only in AFP")."""
    old, new = _clean(old), _clean(new)
    words = kind_phrase(kind, side).replace("_", " ").replace("-", " ")
    if what:
        words = f"{what}, {words}"
    if old and new:
        old_html, new_html = [], []
        for span in word_diff(old, (0, len(old)), new, (0, len(new))):
            a, b = old[span.a_start : span.a_end], new[span.b_start : span.b_end]
            if span.op == EQUAL:
                old_html.append(escape(a))
                new_html.append(escape(b))
            elif span.op == DELETE:
                old_html.append(_marked(a, "del"))
            else:
                new_html.append(_marked(b, "ins"))
        return f"{old} → {new}", f"{''.join(old_html)} → {''.join(new_html)}"
    if new:
        return f"+ {new}  ({words})", f"+ {_marked(new, 'ins')}  <i>({escape(words)})</i>"
    if old:
        return f"− {old}  ({words})", f"− {_marked(old, 'del')}  <i>({escape(words)})</i>"
    return words.capitalize(), escape(words.capitalize())


def measure_words(kind: str, detail: str) -> str:
    """What a figure found in one side only measures, from its difference's ``detail``
    ("people infected in Ohio: 2"), when that says more than the figure's kind."""
    if kind not in ("figure_added", "figure_removed") or ": " not in detail:
        return ""
    what = detail.split(": ", 1)[0]
    return "" if what in _BARE_KINDS else what


# Labels that only name a figure's kind, which its row already says.
_BARE_KINDS = frozenset("count number percent money date year duration age time ordinal".split())


def row_label(
    row: AlignedRow, comparison: Comparison, side: SideWords = REVISIONS
) -> tuple[str, str]:
    """``(plain, html)`` for a changed passage: the new text with the removed words
    struck through where they stood (a changed sentence), or the whole sentence.
    Comparing outlets, "Only in AFP" and "Differs" instead of Removed and Changed."""
    head = OP_WORDS.get(row.op, row.op) if side == REVISIONS else op_word(row.op, side)
    a, b = comparison.a.text, comparison.b.text
    if row.op in ("changed", "split", "merged") and row.diff:
        parts, html = [], []
        for span in row.diff:
            if span.op in (EQUAL, INSERT):
                piece = b[span.b_start : span.b_end]
                parts.append(piece)
                html.append(escape(piece) if span.op == EQUAL else _marked(piece, "ins"))
            else:
                html.append(_marked(a[span.a_start : span.a_end], "del"))
        return f"{head}: {_clean(''.join(parts))}", f"<b>{head}:</b> {_clean_html(''.join(html))}"
    side, sentences = (comparison.b, row.b) if row.b else (comparison.a, row.a)
    text = _clean(" ".join(side.sentences[i].text for i in sentences))
    css = "del" if row.op == "deleted" else "ins" if row.op == "inserted" else ""
    body = _marked(text, css) if css else escape(text)
    return f"{head}: {text}", f"<b>{head}:</b> {body}"


def _clean_html(html: str) -> str:
    return " ".join(html.split())
