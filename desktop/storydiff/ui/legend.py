"""The legend: what the gutter symbols, the colours and lines, and the timeline's counts mean.

Drawn from the theme's own colours, so the swatches are the ones on screen.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from storydiff.ui import theme

GUTTER = (
    ("~", "a sentence that changed (its changed words are marked)"),
    ("+", "a sentence added in the new version"),
    ("−", "a sentence removed from the old version"),
    ("⇄", "a sentence that moved; the link in the empty column jumps to its other place"),
    ("⋔", "a sentence split in two, or two merged into one"),
    ("✎", "a note: hover to read it, click to open it in the Notes tab"),
    ("⚠", "a stealth edit: a fact changed and the new version has no correction note about it"),
)
EDIT_CLASSES = (
    ("fact update", "a figure, source, quote or named person, place or organisation changed"),
    ("addition / removal", "a sentence or clause came or went, carrying no tagged fact"),
    ("rewording", "the same content said differently"),
    ("typo", "spelling, punctuation or capitals put right"),
    ("move", "a sentence moved elsewhere word for word"),
    ("noise", "only spacing, typographic quotes or page furniture (hidden unless asked for)"),
)


def _swatch(style: str, words: str) -> str:
    return f'<span style="{style}">&nbsp;{escape(words)}&nbsp;</span>'


def legend_html(colours: theme.Colours) -> str:
    """The legend as HTML for the current theme."""
    c = {name: getattr(colours, name).name() for name in ("deleted", "inserted", "moved", "note")}
    c |= {name: getattr(colours, name).name() for name in ("figure", "source", "dimmed")}
    text = [
        (_swatch(f"background:{c['deleted']}; text-decoration: line-through", "removed words"),
         "in the old version (struck through)"),
        (_swatch(f"background:{c['inserted']}; text-decoration: underline", "added words"),
         "in the new version (underlined)"),
        (_swatch(f"background:{c['moved']}", "moved text"), "the same words at another place"),
        (f'<span style="border-bottom: 2px dotted {c["figure"]}; color:{c["figure"]}">'
         "a figure</span>", "dotted underline; click it to follow it through every version"),
        (f'<span style="border-bottom: 2px dashed {c["source"]}; color:{c["source"]}">'
         "a source</span>", "dashed underline; hover to see who is quoted or cited"),
        (_swatch(f"background:{c['note']}", "noted words"), "words a note is attached to"),
        (f'<span style="color:{c["dimmed"]}">dimmed text</span>',
         "page furniture (bylines, newsletter boxes): shown, not compared"),
    ]  # fmt: skip
    rows = "".join(
        f"<tr><td align='center'><b>{escape(symbol)}</b></td><td>{escape(what)}</td></tr>"
        for symbol, what in GUTTER
    )
    marks = "".join(f"<tr><td>{shown}</td><td>{escape(what)}</td></tr>" for shown, what in text)
    classes = "".join(
        f"<tr><td><i>{escape(name)}</i></td><td>{escape(what)}</td></tr>"
        for name, what in EDIT_CLASSES
    )
    return (
        "<h3>Between the columns</h3>"
        f"<table cellspacing='4'>{rows}</table>"
        "<h3>In the text</h3>"
        f"<table cellspacing='4'>{marks}</table>"
        "<h3>The timeline</h3>"
        "<p>Each dot is a version, placed by its published time (else when it was retrieved). "
        "Between two neighbouring versions, <b>12 · 3</b> means 12 changed passages and "
        "3 tagged differences (figures, sources, quotes and claims); <b>…</b> while they "
        "are still being counted. Click between two dots to compare that pair.</p>"
        "<h3>The differences list</h3>"
        "<p>Each row shows the whole old → new, the removed words struck through and the "
        "added words underlined. F7 and Shift+F7 step through the changed passages.</p>"
        "<h3>Kinds of edit</h3>"
        "<p>Each changed passage says what kind of edit it is (also on hover in the text). "
        "<span style='background:#b3261e; color:#ffffff'>"
        "<b>&nbsp;⚠&nbsp;STEALTH&nbsp;EDIT&nbsp;</b></span> "
        "in front of a row marks a fact update that no correction or "
        "update note of the new version concerns. Correction notes are listed with their date "
        "and the passages they concern; headline, byline and other details come first. "
        "<i>Show: Significant changes only</i> hides typos (and, if chosen, rewordings); noise "
        "is hidden unless you choose <i>Everything, with noise</i>. Stories that come from a "
        "watch open with significant changes only.</p>"
        f"<table cellspacing='4'>{classes}</table>"
    )


class LegendDialog(QDialog):
    """A small window with the legend (Help › Legend, or Legend… in the differences list)."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setWindowTitle("Legend")
        self.text = QTextBrowser()
        self.text.setHtml(legend_html(theme.colours(self.palette())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 620)
