"""Revisions or outlets: the comparison mode the user can override, and its words.

The core chooses the mode from the texts ("auto"); the chooser shows what it chose
and lets the reader say otherwise. Comparing outlets, the window names the
outlets instead of Old/New and says "only in X" and "differs" (the core's
:func:`side_words`, so every presenter says the same).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from storydiff.core.wording import SideWords, side_words
from storydiff.library.records import DocumentSummary

CHOICES = (("auto", "Auto"), ("revision", "Revisions"), ("coverage", "Outlets"))
CHOSEN_BY_AUTO = {"revision": "Auto: revisions", "coverage": "Auto: outlets"}


def side_name(document: DocumentSummary) -> str:
    """An outlet's name for its column and its differences: outlet, else title, else version."""
    return document.outlet.strip() or document.title.strip() or f"v{document.version}"


def pair_words(mode: str, old: DocumentSummary, new: DocumentSummary) -> SideWords:
    """Old/New and removed/added for revisions; the outlets' names for outlets. Two
    articles of one outlet are told apart by version."""
    a, b = side_name(old), side_name(new)
    if a == b:
        a, b = f"{a} (v{old.version})", f"{b} (v{new.version})"
    return side_words(mode, a, b)


class ModeChooser(QComboBox):
    """Auto (showing what it chose), Revisions or Outlets."""

    mode_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for mode, label in CHOICES:
            self.addItem(label, mode)
        self.setToolTip(
            "Compare as revisions of one article (Old/New) or as different outlets' "
            "coverage (outlet names, “only in …”). Auto decides from the texts."
        )
        # as wide as its longest text from the start: it changes after each comparison
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(max(len(text) for text in CHOSEN_BY_AUTO.values()) - 4)
        self.currentIndexChanged.connect(lambda _row: self.mode_chosen.emit(self.mode()))

    def mode(self) -> str:
        return self.currentData()

    def show_compared(self, mode: str | None) -> None:
        """Say what auto chose for the pair on screen (``None``: nothing compared)."""
        chose = mode if self.mode() == "auto" else None
        self.setItemText(0, CHOSEN_BY_AUTO.get(chose or "", "Auto"))
