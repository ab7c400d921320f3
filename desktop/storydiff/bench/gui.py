"""GUI-thread cost of opening a long comparison: ``python -m storydiff.bench gui``.

``--timeline [VERSIONS]`` and ``--export`` time a whole story instead (see gui_story.py).

The comparison itself runs in a worker (timed separately); what the user waits
for on the GUI thread is building the first screen of the side-by-side view.
The remaining rows are added from the event loop in chunks; the longest chunk
says how long the window can stall at worst.
"""

from __future__ import annotations

import argparse
import os
import time


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench gui")
    parser.add_argument("--words", type=int, default=20_000, help="words per article")
    parser.add_argument("--timeline", type=int, metavar="VERSIONS", nargs="?", const=50)
    parser.add_argument("--export", action="store_true", help="time the sample's PDF report")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if args.timeline or args.export:
        from storydiff.bench import gui_story

        app = QApplication.instance() or QApplication([])
        if args.timeline:
            gui_story.timeline(app, args.timeline)
        if args.export:
            gui_story.export(app)
        return 0

    from storydiff.bench.articles import generate_article, revise
    from storydiff.core.document import analyse
    from storydiff.core.story import compare_documents
    from storydiff.ui import theme
    from storydiff.ui.comparison_view import ComparisonView
    from storydiff.ui.side_by_side import CHUNK
    from storydiff.ui.text_marks import tag_marks

    app = QApplication.instance() or QApplication([])
    theme.apply(app, "light")
    old = generate_article(args.words)
    new = revise(old)
    started = time.perf_counter()
    result = compare_documents([analyse(old), analyse(new)], [(0, 1)])
    worker = time.perf_counter() - started
    view = ComparisonView()
    view.resize(1000, 760)
    view.show()
    app.processEvents()
    marks = {"a": tag_marks(result.tags[0]), "b": tag_marks(result.tags[1])}
    started = time.perf_counter()
    view.show_comparison(result.pairs[0].comparison, marks)
    view.side_text.viewport().repaint()
    first_screen = time.perf_counter() - started
    chunks = []
    while view.builder and not view.builder.done:
        started = time.perf_counter()
        view.builder.build_next(CHUNK)
        chunks.append(time.perf_counter() - started)
    rows = len(view.builder.rows) if view.builder else 0
    print(f"articles: {args.words} words each; {rows} display rows")
    print(f"compare in the worker thread (not on the GUI thread): {worker * 1000:.0f} ms")
    print(f"GUI thread, first screen shown: {first_screen * 1000:.1f} ms")
    if chunks:
        print(
            f"GUI thread, rest of the rows: {len(chunks)} chunks of {CHUNK}, "
            f"longest {max(chunks) * 1000:.1f} ms, total {sum(chunks) * 1000:.0f} ms"
        )
    return 0
