"""Build a :class:`Document` from raw text: paragraphs, sentences, boilerplate."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from storydiff.core.boilerplate import is_boilerplate
from storydiff.core.model import Document, Paragraph, Sentence
from storydiff.core.segment import min_piece, paragraph_spans, sentence_spans

Layout = tuple[bool, tuple[tuple[int, int, bool], ...]]


def analyse(
    text: str, title: str = "", source: str = "", metadata: Mapping[str, str] | None = None
) -> Document:
    """Split ``text`` into paragraphs and sentences and mark page clutter."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    shortest = min_piece(text)
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        paragraph = text[p_start:p_end]
        clutter, layout = _layout(paragraph, shortest)
        paragraphs.append(Paragraph(p_index, p_start, p_end, clutter))
        for s_start, s_end, boilerplate in layout:
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=p_start + s_start,
                    end=p_start + s_end,
                    paragraph=p_index,
                    text=paragraph[s_start:s_end],
                    boilerplate=boilerplate,
                )
            )
    return Document(text, tuple(paragraphs), tuple(sentences), title, source, dict(metadata or {}))


@lru_cache(maxsize=8192)
def _layout(paragraph: str, shortest: int) -> Layout:
    """Whether ``paragraph`` is clutter, and its sentences (offsets in it, clutter or
    not). A paragraph's layout depends on nothing around it, and the versions of a story
    share most paragraphs: each is laid out once."""
    clutter = is_boilerplate(paragraph)
    whole = (0, len(paragraph))
    return clutter, tuple(
        (start, end, clutter or ((start, end) != whole and is_boilerplate(paragraph[start:end])))
        for start, end in sentence_spans(paragraph, 0, len(paragraph), shortest)
    )
