"""Helpers shared by the CLI commands."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from storydiff.errors import StoryDiffError

if TYPE_CHECKING:
    from storydiff.core.model import Document
    from storydiff.importers import ImportedDocument

F = TypeVar("F", bound=Callable[..., Any])


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


def write_utf8(data: bytes) -> None:
    """Write UTF-8 ``data`` to standard output as it is (re-encoded if the stream is not UTF-8)."""
    stream = sys.stdout
    binary = getattr(stream, "buffer", None)
    if binary is not None and (stream.encoding or "").lower().replace("-", "") == "utf8":
        stream.flush()
        binary.write(data)
        binary.flush()
    else:
        stream.write(data.decode("utf-8"))


def mode_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--mode auto|revision|coverage``, passed as ``mode``."""
    return click.option(
        "--mode",
        type=click.Choice(["auto", "revision", "coverage"]),
        default="auto",
        show_default=True,
        help="Revisions of one article, or coverage by different outlets.",
    )(command)


def library_option(command: F) -> F:
    """Add ``--library PATH`` (passed as ``library_path``; ``None`` means the default library)."""
    return click.option(
        "--library",
        "library_path",
        type=click.Path(path_type=Path),  # a folder is refused by the library, in one line
        default=None,
        envvar="STORYDIFF_LIBRARY",
        help="Library file to use (default: library.sqlite in the StoryDiff data folder).",
    )(command)


def read_file_document(path: str) -> tuple[Document, ImportedDocument]:
    """One input file as a document titled by its metadata or file name, and as imported."""
    from storydiff.core.document import analyse
    from storydiff.core.edits.metadata import metadata_of
    from storydiff.importers import load_path

    imported = load_path(path)
    title = imported.title or Path(path).name
    return analyse(imported.text, title, path, metadata_of(imported)), imported
