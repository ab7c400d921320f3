"""The ``storydiff`` command line: a thin layer over the core, library and importers.

Each subcommand lives in its own module below this package and registers itself
on :data:`main`; a module is imported only when its command runs (or for
``--help``), so ``storydiff --version`` and ``storydiff compare`` start fast.
Errors of the app's own types become a one-line message and exit status 2,
never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

#: Command name -> the module that defines it (imported on first use).
COMMANDS = {
    "compare": "storydiff.cli.compare_cmd",
    "extract": "storydiff.cli.extract_cmd",
    "facts": "storydiff.cli.facts_cmd",
    "gui": "storydiff.cli.gui_cmd",
    "library": "storydiff.cli.library_cmd",
    "import": "storydiff.cli.import_cmd",
    "report": "storydiff.cli.report_cmd",
    "batch": "storydiff.cli.batch_cmd",
    "watch": "storydiff.cli.watch_cmd",
    "reuse": "storydiff.cli.reuse_cmd",
    "mark": "storydiff.cli.reuse_cmd",
    "card": "storydiff.cli.card_cmd",
}


class LazyGroup(click.Group):
    """A group whose commands are imported when they are asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(COMMANDS[cmd_name])  # registers itself on main
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader went away (``storydiff compare A B | head``): that is not an
            # error. Point stdout at /dev/null so the final flush cannot fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from storydiff import __version__

    click.echo(f"storydiff, version {__version__}")
    ctx.exit()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and exit.",
)
def main() -> None:
    """Compare news articles across versions and outlets."""
