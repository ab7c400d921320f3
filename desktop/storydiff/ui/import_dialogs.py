"""Dialogs for imports that need a choice: Wayback snapshots (by capture date) and feeds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from storydiff.importers.wayback import ARCHIVE
from storydiff.ui import import_jobs
from storydiff.ui.plain import plain


class WaybackDialog(QDialog):
    """Enter an address, list its archived captures, pick the ones to import as versions."""

    def __init__(self, window, story: int | None, archive: str = ARCHIVE) -> None:
        super().__init__(window)
        self.window_ = window
        self.story = story
        self.archive = archive
        self.setWindowTitle("Import Wayback Machine snapshots")
        self.url = QLineEdit(placeholderText="https://… address of the article")
        self.list_button = QPushButton("List snapshots")
        self.snapshots = QListWidget()
        self.snapshots.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.status = plain(QLabel("Captures whose article text did not change are skipped."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            "Import selected", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.snapshots, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.list_button.clicked.connect(self.list_snapshots)
        self.url.returnPressed.connect(self.list_snapshots)
        self.buttons.accepted.connect(self.import_selected)
        self.buttons.rejected.connect(self.reject)
        self.snapshots.itemSelectionChanged.connect(
            lambda: self.import_button.setEnabled(bool(self.snapshots.selectedItems()))
        )

    def list_snapshots(self) -> None:
        from storydiff.importers.wayback import list_snapshots

        url, archive = self.url.text().strip(), self.archive
        if not url:
            return
        self.status.setText("Asking the Wayback Machine…")
        self.window_.runner.start(
            "wayback-list",
            lambda progress, cancelled: list_snapshots(url, archive=archive, cancelled=cancelled),
            "listing the archived copies",
            on_finished=self._listed,
            on_failed=self._failed,
        )

    def _listed(self, snapshots) -> None:
        self.snapshots.clear()
        for snapshot in snapshots:
            item = QListWidgetItem(f"{snapshot.timestamp:%d %b %Y %H:%M} UTC   {snapshot.url}")
            item.setData(Qt.ItemDataRole.UserRole, snapshot)
            self.snapshots.addItem(item)
        self.snapshots.selectAll()
        self.status.setText(f"{len(snapshots)} captures. Choose the ones to import.")

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def import_selected(self) -> None:
        from storydiff.importers.wayback import import_history

        chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self.snapshots.selectedItems()]

        def fetch(progress, cancelled):
            return import_history(chosen, progress=progress, cancelled=cancelled)

        job = import_jobs.import_documents(self.window_.library.path, self.story, fetch)
        self.window_.start_import(job, "importing archived versions")
        self.accept()


def import_feed(window, story: int | None, url: str) -> None:
    """Import every entry of a feed (each entry goes to its own story unless one is selected)."""
    from storydiff.importers.feed import fetch_feed

    def fetch(progress, cancelled):
        return fetch_feed(url, progress=progress, cancelled=cancelled)

    window.start_import(
        import_jobs.import_documents(window.library.path, story, fetch, each_own_story=True),
        "importing the feed",
    )
