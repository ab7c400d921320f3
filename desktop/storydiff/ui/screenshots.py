"""Take the documentation screenshots: ``python -m storydiff.ui.screenshots docs/screenshots/``.

Uses a temporary library and temporary settings, at 1280×800: the empty library,
then the sample story plus a third test version (so the timeline shows), in the
light and dark themes, inline, and with a figure's history open; then the
differences list at 1600 px, the window at 1024×700 and the import question.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

THIRD_EDITS = (
    ("318,000 troops", "about 320,000 troops"),
    ("on Wednesday to mark", "on Wednesday, January 18, to mark"),
)


def _wait(app, done, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def build_story(library_path: Path) -> None:
    """The sample story and a third version that edits the second (for the timeline)."""
    from storydiff.importers import load_path
    from storydiff.paths import resource
    from storydiff.ui import import_jobs

    import_jobs.import_sample(library_path)(lambda *_: None, lambda: False)
    last = import_jobs.sample_versions()[-1]
    second = import_jobs.sample_document(resource("samples", last["file"]), last)
    text = second.text
    for old, new in THIRD_EDITS:
        text = text.replace(old, new)
    third = replace(
        load_path(resource("samples", last["file"])),
        text=text,
        raw=text.encode("utf-8"),
        title=second.title,
        outlet=second.outlet,
        published=datetime.fromisoformat("2023-01-17T19:45:00+00:00"),
    )
    import_jobs.store_all(library_path, import_jobs.SAMPLE_STORY, [third])


def _window(app, tmp: Path, choice: str, library: Path):
    from storydiff.ui import theme
    from storydiff.ui.mainwindow import MainWindow
    from storydiff.ui.settings import Settings

    theme.apply(app, choice)
    settings = Settings(tmp / f"{choice}.ini")
    settings.theme = choice
    window = MainWindow(settings, library)
    window.resize(1280, 800)
    window.show()
    return window


def _first_pair(app, window) -> None:
    """Show v1 → v2 (the richer pair) from the timeline, with every count in."""
    _wait(app, lambda: window.result is not None)
    _wait(app, lambda: len(window.tools.counter.counts) == 2)
    window.timeline.pair_chosen.emit(0, 1)
    _wait(app, lambda: window.result is not None and window.pair[1].version == 2)
    _wait(app, lambda: False, 0.2)


def _shoot(app, window, path: Path) -> None:
    _wait(app, lambda: False, 0.3)
    window.grab().save(str(path))
    print(f"wrote {path}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from storydiff.ui.app import make_app

    app = make_app([])
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        window = _window(app, tmp, "light", tmp / "empty.sqlite")
        _shoot(app, window, out / "empty-library.png")
        window.close()
        library = tmp / "library.sqlite"
        build_story(library)
        for name, choice in (("main-window", "light"), ("main-window-dark", "dark")):
            window = _window(app, tmp, choice, library)
            _first_pair(app, window)
            for _ in range(2):  # the second difference: a changed figure, word by word
                window.differences.step(True)
            _shoot(app, window, out / f"{name}.png")
            if choice == "light":
                _light_extras(app, window, out)
                _layout_extras(app, window, out)
            window.close()
    return 0


def _layout_extras(app, window, out: Path) -> None:
    """The differences list with long values in a wide window, a 1024×700 window, and the
    question every import asks."""
    from storydiff.ui.import_target import ImportTargetDialog

    window.resize(1600, 900)
    window.side_tabs.setCurrentWidget(window.differences)
    window.differences.tree.scrollToBottom()
    _shoot(app, window, out / "differences-long-values.png")
    window.resize(1024, 700)
    window.differences.tree.scrollToTop()
    _shoot(app, window, out / "window-1024.png")
    dialog = ImportTargetDialog(window, "“putin-v4.html”", window.library.stories())
    dialog.existing.setChecked(True)
    dialog.show()
    _shoot(app, dialog, out / "import-target.png")
    dialog.close()


def _light_extras(app, window, out: Path) -> None:
    """The inline view, then the troop count's history across the three versions."""
    window.actions_.set_mode(1)
    _shoot(app, window, out / "inline-view.png")
    window.actions_.set_mode(0)
    offset = window.result.documents[1].text.index("318,000")
    window.tools.choose_figure("b", offset)
    _wait(app, lambda: window.tools.figure_panel.model.rowCount() == 3)
    window.view.scroll_to([("b", offset, offset + 7)], flash=False)
    _shoot(app, window, out / "figure-history.png")


if __name__ == "__main__":
    raise SystemExit(main())
