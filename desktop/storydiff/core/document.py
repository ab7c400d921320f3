"""Build a :class:`Document` from raw text: paragraphs, sentences, boilerplate."""

from __future__ import annotations

from collections.abc import Mapping

from storydiff.core.boilerplate import is_boilerplate
from storydiff.core.model import Document, Paragraph, Sentence
from storydiff.core.segment import min_piece, paragraph_spans, sentence_spans


def analyse(
    text: str, title: str = "", source: str = "", metadata: Mapping[str, str] | None = None
) -> Document:
    """Split ``text`` into paragraphs and sentences and mark page clutter."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    shortest = min_piece(text)
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        clutter = is_boilerplate(text[p_start:p_end])
        paragraphs.append(Paragraph(p_index, p_start, p_end, clutter))
        for s_start, s_end in sentence_spans(text, p_start, p_end, shortest):
            sentence_text = text[s_start:s_end]
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=s_start,
                    end=s_end,
                    paragraph=p_index,
                    text=sentence_text,
                    boilerplate=clutter
                    or ((s_start, s_end) != (p_start, p_end) and is_boilerplate(sentence_text)),
                )
            )
    return Document(text, tuple(paragraphs), tuple(sentences), title, source, dict(metadata or {}))
