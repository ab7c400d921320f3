"""A generated archive for tests and benchmarks: ``python -m storydiff.batch.corpus OUT``.

Stories of 3 to 20 versions, each version a revision of the one before (reworded,
moved, deleted and added paragraphs, changed figures) of an article made from the
bundled sample's real sentences (:mod:`storydiff.bench.articles`). Writes JSON
Lines, or Parquet when OUT ends in ``.parquet``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from storydiff.bench.articles import generate_article, revise

OUTLETS = ("Newsweek", "The Daily Ledger", "Wire Service", "Evening Courier")


def versions(stories: int, words: int = 1_000, seed: int = 1) -> Iterator[dict[str, Any]]:
    """Rows of a generated archive, story by story, oldest version first."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 17, 8, 0, tzinfo=UTC)
    for number in range(1, stories + 1):
        count = rng.randint(3, 20)
        text = generate_article(
            max(50, int(words * rng.uniform(0.8, 1.2))), seed=seed * 7919 + number
        )
        outlet = rng.choice(OUTLETS)
        when = start + timedelta(hours=rng.randint(0, 24 * 365))
        for version in range(1, count + 1):
            if version > 1:
                text = revise(text, seed=rng.randrange(1 << 30), share=rng.uniform(0.02, 0.1))
                when += timedelta(minutes=rng.randint(5, 600))
            yield {
                "story": f"story-{number:05d}",
                "version": version,
                "timestamp": when.isoformat(),
                "outlet": outlet,
                "url": f"https://news.example/{number:05d}",
                "text": text,
            }


def write(path: Path, rows: Iterator[dict[str, Any]]) -> int:
    """Write ``rows`` to ``path`` (JSON Lines or Parquet); returns how many."""
    if path.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(list(rows))
        pq.write_table(table, path, row_group_size=256)
        return table.num_rows
    count = 0
    with path.open("w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.batch.corpus")
    parser.add_argument("out", type=Path, help="File to write (.jsonl or .parquet).")
    parser.add_argument("--stories", type=int, default=20)
    parser.add_argument("--words", type=int, default=1_000, help="About this many per article.")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    count = write(args.out, versions(args.stories, args.words, args.seed))
    print(f"Wrote {count} versions of {args.stories} stories to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
