"""Documents and tags for library tests (imported by the test modules)."""

from __future__ import annotations

from datetime import UTC, datetime

from storydiff.importers.base import ImportedDocument

TEXT = (
    "Russia may mobilize 370,000 troops, the ISW said on Tuesday.\n\n"
    '"We are ready for a long war," a Kremlin spokesman told reporters.'
)


def make_doc(text: str = TEXT, raw: bytes | None = None, **fields) -> ImportedDocument:
    """An imported document; raw bytes default to the text wrapped in HTML."""
    fields.setdefault("title", "Russia may mobilize more troops")
    fields.setdefault("outlet", "Newsweek")
    fields.setdefault("url", "https://news.example/mobilization")
    fields.setdefault("method", "html")
    body = raw if raw is not None else f"<html><p>{text}</p></html>".encode()
    return ImportedDocument(text=text, raw=body, **fields)


def make_tags(text: str = TEXT) -> dict:
    """Tags in the extract JSON contract, at real offsets of ``text``."""
    figure = text.index("370,000 troops")
    source = text.index("the ISW said")
    quote = text.index('"We are')
    quote_end = text.index('," a') + 2
    return {
        "figures": [
            {"kind": "count", "text": "370,000 troops", "start": figure, "end": figure + 14,
             "value": 370000, "unit": "troops", "qualifier": "may"},
            {"kind": "percent", "text": "2.5%", "start": 0, "end": 4, "value": 2.5,
             "unit": "%", "qualifier": None},
        ],
        "sources": [
            {"text": "the ISW said", "start": source, "end": source + 12, "cue": "said",
             "name": "ISW"},
        ],
        "quotes": [
            {"text": text[quote:quote_end], "start": quote, "end": quote_end,
             "speaker": "a Kremlin spokesman"},
        ],
        "claims": [{"start": 0, "end": text.index(".") + 1, "carries": ["figure", "source"]}],
    }  # fmt: skip


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2023, 1, day, hour, tzinfo=UTC)
