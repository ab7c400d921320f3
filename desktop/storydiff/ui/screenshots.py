"""Take the documentation screenshots: ``python -m storydiff.ui.screenshots docs/screenshots/``.

Uses a temporary library and temporary settings, at 1280×800: the empty library,
then the sample story plus a third test version (so the timeline shows), in the
light and dark themes, inline, and with a figure's history open; then the
differences list at 1600 px, the window at 1024×700 and the import question; then a
stealth edit flagged in the comparison, and the Watches dock (its watches and checks are
written through the library's API: the screenshot run has no network).
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
        window = _window(app, tmp, "light", library)  # last: it adds watches to the library
        _first_pair(app, window)
        _watch_extras(app, window, out)
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


WATCHED = (  # address, story, every, minutes since the last check, error
    ("https://news.example/world/putin-mobilization-isw", None, 1800, 4, ""),
    ("https://news.example/world/kherson-ceasefire-talks", None, 3600, 22,
     "HTTP 503 Service Unavailable"),
    ("https://news.example/world/rss.xml", None, 3600, 47, ""),
)  # fmt: skip


def _watch_extras(app, window, out: Path) -> None:
    """A stealth edit flagged in the list and the margin, then the Watches dock."""
    from PySide6.QtCore import Qt

    from storydiff.ui.watch_notices import NEW_BADGE

    window.resize(1280, 800)
    window.timeline.pair_chosen.emit(0, 1)
    _wait(app, lambda: window.result is not None and window.pair[1].version == 2)
    _stealth_row(app, window)
    _shoot(app, window, out / "stealth-edit.png")
    story_id = _fill_watches(window)
    window.watch_ui.show_dock()
    window.resizeDocks([window.watch_ui.dock], [190], Qt.Orientation.Vertical)
    window.watch_ui.panel.select_watch(window.watch_ui.model.watches[0].id)
    window.library_model.set_badge(story_id, NEW_BADGE)
    window.say(f"New version of “{window.library.story(story_id).name}”: {_summary(window)}")
    _shoot(app, window, out / "watch-list.png")
    window.watch_ui.dock.hide()


def _summary(window) -> str:
    """The watcher's one-line summary of v2 → v3, as a check storing v3 would say it."""
    from storydiff.core.edits.classify import classify_edits
    from storydiff.core.edits.summary import summarise

    _v1, v2, v3 = window.library.summaries(window.pair[0].story_id)
    pair = window.tools.cache.compare(v2, v3).pairs[0]
    differences = list(pair.differences)
    return summarise(differences, classify_edits(pair.comparison, differences))


def _stealth_row(app, window) -> None:
    """Select the changed passage of the troop count: a fact update with no correction note."""
    panel = window.differences
    for index in panel.model.stops():
        item = panel.model.item_at(index)
        if item.stealth and item.group == "Text changes" and "318,000" in item.label:
            panel.tree.setCurrentIndex(index)
            panel.tree.scrollTo(index)
            window.view.scroll_to(list(item.ranges), flash=False)
            return


def _fill_watches(window) -> int:
    """Watches on the sample story and two more, each with a recorded check."""
    from datetime import UTC, timedelta

    from storydiff.library import watches as rows
    from storydiff.ui import import_jobs

    library = window.library
    story = library.find_story(import_jobs.SAMPLE_STORY)
    at = datetime.now(UTC)
    for url, name, every, minutes, error in WATCHED:
        kind = "feed" if url.endswith(".xml") else "article"
        named = story.name if kind == "article" and not error else name
        added = rows.add_watch(library, url, kind, every, named)
        checked = (at - timedelta(minutes=minutes)).isoformat()
        changes = {
            "last_check": checked,
            "failures": 2 if error else 0,
            "last_error": error or None,
        }
        if not error and kind == "article":
            changes["last_change"] = checked
        outcome = "error" if error else "new_version" if kind == "article" else "feed"
        rows.record_check(library, added, rows.CheckResult(outcome, error=error), changes)
    rows.set_paused(library, rows.watches(library)[-1].id, True)
    return story.id


if __name__ == "__main__":
    raise SystemExit(main())
