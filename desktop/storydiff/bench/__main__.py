"""Run one benchmark: ``python -m storydiff.bench compare|library|...``."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import storydiff.bench


def available() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(storydiff.bench.__path__))


def run(argv: list[str]) -> int:
    names = available()
    if not argv or argv[0] not in names:
        print(f"usage: python -m storydiff.bench {{{'|'.join(names)}}} [options]")
        return 2
    module = importlib.import_module(f"storydiff.bench.{argv[0]}")
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
