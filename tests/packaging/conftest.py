"""Load the packaging helpers (``packaging/`` is not a package: its name is taken)."""

from __future__ import annotations

import importlib.util
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str, path: Path) -> ModuleType:
    """Import one file of packaging/ under a name of our own."""
    loader = SourceFileLoader(name, str(path))
    spec = importlib.util.spec_from_loader(name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle() -> ModuleType:
    return load("storydiff_packaging_bundle", PACKAGING / "bundle.py")


@pytest.fixture(scope="session")
def smoke() -> ModuleType:
    return load("storydiff_packaging_smoke", PACKAGING / "smoke-test")
