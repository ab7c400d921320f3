"""Commands import only what they use (issue 15): checked in a fresh interpreter."""

import json
import subprocess
import sys

import pytest

from storydiff.paths import resource

OLD = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"))
NEW = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"))

HEAVY = (
    "trafilatura",
    "pypdf",
    "docx",
    "feedparser",
    "PySide6",
    "lxml",
    "charset_normalizer",
    "sqlite_utils",
    "storydiff.library",
    "storydiff.reports",
    "dask",
    "pyarrow",
)

PROBE = """
import contextlib, io, json, sys
from storydiff.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main({args!r})
    except SystemExit as stop:
        assert stop.code in (0, None), stop.code
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(*args: str) -> set[str]:
    probe = PROBE.format(args=list(args))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def heavy_in(modules: set[str]) -> list[str]:
    return [name for name in HEAVY if any(m == name or m.startswith(name + ".") for m in modules)]


@pytest.mark.parametrize(
    "args",
    [
        ("--version",),
        ("compare", OLD, NEW),
        ("compare", OLD, NEW, "--json"),
        ("--help",),
        ("import", "--help"),
    ],
    ids=["version", "compare", "compare-json", "help", "import-help"],
)
def test_fast_commands_do_not_load_importers_library_or_qt(args):
    modules = modules_after(*args)
    allowed = (
        {"sqlite_utils", "storydiff.library", "storydiff.reports"} if "--help" in args else set()
    )
    assert set(heavy_in(modules)) <= allowed
    if args[0] == "compare":
        assert "storydiff.core.compare" in modules  # the probe really ran the command


def test_version_loads_no_core():
    modules = modules_after("--version")
    assert not any(m.startswith("storydiff.core") for m in modules)


def test_every_listed_command_is_defined_by_its_module():
    from storydiff.cli import COMMANDS, main

    for name, (module, line) in COMMANDS.items():
        assert line.endswith("."), name
        command = main.get_command(None, name)
        assert command is not None and command.callback.__module__ == module, name
