"""The window's code path leaves the importer libraries for when they are used."""

from __future__ import annotations

import subprocess
import sys

DEFERRED = ["trafilatura", "lxml", "pypdf", "docx", "feedparser", "dask", "babel"]


def test_the_window_modules_import_no_importer_library():
    probe = (
        "import sys, storydiff.cli.gui_cmd, storydiff.ui.app, storydiff.ui.mainwindow\n"
        f"print(sorted(name for name in {DEFERRED!r} if name in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
