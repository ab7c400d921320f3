"""``storydiff gui``: open the desktop app."""

from __future__ import annotations

from pathlib import Path

import click

from storydiff.cli import main


@main.command()
@click.option(
    "--library",
    "library_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Library file to open (default: the last one used, or the default library).",
)
def gui(library_path: Path | None) -> None:
    """Open the StoryDiff desktop app."""
    from storydiff.ui.app import run  # Qt is imported only for the GUI

    raise SystemExit(run(library_path))
