"""Start the desktop app: ``storydiff gui`` and the ``storydiff-gui`` script land here."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from storydiff import __version__
from storydiff.paths import resource
from storydiff.ui import theme
from storydiff.ui.settings import APPLICATION, ORGANISATION, Settings


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with StoryDiff's names, icon and theme."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("storydiff")  # matches packaging/storydiff.desktop (Wayland icon)
    app.setWindowIcon(QIcon(str(resource("icons", "storydiff.svg"))))
    return app


def run(library_path: Path | None = None, settings: Settings | None = None) -> int:
    """Open the main window on ``library_path`` (default: the last library used) and run."""
    from storydiff.ui.mainwindow import MainWindow

    app = make_app()
    settings = settings or Settings()
    theme.apply(app, settings.theme)
    window = MainWindow(settings, library_path)
    window.show()
    return app.exec()


def main() -> int:
    """Entry point of the ``storydiff-gui`` script."""
    library = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    return run(library)


if __name__ == "__main__":
    raise SystemExit(main())
