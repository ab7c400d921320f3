"""What the centre shows on an empty library: open the sample story, or import articles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEXT = (
    "StoryDiff compares news articles: the versions of one story as it was edited, "
    "or several outlets' coverage of the same event. It shows what changed, word by word, "
    "and which figures, sources and quotes differ."
)
SAMPLE = (
    "The sample is a Newsweek article of 17 January 2023 about Russia's mobilization, "
    "with a test revision (not Newsweek's) that changes a troop count, drops one sentence, "
    "adds another and moves a paragraph."
)
WIDTH = 500
MIN_WIDTH = 340


class EmptyState(QWidget):
    """A welcome panel with one obvious first step."""

    sample_requested = Signal()
    import_requested = Signal()
    web_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Your library is empty")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        about = QLabel(TEXT, wordWrap=True)
        sample = QLabel(SAMPLE, wordWrap=True)
        self.sample_button = QPushButton("Open the sample story")
        self.sample_button.setDefault(True)
        self.sample_button.setMinimumHeight(44)
        bold = QFont(self.sample_button.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.sample_button.setFont(bold)
        self.sample_button.setObjectName("sampleButton")
        self.import_button = QPushButton("Import articles…")
        self.web_button = QPushButton("Import from a web address…")
        for button in (self.import_button, self.web_button):
            button.setMinimumHeight(34)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.web_button)
        hint = QLabel("<small>You can also drop files on the window.</small>")
        column = QVBoxLayout()
        column.setSpacing(14)
        for widget in (title, about, sample, self.sample_button):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(hint)
        box = QWidget()
        box.setLayout(column)
        box.setMinimumWidth(MIN_WIDTH)  # narrow windows (960 px) keep the panels beside it
        box.setMaximumWidth(WIDTH)
        for label in (about, sample):  # wrapped text: reserve its height at the narrowest
            label.setMinimumHeight(label.heightForWidth(MIN_WIDTH))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.web_button.clicked.connect(self.web_requested)
