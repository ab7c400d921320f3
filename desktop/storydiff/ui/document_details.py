"""Edit a document's details: outlet, title, address, author, kind and published time.

The published time orders the versions of a story; the import time is the
library's own record and is shown, never edited.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from storydiff.errors import InputError
from storydiff.library.kinds import KIND_LABELS, kind_of
from storydiff.library.records import DocumentSummary
from storydiff.ui.plain import plain

FIELDS = (("outlet", "Outlet"), ("title", "Title"), ("url", "Address"), ("author", "Author"))
KIND_HINT = "Wire copy and press releases are the sources text reuse measures churn from."
TIME_FORMAT = "%Y-%m-%d %H:%M"
TIME_HINT = "YYYY-MM-DD HH:MM (UTC unless an offset such as +01:00 is given)"


def parse_when(text: str) -> datetime | None:
    """``2023-01-17 14:05`` (UTC) or ``2023-01-17T14:05+01:00`` → a time; empty → ``None``."""
    text = text.strip()
    if not text:
        return None
    try:
        when = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        raise InputError(f"“{text}” is not a time: write it as {TIME_HINT}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def show_when(when: datetime | None) -> str:
    if when is None:
        return ""
    offset = when.utcoffset()
    suffix = "" if not offset else when.strftime("%z")[:3] + ":" + when.strftime("%z")[3:]
    return when.strftime(TIME_FORMAT) + suffix


def detail_changes(document: DocumentSummary, typed: dict[str, str]) -> dict:
    """The fields the user changed, ready for ``Library.update_document``."""
    changes: dict = {}
    for key, _label in FIELDS:
        value = " ".join(typed.get(key, "").split())
        if value != getattr(document, key):
            changes[key] = value
    kind = typed.get("kind")
    if kind is not None and kind != kind_of(document):
        changes["kind"] = kind  # stored with library.kinds.set_kind, not update_document
    published = parse_when(typed.get("published", ""))
    if published is not None and published != document.published:
        changes["published"] = published
    return changes


class DocumentDetailsDialog(QDialog):
    """A form over one document's details; :meth:`changes` is what to store."""

    def __init__(self, parent, document: DocumentSummary) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(f"Details of version {document.version}")
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for key, label in FIELDS:
            edit = QLineEdit(getattr(document, key))
            edit.setClearButtonEnabled(True)
            self.edits[key] = edit
            form.addRow(f"{label}:", edit)
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(self.kind.findData(kind_of(document)))
        self.kind.setToolTip(KIND_HINT)
        form.addRow("Kind:", self.kind)
        published = QLineEdit(show_when(document.published), placeholderText=TIME_HINT)
        published.setToolTip("Versions of a story are ordered by this time.")
        self.edits["published"] = published
        form.addRow("Published:", published)
        form.addRow("", plain(QLabel("Versions are ordered by the published time.")))
        for label, when in (("Retrieved", document.retrieved), ("Imported", document.imported)):
            form.addRow(f"{label}:", plain(QLabel(show_when(when) or "unknown")))
        self.error = plain(QLabel())
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def typed(self) -> dict[str, str]:
        typed = {key: edit.text() for key, edit in self.edits.items()}
        return typed | {"kind": self.kind.currentData()}

    def changes(self) -> dict:
        return detail_changes(self.document, self.typed())

    def _check(self) -> None:
        """Accept only a readable time; say what is wrong without losing what was typed."""
        try:
            self.changes()
        except InputError as error:
            self.error.setText(str(error))
            return
        self.accept()
