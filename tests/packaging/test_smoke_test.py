"""The smoke test of the built app, run here against the app from source (no build)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from storydiff.paths import resources_dir

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
SAMPLE = "newsweek-2023-01-17-isw-mobilization"


def app_folder(folder: Path, resources: Path) -> Path:
    """A folder laid out like the frozen app, whose `storydiff` runs the launcher."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "resources").symlink_to(resources)
    shim = folder / "storydiff"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{PACKAGING / "launcher.py"}" "$@"\n')
    shim.chmod(0o755)
    return folder


def test_smoke_test_passes_on_a_working_app(tmp_path, smoke, capsys):
    folder = app_folder(tmp_path / "app", resources_dir())
    assert smoke.main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert "ok  compare" in out
    assert "smoke: rss" in out


def test_smoke_test_fails_when_the_sample_comparison_is_wrong(tmp_path, smoke, capsys):
    samples = tmp_path / "resources" / "samples"
    samples.mkdir(parents=True)
    original = resources_dir() / "samples" / f"{SAMPLE}.txt"
    shutil.copy(original, samples / f"{SAMPLE}.txt")
    shutil.copy(original, samples / f"{SAMPLE}.revised.txt")  # no changes at all
    folder = app_folder(tmp_path / "app", tmp_path / "resources")
    assert smoke.main([str(folder)]) == 1
    assert "sample changes: []" in capsys.readouterr().err
