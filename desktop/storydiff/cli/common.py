"""Helpers shared by the CLI commands."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from storydiff.core.document import analyse
from storydiff.core.edits.metadata import metadata_of
from storydiff.core.model import Document
from storydiff.errors import StoryDiffError
from storydiff.importers import ImportedDocument, load_path


def fail(message: str) -> None:
    """Print a one-line error and exit with status 2."""
    click.echo(f"storydiff: error: {message}", err=True)
    raise SystemExit(2)


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the app's own exceptions into :func:`fail` instead of a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except StoryDiffError as error:
            fail(str(error))

    return wrapper


def mode_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--mode auto|revision|coverage``, passed as ``mode``."""
    return click.option(
        "--mode",
        type=click.Choice(["auto", "revision", "coverage"]),
        default="auto",
        show_default=True,
        help="Revisions of one article, or coverage by different outlets.",
    )(command)


def read_file_document(path: str) -> tuple[Document, ImportedDocument]:
    """One input file as a document titled by its metadata or file name, and as imported."""
    imported = load_path(path)
    title = imported.title or Path(path).name
    return analyse(imported.text, title, path, metadata_of(imported)), imported
