"""Story-level GUI figures: ``python -m storydiff.bench gui --timeline`` and ``--export``.

``--timeline``: a story of many versions (the sample edited again and again) in a
fresh library; how long until every timeline count is shown the first time (all
pairs compared in a worker and stored) and after reopening (read from the
library), and the longest stall of the GUI thread meanwhile (the largest gap
between ticks of a 10 ms timer).

``--export``: building the sample story's report (worker side) and printing it
to PDF (GUI thread).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path


def build_long_story(path: Path, versions: int) -> None:
    """The sample's first version, then ``versions - 1`` revisions, each editing the last."""
    from storydiff.paths import resource
    from storydiff.ui import import_jobs

    first = import_jobs.sample_versions()[0]
    document = import_jobs.sample_document(resource("samples", first["file"]), first)
    documents, text = [document], document.text
    for n in range(1, versions):
        text = text.replace(f"{318_000 + (n - 1) * 1000:,}", f"{318_000 + n * 1000:,}", 1)
        text += f"\n\nUpdate {n}: this story was revised {n} times since it was first published."
        documents.append(
            replace(
                document,
                text=text,
                raw=text.encode("utf-8"),
                published=document.published + timedelta(hours=n),
            )
        )
    import_jobs.store_all(path, "Long story", documents)


class StallMeter:
    """The longest gap between ticks of a 10 ms timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def _open_until_counted(app, library: Path, settings_path: Path, pairs: int):
    from storydiff.ui.mainwindow import MainWindow
    from storydiff.ui.settings import Settings

    meter = StallMeter()
    started = time.perf_counter()
    window = MainWindow(Settings(settings_path), library)
    window.resize(1280, 800)
    window.show()
    opening = None
    while len(window.tools.counter.counts) < pairs and time.perf_counter() - started < 600:
        app.processEvents()
        time.sleep(0.002)
        if opening is None and window.result is not None:
            app.processEvents()  # the comparison's first screen is painted
            opening, meter.longest = meter.longest, 0.0
    shown = time.perf_counter() - started
    while window.runner.is_busy():
        app.processEvents()
    window.close()
    meter.timer.stop()
    return shown, (opening or 0.0, meter.longest)


def timeline(app, versions: int) -> None:
    from storydiff.library.store import Library

    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "long.sqlite"
        build_long_story(library, versions)
        first, stall = _open_until_counted(app, library, Path(folder) / "a.ini", versions - 1)
        again, stall_again = _open_until_counted(app, library, Path(folder) / "b.ini", versions - 1)
        with Library.open(library) as opened:
            sizes = [len(row[0]) for row in opened.db.execute("SELECT result FROM comparisons")]
    print(f"story of {versions} versions ({versions - 1} neighbour pairs)")
    print(
        f"all timeline counts shown, first open: {first:.2f} s "
        f"(longest GUI stall: {_stalls(stall)})"
    )
    print(
        f"all timeline counts shown, reopened: {again:.2f} s "
        f"(longest GUI stall: {_stalls(stall_again)})"
    )
    print(
        f"stored comparisons: {len(sizes)} rows, {sum(sizes) / 1e6:.1f} MB of JSON, "
        f"{sum(sizes) / max(len(sizes), 1) / 1000:.0f} kB each"
    )


def _stalls(stalls: tuple[float, float]) -> str:
    opening, counting = stalls
    return f"{opening * 1000:.0f} ms opening the window, {counting * 1000:.0f} ms after"


def export(app) -> None:
    from storydiff.library.store import Library
    from storydiff.reports.pdf import write_pdf
    from storydiff.service.reports import story_report
    from storydiff.ui.screenshots import build_story

    with tempfile.TemporaryDirectory() as folder:
        library = Path(folder) / "sample.sqlite"
        build_story(library)
        with Library.open(library) as opened:
            story = opened.stories()[0]
            ids = [d.id for d in opened.summaries(story.id)]
        for label, chosen in (("comparison v2→v3", ids[1:]), ("whole story (3 versions)", None)):
            started = time.perf_counter()
            report = story_report(library, story.id, chosen)
            built = time.perf_counter() - started
            started = time.perf_counter()
            pages = write_pdf(report, Path(folder) / "report.pdf")
            printed = time.perf_counter() - started
            print(
                f"{label}: report built (worker) {built * 1000:.0f} ms; "
                f"PDF printed on the GUI thread {printed * 1000:.0f} ms, {pages} pages"
            )
