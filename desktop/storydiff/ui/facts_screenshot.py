"""Take the Facts view screenshot: ``python -m storydiff.ui.facts_screenshot OUT.png [TEXTS]``.

Builds a three-outlet story (the Morocco earthquake texts of the outlet dev set,
``tests/eval/outlets-dev/`` unless TEXTS names another folder) in a temporary
library, opens the window at 1280×800 with the Facts tab in front and saves it.
``--dark`` takes it in the dark theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

# file, outlet, published (None: unknown, after the others)
OUTLETS = (
    ("morocco-quake-reuters-panorama.txt", "Reuters", datetime(2023, 9, 11, 6, 0, tzinfo=UTC)),
    ("morocco-quake-nhk.txt", "NHK World", datetime(2023, 9, 13, 4, 0, tzinfo=UTC)),
    ("morocco-quake-jinha.txt", "Jinha", None),
)
STORY = "Morocco earthquake"
SIZE = (1280, 800)
PANELS = [230, 600, 450]  # library, comparison, side tabs


def build_story(library_path: Path, texts: Path) -> None:
    from storydiff.importers.base import ImportedDocument
    from storydiff.library import Library
    from storydiff.library.ingest import ingest

    with Library.open(library_path) as library:
        for name, outlet, published in OUTLETS:
            text = (texts / name).read_text("utf-8")
            title = text.strip().splitlines()[0]
            document = ImportedDocument(
                text, text.encode(), "text", title=title, outlet=outlet, published=published
            )
            ingest(library, STORY, document)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    dark = "--dark" in argv
    args = [a for a in argv if a != "--dark"]
    out = Path(args[0] if args else "docs/screenshots/facts-view.png")
    texts = Path(args[1] if len(args) > 1 else "tests/eval/outlets-dev")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from storydiff.ui import theme
    from storydiff.ui.app import make_app
    from storydiff.ui.mainwindow import MainWindow
    from storydiff.ui.screenshots import _wait
    from storydiff.ui.settings import Settings

    app = make_app([])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        build_story(tmp / "library.sqlite", texts)
        choice = "dark" if dark else "light"
        theme.apply(app, choice)
        settings = Settings(tmp / "settings.ini")
        settings.theme = choice
        window = MainWindow(settings, tmp / "library.sqlite")
        window.resize(*SIZE)
        window.show()
        window.side_tabs.setCurrentWidget(window.facts.panel)
        window.splitter.setSizes(PANELS)  # the reader widens the Facts tab to read the table
        _wait(app, lambda: window.result is not None)
        _wait(app, lambda: window.facts.panel.model.rowCount() > 0)
        _wait(app, lambda: False, 0.3)
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(f"wrote {out}")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
