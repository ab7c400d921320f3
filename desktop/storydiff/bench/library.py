"""Library benchmark: import throughput, full-text search latency, size on disk.

``python -m storydiff.bench library [--count 10000] [--queries 200] [--path FILE]``

Articles are generated (about 600 words, with figures, sources and quotes
tagged at their real offsets), so the run needs nothing downloaded.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from storydiff.importers.base import ImportedDocument
from storydiff.library import Library

COMMON_WORDS = (
    "the of and to in a that is for on with as was said it by at from has have be are this but "
    "not an which were will their its after more than about officials government military "
    "forces war city people report according new also would could two three year week told"
)
COMMON = COMMON_WORDS.split()
SYLLABLE_LIST = "ka ri to mo ne sa lu vi de po ra ti na go ve shi an el or us"
SYLLABLES = SYLLABLE_LIST.split()
OUTLETS = ["Newsweek", "Reuters", "AP", "BBC", "Le Monde", "Kyiv Independent", "Al Jazeera"]
SOURCES = ["the ISW", "the Pentagon", "Reuters", "a Kremlin spokesman", "the UN", "NATO"]
UNITS = ["troops", "people", "tanks", "dollars", "refugees", "kilometres"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    """Made-up content words; drawn with a Zipf-like skew, as real words are."""
    words = {"".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def article(rng: random.Random, words: list[str], number: int) -> tuple[ImportedDocument, dict]:
    """One generated article of about 600 words and its tags (extract JSON contract)."""
    parts: list[str] = []
    tags: dict[str, list[dict[str, Any]]] = {"figures": [], "sources": [], "quotes": []}
    tags["claims"] = []
    length = 0
    while length < 3800:  # about 600 words
        if parts and rng.random() < 0.25:
            parts.append("\n\n")
        start = sum(len(p) for p in parts)
        sentence, sentence_tags = generated_sentence(rng, words, start)
        parts.append(sentence + " ")
        for key, found in sentence_tags.items():
            tags[key].extend(found)
        length += len(sentence) + 1
    text = "".join(parts).strip()
    when = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(minutes=number * 7)
    doc = ImportedDocument(
        text=text,
        raw=f"<html><body><article>{text}</article></body></html>".encode(),
        method="html",
        title=" ".join(rng.choices(words, k=6)).capitalize(),
        outlet=rng.choice(OUTLETS),
        url=f"https://news.example/{number}",
        published=when,
        retrieved=when + timedelta(hours=1),
    )
    return doc, tags


def generated_sentence(rng: random.Random, words: list[str], offset: int) -> tuple[str, dict]:
    """A sentence of 12–25 words, sometimes with a figure, a source or a quote in it."""
    picked = [
        rng.choice(COMMON)
        if rng.random() < 0.45
        else words[int(rng.paretovariate(1.1)) % len(words)]
        for _ in range(rng.randint(12, 25))
    ]
    text = " ".join(picked).capitalize()
    found: dict[str, list[dict[str, Any]]] = {"figures": [], "sources": [], "quotes": []}
    found["claims"] = []
    if rng.random() < 0.4:
        value = rng.choice([1, 10, 1000, 5000]) * rng.randint(2, 370)
        figure = f"{value:,} {rng.choice(UNITS)}"
        start = offset + len(text) + 1
        text += f" {figure}"
        found["figures"].append(
            {
                "kind": "count",
                "text": figure,
                "start": start,
                "end": start + len(figure),
                "value": value,
                "unit": figure.split()[1],
                "qualifier": None,
            }
        )
        found["claims"].append({"start": offset, "end": start + len(figure), "carries": ["figure"]})
    if rng.random() < 0.3:
        source = rng.choice(SOURCES)
        phrase = f"{source} said"
        start = offset + len(text) + 2
        text += f", {phrase}"
        found["sources"].append(
            {
                "text": phrase,
                "start": start,
                "end": start + len(phrase),
                "cue": "said",
                "name": source.removeprefix("the ").removeprefix("a "),
            }
        )
    if rng.random() < 0.15:
        quote = "“" + " ".join(rng.choices(words, k=5)) + "”"
        start = offset + len(text) + 2
        text += f": {quote}"
        found["quotes"].append({"text": quote, "start": start, "end": start + len(quote),
                                "speaker": None})  # fmt: skip
    return text + ".", found


def import_articles(library: Library, count: int, seed: int = 1) -> float:
    """Import ``count`` generated articles, one transaction each; returns the seconds spent."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    articles = [article(rng, words, n) for n in range(count)]
    started = time.perf_counter()
    for number, (doc, tags) in enumerate(articles):
        library.add_document(f"Story {number // 10}", doc, tags)
    return time.perf_counter() - started


def search_latencies(library: Library, queries: int, seed: int = 2) -> list[float]:
    """Milliseconds per search for ``queries`` queries of one or two words.

    Most words are of middling frequency (like names and places); one query in
    ten uses words found in nearly every article.
    """
    rng = random.Random(seed)
    words = vocabulary(random.Random(1))
    timings = []
    for _ in range(queries):
        pool = words[:20] if rng.random() < 0.1 else words[20:3000]  # one in ten: very common
        query = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 2)))
        started = time.perf_counter()
        library.search(query, limit=50)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench library")
    parser.add_argument("--count", type=int, default=10_000, help="articles to import")
    parser.add_argument("--queries", type=int, default=200, help="searches to time")
    parser.add_argument("--path", type=Path, help="library file (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.path or Path(folder) / "bench.sqlite"
        with Library.open(path) as library:
            seconds = import_articles(library, args.count)
            timings = sorted(search_latencies(library, args.queries))
            library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size
    print(f"documents imported   {args.count}")
    print(f"import throughput    {args.count / seconds:,.0f} documents/s ({seconds:.1f} s)")
    print(f"search median        {statistics.median(timings):.2f} ms ({args.queries} queries)")
    print(f"search 95th pct      {timings[int(len(timings) * 0.95) - 1]:.2f} ms")
    print(f"library size         {size / 1e6:.1f} MB ({size / args.count / 1e3:.1f} kB/document)")
    return 0
