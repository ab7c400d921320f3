"""Word documents (``.docx``) and PDF files with a text layer."""

from __future__ import annotations

import io
import re
import time
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.text import MEGABYTE, read_file, size_text

if TYPE_CHECKING:
    import pypdf

DEFAULT_MAX_OFFICE_BYTES = 50 * MEGABYTE
# A .docx is a zip: refuse one that unpacks to more than this (a "zip bomb").
MAX_DOCX_UNPACKED = 200 * MEGABYTE
MAX_DOCX_XML = 50 * MEGABYTE  # of that, the XML parsed into memory (text, styles)
# Reading a page's text takes about half a millisecond at best; articles have a few.
MAX_PDF_PAGES = 2000
# Content streams (drawing operators, about 2 to 10 MB a second to read): an article's
# page holds kilobytes; a page of a big report rarely a megabyte.
MAX_PDF_PAGE_CONTENT = 8 * MEGABYTE
MAX_PDF_CONTENT = 32 * MEGABYTE
MAX_PDF_SECONDS = 60

# A line that ends a sentence (or a quote after one) may end a paragraph.
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)]\s*$")


def load_docx(path: str | Path, max_bytes: int = DEFAULT_MAX_OFFICE_BYTES) -> ImportedDocument:
    """Import a Word document: one paragraph (or table row) per line."""
    path = Path(path)
    raw = read_file(path, max_bytes)
    package = _unpacked_package(raw, path.name)
    import docx  # loaded when used, not before the first window

    try:
        document = docx.Document(io.BytesIO(package))
        lines = [_docx_line(block) for block in document.iter_inner_content()]
        properties = document.core_properties
        title, author = properties.title or "", properties.author or ""
    except Exception:  # python-docx raises zip, XML and key errors on damaged files
        raise InputError(f"{path.name}: not a valid Word (.docx) document") from None
    text = "\n".join(line for line in lines if line)
    if not text:
        raise InputError(f"{path.name}: the document contains no text")
    return ImportedDocument(
        text=text, raw=raw, method="docx", title=title or path.stem, author=author
    )


_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, OSError,
               ValueError, EOFError, KeyError)  # fmt: skip
_CHUNK = 64 * 1024


def _unpacked_package(raw: bytes, name: str) -> bytes:
    """The package's text parts (XML), inflated within limits, as an uncompressed zip.

    The declared sizes refuse most bombs before anything is inflated; the parts are
    then inflated in small pieces, counting the bytes that really come out (zipfile
    would inflate a whole part in one go however much it exceeds its declared size).
    Other parts (images, fonts) are left empty: the text needs none of them.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            parts = package.infolist()
            _check_declared(parts, name)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
                inflated = 0
                for part in parts:
                    data = b""
                    if part.filename.endswith((".xml", ".rels")):
                        data = _inflate_part(package, part, MAX_DOCX_XML - inflated, name)
                        inflated += len(data)
                    copy.writestr(part.filename, data)
    except _ZIP_ERRORS:
        raise InputError(f"{name}: not a valid Word (.docx) document") from None
    return out.getvalue()


def _check_declared(parts: list[zipfile.ZipInfo], name: str) -> None:
    unpacked = sum(part.file_size for part in parts)
    xml = sum(part.file_size for part in parts if part.filename.endswith((".xml", ".rels")))
    if unpacked > MAX_DOCX_UNPACKED or xml > MAX_DOCX_XML:
        limit = MAX_DOCX_UNPACKED if unpacked > MAX_DOCX_UNPACKED else MAX_DOCX_XML
        raise InputError(_too_much(name, max(unpacked, xml), limit))


def _inflate_part(package: zipfile.ZipFile, part: zipfile.ZipInfo, room: int, name: str) -> bytes:
    pieces, size = [], 0
    with package.open(part) as stream:
        while piece := stream.read(_CHUNK):
            size += len(piece)
            if size > room:
                raise InputError(_too_much(name, MAX_DOCX_XML + 1, MAX_DOCX_XML))
            pieces.append(piece)
    return b"".join(pieces)


def _too_much(name: str, size: int, limit: int) -> str:
    return (
        f"{name}: the document unpacks to {size_text(size)}, more than "
        f"the limit of {size_text(limit)} (a damaged or malicious file?)"
    )


def _docx_line(block: object) -> str:
    from docx.table import Table

    if isinstance(block, Table):
        rows = (" | ".join(cell.text.strip() for cell in row.cells) for row in block.rows)
        return "\n".join(rows).strip()
    return " ".join(getattr(block, "text", "").split())


def load_pdf(path: str | Path, max_bytes: int = DEFAULT_MAX_OFFICE_BYTES) -> ImportedDocument:
    """Import the text layer of a PDF, joining wrapped lines back into paragraphs."""
    path = Path(path)
    return pdf_document(read_file(path, max_bytes), name=path.name, title=path.stem)


def pdf_document(raw: bytes, *, name: str, title: str = "", url: str = "") -> ImportedDocument:
    """Import PDF bytes (a file or a download)."""
    import pypdf  # loaded when used, not before the first window

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{name}: the PDF is password-protected")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise InputError(
                f"{name}: the PDF has {len(reader.pages):,} pages; StoryDiff reads documents "
                f"of up to {MAX_PDF_PAGES:,} pages"
            )
        pages = _page_texts(reader, name)
        info_title = (reader.metadata or {}).get("/Title") or ""
        info_author = (reader.metadata or {}).get("/Author") or ""
    except InputError:
        raise
    except pypdf.errors.LimitReachedError:
        raise InputError(
            f"{name}: the PDF is too large or too complex to read (more pages, objects or "
            "unpacked content than StoryDiff allows; a damaged or malicious file?)"
        ) from None
    except Exception:  # pypdf raises many types on damaged files
        raise InputError(f"{name}: not a valid PDF file") from None
    text = "\n".join(filter(None, (paragraphs(page) for page in pages)))
    if not text:
        raise InputError(f"{name}: the PDF has no text layer (scanned?); run OCR on it first")
    return ImportedDocument(
        text=text,
        raw=raw,
        method="pdf",
        title=str(info_title) or title,
        author=str(info_author),
        url=url,
    )


def _page_texts(reader: pypdf.PdfReader, name: str) -> list[str]:
    """Each page's text, reading at most MAX_PDF_PAGE_CONTENT of content per page,
    MAX_PDF_CONTENT in all (pages sharing one stream count it each time) and for
    MAX_PDF_SECONDS: a page's reading time grows with its content, not its text."""
    deadline = time.monotonic() + MAX_PDF_SECONDS
    texts, content = [], 0
    for page in reader.pages:
        contents = page.get_contents()
        size = len(contents.get_data()) if contents is not None else 0
        content += size
        if size > MAX_PDF_PAGE_CONTENT or content > MAX_PDF_CONTENT:
            limit = MAX_PDF_PAGE_CONTENT if size > MAX_PDF_PAGE_CONTENT else MAX_PDF_CONTENT
            where = "a page holds" if size > MAX_PDF_PAGE_CONTENT else "the pages hold"
            raise InputError(
                f"{name}: {where} more content than StoryDiff reads (over "
                f"{size_text(limit)}; a damaged or malicious file?)"
            )
        if time.monotonic() > deadline:
            raise InputError(
                f"{name}: reading the PDF took longer than {MAX_PDF_SECONDS} seconds; "
                "StoryDiff stopped (a damaged or malicious file?)"
            )
        texts.append(page.extract_text() or "")
    return texts


def paragraphs(page_text: str) -> str:
    """Join a page's wrapped lines into one line per paragraph.

    A line ends its paragraph when it is blank-separated from the next, or when
    it ends a sentence and is clearly shorter than the page's longest lines.
    """
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    width = max((len(line) for line in lines), default=0)
    result: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        if current and (not line or (_SENTENCE_END.search(line) and len(line) < 0.85 * width)):
            result.append(_join(current))
            current = []
    if current:
        result.append(_join(current))
    return "\n".join(result)


def _join(lines: list[str]) -> str:
    """Join wrapped lines; a line ending in a hyphen joins without a space ("pro-war")."""
    text = lines[0]
    for line in lines[1:]:
        text += line if text.endswith("-") else f" {line}"
    return text
