"""Right-click → "Share as image…": a card for a difference or a reused passage,
written as a PNG (through :mod:`storydiff.cards`) with its alt text beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from storydiff.cards.content import Card, difference_card
from storydiff.cards.paint import write_card
from storydiff.cards.row_card import row_card
from storydiff.core.story import StoryComparison
from storydiff.errors import StoryDiffError
from storydiff.ui.differences_model import DifferenceItem

AskPath = Callable[[QWidget, str], Path | None]


def ask_png_path(parent: QWidget, suggested: str) -> Path | None:
    """A save dialog for a PNG; ``None`` when the user cancels."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, "Share as image", suggested, "PNG image (*.png)"
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".png" else path.with_suffix(".png")


def item_card(
    result: StoryComparison, item: DifferenceItem, labels: tuple[str, str]
) -> Card | None:
    """The card of one entry of the differences list: a tagged difference or a changed row
    (``None`` for entries that are neither, such as a headline change or a correction note)."""
    pair = result.pairs[0]
    kind, _, number = item.key.rpartition(":")
    if not number.isdigit():
        return None
    if kind == "row":
        return row_card(pair.comparison, int(number), *labels)
    a, b = result.documents
    return difference_card(a, b, pair.differences[int(number)], *labels)


class CardSharer(QObject):
    """Asks where to save, writes the card and its alt text, says where it went."""

    def __init__(self, window, ask: AskPath = ask_png_path) -> None:
        super().__init__(window)
        self.window = window
        self.ask = ask

    def share(self, card: Card, suggested: str) -> Path | None:
        path = self.ask(self.window, suggested)
        if path is None:
            return None
        try:
            alt = write_card(card, path)
        except StoryDiffError as error:
            self.window.show_error(str(error))
            return None
        self.window.say(f"Wrote {path.name}, with its alt text in {alt.name}.")
        return path
