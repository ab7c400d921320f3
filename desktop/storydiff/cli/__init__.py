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

#: Command name -> the module that defines it (imported on first use) and its one-line
#: help, which ``storydiff --help`` shows without importing every command's module
#: (a test keeps each line equal to the command's own short help).
COMMANDS = {
    "batch": (
        "storydiff.cli.batch_cmd",
        "Compare the versions of each story in INPUT and write Parquet tables.",
    ),
    "card": (
        "storydiff.cli.card_cmd",
        "Write one reused passage or one difference as a PNG card to share.",
    ),
    "compare": (
        "storydiff.cli.compare_cmd",
        "Compare OLD with NEW (and MORE): aligned sentences, word changes, tagged differences.",
    ),
    "extract": (
        "storydiff.cli.extract_cmd",
        "List the figures, sources, quotes and claims in FILE.",
    ),
    "facts": (
        "storydiff.cli.facts_cmd",
        "The story's fact table: each figure matched across FILES or a --story.",
    ),
    "gui": ("storydiff.cli.gui_cmd", "Open the StoryDiff desktop app."),
    "import": (
        "storydiff.cli.import_cmd",
        "Import FILE or URL sources into a story of the library.",
    ),
    "library": (
        "storydiff.cli.library_cmd",
        "Keep stories and their documents in a library (one SQLite file).",
    ),
    "mark": ("storydiff.cli.reuse_cmd", "Mark a library document as wire copy or a press release."),
    "report": (
        "storydiff.cli.report_cmd",
        "Write a report of OLD vs NEW (and MORE), or of a library story.",
    ),
    "reuse": (
        "storydiff.cli.reuse_cmd",
        "Text reuse between FILES or a story's documents: shares, passages, origins.",
    ),
    "watch": (
        "storydiff.cli.watch_cmd",
        "Check articles and feeds on a schedule; store each meaningful change.",
    ),
}


class LazyGroup(click.Group):
    """A group whose commands are imported when they are asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][1]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            importlib.import_module(COMMANDS[cmd_name][0])  # registers itself on main
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
        finally:
            _report_failed_backups()


def _report_failed_backups() -> None:
    """One line on stderr for each daily backup that failed while the command ran."""
    backups = sys.modules.get("storydiff.library.backups")  # not imported: no library opened
    if backups is None:
        return
    backups.wait_for_daily()
    for message in backups.take_failures():
        click.echo(f"storydiff: warning: {message}", err=True)


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
