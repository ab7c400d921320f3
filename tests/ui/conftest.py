"""UI fixtures: a main window on a temporary library with temporary settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from storydiff.ui.mainwindow import MainWindow
from storydiff.ui.settings import Settings


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory):
    """No test may read or write the user's real settings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def open_window(qtbot, settings, tmp_path):
    """Open a main window on a library; waits until its first comparison is shown."""
    windows = []

    def make(library_path=None, wait=True, sample=True) -> MainWindow:
        """On an empty library, clicks "Open the sample story" as a new user would."""
        window = MainWindow(settings, library_path or tmp_path / "library.sqlite")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        if sample and window.centre.currentWidget() is window.empty_state:
            qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
        if wait:
            qtbot.waitUntil(lambda: window.result is not None, timeout=15000)
        return window

    yield make
    for window in windows:
        window.runner.cancel_all()
        window.runner.wait()


@pytest.fixture
def three_versions(tmp_path):
    """A library with the sample story plus a third version (318,000 → about 320,000 troops)."""
    from storydiff.ui.screenshots import build_story

    path = tmp_path / "three.sqlite"
    build_story(path)
    return path


@pytest.fixture
def import_text(qtbot, tmp_path_factory):
    """``import_text(window, headline, story)``: import a small article headed ``headline``
    into ``story`` (``None``: a new story) as a user would; returns its id once stored."""
    folder = tmp_path_factory.mktemp("articles")

    def run(window, headline: str, story, wait: bool = True) -> int | None:
        path = folder / f"{len(list(folder.iterdir()))}.txt"
        path.write_text(f"{headline}\n\nA short article that says something new.", "utf-8")
        count = sum(s.document_count for s in window.library.stories())
        window.actions_.ask_target = lambda *_: (story, True)
        window.actions_.import_files([path])
        if not wait:
            return None
        qtbot.waitUntil(
            lambda: sum(s.document_count for s in window.library.stories()) == count + 1,
            timeout=15000,
        )
        qtbot.waitUntil(lambda: not window.runner.is_busy("import"), timeout=15000)
        return max(d.id for d in window.library.summaries())

    return run


QUAKE_AFP = (
    "Quake kills at least 127\n\n"
    "A magnitude 6.8 earthquake killed at least 127 people, the interior ministry said on "
    "Saturday. Rescuers searched the rubble of mountain villages through the night."
)
QUAKE_XINHUA = (
    "Death toll rises to 111\n\n"
    "The magnitude 6.8 quake has killed 111 people, local officials said. Aid convoys set off "
    "from the capital in the morning."
)


@pytest.fixture
def quake():
    """Two outlets on one earthquake: the toll differs (127 / 111), the magnitude agrees."""
    from datetime import UTC, datetime
    from types import SimpleNamespace

    return SimpleNamespace(
        afp=QUAKE_AFP,
        xinhua=QUAKE_XINHUA,
        times=(datetime(2023, 9, 9, 6, tzinfo=UTC), datetime(2023, 9, 9, 9, tzinfo=UTC)),
    )


@pytest.fixture
def quake_library(tmp_path, quake):
    """A library whose story "Quake" holds the two outlets' articles (AFP first)."""
    from storydiff.importers.base import ImportedDocument
    from storydiff.library.ingest import ingest
    from storydiff.library.store import Library

    path = tmp_path / "quake.sqlite"
    with Library.open(path) as library:
        for text, outlet, published in zip(
            (quake.afp, quake.xinhua), ("AFP", "Xinhua"), quake.times, strict=True
        ):
            title = text.splitlines()[0]
            document = ImportedDocument(
                text, text.encode(), "text", title=title, outlet=outlet, published=published
            )
            ingest(library, "Quake", document)
    return path
