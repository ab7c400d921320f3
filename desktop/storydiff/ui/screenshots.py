"""Take the documentation screenshots: ``python -m storydiff.ui.screenshots docs/screenshots/``.

Uses a temporary library (with the sample story) and temporary settings, at 1280×800.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _wait(app, done, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from storydiff.ui import theme
    from storydiff.ui.app import make_app
    from storydiff.ui.mainwindow import MainWindow
    from storydiff.ui.settings import Settings

    app = make_app([])
    with tempfile.TemporaryDirectory() as tmp:
        for name, choice in (("main-window", "light"), ("main-window-dark", "dark")):
            theme.apply(app, choice)
            window = MainWindow(Settings(Path(tmp) / f"{choice}.ini"), Path(tmp) / "library.sqlite")
            window.resize(1280, 800)
            window.show()
            _wait(app, lambda w=window: w.result is not None)
            for _ in range(2):  # the second difference: a changed figure, word by word
                window.differences.step(True)
            _wait(app, lambda: False, 0.3)
            window.grab().save(str(out / f"{name}.png"))
            if choice == "light":
                window.actions_.set_mode(1)
                _wait(app, lambda: False, 0.2)
                window.grab().save(str(out / "inline-view.png"))
            window.close()
            print(f"wrote {out / (name + '.png')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
