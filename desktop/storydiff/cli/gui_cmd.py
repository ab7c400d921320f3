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
    if library_path is not None and not library_path.expanduser().exists():
        # Only the default library is made without asking: a named one may be a typo.
        click.confirm(
            f"There is no library at {library_path}. Create a new one there?",
            default=False,
            abort=True,
        )
    from storydiff.ui.app import run  # Qt is imported only for the GUI

    raise SystemExit(run(library_path))
