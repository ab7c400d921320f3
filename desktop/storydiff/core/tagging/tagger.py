"""Run the taggers over a document and put their findings together."""

from __future__ import annotations

import bisect

from storydiff.core.model import Document, Sentence
from storydiff.core.tagging.claims import find_claims
from storydiff.core.tagging.figures import find_figures
from storydiff.core.tagging.hints import FIGURE_HINT, FIGURE_HINT_LOWER, SOURCE_HINT, hinted
from storydiff.core.tagging.measures import read_measures
from storydiff.core.tagging.names import DOCUMENT_NOUNS, Resolver
from storydiff.core.tagging.quotes import QuoteSpan, find_quotes
from storydiff.core.tagging.records import Figure, Quote, Source, Tags
from storydiff.core.tagging.sources import Attribution, find_attributions


def tag(doc: Document) -> Tags:
    """Figures, sources, quotes and claims of ``doc``; boilerplate sentences are skipped."""
    text = doc.text
    sentences = doc.content_sentences
    figures: list[Figure] = []
    attributions: list[Attribution] = []
    lowered = text.lower()
    same_length = len(lowered) == len(text)  # lower-casing keeps offsets (not for "İ")
    figure_hint = FIGURE_HINT_LOWER if same_length else FIGURE_HINT
    for sentence in hinted(lowered if same_length else text, sentences, figure_hint):
        found = find_figures(text, sentence.start, sentence.end)
        measures = read_measures(text, sentence.start, sentence.end, found)
        figures.extend(f.with_measure(m) for f, m in zip(found, measures, strict=True))
    for sentence in hinted(text, sentences, SOURCE_HINT):
        attributions.extend(find_attributions(text, sentence.start, sentence.end))
    where = _Where(doc)
    spans = [q for q in find_quotes(doc) if where.in_content(q.start)]
    inside = _QuoteIndex(spans)
    resolver = Resolver()
    resolver.learn_people(text)
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
