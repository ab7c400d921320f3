"""Evidence capture: ask the Wayback Machine's Save Page Now to archive a changed page."""

from __future__ import annotations

from collections.abc import Callable

from storydiff.errors import InputError
from storydiff.importers.wayback import ARCHIVE
from storydiff.importers.web import check_url, fetch

CAPTURE_TIMEOUT = 60.0  # the archive fetches the page itself before it answers
Capture = Callable[[str], str]


def save_page_now(url: str, *, archive: str = ARCHIVE, timeout: float = CAPTURE_TIMEOUT) -> str:
    """The address of a fresh capture of ``url``: Save Page Now answers with a redirect
    to it (``/web/<timestamp>/<url>``)."""
    response = fetch(f"{archive.rstrip('/')}/save/{check_url(url)}", timeout=timeout)
    if "/web/" not in response.url:
        raise InputError(f"{url}: the archive answered without a capture address")
    return response.url
