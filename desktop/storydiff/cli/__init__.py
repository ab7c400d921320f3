"""The ``storydiff`` command line: a thin layer over the core, library and importers.

Each subcommand lives in its own module below this package and registers itself
on :data:`main`; errors of the app's own types become a one-line message and
exit status 2, never a traceback.
"""

from __future__ import annotations

import importlib

import click

from storydiff import __version__

COMMAND_MODULES = [
    "storydiff.cli.compare_cmd",
    "storydiff.cli.extract_cmd",
    "storydiff.cli.gui_cmd",
    "storydiff.cli.library_cmd",
    "storydiff.cli.import_cmd",
    "storydiff.cli.report_cmd",
    "storydiff.cli.reuse_cmd",
    "storydiff.cli.card_cmd",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storydiff")
def main() -> None:
    """Compare news articles across versions and outlets."""


for _name in COMMAND_MODULES:
    importlib.import_module(_name)
