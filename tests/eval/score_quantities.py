#!/usr/bin/env python3
"""Score `storydiff extract --json` once on the blind figure set (see README.md here).

Each line of the set is a news sentence with its labelled quantities and attributions. The
sentence is written alone to a temporary .txt and read with `storydiff extract FILE --json`.
Predicted figures are matched to labelled quantities by span overlap (largest first, each once),
then leftovers of one sentence by value. Printed: value-only and value+unit precision, recall and
F1 (values equal within 1e-5 relative; a range matches only a range, both ends; a vague amount
only a vague figure), how often a matched change has the labelled direction, and source
precision, recall and name accuracy.

    python tests/eval/score_quantities.py [SET.jsonl] [--storydiff CMD] [--jobs N] [--errors]

Only documented `extract --json` fields are read: kind, text, start, end, value, unit, qualifier,
high, and where present the newer `low`, `change`, `vague`. Figures of kind date, year and ordinal
are not quantities and are left out before matching.
"""

from __future__ import annotations

import argparse
import json
import math
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
from scoring import Tally, match, same_source  # noqa: E402  (tests/eval/scoring.py: overlap matching, names)

NOT_QUANTITIES = {"date", "year", "ordinal"}

# StoryDiff's `unit` (currency code, symbol, abbreviation, plural) -> the set's unit names.
CURRENCIES = {
    "USD": "US dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "INR": "Indian rupee",
    "MYR": "Malaysian ringgit",
    "AUD": "Australian dollar",
    "NZD": "New Zealand dollar",
    "JMD": "Jamaican dollar",
    "CNY": "Chinese yuan",
    "RMB": "Chinese yuan",
    "JPY": "Japanese yen",
    "CAD": "Canadian dollar",
    "CHF": "Swiss franc",
    "HKD": "Hong Kong dollar",
    "SGD": "Singapore dollar",
    "ZAR": "South African rand",
    "NGN": "Nigerian naira",
    "KES": "Kenyan shilling",
    "PKR": "Pakistani rupee",
    "BDT": "Bangladeshi taka",
    "RUB": "Russian rouble",
    "TRY": "Turkish lira",
    "BRL": "Brazilian real",
    "KRW": "South Korean won",
    "MXN": "Mexican peso",
    "SEK": "Swedish krona",
    "NOK": "Norwegian krone",
    "DKK": "Danish krone",
}
UNITS = {
    "%": "percent",
    "per cent": "percent",
    "pc": "percent",
    "pct": "percent",
    "percentage": "percent",
    "percentage points": "percentage point",
    "pp": "percentage point",
    "points": "point",
    "pts": "point",
    "basis points": "basis point",
    "bps": "basis point",
    "bp": "basis point",
    "yrs": "year",
    "hrs": "hour",
    "mins": "minute",
    "secs": "second",
    "centuries": "century",
    "km": "kilometre",
    "kilometers": "kilometre",
    "kilometer": "kilometre",
    "kilometres": "kilometre",
    "m": "metre",
    "meters": "metre",
    "meter": "metre",
    "metres": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "millimeters": "millimetre",
    "millimetres": "millimetre",
    "mi": "mile",
    "ft": "foot",
    "feet": "foot",
    "in": "inch",
    "inches": "inch",
    "ly": "light-year",
    "light years": "light-year",
    "light-years": "light-year",
    "light year": "light-year",
    "km/h": "kilometre per hour",
    "kph": "kilometre per hour",
    "kmh": "kilometre per hour",
    "km/hr": "kilometre per hour",
    "mph": "mile per hour",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "t": "tonne",
    "tonnes": "tonne",
    "lb": "pound",
    "lbs": "pound",
    "°c": "degree Celsius",
    "c": "degree Celsius",
    "celsius": "degree Celsius",
    "degrees celsius": "degree Celsius",
    "°f": "degree Fahrenheit",
    "f": "degree Fahrenheit",
    "fahrenheit": "degree Fahrenheit",
    "degrees fahrenheit": "degree Fahrenheit",
    "degrees": "degree",
    "kb": "kilobyte",
    "mb": "megabyte",
    "gb": "gigabyte",
    "tb": "terabyte",
    "mbps": "megabit per second",
    "gbps": "gigabit per second",
    "kbps": "kilobit per second",
    "hz": "hertz",
    "khz": "kilohertz",
    "mhz": "megahertz",
    "ghz": "gigahertz",
    "w": "watt",
    "kw": "kilowatt",
    "mw": "megawatt",
    "gw": "gigawatt",
    "kwh": "kilowatt hour",
    "mwh": "megawatt hour",
    "gwh": "gigawatt hour",
    "twh": "terawatt hour",
    "mah": "milliampere hour",
    "v": "volt",
    "acres": "acre",
    "ha": "hectare",
    "hectares": "hectare",
    "sq km": "square kilometre",
    "square miles": "square mile",
    "sq mi": "square mile",
    "km2": "square kilometre",
    "km²": "square kilometre",
    "m2": "square metre",
    "m²": "square metre",
    "l": "litre",
    "liters": "litre",
    "litres": "litre",
    "bbl": "barrel",
    "bpd": "barrel per day",
    "ppg": "point per game",
    "rpg": "rebound per game",
    "apg": "assist per game",
    "times": "time",
    "x": "time",
}
IRREGULAR = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "staff": "staff",
    "aircraft": "aircraft",
    "series": "series",
    "species": "species",
    "data": "data",
    "police": "police",
}


def singular(word: str) -> str:
    w = word.casefold()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 2:
        return w[:-1]
    return w


CANONICAL = {name.casefold(): name for name in [*CURRENCIES.values(), *UNITS.values()]}


def unit_name(unit: str | None) -> str | None:
    """One unit name for StoryDiff's `unit` and for the labels alike (see README: units)."""
    if not unit or not str(unit).strip():
        return None
    text = " ".join(str(unit).split())
    if text.upper() in CURRENCIES:
        return CURRENCIES[text.upper()]
    key = text.casefold()
    if key in UNITS:
        return UNITS[key]
    if key in CANONICAL:
        return CANONICAL[key]
    for joint in (" per ", " a ", " an ", "/"):
        if joint in key:
            head, tail = text.split(joint, 1) if joint in text else (text, "")
            if tail:
                return f"{unit_name(head)} per {unit_name(tail)}"
    last = key.split()[-1]
    if last in UNITS:
        return UNITS[last]
    singular_last = singular(last)
    return CANONICAL.get(singular_last, singular_last)


@dataclass
class Quantity:
    start: int
    end: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    unit: str | None = None
    change: str | None = None

    @property
    def is_range(self) -> bool:
        return self.high is not None


def number(x) -> float | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return float(x)


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9)


def same_value(gold: Quantity, pred: Quantity) -> bool:
    if gold.vague:
        return pred.vague
    if pred.vague or gold.is_range != pred.is_range:
        return False
    if gold.is_range:
        return same_number(gold.low, pred.low) and same_number(gold.high, pred.high)
    return same_number(gold.value, pred.value)


def direction(change) -> str | None:
    if isinstance(change, dict):
        change = change.get("direction")
    return change if change in ("up", "down") else None


def gold_quantities(row: dict) -> list[Quantity]:
    out, taken = [], {}
    for q in row["quantities"]:
        start = row["sentence"].find(q["text"], taken.get(q["text"], 0))
        if start < 0:
            raise ValueError(f"{row['id']}: {q['text']!r} not in the sentence")
        taken[q["text"]] = start + len(q["text"])
        vague = bool(q.get("vague")) or (q.get("value") is None and q.get("high") is None)
        out.append(Quantity(start, start + len(q["text"]), q["text"], number(q.get("value")),
                            number(q.get("low")), number(q.get("high")), vague,
                            unit_name(q.get("unit")), direction(q.get("change"))))  # fmt: skip
    return out


def predicted_quantities(figures: list[dict]) -> list[Quantity]:
    out = []
    for f in figures:
        if f.get("kind") in NOT_QUANTITIES:
            continue
        value, high = number(f.get("value")), number(f.get("high"))
        low = (
            number(f.get("low"))
            if f.get("low") is not None
            else (value if high is not None else None)
        )
        vague = bool(f.get("vague")) or (value is None and high is None)
        out.append(Quantity(f["start"], f["end"], f.get("text", ""), value, low, high, vague,
                            unit_name(f.get("unit")), direction(f.get("change"))))  # fmt: skip
    return out


class Counts:
    """Value-only and value+unit matches, change directions and sources, as the shared Tally."""

    def __init__(self) -> None:
        self.value, self.value_unit, self.change, self.sources = Tally(), Tally(), Tally(), Tally()


def spans(items: list[Quantity]) -> list[dict]:
    return [{"start": q.start, "end": q.end} for q in items]


def pair_up(gold: list[Quantity], pred: list[Quantity]) -> list[tuple[int, int]]:
    """Span overlap first; then leftovers of the sentence by value."""
    pairs = match(spans(gold), spans(pred))
    used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for pi, p in enumerate(pred):
            if pi not in used_p and same_value(g, p):
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
                break
    return pairs


def score_row(row: dict, tags: dict, counts: Counts) -> None:
    gold, pred = gold_quantities(row), predicted_quantities(tags.get("figures") or [])
    right = right_unit = 0
    for gi, pi in pair_up(gold, pred):
        g, p = gold[gi], pred[pi]
        if not same_value(g, p):
            counts.value.notes.append(
                f"{row['id']}: value {g.text!r} -> {p.text!r} {p.value}/{p.high}"
            )
            continue
        right += 1
        right_unit += g.unit == p.unit
        if g.unit != p.unit:
            counts.value.notes.append(f"{row['id']}: unit {g.text!r} {g.unit!r} -> {p.unit!r}")
        if g.change or p.change:
            counts.change.checked += 1
            counts.change.right += g.change == p.change
            if g.change != p.change:
                counts.value.notes.append(
                    f"{row['id']}: change {g.text!r} {g.change!r} -> {p.change!r}"
                )
    for tally, tp in ((counts.value, right), (counts.value_unit, right_unit)):
        tally.tp += tp
        tally.fp += len(pred) - tp
        tally.fn += len(gold) - tp
    score_sources(row, tags.get("sources") or [], counts.sources)


def score_sources(row: dict, pred: list[dict], tally: Tally) -> None:
    gold = []
    for s in row["sources"]:
        start = row["sentence"].find(s["text"])
        gold.append({"start": start, "end": start + len(s["text"]), **s})
    pairs = match(gold, pred)
    tally.tp += len(pairs)
    tally.fp += len(pred) - len(pairs)
    tally.fn += len(gold) - len(pairs)
    for gi, pi in pairs:
        if gold[gi]["name"]:
            tally.checked += 1
            ok = same_source(gold[gi]["name"], pred[pi].get("name"))
            tally.right += ok
            if not ok:
                got = pred[pi].get("name")
                tally.notes.append(f"{row['id']}: source name {gold[gi]['name']!r} -> {got!r}")


def extract(storydiff: list[str], sentence: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sentence.txt"
        path.write_text(sentence + "\n", encoding="utf-8")
        proc = subprocess.run(
            [*storydiff, "extract", str(path), "--json"], capture_output=True, text=True
        )
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1]}
    return json.loads(proc.stdout)


def prf(tally: Tally) -> str:
    p, r = tally.precision, tally.recall
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:.1f}  R {100 * r:.1f}  F1 {100 * f:.1f}"


def share(tally: Tally) -> str:
    return f"{tally.right}/{tally.checked} ({100 * tally.correct:.1f}%)" if tally.checked else "0/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "set", nargs="?", type=Path, default=HERE / "dev3" / "quantities" / "blind-quantities.jsonl"
    )
    venv = REPO / ".venv" / "bin" / "storydiff"
    parser.add_argument("--storydiff", default=str(venv) if venv.exists() else "storydiff")
    parser.add_argument("--jobs", type=int, default=2, help="sentences extracted at once")
    parser.add_argument(
        "--errors", action="store_true", help="list every mismatch (not for a blind set)"
    )
    args = parser.parse_args(argv)
    rows = [
        json.loads(line)
        for line in args.set.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    storydiff = shlex.split(args.storydiff)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda row: extract(storydiff, row["sentence"]), rows))
    counts, crashes = Counts(), []
    for row, tags in zip(rows, results, strict=True):
        if "error" in tags:
            crashes.append(f"{row['id']}: {tags['error']}")
            tags = {}
        score_row(row, tags, counts)
    gold = sum(len(row["quantities"]) for row in rows)
    sources = sum(len(row["sources"]) for row in rows)
    print(f"{args.set.name}: {len(rows)} sentences, {gold} labelled quantities, "
          f"{counts.value.tp + counts.value.fp} predicted, {sources} labelled sources")  # fmt: skip
    print(f"  value-only       {prf(counts.value)}")
    print(f"  value+unit       {prf(counts.value_unit)}")
    print(f"  change direction right on matched figures: {share(counts.change)}")
    print(f"  sources          {prf(counts.sources)}")
    print(f"  source names right: {share(counts.sources)}")
    print(f"  extract failures: {len(crashes)}")
    for line in crashes + (counts.value.notes + counts.sources.notes if args.errors else []):
        print(f"    {line}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
