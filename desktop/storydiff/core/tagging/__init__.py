"""Tag figures, sources (attributions), quotes and claims in a document.

Rules, not a model: fast, explainable, nothing to download. Boilerplate
sentences are skipped. Every record carries offsets into ``doc.text``.
:func:`~storydiff.core.tagging.differences.find_differences` compares the tags
of two compared documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storydiff.core.model import Document
from storydiff.core.tagging.records import Claim, Figure, Quote, Source, Tags

if TYPE_CHECKING:
    from storydiff.core.tagging.tagger import SentenceMemo

__all__ = ["Claim", "Figure", "Quote", "Source", "Tags", "extract", "sentence_memo"]


def extract(doc: Document, memo: SentenceMemo | None = None) -> Tags:
    """Tag ``doc``: figures, sources, quotes and claims, in text order. Documents tagged
    with one ``memo`` (:func:`sentence_memo`) read the sentences they share once."""
    from storydiff.core.tagging.tagger import tag

    return tag(doc, memo)


def sentence_memo() -> SentenceMemo:
    """A memo to share between the documents of one story (see :func:`extract`)."""
    from storydiff.core.tagging.tagger import SentenceMemo

    return SentenceMemo()
