"""Where StoryDiff keeps its files and finds its resources (works frozen too)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "StoryDiff"


def data_dir() -> Path:
    """The user's data directory for StoryDiff (not created here: only writing a
    library creates its folder)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_library_path() -> Path:
    """The library opened when no other is named."""
    return data_dir() / "library.sqlite"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a source tree or wheel,
    or inside the bundle of a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource(*parts: str) -> Path:
    """Path to one bundled resource, e.g. ``resource("samples", "x.txt")``."""
    return resources_dir().joinpath(*parts)
