"""Score the tagger against gold labels the way the evaluation scorer does.

Spans match when they overlap, largest overlap first, each side once;
``optional`` gold items are neither required nor false alarms. Shared by
``test_scores.py`` and the tagging tests' whole-article checks.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from storydiff.core.document import analyse
from storydiff.core.tagging import extract


@dataclass
class Tally:
    """True positives, misses and false alarms, and how many matches were right."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    right: int = 0
    checked: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def correct(self) -> float:
        return self.right / self.checked if self.checked else 1.0


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    pairs = sorted(
        ((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
         if overlap(g, p) > 0),
        reverse=True,
    )  # fmt: skip
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def norm(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name or "").casefold()
    return " ".join(re.findall(r"\w+", re.sub(r"\b(the|a|an)\b", " ", name)))


def acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", name))


def same_source(gold: str, pred: str | None) -> bool:
    g, p = norm(gold), norm(pred or "")
    if not g or not p:
        return False
    if g in p or p in g:
        return True
    acr = acronym(gold)
    return len(acr) > 1 and (acr.casefold() in p.split() or acronym(pred or "") == acr)


def same_value(gold, pred) -> bool:
    if gold is None:
        return True
    if isinstance(gold, (int, float)):
        try:
            return abs(float(pred) - float(gold)) <= 1e-6 * max(1.0, abs(float(gold)))
        except (TypeError, ValueError):
            return False
    return str(gold) in str(pred or "")


def score(gold: list[dict], pred: list[dict], tally: Tally, figures: bool) -> None:
    pairs = match(gold, pred)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if g.get("optional"):
            continue
        tally.tp += 1
        if figures and g.get("value") is None:
            continue
        tally.checked += 1
        ok = same_value(g["value"], p["value"]) if figures else same_source(g["name"], p["name"])
        tally.right += ok
        if not ok:
            tally.notes.append(f"wrong {'value' if figures else 'name'} for {g['text']!r}")
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    missed = [g for i, g in enumerate(gold) if i not in matched_g and not g.get("optional")]
    tally.fn += len(missed)
    tally.notes += [f"missed {g['text']!r}" for g in missed]
    false = [p for i, p in enumerate(pred) if i not in matched_p]
    tally.fp += len(false)
    tally.notes += [f"false {p['text']!r}" for p in false]


def tally(gold_files: list[Path]) -> tuple[Tally, Tally]:
    figures, sources = Tally(), Tally()
    for path in gold_files:
        gold = json.loads(path.read_text("utf-8"))
        article = (path.parent / gold["file"]).resolve()
        tags = extract(analyse(article.read_text("utf-8"), title=article.name)).to_dict()
        score(gold["figures"], tags["figures"], figures, figures=True)
        score(gold["sources"], tags["sources"], sources, figures=False)
    return figures, sources
