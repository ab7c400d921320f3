"""Which story an import goes to: a new one (the default, named from the article) or one
the library already has. Asked before every import, so nothing is filed silently."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from storydiff.library.records import StoryRecord
from storydiff.ui.plain import plain

FROM_TITLE = "named from the article's title"


class ImportTargetDialog(QDialog):
    """New story (optionally named) or an existing one; :meth:`target` is the answer.

    ``target()``: ``None`` for a new story named from the article, a ``str`` for a new
    story of that name, an ``int`` for an existing story's id.
    """

    def __init__(
        self,
        parent,
        what: str,
        stories: list[StoryRecord],
        current: int | None = None,
        new_label: str = "A new story",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import into which story?")
        self.new = QRadioButton(new_label)
        self.name = QLineEdit(placeholderText=FROM_TITLE)
        self.name.setClearButtonEnabled(True)
        self.existing = QRadioButton("An existing story:")
        self.stories = QComboBox()
        self.stories.setMinimumContentsLength(30)
        for story in stories:
            self.stories.addItem(f"{story.name}  ({story.document_count})", story.id)
        if current is not None:
            self.stories.setCurrentIndex(max(0, self.stories.findData(current)))
        group = QButtonGroup(self)
        group.addButton(self.new)
        group.addButton(self.existing)
        self.new.setChecked(True)
        self.existing.setEnabled(bool(stories))
        if not stories:
            self.stories.setPlaceholderText("(the library has no story yet)")
        self.stories.setEnabled(False)
        self.existing.toggled.connect(self.stories.setEnabled)
        self.existing.toggled.connect(lambda on: self.name.setEnabled(not on))
        self.stories.activated.connect(lambda _row: self.existing.setChecked(True))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = plain(QLabel(f"Where should {what} go?"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.new)
        layout.addWidget(self.name)
        layout.addSpacing(6)
        layout.addWidget(self.existing)
        layout.addWidget(self.stories)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.name.setFocus()  # typing names the new story at once

    def target(self) -> int | str | None:
        if self.existing.isChecked() and self.stories.currentData() is not None:
            return int(self.stories.currentData())
        return self.name.text().strip() or None
