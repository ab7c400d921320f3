"""Tagging speed: ``python -m storydiff.bench tagging [--words 1000,5000,...] [--repeat N]
[--profile N]``.

Articles of the wanted length are built from the sample article's paragraphs,
shuffled with a fixed seed, and tagged; the best of ``--repeat`` runs is printed
with the time per 1,000 words, so growth that is not linear shows at a glance.
``--profile N`` then prints the N functions that took longest tagging the
20,000-word article of ``python -m storydiff.bench compare``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import time

from storydiff.bench.articles import generate_article
from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.paths import resource

SIZES = (1_000, 5_000, 20_000, 100_000)


def article(words: int, seed: int = 7) -> str:
    """A news-like text of about ``words`` words, from the sample's shuffled paragraphs."""
    text = resource("samples", "newsweek-2023-01-17-isw-mobilization.txt").read_text("utf-8")
    paragraphs = [p for p in text.splitlines()[1:-3] if p.strip()]
    rng = random.Random(seed)
    out: list[str] = []
    count = 0
    while count < words:
        rng.shuffle(paragraphs)
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n".join(out) + "\n"


def measure(text: str, repeat: int) -> tuple[float, float, int]:
    """Best seconds to analyse and to tag ``text``, and the number of tags."""
    best_analyse = best_tag = float("inf")
    found = 0
    for _ in range(repeat):
        started = time.perf_counter()
        doc = analyse(text)
        analysed = time.perf_counter()
        tags = extract(doc)
        done = time.perf_counter()
        best_analyse = min(best_analyse, analysed - started)
        best_tag = min(best_tag, done - analysed)
        found = len(tags.figures) + len(tags.sources) + len(tags.quotes) + len(tags.claims)
    return best_analyse, best_tag, found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench tagging")
    parser.add_argument("--words", default=",".join(map(str, SIZES)))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    print(f"{'words':>8} {'analyse s':>10} {'tag s':>8} {'tag ms/1k words':>16} {'tags':>7}")
    for words in (int(w) for w in args.words.split(",")):
        text = article(words)
        actual = len(text.split())
        seconds_analyse, seconds_tag, found = measure(text, args.repeat)
        per_k = 1000 * seconds_tag / actual * 1000
        print(f"{actual:>8} {seconds_analyse:>10.3f} {seconds_tag:>8.3f} {per_k:>16.2f} {found:>7}")
    if args.profile:
        profile(args.profile)
    return 0


def profile(top: int) -> None:
    """The ``top`` functions by own time, tagging the compare benchmark's 20k-word article."""
    doc = analyse(generate_article(20_000, seed=20_000))
    extract(doc)  # warm the regex caches
    profiler = cProfile.Profile()
    profiler.runcall(extract, doc)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
