"""The Linux menu entry: valid, and launching a command the app has."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import click
import pytest

from storydiff.cli import main as cli
from storydiff.paths import resource

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ENTRY = PACKAGING / "storydiff.desktop"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_gui_command_of_the_cli():
    program, command = desktop_entry()["Exec"].split()[:2]
    assert program == "storydiff"
    assert cli.get_command(click.Context(cli), command) is not None


def test_desktop_entry_is_a_graphical_application_with_our_icon():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert resource("icons", f"{entry['Icon']}.svg").is_file()  # the window's icon too
    assert (PACKAGING / f"{entry['Icon']}.png").is_file()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(["desktop-file-validate", str(ENTRY)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()
