"""``python -m storydiff.bench compare``: full comparison time against a plain
word diff of the whole texts (the baseline), for article pairs of growing size,
and the time tagging both texts adds.

Goals: compare at most 3x the baseline and a 20k-word pair in under 1 s
(issue 2); tagging adds at most the time of the alignment itself (issue 3);
matching the two texts' facts (every figure paired by measure, as coverage
differences and ``storydiff facts`` do) adds at most 20% to the comparison
(issue 11). ``outlets s`` is the whole comparison of the two texts as outlets
(``compare_documents`` in coverage mode: tagging, fact evidence, alignment with its
``also`` pairs, differences), and ``facts/outlets`` the share fact matching takes of it.
"""

from __future__ import annotations

import argparse
import time

from storydiff.bench.articles import generate_article, revise
from storydiff.core.compare import compare
from storydiff.core.diff import whole_text_word_diff
from storydiff.core.document import analyse
from storydiff.core.facts import fact_items, match_facts
from storydiff.core.story import compare_documents
from storydiff.core.tagging import extract

SIZES = (1_000, 5_000, 20_000, 100_000)


def best_of(repeat: int, work) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench compare")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(
        f"{'words':>8} {'sentences':>9} {'compare s':>10} {'baseline s':>11} {'ratio':>6}"
        f" {'tagging s':>10} {'tag/compare':>11} {'facts s':>8} {'facts/compare':>13}"
        f" {'outlets s':>10} {'facts/outlets':>13}"
    )
    for words in args.sizes:
        old = generate_article(words, seed=words)
        new = revise(old, seed=words + 1)
        repeat = 1 if words >= 100_000 else args.repeat
        full = best_of(repeat, lambda old=old, new=new: compare(analyse(old), analyse(new)))
        baseline = best_of(repeat, lambda old=old, new=new: whole_text_word_diff(old, new))
        documents = [analyse(old), analyse(new)]
        tagging = best_of(repeat, lambda documents=documents: [extract(d) for d in documents])
        tags = [extract(d) for d in documents]
        facts = best_of(repeat, lambda documents=documents, tags=tags: _match(documents, tags))
        outlets = best_of(
            repeat,
            lambda old=old, new=new: compare_documents(
                [analyse(old), analyse(new)], mode="coverage"
            ),
        )
        print(
            f"{words:>8} {len(documents[0].sentences):>9} {full:>10.3f} {baseline:>11.3f}"
            f" {full / baseline:>6.2f} {tagging:>10.3f} {tagging / full:>11.2f}"
            f" {facts:>8.3f} {facts / full:>13.2f} {outlets:>10.3f} {facts / outlets:>13.2f}"
        )
    return 0


def _match(documents, tags) -> None:
    """Pair the facts of two tagged documents (the extra work of outlet comparison)."""
    match_facts(fact_items(documents[0], tags[0], 0), fact_items(documents[1], tags[1], 1))
