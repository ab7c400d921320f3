"""The bar above the comparison: which two documents, which view, and find in text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from storydiff.ui import theme
from storydiff.ui.library_model import Version, document_label, document_tooltip, same_year

COMBO_MAX_WIDTH = 300  # pixels: a long outlet name is elided beyond this
SIDE_NAME_WIDTH = 90  # pixels: an outlet's name before a chooser
ELIDE = Qt.TextElideMode.ElideRight


def view_buttons_style(palette: QPalette) -> str:
    """The chosen view stands out (highlight, bold); the other is still a visible button,
    with a fill and a border mixed from the theme's own text colour, in light and dark."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    fill, border = theme.mix(window, text, 0.12), theme.mix(window, text, 0.45)
    return f"""
QToolButton {{
    padding: 2px 8px; border: 1px solid {border.name()}; border-radius: 3px;
    background: {fill.name()}; color: {text.name()};
}}
QToolButton:checked {{
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); font-weight: bold;
}}
"""


class PairBar(QWidget):
    """Old and new document choosers, swap, previous/next pair, side-by-side/inline, find."""

    pair_changed = Signal(int, int)
    mode_changed = Signal(int)
    find_requested = Signal(str, bool)  # text, backwards

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old = QComboBox()
        self.new = QComboBox()
        for combo in (self.old, self.new):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            combo.setMinimumContentsLength(10)
            combo.setMaximumWidth(COMBO_MAX_WIDTH)
            combo.currentIndexChanged.connect(self._chosen)
        self.swap = QToolButton(text="⇄", toolTip="Swap old and new")
        self.previous_pair = QToolButton(text="◀", toolTip="Previous revision pair (Alt+Left)")
        self.next_pair = QToolButton(text="▶", toolTip="Next revision pair (Alt+Right)")
        self.side_button = QToolButton(text="Side by side", checkable=True, checked=True)
        self.inline_button = QToolButton(text="Inline", checkable=True)
        self.side_button.setToolTip("Two columns (Ctrl+1)")
        self.inline_button.setToolTip("One column (Ctrl+2)")
        group = QButtonGroup(self)
        group.addButton(self.side_button, 0)
        group.addButton(self.inline_button, 1)
        group.idClicked.connect(self.mode_changed)
        self.find = QLineEdit(placeholderText="Find in text (Ctrl+F)")
        self.find.setClearButtonEnabled(True)
        self.find.setMinimumWidth(150)
        self.find.setMaximumWidth(220)
        self.find.returnPressed.connect(lambda: self.find_requested.emit(self.find.text(), False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        self.old_label, self.new_label = QLabel("Old:"), QLabel("New:")
        layout.addWidget(self.old_label)
        layout.addWidget(self.old, 1)
        layout.addWidget(self.swap)
        layout.addWidget(self.new_label)
        layout.addWidget(self.new, 1)
        layout.addWidget(self.previous_pair)
        layout.addWidget(self.next_pair)
        layout.addStretch(0)
        self.view_controls = self._view_controls()
        self.swap.clicked.connect(self._swap)
        self.previous_pair.clicked.connect(lambda: self.step_pair(-1))
        self.next_pair.clicked.connect(lambda: self.step_pair(1))
        self._quiet = False
        self.documents: list[Version] = []

    def _view_controls(self) -> QWidget:
        """Side by side / inline and find: the window puts them in the menu bar's corner,
        which leaves the bar's width to the two document choosers."""
        controls = QWidget()
        controls.setStyleSheet(view_buttons_style(controls.palette()))
        layout = QHBoxLayout(controls)
        layout.setContentsMargins(0, 1, 6, 1)
        layout.setSpacing(2)
        layout.addWidget(self.side_button)
        layout.addWidget(self.inline_button)
        layout.addSpacing(10)
        layout.addWidget(self.find)
        return controls

    def restyle(self) -> None:
        """After a theme change: the view buttons' colours follow the new palette."""
        self.view_controls.setStyleSheet(view_buttons_style(QApplication.palette()))

    def set_documents(self, documents: list[Version], old_id: int, new_id: int) -> None:
        """Fill both choosers with a story's documents and select a pair (no signal)."""
        self._quiet = True
        self.documents = list(documents)
        year = not same_year(self.documents)  # the timeline and tooltips give the year
        for combo in (self.old, self.new):
            combo.clear()
            for document in documents:
                combo.addItem(document_label(document, year), document.id)
                combo.setItemData(combo.count() - 1, document_tooltip(document), 3)  # tooltip
        self.old.setCurrentIndex(max(0, self.old.findData(old_id)))
        self.new.setCurrentIndex(max(0, self.new.findData(new_id)))
        self._quiet = False
        self._update_steps()

    def pair(self) -> tuple[int, int] | None:
        old, new = self.old.currentData(), self.new.currentData()
        return (old, new) if old is not None and new is not None else None

    def _chosen(self) -> None:
        self._update_steps()
        if not self._quiet and self.pair():
            self.pair_changed.emit(*self.pair())

    def _swap(self) -> None:
        old, new = self.old.currentIndex(), self.new.currentIndex()
        self.choose(new, old)

    def choose(self, old_row: int, new_row: int) -> None:
        self._quiet = True
        self.old.setCurrentIndex(old_row)
        self.new.setCurrentIndex(new_row)
        self._quiet = False
        self._chosen()

    def step_pair(self, step: int) -> None:
        """Move to the previous or next pair of neighbouring revisions."""
        new_row = self.new.currentIndex() + step
        if 1 <= new_row < self.new.count():
            self.choose(new_row - 1, new_row)

    def _update_steps(self) -> None:
        self.previous_pair.setEnabled(self.new.currentIndex() > 1)
        self.next_pair.setEnabled(0 <= self.new.currentIndex() < self.new.count() - 1)

    def set_side_names(self, old: str, new: str) -> None:
        """ "Old:" and "New:", or the outlets' names when comparing outlets (elided if long)."""
        for label, name in ((self.old_label, old), (self.new_label, new)):
            label.setText(label.fontMetrics().elidedText(f"{name}:", ELIDE, SIDE_NAME_WIDTH))
            label.setToolTip(name if label.text() != f"{name}:" else "")

    def set_mode(self, mode: int) -> None:
        (self.inline_button if mode else self.side_button).setChecked(True)
