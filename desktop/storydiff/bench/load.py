"""Load benchmark: a big library (open, search, the desktop's library list) and a long story.

``python -m storydiff.bench load [--documents 100000] [--stories 5000] [--versions 50]
[--queries 200] [--path FILE [--reuse]] [--only-gui]``

``--reuse`` times a library already generated at ``--path`` (generation takes a
minute or more); ``--only-gui`` prints only the desktop figures (library list,
main window).

The library is generated straight into SQLite (one transaction per 5,000
documents, through the same column mapping as ``Library.add_document``, with
the full-text index kept by its triggers; tags are left out, which the timed
reads do not touch). Articles are 300–600 words recombined from a pool of
generated paragraphs, so generation stays fast. Figures are printed, not checked.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from storydiff.bench.library import article, search_latencies, vocabulary
from storydiff.core.document import analyse
from storydiff.core.story import compare_documents, neighbour_pairs
from storydiff.library import Library, backups
from storydiff.library.documents import fields_of
from storydiff.library.records import now
from storydiff.render.json_out import comparison_to_dict

BATCH = 5000


def paragraph_pool(rng: random.Random, size: int = 3000) -> list[str]:
    """Paragraphs of generated news text (about 100 words each)."""
    words = vocabulary(random.Random(1))  # the words search_latencies asks for
    pool: list[str] = []
    while len(pool) < size:
        doc, _ = article(rng, words, len(pool))
        pool.extend(p.strip() for p in doc.text.split("\n\n") if len(p.split()) > 40)
    return pool[:size]


def generated_rows(count: int, stories: int, seed: int = 1) -> Iterator[dict]:
    """Document rows of 300–600 words, spread evenly over ``stories`` stories."""
    rng = random.Random(seed)
    pool = paragraph_pool(rng)
    words = vocabulary(random.Random(1))
    template, _ = article(rng, words, 0)
    stamp = now()
    for n in range(count):
        paragraphs, length = [], 0
        target = rng.randint(300, 600)
        while length < target:
            paragraphs.append(rng.choice(pool))
            length += len(paragraphs[-1].split())
        text = "\n\n".join(paragraphs) + f"\n\nReport {n}."
        doc = replace(template, text=text, raw=text.encode(), title=f"Report {n}")
        yield {"story_id": n % stories + 1, **fields_of(doc, stamp)}


def build(path: Path, count: int, stories: int) -> float:
    """Generate the library at ``path``; the seconds it took."""
    started = time.perf_counter()
    with Library.open(path) as library:
        db = library.db
        with library.transaction():
            db["stories"].insert_all(
                {"id": n + 1, "name": f"Story {n + 1:05d}", "created": now()}
                for n in range(stories)
            )
        rows = generated_rows(count, stories)
        for _ in range(0, count, BATCH):
            with library.transaction():
                db["documents"].insert_all(
                    (row for _, row in zip(range(BATCH), rows, strict=False)), batch_size=500
                )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def open_seconds(path: Path) -> float:
    """``Library.open`` + ``stories()`` + the first story's ``documents()``."""

    def open_and_list() -> None:
        with Library.open(path) as library:
            first = library.stories()[0]
            library.documents(first.id)

    return timed(open_and_list)


def qt_app():
    """An offscreen QApplication, or ``None`` when Qt is not installed."""
    try:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return None
    return QApplication.instance() or QApplication([])


def model_seconds(path: Path) -> float | None:
    """Building the desktop's library list for the whole library, offscreen (if Qt is there)."""
    if qt_app() is None:
        return None
    from storydiff.ui.library_model import LibraryModel

    with Library.open(path) as library:
        return timed(lambda: LibraryModel(library))


def window_seconds(path: Path) -> float | None:
    """Opening the main window on the library until its library list is filled and painted."""
    app = qt_app()
    if app is None:
        return None
    from storydiff.ui.mainwindow import MainWindow
    from storydiff.ui.settings import Settings

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(Path(folder) / "bench.ini")
        started = time.perf_counter()
        window = MainWindow(settings, path)
        window.show()
        app.processEvents()
        seconds = time.perf_counter() - started
        assert window.library_model.rowCount() > 0, "the library list is empty"
        window.close()
    return seconds


def story_versions(count: int, seed: int = 4) -> list[str]:
    """``count`` versions of one article, each revising a few sentences of the last."""
    rng = random.Random(seed)
    words = vocabulary(random.Random(1))
    doc, _ = article(rng, words, 0)
    sentences = doc.text.replace("\n\n", " ").split(". ")
    versions = []
    for n in range(count):
        for _ in range(3):
            k = rng.randrange(len(sentences))
            sentences[k] = f"{sentences[k]} and {rng.choice(words)} in revision {n}"
        versions.append(". ".join(sentences))
    return versions


def long_story(library: Library, versions: int) -> tuple[float, float, int]:
    """Compare every neighbouring pair of a story of ``versions`` versions.

    Returns the seconds for the first run (compute and cache) and for the second
    (read from the cache), and the progress calls seen.
    """
    ids = []
    for n, text in enumerate(story_versions(versions)):
        doc, _ = article(random.Random(n), ["x"], n)
        ids.append(library.add_document("Long story", replace(doc, text=text, title=f"v{n}")).id)
    pairs = neighbour_pairs(versions)
    steps: list[int] = []

    def first_run() -> None:
        texts = [library.document(i).text for i in ids]
        story = compare_documents(
            [analyse(t) for t in texts], pairs, progress=lambda done, _: steps.append(done)
        )
        for pair in story.pairs:
            result = comparison_to_dict(ids[pair.a], ids[pair.b], pair.comparison)
            library.store_comparison(ids[pair.a], ids[pair.b], "auto", result)

    def cached_run() -> None:
        found = [library.cached_comparison(ids[a], ids[b], "auto") for a, b in pairs]
        assert all(found), "a comparison was missing from the cache"

    return timed(first_run), timed(cached_run), len(steps)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench load")
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--stories", type=int, default=5_000)
    parser.add_argument("--versions", type=int, default=50, help="versions of the long story")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--path", type=Path, help="library file (default: a temporary one)")
    parser.add_argument(
        "--reuse", action="store_true", help="time the library already at --path, if there is one"
    )
    parser.add_argument(
        "--only-gui", action="store_true", help="only the library list and main window figures"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.path or Path(folder) / "load.sqlite"
        report(path, args)
    return 0


def report(path: Path, args: argparse.Namespace) -> None:
    if args.reuse and path.exists():
        print(f"library reused       {path} ({path.stat().st_size / 1e6:,.0f} MB)")
    else:
        built = build(path, args.documents, args.stories)
        size = path.stat().st_size
        print(f"library generated    {args.documents:,} documents in {args.stories:,} stories "
              f"in {built:.1f} s ({size / 1e6:,.0f} MB)")  # fmt: skip
    if not args.only_gui:
        report_library(path, args)
    model = model_seconds(path)
    if model is not None:
        print(f"library list (Qt)    {model:.2f} s to build LibraryModel offscreen")
    window = window_seconds(path)
    if window is not None:
        print(f"main window (Qt)     {window:.2f} s to open it with the library list filled")


def report_library(path: Path, args: argparse.Namespace) -> None:
    first_open = open_seconds(path)  # the day's first open starts the daily backup
    backup = timed(backups.wait_for_daily)
    opens = sorted(open_seconds(path) for _ in range(5))
    print(f"open + list          {statistics.median(opens):.2f} s median of 5 "
          f"(first of the day {first_open:.2f} s; its backup then took {backup:.1f} s "
          "in the background)")  # fmt: skip
    with Library.open(path) as library:
        timings = sorted(search_latencies(library, args.queries))
        print(f"search median        {statistics.median(timings):.1f} ms ({args.queries} queries)")
        print(f"search 95th pct      {timings[int(len(timings) * 0.95) - 1]:.1f} ms")
        first, cached, steps = long_story(library, args.versions)
        print(f"{args.versions}-version story    first run {first:.1f} s "
              f"({steps} progress steps), cached {cached * 1000:.0f} ms")  # fmt: skip
