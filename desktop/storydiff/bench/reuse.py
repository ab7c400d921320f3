"""``python -m storydiff.bench reuse``: text reuse across a 20-document story of
1,000-word articles, in the core and as a whole ``storydiff reuse --json`` process.

Goal (issue 17): under 1 s. The story is what reuse looks like on a busy day: an
agency story, outlets running it whole or edited, outlets mixing half of it
with their own text, and outlets with nothing of it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from storydiff.bench.articles import generate_article, revise
from storydiff.bench.compare import best_of
from storydiff.core.document import analyse
from storydiff.core.provenance import Timing
from storydiff.core.reuse import StoryDocument, find_reuse


def generate_story(documents: int = 20, words: int = 1_000) -> list[str]:
    """An agency article and ``documents - 1`` outlets drawing on it in four ways."""
    agency = generate_article(words, seed=1)
    story = [agency]
    for n in range(1, documents):
        own = generate_article(words, seed=100 + n)
        way = n % 4
        if way == 0:
            story.append(agency)
        elif way == 1:
            story.append(revise(agency, seed=n, share=0.1))
        elif way == 2:
            half = agency.splitlines()[: len(agency.splitlines()) // 2]
            story.append("\n".join(half + own.splitlines()[: len(half)]) + "\n")
        else:
            story.append(own)
    return story


def reuse_in_core(texts: list[str]) -> int:
    """Analyse the texts and find reuse; the number of passages found."""
    documents = [
        StoryDocument(
            analyse(text, title=f"outlet {n}"), Timing(kind="wire" if n == 0 else "article")
        )
        for n, text in enumerate(texts)
    ]
    return sum(len(pair.passages) for pair in find_reuse(documents).pairs)


def whole_process(paths: list[Path]) -> None:
    command = [
        sys.executable,
        "-m",
        "storydiff",
        "reuse",
        *map(str, paths),
        "--json",
        "--wire",
        "0",
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def start_only() -> None:
    subprocess.run(
        [sys.executable, "-m", "storydiff", "--version"], check=True, stdout=subprocess.DEVNULL
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench reuse")
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--words", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    texts = generate_story(args.documents, args.words)
    words = sum(len(t.split()) for t in texts)
    passages = reuse_in_core(texts)
    core = best_of(args.repeat, lambda: reuse_in_core(texts))
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"outlet-{n:02d}.txt" for n in range(len(texts))]
        for path, text in zip(paths, texts, strict=True):
            path.write_text(text, encoding="utf-8")
        process = best_of(args.repeat, lambda: whole_process(paths))
    startup = best_of(args.repeat, start_only)
    pairs = len(texts) * (len(texts) - 1) // 2
    print(f"{len(texts)} documents, {words:,} words, {pairs} pairs, {passages} passages")
    print(f"core (analyse + find_reuse): {core:.3f} s")
    print(f"whole process (storydiff reuse --json): {process:.3f} s")
    print(f"  of which starting storydiff (storydiff --version): {startup:.3f} s")
    print(f"goal < 1 s: {'met' if process < 1.0 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
