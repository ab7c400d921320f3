"""Entry point of the frozen StoryDiff: the ``storydiff`` command line, and the
window when started with no arguments (as from a desktop menu or a double-click).

For the packaging smoke test only: with ``STORYDIFF_SMOKE_QUIT_MS=N`` set, the
launcher reports when the first window is visible (and the resident memory
then and just before quitting) on standard output, and quits the app N ms later
(saving a screenshot of the main window to ``STORYDIFF_SMOKE_SHOT`` if set).
The UI itself knows nothing of this.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

STARTED = time.perf_counter()


def resident_mb() -> float:
    """This process's resident memory in MB (0 where /proc is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def say(line: str) -> None:
    """Print one smoke line; a reader that went away must not keep the app open."""
    with contextlib.suppress(OSError):
        print(line, flush=True)


def install_smoke_hook(quit_ms: int) -> None:
    """Wrap ``QApplication.exec`` so the first event-loop turn reports the window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    original_exec = QApplication.exec

    def report() -> None:
        QTimer.singleShot(quit_ms, quit_app)
        shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        elapsed = time.perf_counter() - STARTED
        say(f"smoke: window shown {shown!r} after {elapsed:.2f} s in Python")
        say(f"smoke: rss {resident_mb():.0f} MB at first window")

    def quit_app() -> None:
        try:
            shot = os.environ.get("STORYDIFF_SMOKE_SHOT")
            for window in QApplication.topLevelWidgets():
                if shot and isinstance(window, QMainWindow) and window.isVisible():
                    window.grab().save(shot)
            say(f"smoke: rss {resident_mb():.0f} MB before quitting")
        finally:
            QApplication.quit()

    def exec_with_smoke(*_args: object) -> int:
        QTimer.singleShot(0, report)
        return original_exec()

    QApplication.exec = exec_with_smoke


def main() -> None:
    """Run the command line; no arguments open the window."""
    quit_ms = os.environ.get("STORYDIFF_SMOKE_QUIT_MS")
    if quit_ms:
        install_smoke_hook(int(quit_ms))
    if len(sys.argv) == 1:
        sys.argv.append("gui")
    from storydiff.cli.lifetime import run

    run(prog_name="storydiff")


if __name__ == "__main__":
    main()
