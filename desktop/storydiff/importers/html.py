"""Web pages: the article body and its metadata, extracted with trafilatura."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.text import MEGABYTE, read_file

if TYPE_CHECKING:
    from lxml import etree

DEFAULT_MAX_HTML_BYTES = 20 * MEGABYTE
# trafilatura's time grows faster than the page (about 5 s for 30,000 elements);
# a bigger page gets all its visible text instead, which takes linear time.
MAX_ARTICLE_ELEMENTS = 30_000

_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "outputformat": _DATE_FORMAT}

_BLOCKS = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "section", "article", "header", "figcaption", "dd", "dt",
)  # fmt: skip
_HIDDEN = ("script", "style", "noscript", "template")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# libxml2 checks each attribute of an element against all the ones before it, so the
# parse time grows with the square of one element's attributes: 40,000 took 14 s.
# Elements keep their first MAX_ATTRIBUTES (no real page comes near); the rest are
# dropped before any parser sees the page.
MAX_ATTRIBUTES = 256
_LONG_TAG = 4096  # bytes: a shorter start tag cannot hold too many attributes
_START_TAG = re.compile(rb"<[A-Za-z][^\s/>\"'<]*(?:[^<>\"']|\"[^\"]*\"|'[^']*')*>")
_ATTRIBUTE = re.compile(rb"""\s*[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")

# trafilatura logs every page it cannot parse; the caller reports errors itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def extract_html(
    html: bytes | str, *, name: str, url: str = "", method: str = "html"
) -> ImportedDocument:
    """Extract the article from a page; paragraphs become lines of ``text``.

    Falls back to all visible text when trafilatura finds no article (broken or
    unusual pages), and raises :class:`InputError` when there is no text at all.
    """
    raw = html.encode("utf-8") if isinstance(html, str) else html
    if not raw.strip():
        raise InputError(f"{name}: the page is empty")
    if b"\x00" in raw[:65536] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file, not a web page")
    page = without_excess_attributes(raw)
    root = _parse(page)
    found = _article(page, url) if _size(root) <= MAX_ARTICLE_ELEMENTS else None
    described = _described(root, found)
    visible = _visible_text(root)
    text = _paragraph_lines(found.text if found is not None else "") or _paragraph_lines(visible)
    if not any(char.isalnum() for char in text):
        raise InputError(f"{name}: no article text found in the page")
    return ImportedDocument(
        text=text,
        raw=raw,
        method=method,
        title=_field(found, "title"),
        outlet=_field(found, "sitename") or _field(found, "hostname"),
        author=_field(found, "author"),
        url=url or _field(found, "url"),
        published=parse_date(_field(found, "date")),
        extra={"page_chars": str(len(visible)), **described},
    )


def without_excess_attributes(raw: bytes) -> bytes:
    """``raw`` with each start tag cut to its first :data:`MAX_ATTRIBUTES` attributes
    (linear time: one pass over the page, and over each long tag)."""
    if len(raw) < _LONG_TAG:
        return raw
    pieces, done = [], 0
    for tag in _START_TAG.finditer(raw):
        if tag.end() - tag.start() < _LONG_TAG:
            continue
        pieces += [raw[done : tag.start()], _trimmed(tag.group())]
        done = tag.end()
    return b"".join([*pieces, raw[done:]]) if pieces else raw


def _trimmed(tag: bytes) -> bytes:
    name = re.match(rb"<[^\s/>]*", tag).group()  # type: ignore[union-attr]
    attributes = []
    for attribute in _ATTRIBUTE.finditer(tag, len(name), len(tag) - 1):
        attributes.append(attribute.group())
        if len(attributes) == MAX_ATTRIBUTES:
            break
    return name + b"".join(attributes) + b">"


_MODIFIED = (
    "//meta[@property='article:modified_time' or @property='og:updated_time' or "
    "@itemprop='dateModified' or @name='last-modified' or @name='dcterms.modified']/@content"
)
_JSON_LD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')


def _described(root: etree._Element | None, found: object) -> dict[str, str]:
    """What the page says about itself beyond title, author and date: its description,
    when it was last modified and its canonical address (only those it gives)."""
    fields = {"description": _field(found, "description")}
    if root is not None:
        modified = root.xpath(_MODIFIED)
        if not modified:
            scripts = root.xpath("//script[@type='application/ld+json']/text()")
            modified = _JSON_LD_MODIFIED.findall(" ".join(scripts))
        fields["modified"] = str(modified[0]).strip() if modified else ""
        canonical = root.xpath("//link[@rel='canonical']/@href")
        fields["canonical_url"] = str(canonical[0]).strip() if canonical else ""
    return {key: value for key, value in fields.items() if value}


def _article(raw: bytes, url: str) -> object | None:
    """trafilatura's article body and metadata, or ``None``."""
    import trafilatura  # loaded when used, not before the first window

    try:
        return trafilatura.bare_extraction(
            raw, url=url or None, with_metadata=True, date_extraction_params=_DATE_PARAMS
        )
    except Exception:  # trafilatura and lxml raise many types on odd input
        return None


def _parse(raw: bytes) -> etree._Element | None:
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.fromstring(raw)
    except (etree.ParserError, ValueError):
        return None


def _size(root: etree._Element | None) -> int:
    """The number of elements in the page."""
    return 0 if root is None else sum(1 for _ in root.iter())


def _visible_text(root: etree._Element | None) -> str:
    """All the text a reader would see, a line per block; works on fragments too."""
    if root is None:
        return ""
    _drop_control_characters(root)
    for hidden in root.xpath("//script|//style|//noscript|//template|//nav|//footer|//aside"):
        if hidden.getparent() is not None:
            hidden.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    return "" if root.tag in _HIDDEN else root.text_content()


def _drop_control_characters(root: etree._Element) -> None:
    """lxml lets control characters into the tree but refuses to set text holding them."""
    for element in root.iter():
        for part in ("text", "tail"):
            value = getattr(element, part)
            if value and _CONTROL.search(value):
                setattr(element, part, _CONTROL.sub("", value))


def _field(found: object, name: str) -> str:
    value = getattr(found, name, None) if found is not None else None
    return str(value).strip() if value else ""


def _paragraph_lines(text: str) -> str:
    """One paragraph per line, no blank lines, no stray spaces at the ends."""
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def parse_date(value: str) -> datetime | None:
    """A date as trafilatura reports it (with or without time), or ``None`` (also for a
    time that cannot be shown in UTC, such as 9999-12-31T23:59:59-14:00)."""
    for form in (_DATE_FORMAT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            moment = datetime.strptime(value, form)
            if moment.tzinfo is not None:
                moment.astimezone(UTC)
            return moment
        except (ValueError, OverflowError):
            continue
    return None


def load_html(path: str | Path, max_bytes: int = DEFAULT_MAX_HTML_BYTES) -> ImportedDocument:
    """Import a saved web page (``.html``/``.htm``)."""
    path = Path(path)
    return extract_html(read_file(path, max_bytes), name=path.name)
