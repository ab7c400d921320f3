"""Compare on two cores in the CLI: a forked child reads ahead and aligns.

Reading figures and attributions sentence by sentence is most of a long comparison's
time. A child process (``os.fork``: no start-up, no re-import) reads some of the first
document's sentences (spread through it) and finds the people it names with a title
while the parent reads the rest; the parent then tags that document while the child
reads what the other documents do not share with it, finds the people they name, then
aligns the pairs whose alignment needs no tags (revision mode). Each batch comes back
through a pipe into the :class:`~storydiff.core.tagging.tagger.SentenceMemo` (or as
comparisons) when the parent first needs it. A reading depends only on the sentence and
the text around it, so results are the same. For short-lived CLI commands only: a GUI
must not fork. Without ``fork``, or when anything fails, the parent does the rest itself.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import os
import pickle
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, BinaryIO

from storydiff.core.tagging.tagger import HINTED, PEOPLE

if TYPE_CHECKING:
    from storydiff.core.align import Mode
    from storydiff.core.compare import Comparison
    from storydiff.core.model import Document
    from storydiff.core.tagging.tagger import Reading, SentenceMemo

ENOUGH = 20_000  # characters of the first document to read before a second process pays
PARENTS_SHARE = 0.55  # of the first document's readings: the child also finds people, aligns
BATCHES = 3  # of readings and of what was found in whole documents, before the alignments
Pair = tuple[int, int]


class Child:
    """The forked child's pipe: its readings of the first document (with the people it
    names), its readings of the others (with the sentences they hint at), the people the
    others name, then its alignments, each read in that order when first needed."""

    def __init__(self, documents: list[Document], memo: SentenceMemo, pid: int, fd: int) -> None:
        self.documents, self.memo, self.pid = documents, memo, pid
        self.pipe = os.fdopen(fd, "rb")
        self.batches = 0  # batches received
        self.aligned: dict[Pair, Comparison] = {}

    def receive(self) -> bool:
        """Store the child's next batch of readings; False when none are left (or lost)."""
        if self.batches >= BATCHES or self.pipe.closed:
            return False
        try:
            readings, hinted, people = pickle.load(self.pipe)
            for what, n, start, end, records in readings:
                self.memo.store(what, self.documents[n].text, start, end, records)
            for n, indices in hinted.items():
                sentences = self.documents[n].sentences
                found = tuple([sentences[i] for i in kind] for kind in indices)
                self.memo.keep(HINTED, self.documents[n], found)
            for n, names in people.items():
                self.memo.keep(PEOPLE, self.documents[n], names)
        except Exception:  # a lost child: the parent reads the rest itself
            self.finish()
            return False
        self.batches += 1
        return True

    def comparison(self, pair: Pair) -> Comparison | None:
        """The child's comparison of ``pair``, if it made one."""
        if not self.pipe.closed:
            from storydiff.core.compare import Comparison

            while self.receive():
                pass
            try:
                for (i, j), (mode, rows) in pickle.load(self.pipe).items():
                    a, b = self.documents[i], self.documents[j]
                    self.aligned[i, j] = Comparison(a, b, mode, rows)
            except Exception:  # a lost child: the parent aligns itself
                self.aligned = {}
            self.finish()
        return self.aligned.get(pair)

    def finish(self) -> None:
        self.memo.receive = None
        self.pipe.close()
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def work_ahead(
    documents: list[Document], pairs: list[Pair], mode: Mode, memo: SentenceMemo
) -> Child | None:
    """Start a child that reads ahead for ``memo`` and aligns ``pairs``, and read this
    process's share of the first document; ``None`` if not worth it or not possible."""
    first = memo.unread(documents[:1])
    if sum(end - start for _, _, start, end in first) < ENOUGH or len(documents) < 2:
        return None
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return None
    mine = [r for n, r in enumerate(first) if _parents(n)]
    theirs = [r for n, r in enumerate(first) if not _parents(n)]
    try:
        fd, send = os.pipe()
        pid = os.fork()
    except OSError:
        return None
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        _child(documents, memo, theirs, pairs, mode, fd, send)
    os.close(send)
    _widen(fd)
    child = Child(documents, memo, pid, fd)
    for what, n, start, end in mine:
        text = documents[n].text
        memo.store(what, text, start, end, memo.read(what, text, start, end))
    memo.receive = child.receive
    return child


def _parents(n: int) -> bool:
    """Whether the parent reads the ``n``-th of the first document's readings: spread
    through the document, ``PARENTS_SHARE`` of them."""
    return int((n + 1) * PARENTS_SHARE) > int(n * PARENTS_SHARE)


def _widen(fd: int) -> None:
    """A pipe that holds a batch whole (Linux: up to 1 MB), so the child need not wait
    for the parent to read one before it starts the next."""
    with contextlib.suppress(ImportError, AttributeError, OSError):
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)


def _child(
    documents: list[Document],
    memo: SentenceMemo,
    first: list[Reading],
    pairs: list[Pair],
    mode: Mode,
    fd: int,
    send: int,
) -> None:  # pragma: no cover - runs in the forked child
    """Send readings of ``first`` with the people the first document names, then readings
    of what the other documents do not share with the first, then the people those name,
    then alignments; leave at once (no atexit handlers, no flushing)."""
    status = 1
    try:
        os.close(fd)
        with os.fdopen(send, "wb") as pipe:

            def send_batch(batch: Any) -> None:
                _pickler(pipe).dump(batch)  # a new pickler each time: the parent loads each alone
                pipe.flush()

            send_batch((_readings(documents, memo, first), {}, {0: memo.people(documents[0])}))
            others = [r for r in memo.unread(documents) if r[1] > 0]
            hinted = {  # the sentences to read, found on the way: the parent need not look
                n: [[s.index for s in kind] for kind in memo.hinted(documents[n])]
                for n in range(1, len(documents))
            }
            send_batch((_readings(documents, memo, others), hinted, {}))
            send_batch(([], {}, {n: memo.people(documents[n]) for n in range(1, len(documents))}))
            send_batch(_aligned(documents, pairs, mode))
        status = 0
    finally:
        os._exit(status)


def _pickler(pipe: BinaryIO) -> pickle.Pickler:
    """A pickler that writes the records the child sends (readings, aligned rows) as
    calls to their constructors: loading them takes half the time of the dataclasses'
    field-by-field state, and the parent waits for that."""
    from storydiff.core.compare import AlignedRow
    from storydiff.core.diff import DiffSpan
    from storydiff.core.tagging.measures import Measure
    from storydiff.core.tagging.records import Change, Figure
    from storydiff.core.tagging.sources import Attribution

    pickler = pickle.Pickler(pipe, pickle.HIGHEST_PROTOCOL)
    records = (AlignedRow, DiffSpan, Measure, Change, Figure, Attribution)
    pickler.dispatch_table = {
        **copyreg.dispatch_table,
        **{kind: _by_constructor(kind) for kind in records if _built_from_fields(kind)},
    }
    return pickler


def _built_from_fields(kind: type) -> bool:
    """Whether ``kind(*fields)`` makes an equal copy: every field is an argument, and
    nothing runs after ``__init__``."""
    return all(f.init for f in dataclasses.fields(kind)) and not hasattr(kind, "__post_init__")


def _by_constructor(kind: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    names = [f.name for f in dataclasses.fields(kind)]
    return lambda record: (kind, tuple([getattr(record, name) for name in names]))


def _readings(documents: list[Document], memo: SentenceMemo, todo: list[Reading]) -> list:
    return [(*r, memo.read(r[0], documents[r[1]].text, r[2], r[3])) for r in todo]


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
