"""File › Export comparison / story: a report of what is on screen, in any report format.

The report is built in a worker (reading and comparing the documents); HTML,
Markdown, JSON and CSV are written there too. A PDF is printed by Qt's text
layout on the GUI thread once the report is built (under 0.1 s for the
sample story; ``python -m storydiff.bench gui --export`` measures it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from storydiff.core.progress import check
from storydiff.errors import StoryDiffError
from storydiff.reports import write_report
from storydiff.reports.model import Report
from storydiff.service.reports import story_report

TASK_KEY = "export"

# (file dialog filter, format, PDF page size); the first is the default choice.
FILTERS = (
    ("Web page (*.html)", "html", "a4"),
    ("PDF, A4 paper (*.pdf)", "pdf", "a4"),
    ("PDF, US Letter paper (*.pdf)", "pdf", "letter"),
    ("Markdown (*.md)", "md", "a4"),
    ("JSON data (*.json)", "json", "a4"),
    ("CSV table of the differences (*.csv)", "csv", "a4"),
)
EXTENSIONS = {"html": "html", "htm": "html", "pdf": "pdf", "md": "md", "markdown": "md"}
EXTENSIONS |= {"json": "json", "csv": "csv"}


@dataclass(frozen=True, slots=True)
class Target:
    """Where the report goes and in which format."""

    path: Path
    fmt: str
    page_size: str = "a4"


def target_of(path: str, chosen_filter: str) -> Target:
    """The format follows a known extension typed by the user, else the chosen filter
    (whose extension is then added). A PDF's page size comes from its filter."""
    _label, fmt, page_size = next((f for f in FILTERS if f[0] == chosen_filter), FILTERS[0])
    typed = EXTENSIONS.get(Path(path).suffix.lower().lstrip("."))
    if typed is None:
        return Target(Path(f"{path}.{fmt}"), fmt, page_size)
    return Target(Path(path), typed, page_size if typed == fmt else "a4")


def file_name(story: str, versions: tuple[int, ...] = ()) -> str:
    """A default file name: the story's name, and the versions compared if not all."""
    stem = re.sub(r"[^\w\s-]", "", story).strip().replace(" ", "-")[:60] or "report"
    return stem + ("".join(f"-v{v}" for v in versions) if versions else "")


class ReportExport(QObject):
    """Asks where to export, builds the report in the background and says where it went."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        folders = QStandardPaths.StandardLocation.DocumentsLocation
        self.folder = Path(QStandardPaths.writableLocation(folders) or Path.home())
        self.saved: Path | None = None
        self.open_folder = QPushButton("Open folder")
        self.open_folder.setFlat(True)
        self.open_folder.setToolTip("Show the folder of the report just exported")
        self.open_folder.hide()
        self.open_folder.clicked.connect(self.show_folder)
        window.statusBar().addWidget(self.open_folder)

    def export(self, whole_story: bool) -> None:
        """Export the comparison on screen, or every version of its story."""
        w = self.window
        if w.pair is None or w.library is None:
            w.show_error("Choose a story in the library first.")
            return
        old, new = w.pair
        if not whole_story and old.id == new.id:
            w.show_error("This story has one version: import another one to compare it with.")
            return
        story = w.library.story(old.story_id).name
        versions = () if whole_story else (old.version, new.version)
        target = self.ask_target(file_name(story, versions))
        if target is None:
            return
        ids = None if whole_story else [old.id, new.id]
        self.start(target, old.story_id, ids)

    def ask_target(self, name: str) -> Target | None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            "Export report",
            str(self.folder / f"{name}.html"),
            ";;".join(label for label, _fmt, _size in FILTERS),
            FILTERS[0][0],
        )
        return target_of(path, chosen) if path else None

    def start(self, target: Target, story_id: int, document_ids: list[int] | None) -> None:
        w = self.window
        library_path = w.library.path

        def job(progress, cancelled) -> tuple[Target, Report]:
            report = story_report(library_path, story_id, document_ids, None, progress, cancelled)
            check(cancelled)
            if target.fmt != "pdf":  # PDF is laid out by Qt on the GUI thread
                write_report(report, target.fmt, target.path)
            return target, report

        self.open_folder.hide()
        w.say(f"Exporting the report to {target.path.name}…")
        w.runner.start(
            TASK_KEY,
            job,
            "exporting the report",
            on_finished=self._built,
            on_failed=w.show_error,
            on_progress=w._progress,
        )

    def _built(self, built: tuple[Target, Report]) -> None:
        target, report = built
        if target.fmt == "pdf":
            self.window.say(f"Printing the PDF to {target.path.name}…")
            try:
                write_report(report, "pdf", target.path, target.page_size)
            except StoryDiffError as error:
                self.window.show_error(str(error))
                return
        self.saved = target.path
        self.folder = target.path.parent
        self.window.say(f"Report saved to {target.path}")
        self.open_folder.show()

    def show_folder(self) -> None:
        """Open the folder of the last report in the file manager (on the user's click)."""
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.parent)))
