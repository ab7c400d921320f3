"""Run the taggers over a document and put their findings together."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any, TypeVar

from storydiff.core.model import Document, Sentence
from storydiff.core.tagging.claims import find_claims
from storydiff.core.tagging.figures import find_figures
from storydiff.core.tagging.hints import FIGURE_HINT, FIGURE_HINT_LOWER, SOURCE_HINT, hinted
from storydiff.core.tagging.measures import cases_without_disease, read_measures
from storydiff.core.tagging.names import DOCUMENT_NOUNS, Resolver, titled_people
from storydiff.core.tagging.quotes import QuoteSpan, find_quotes
from storydiff.core.tagging.records import Figure, Quote, Source, Tags
from storydiff.core.tagging.sources import Attribution, find_attributions

_Record = TypeVar("_Record", Figure, Attribution)
Key = tuple[str, int, int]  # a sentence with the text around it, and where it lies in that
Found = tuple[Figure, ...] | tuple[Attribution, ...]
Reading = tuple[int, int, int, int]  # FIGURES or ATTRIBUTIONS, document index, start, end
FIGURES, ATTRIBUTIONS = 0, 1
HINTED, PEOPLE = "hinted", "people"  # what the memo keeps of a document as a whole


def tag(doc: Document, memo: SentenceMemo | None = None) -> Tags:
    """Figures, sources, quotes and claims of ``doc``; boilerplate sentences are skipped.

    Documents tagged with one ``memo`` (the versions of a story) read a sentence they
    share, in the same surroundings, once."""
    text = doc.text
    sentences = doc.content_sentences
    memo = memo if memo is not None else SentenceMemo()
    figures: list[Figure] = []
    attributions: list[Attribution] = []
    figure_sentences, source_sentences = memo.hinted(doc)
    for sentence in figure_sentences:
        figures.extend(memo.figures(text, sentence.start, sentence.end))
    figures = cases_without_disease(text, figures)
    for sentence in source_sentences:
        attributions.extend(memo.attributions(text, sentence.start, sentence.end))
    where = _Where(doc)
    spans = [q for q in find_quotes(doc) if where.in_content(q.start)]
    inside = _QuoteIndex(spans)
    resolver = Resolver()
    resolver.learn_people(memo.people(doc))
    names = [resolver.resolve(a.subject, inside.covers(a), a.description) for a in attributions]
    author = resolver.only_author()
    if author:  # "Study finds ..." in a headline: the study's authors are named later
        names = [author if _bare_document(name) else name for name in names]
    names = [resolver.described(name) for name in names]
    sources = [
        Source(a.start, a.end, text[a.start : a.end], a.cue, names[i])
        for i, a in enumerate(attributions)
        if not a.weak
    ]
    outside = [(a, names[i]) for i, a in enumerate(attributions) if not inside.covers(a)]
    quotes = _speakers(doc, where, spans, outside)
    claims = find_claims(sentences, figures, sources, quotes)
    return Tags(tuple(figures), tuple(sources), tuple(quotes), tuple(claims))


def hinted_sentences(doc: Document) -> tuple[list[Sentence], list[Sentence]]:
    """The content sentences the figure rules and the source rules read (see ``hints``)."""
    text, sentences = doc.text, doc.content_sentences
    lowered = text.lower()
    same_length = len(lowered) == len(text)  # lower-casing keeps offsets (not for "İ")
    figure_hint = FIGURE_HINT_LOWER if same_length else FIGURE_HINT
    return (
        hinted(lowered if same_length else text, sentences, figure_hint),
        hinted(text, sentences, SOURCE_HINT),
    )


class SentenceMemo:
    """The figures (with measures) and attributions of each sentence read so far, keyed on
    the sentence and the text around it, with offsets from the sentence start; and what was
    found in each document as a whole (its hinted sentences, its titled people).

    The rules read a sentence and, near its ends, at most a few dozen characters around it
    ("-" before a number, the words after one); ``AROUND`` characters on each side keep a
    found sentence's findings exactly what reading it again would give. :meth:`unread` and
    :meth:`read` let another process read sentences ahead, :meth:`store` keeps its readings
    (``receive`` fetches those still on their way)."""

    AROUND = 256

    def __init__(self) -> None:
        self._found: tuple[dict[Key, Found], dict[Key, Found]] = ({}, {})
        self._documents: dict[tuple[str, int], tuple[Document, Any]] = {}
        self._lines: dict[str, list[str]] = {}  # the titled people of each paragraph
        # Called on a miss: keeps readings made elsewhere, False when none are coming.
        self.receive: Callable[[], bool] | None = None

    def hinted(self, doc: Document) -> tuple[list[Sentence], list[Sentence]]:
        """:func:`hinted_sentences` of ``doc``, found once."""
        return self._of_document(HINTED, doc, hinted_sentences)

    def people(self, doc: Document) -> list[str]:
        """:func:`~storydiff.core.tagging.names.titled_people` of ``doc``, found once."""
        return self._of_document(PEOPLE, doc, lambda doc: titled_people(doc.text, self._lines))

    def keep(self, what: str, doc: Document, found: Any) -> None:
        """Keep ``found`` as ``doc``'s :meth:`hinted` or :meth:`people` (``what``), found
        elsewhere."""
        self._documents[what, id(doc)] = (doc, found)

    def _of_document(self, what: str, doc: Document, find: Callable[[Document], Any]) -> Any:
        kept = self._documents.get((what, id(doc)))
        while (kept is None or kept[0] is not doc) and self.receive is not None and self.receive():
            kept = self._documents.get((what, id(doc)))
        if kept is None or kept[0] is not doc:
            kept = self._documents[what, id(doc)] = (doc, find(doc))
        return kept[1]

    def figures(self, text: str, start: int, end: int) -> list[Figure]:
        return self._get(FIGURES, text, start, end)  # type: ignore[return-value]

    def attributions(self, text: str, start: int, end: int) -> list[Attribution]:
        return self._get(ATTRIBUTIONS, text, start, end)  # type: ignore[return-value]

    def unread(self, documents: list[Document]) -> list[Reading]:
        """The readings :func:`tag` will ask of ``documents`` that are not kept yet, each key
        once: (figures or attributions, document index, sentence start, end)."""
        seen: tuple[set[Key], set[Key]] = (set(), set())
        todo = []
        for n, doc in enumerate(documents):
            for what, sentences in enumerate(self.hinted(doc)):
                for s in sentences:
                    key = self._key(doc.text, s.start, s.end)[0]
                    if key not in self._found[what] and key not in seen[what]:
                        seen[what].add(key)
                        todo.append((what, n, s.start, s.end))
        return todo

    def read(self, what: int, text: str, start: int, end: int) -> Found:
        """One reading as kept (offsets from ``AROUND`` characters before the sentence, or
        from the text start), not kept here."""
        lo = self._key(text, start, end)[1]
        return tuple(_moved(r, -lo) for r in _read(what, text, start, end))  # type: ignore[return-value]

    def store(self, what: int, text: str, start: int, end: int, found: Found) -> None:
        """Keep ``found``, a :meth:`read` of the sentence ``text[start:end]``."""
        self._found[what][self._key(text, start, end)[0]] = found

    def _get(self, what: int, text: str, start: int, end: int) -> list[Figure | Attribution]:
        key, lo = self._key(text, start, end)
        found = self._found[what].get(key)
        while found is None and self.receive is not None and self.receive():
            found = self._found[what].get(key)
        if found is None:
            records = _read(what, text, start, end)
            self._found[what][key] = tuple(_moved(r, -lo) for r in records)  # type: ignore[assignment]
            return records
        return [_moved(r, lo) for r in found]

    def _key(self, text: str, start: int, end: int) -> tuple[Key, int]:
        lo = max(0, start - self.AROUND)
        return (text[lo : end + self.AROUND], start - lo, end - lo), lo


def _read(what: int, text: str, start: int, end: int) -> list[Figure | Attribution]:
    if what == ATTRIBUTIONS:
        return find_attributions(text, start, end)  # type: ignore[return-value]
    figures = find_figures(text, start, end)
    measures = read_measures(text, start, end, figures)
    return [f.with_measure(m) for f, m in zip(figures, measures, strict=True)]


def _moved(record: _Record, by: int) -> _Record:
    """``record`` with its offsets moved by ``by`` characters."""
    return record if by == 0 else record.moved(by)


def _bare_document(name: str) -> bool:
    """ "study", "new report": a document named by no author."""
    words = name.lower().split()
    return 0 < len(words) <= 2 and words[-1] in DOCUMENT_NOUNS and name.islower()


class _Where:
    """Which sentence an offset falls in, by binary search."""

    def __init__(self, doc: Document) -> None:
        self.sentences = doc.sentences
        self.starts = [s.start for s in doc.sentences]

    def sentence(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def in_content(self, offset: int) -> bool:
        sentence = self.sentence(offset) or self.sentence(offset + 1)
        return sentence is None or not sentence.boilerplate

    def covering(self, start: int, end: int) -> list[Sentence]:
        lo = max(0, bisect.bisect_right(self.starts, start) - 1)
        hi = bisect.bisect_left(self.starts, end + 1)
        return [s for s in self.sentences[lo:hi] if not s.boilerplate and s.end >= start]


class _QuoteIndex:
    """Whether an attribution lies inside a quote, by binary search."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = sorted(spans, key=lambda q: q.start)
        self.starts = [q.start for q in self.spans]

    def covers(self, a: Attribution) -> bool:
        i = bisect.bisect_right(self.starts, a.start) - 1
        return i >= 0 and self.spans[i].start <= a.start and a.end <= self.spans[i].end


def _speakers(
    doc: Document, where: _Where, spans: list[QuoteSpan], outside: list[tuple[Attribution, str]]
) -> list[Quote]:
    """Give each quote the nearest attribution outside it in the sentences it touches,
    or the speaker of the quote before it when it runs on without one."""
    quotes: list[Quote] = []
    starts = [a.start for a, _ in outside]
    for span in spans:
        sentences = where.covering(span.start, span.end)
        lo = min((s.start for s in sentences), default=span.start)
        hi = max((s.end for s in sentences), default=span.end)
        best = None
        for a, name in outside[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
            if span.start <= a.start < span.end:
                continue
            distance = span.start - a.end if a.end <= span.start else a.start - span.end
            rank = (a.weak, max(distance, 0), a.end <= span.start)
            if best is None or rank < best[0]:
                best = (rank, name)
        speaker = best[1] if best else _run_on_speaker(where, span, quotes)
        quotes.append(Quote(span.start, span.end, doc.text[span.start : span.end], speaker))
    return quotes


def _run_on_speaker(where: _Where, span: QuoteSpan, earlier: list[Quote]) -> str | None:
    """A quote without attribution continues the previous speaker, in the same or the
    next paragraph."""
    if not earlier:
        return None
    here = where.sentence(span.start) or where.sentence(span.start - 1)
    before = where.sentence(earlier[-1].start) or where.sentence(earlier[-1].start - 1)
    if here is None or before is None or here.paragraph - before.paragraph > 1:
        return None
    return earlier[-1].speaker
