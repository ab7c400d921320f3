"""Records of the tagging layer: immutable, with offsets into ``doc.text``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storydiff.core.tagging.kinds import FigureKind, normalise

Value = int | float | str | None


@dataclass(frozen=True, slots=True)
class Change:
    """A figure stated as a change: "fell from $2,415 to $2,315" puts ``down`` from 2415 on
    the newer figure; "a 2.1% drop" is ``down`` with no older value (``older`` ``None``);
    "fell 3% to 2,704" puts ``down`` on 2,704 as a ``level`` (no older value said)."""

    direction: str  # "up" or "down"
    older: Value = None
    level: bool = False  # the level a change reached, its older value unsaid ("fell to 12")

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"direction": self.direction, "from": self.older}
        if self.level:
            found["level"] = True
        return found


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in the text and what it means: ``300,000 troops`` → count 300000 troops."""

    kind: FigureKind
    start: int
    end: int
    text: str
    value: Value
    unit: str | None = None
    qualifier: str | None = None
    high: Value = None  # the top of a range: "3,000 to 5,000 calories" → value 3000, high 5000
    change: Change | None = None  # "fell from $2,415 to $2,315": on the newer figure
    vague: bool = False  # "dozens of people": value and high are the range the words allow
    measure: Any = None  # what it measures (a ``measures.Measure``), set by the tagger

    @property
    def base_unit(self) -> str | None:
        """The unit, lower case, without what it is counted per ("USD per barrel" → usd):
        what is measured."""
        return self.unit.lower().split(" per ")[0] if self.unit else None

    def with_measure(self, measure: Any) -> Figure:
        """This figure with ``measure``: ``dataclasses.replace`` without its per-call
        field scan (the tagger does this for every figure)."""
        return Figure(self.kind, self.start, self.end, self.text, self.value, self.unit,
                      self.qualifier, self.high, self.change, self.vague, measure)  # fmt: skip

    def moved(self, by: int) -> Figure:
        """This figure with its offsets moved by ``by`` characters."""
        return Figure(self.kind, self.start + by, self.end + by, self.text, self.value, self.unit,
                      self.qualifier, self.high, self.change, self.vague, self.measure)  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        """The JSON fields; ``high``, ``change``, ``vague`` and ``measure`` only when they apply,
        so other figures keep the first seven."""
        data = {
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": normalise(self.kind, self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
        }
        if self.high is not None:
            data["high"] = normalise(self.kind, self.high)
        if self.change is not None:
            data["change"] = self.change.to_dict()
        if self.vague:
            data["vague"] = True
        if self.measure is not None:
            data["measure"] = self.measure.to_dict()
        return data


@dataclass(frozen=True, slots=True)
class Source:
    """An attribution: the source phrase with its cue, and who it resolves to."""

    start: int
    end: int
    text: str
    cue: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "name": self.name,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted words (direct or partial), quotation marks included, and their speaker."""

    start: int
    end: int
    text: str
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "speaker": self.speaker}


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence or clause stating a checkable fact, and what makes it checkable."""

    start: int
    end: int
    carries: tuple[str, ...]
    sentence: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "carries": list(self.carries)}


@dataclass(frozen=True)
class Tags:
    """Everything tagged in one document."""

    figures: tuple[Figure, ...] = ()
    sources: tuple[Source, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """The public JSON contract of ``storydiff extract --json``."""
        return {
            "figures": [f.to_dict() for f in self.figures],
            "sources": [s.to_dict() for s in self.sources],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
        }
