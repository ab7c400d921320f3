"""Run the taggers over a document and put their findings together."""

from __future__ import annotations

from storydiff.core.model import Document
from storydiff.core.tagging.claims import find_claims
from storydiff.core.tagging.figures import find_figures
from storydiff.core.tagging.names import Resolver
from storydiff.core.tagging.quotes import QuoteSpan, find_quotes
from storydiff.core.tagging.records import Figure, Quote, Source, Tags
from storydiff.core.tagging.sources import Attribution, find_attributions


def tag(doc: Document) -> Tags:
    """Figures, sources, quotes and claims of ``doc``; boilerplate sentences are skipped."""
    text = doc.text
    sentences = doc.content_sentences
    figures: list[Figure] = []
    attributions: list[Attribution] = []
    for sentence in sentences:
        figures.extend(find_figures(text, sentence.start, sentence.end))
        attributions.extend(find_attributions(text, sentence.start, sentence.end))
    spans = [q for q in find_quotes(doc) if _in_content(doc, q.start)]
    names = _resolve(text, attributions, spans)
    sources = [
        Source(a.start, a.end, text[a.start : a.end], a.cue, names[i])
        for i, a in enumerate(attributions)
        if not a.weak
    ]
    quotes = _speakers(doc, spans, attributions, names)
    claims = find_claims(sentences, figures, sources, quotes)
    return Tags(tuple(figures), tuple(sources), tuple(quotes), tuple(claims))


def _in_content(doc: Document, offset: int) -> bool:
    sentence = doc.sentence_at(offset) or doc.sentence_at(offset + 1)
    return sentence is None or not sentence.boilerplate


def _inside(a: Attribution, quotes: list[QuoteSpan]) -> bool:
    return any(q.start <= a.start and a.end <= q.end for q in quotes)


def _resolve(text: str, attributions: list[Attribution], quotes: list[QuoteSpan]) -> list[str]:
    resolver = Resolver()
    resolver.learn_people(text)
    return [resolver.resolve(a.subject, in_quote=_inside(a, quotes)) for a in attributions]


def _speakers(
    doc: Document, spans: list[QuoteSpan], attributions: list[Attribution], names: list[str]
) -> list[Quote]:
    """Give each quote the nearest attribution outside it in the sentences it touches,
    or the speaker of the quote before it when it runs on without one."""
    quotes: list[Quote] = []
    outside = [
        (a, names[i]) for i, a in enumerate(attributions) if not _inside(a, spans)
    ]
    for span in spans:
        sentences = [
            s for s in doc.content_sentences if s.start < span.end + 1 and span.start - 1 < s.end
        ]
        lo = min((s.start for s in sentences), default=span.start)
        hi = max((s.end for s in sentences), default=span.end)
        best = None
        for a, name in outside:
            if a.end <= lo or a.start >= hi or (span.start <= a.start < span.end):
                continue
            distance = span.start - a.end if a.end <= span.start else a.start - span.end
            rank = (a.weak, max(distance, 0), a.end <= span.start)
            if best is None or rank < best[0]:
                best = (rank, name)
        speaker = best[1] if best else _run_on_speaker(doc, span, quotes)
        quotes.append(Quote(span.start, span.end, doc.text[span.start : span.end], speaker))
    return quotes


def _run_on_speaker(doc: Document, span: QuoteSpan, earlier: list[Quote]) -> str | None:
    """A whole-sentence quote without attribution continues the previous speaker."""
    if not earlier:
        return None
    here = doc.sentence_at(span.start) or doc.sentence_at(span.start - 1)
    before = doc.sentence_at(earlier[-1].start)
    if here is None or before is None:
        return None
    if here.paragraph - before.paragraph > 1:
        return None
    return earlier[-1].speaker
