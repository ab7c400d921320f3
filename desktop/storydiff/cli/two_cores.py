"""Compare on two cores in the CLI: a forked child reads ahead and aligns.

Reading figures and attributions sentence by sentence is most of a long comparison's
time. The sentences to read (each once) are split in two: a child process
(``os.fork``: no start-up, no re-import) reads one half and pipes its readings back
while the parent reads the other; both halves fill the
:class:`~storydiff.core.tagging.tagger.SentenceMemo` that tagging then reads from. While
the parent tags, the child aligns the pairs whose alignment needs no tags (revision
mode) and pipes those back too. A reading depends only on the sentence and the text
around it, so results are the same. For short-lived CLI commands only: a GUI must not
fork. Without ``fork``, or when anything fails, the parent does the missing work itself.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from storydiff.core.align import Mode
    from storydiff.core.compare import Comparison
    from storydiff.core.model import Document
    from storydiff.core.tagging.tagger import Reading, SentenceMemo

ENOUGH = 40_000  # characters to read before a second process pays (fork, pickling)
Pair = tuple[int, int]


class Aligned:
    """The comparisons the child made, read from its pipe when first asked for."""

    def __init__(self, documents: list[Document], pipe: BinaryIO | None, child: int) -> None:
        self._documents, self._pipe, self._child = documents, pipe, child
        self._found: dict[Pair, Comparison] | None = None if pipe else {}

    def get(self, pair: Pair) -> Comparison | None:
        if self._found is None:
            self._found = self._receive()
        return self._found.get(pair)

    def _receive(self) -> dict[Pair, Comparison]:
        from storydiff.core.compare import Comparison

        found: dict[Pair, Comparison] = {}
        try:
            assert self._pipe is not None
            for (i, j), (mode, rows) in pickle.load(self._pipe).items():
                found[i, j] = Comparison(self._documents[i], self._documents[j], mode, rows)
        except Exception:  # a lost child: the parent aligns itself
            found = {}
        finally:
            _finish(self._pipe, self._child)
        return found


def work_ahead(
    documents: list[Document], pairs: list[Pair], mode: Mode, memo: SentenceMemo
) -> Aligned:
    """Fill ``memo`` with the readings tagging ``documents`` needs, half of them read by a
    child that then aligns ``pairs`` (see the module docstring)."""
    nothing = Aligned(documents, None, 0)
    todo = memo.unread(documents)
    size = sum(end - start for _, _, start, end in todo)
    if size < ENOUGH or not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return nothing
    mine, theirs = todo[0::2], todo[1::2]
    try:
        receive, send = os.pipe()
        child = os.fork()
    except OSError:
        return nothing
    if child == 0:  # pragma: no cover - runs in the child, which never returns
        _child(documents, memo, theirs, pairs, mode, receive, send)
    os.close(send)
    pipe = os.fdopen(receive, "rb")
    _read(documents, memo, mine)
    try:
        found = pickle.load(pipe)
        for (what, n, start, end), records in zip(theirs, found, strict=True):
            memo.store(what, documents[n].text, start, end, records)
    except Exception:  # a lost child: tagging reads its half itself
        _finish(pipe, child)
        return nothing
    return Aligned(documents, pipe, child)


def _finish(pipe: BinaryIO | None, child: int) -> None:
    if pipe is not None:
        pipe.close()
    with contextlib.suppress(OSError):
        os.waitpid(child, 0)


def _read(documents: list[Document], memo: SentenceMemo, todo: list[Reading]) -> None:
    for what, n, start, end in todo:
        text = documents[n].text
        memo.store(what, text, start, end, memo.read(what, text, start, end))


def _child(
    documents: list[Document],
    memo: SentenceMemo,
    todo: list[Reading],
    pairs: list[Pair],
    mode: Mode,
    receive: int,
    send: int,
) -> None:  # pragma: no cover - runs in the forked child
    """Read ``todo`` and send the readings; align ``pairs`` and send the alignments that
    need no tags; leave at once (no atexit handlers, no flushing of inherited streams)."""
    status = 1
    try:
        os.close(receive)
        with os.fdopen(send, "wb") as pipe:
            found = [memo.read(what, documents[n].text, start, end) for what, n, start, end in todo]
            pickle.dump(found, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            pipe.flush()
            pickle.dump(_aligned(documents, pairs, mode), pipe, protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    finally:
        os._exit(status)


def _aligned(documents: list[Document], pairs: list[Pair], mode: Mode) -> dict[Pair, Any]:
    """(mode, rows) of each pair aligned as revisions: only coverage alignment reads tags."""
    from storydiff.core.compare import compare

    aligned = {}
    if mode != "coverage":
        for i, j in pairs:
            comparison = compare(documents[i], documents[j], mode)
            if comparison.mode == "revision":
                aligned[i, j] = (comparison.mode, comparison.rows)
    return aligned
