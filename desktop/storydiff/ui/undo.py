"""Undo for deletions and merges: a history of steps and a bar that stays until dismissed.

A status-bar message is overwritten by the next one and never read; the undo bar
above the comparison names what was done and keeps its Undo button until the
user dismisses it, undoes, or does the next undoable thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from storydiff.ui.plain import plain


@dataclass(frozen=True)
class UndoStep:
    """What was done (``"Deleted the story “X” (3 documents)."``) and how to take it back.

    ``undo`` returns what it restored, in words, for the status bar.
    """

    message: str
    undo: Callable[[], str]


class UndoHistory:
    """The steps that can still be undone, newest last (Qt-free)."""

    def __init__(self) -> None:
        self.steps: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        self.steps.append(step)

    def pop(self) -> UndoStep | None:
        return self.steps.pop() if self.steps else None

    @property
    def last(self) -> UndoStep | None:
        return self.steps[-1] if self.steps else None


class UndoBar(QFrame):
    """``Deleted the story “X”.  [Undo]  [×]``: shown after an undoable action."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#undoBar { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 3px; }"
        )
        self.label = plain(QLabel())
        self.label.setWordWrap(True)
        self.undo_button = QPushButton("Undo  (Ctrl+Z)")
        self.close_button = QToolButton(text="×", toolTip="Dismiss")
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.undo_button.clicked.connect(self.undo_requested)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def offer(self, message: str) -> None:
        """Show what was just done, with its Undo button."""
        self.label.setText(message)
        self.undo_button.show()
        self.show()

    def notify(self, message: str) -> None:
        """Show a notice with nothing to undo (a failed backup); it stays until dismissed."""
        self.label.setText(message)
        self.undo_button.hide()
        self.show()
