"""Tags read back from the extract JSON contract (``Tags.to_dict()``), as the tagger made them.

The library stores a document's tags in that contract; with the document they
were made from, :func:`tags_from_dict` rebuilds the records (a claim's sentence
index is not in the contract: it is the sentence the claim starts).
"""

from __future__ import annotations

from typing import Any

from storydiff.core.model import Document
from storydiff.core.tagging.kinds import FigureKind
from storydiff.core.tagging.measures import Measure
from storydiff.core.tagging.records import Change, Claim, Figure, Quote, Source, Tags

Item = dict[str, Any]


def tags_from_dict(doc: Document, data: dict[str, list[Item]]) -> Tags:
    """The :class:`Tags` of ``doc`` that ``Tags.to_dict()`` wrote as ``data``."""
    sentences = {sentence.start: sentence.index for sentence in doc.sentences}
    return Tags(
        figures=tuple(figure_from_dict(item) for item in data.get("figures", ())),
        sources=tuple(
            Source(item["start"], item["end"], item["text"], item["cue"], item["name"])
            for item in data.get("sources", ())
        ),
        quotes=tuple(
            Quote(item["start"], item["end"], item["text"], item["speaker"])
            for item in data.get("quotes", ())
        ),
        claims=tuple(
            Claim(
                item["start"],
                item["end"],
                tuple(item["carries"]),
                sentences.get(item["start"], -1),
            )
            for item in data.get("claims", ())
        ),
    )


def figure_from_dict(item: Item) -> Figure:
    change, measure = item.get("change"), item.get("measure")
    return Figure(
        kind=FigureKind(item["kind"]),
        start=item["start"],
        end=item["end"],
        text=item["text"],
        value=item["value"],
        unit=item["unit"],
        qualifier=item["qualifier"],
        high=item.get("high"),
        change=Change(change["direction"], change["from"], change.get("level", False))
        if change
        else None,
        vague=item.get("vague", False),
        measure=measure_from_dict(measure) if measure else None,
    )


def measure_from_dict(item: Item) -> Measure:
    return Measure(
        kind=item["kind"],
        quantity=item["quantity"] or "",
        event=item["event"] or "",
        period=item["period"] or "",
        place=item["place"] or "",
        rules=tuple(item["rules"]),
        month=item.get("month") or "",
    )
