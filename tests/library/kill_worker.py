"""Imports batches of generated articles until killed (driven by test_kill.py).

Usage: ``python kill_worker.py LIBRARY SEED``. Prints ``ready``, then ``begin N``
and ``done N`` around each batch transaction.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace

from storydiff.bench.library import article, vocabulary
from storydiff.library import Library

BATCH = 20


def tag_count(tags: dict) -> int:
    return sum(len(items) for items in tags.values())


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    words = vocabulary(rng, 1500)
    articles = [article(rng, words, n) for n in range(30)]
    with Library.open(path) as library:
        print("ready", flush=True)
        for batch in range(10_000):
            print(f"begin {batch}", flush=True)
            with library.transaction():
                for n in range(BATCH):
                    doc, tags = articles[(batch + n) % len(articles)]
                    unique = f"{doc.text} Batch {seed}-{batch}-{n}."
                    doc = replace(doc, text=unique, extra={"tags": str(tag_count(tags))})
                    library.add_document(f"batch {seed}-{batch}", doc, tags)
            print(f"done {batch}", flush=True)
            # A lone import too: each one is its own transaction.
            doc, tags = articles[batch % len(articles)]
            lone = replace(doc, text=f"{doc.text} Lone {seed}-{batch}.")
            library.add_document(
                "lone imports", replace(lone, extra={"tags": str(tag_count(tags))}), tags
            )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
