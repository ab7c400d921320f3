"""Plain text and Markdown files in any common encoding."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from storydiff.core.imported import MEGABYTE, ImportedDocument, size_text
from storydiff.errors import InputError

DEFAULT_MAX_BYTES = 50 * MEGABYTE

# Byte-order marks, longest first (UTF-32-LE's BOM starts with UTF-16-LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats that people rename or mis-save as text.
_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"%PDF",
    b"PK\x03\x04",
    b"\x7fELF",
    b"MZ",
    b"\x1f\x8b",
    b"SQLite format 3",
)


# ASCII, the letters of Western European languages and typographic punctuation.
_WESTERN = frozenset(map(chr, range(128))) | frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœšžß"
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒŠŽ"
    "\u201c\u201d\u2018\u2019\u201e\u2013\u2014\u2026«»€£¥°§©®™•·×¡¿\u00a0"
)


def read_file(path: Path, max_bytes: int) -> bytes:
    """Read a whole regular file, refusing missing, empty and oversized ones, folders,
    and FIFOs, devices and sockets (which can block forever or never end)."""
    try:
        # Opened without blocking (a FIFO would wait for a writer), then checked.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:
            status = os.fstat(stream.fileno())
            if stat.S_ISDIR(status.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(status.st_mode):
                raise InputError(f"{path.name}: not a regular file (a pipe, device or socket)")
            if status.st_size > max_bytes:
                raise InputError(_too_big(path, status.st_size, max_bytes))
            raw = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"{path.name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path.name}: is a folder, not a file") from None
    except OSError as error:
        raise InputError(f"{path.name}: cannot be read ({error.strerror or error})") from None
    if len(raw) > max_bytes:
        raise InputError(_too_big(path, len(raw), max_bytes))
    if not raw:
        raise InputError(f"{path.name}: the file is empty")
    return raw


def _too_big(path: Path, size: int, max_bytes: int) -> str:
    return (
        f"{path.name}: the file is too big ({size_text(size)}; the limit is {size_text(max_bytes)})"
    )


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Decode text bytes: byte-order mark first, then strict UTF-8, then a guess.

    Returns the text and the encoding's name. A byte-order mark is removed;
    nothing else is changed (line endings stay as they are in the file).
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _decode_as(raw[len(bom) :], encoding, name), encoding
    if _looks_binary(raw):
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _guess(raw, name)


def _decode_as(raw: bytes, encoding: str, name: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{name}: the text is not valid {encoding.upper()}") from None


def _looks_binary(raw: bytes) -> bool:
    return raw.startswith(_MAGIC) or b"\x00" in raw


def _guess(raw: bytes, name: str) -> tuple[str, str]:
    western = _as_western(raw)
    if western is not None:
        return western, "cp1252"
    import charset_normalizer  # only for files that are not UTF-8: it takes a while to load

    match = charset_normalizer.from_bytes(raw).best()
    if match is None:
        raise InputError(f"{name}: cannot tell which text encoding the file uses")
    return _decode_as(raw, match.encoding, name), match.encoding


def _as_western(raw: bytes) -> str | None:
    """The text as Windows-1252 when every non-ASCII character is plausible there.

    Statistical guessers often call short English or French text Central
    European or Baltic (turning "À" into "ą"); Windows-1252, a superset of
    Latin-1, is by far the most common 8-bit encoding of such text.
    """
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    foreign = len(text) - len(text.encode("ascii", "ignore"))
    if foreign * 5 > len(text) or not set(text) <= _WESTERN:
        return None  # Western text is mostly ASCII; Cyrillic in 8 bits is not
    return text


def load_text(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportedDocument:
    """Import a ``.txt`` or ``.md`` file; ``text`` is the decoded content as Python reads
    a text file (line endings become ``\n``), so its offsets match ``Path.read_text``."""
    path = Path(path)
    raw = read_file(path, max_bytes)
    text, encoding = decode(raw, path.name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path.name}: the file contains no text")
    return ImportedDocument(
        text=text,
        raw=raw,
        method="text",
        title=(_markdown_title(text) if path.suffix.lower() == ".md" else "") or path.stem,
        extra={"encoding": encoding, "file": path.name},
    )


def _markdown_title(text: str) -> str:
    """The first ``# Heading`` of a Markdown file, or ``""``."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""
