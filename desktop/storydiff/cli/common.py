"""Helpers shared by the CLI commands."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from storydiff.errors import StoryDiffError


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
