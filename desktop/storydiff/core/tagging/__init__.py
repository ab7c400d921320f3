"""Tag figures, sources (attributions), quotes and claims in a document.

Rules, not a model: fast, explainable, nothing to download. Boilerplate
sentences are skipped. Every record carries offsets into ``doc.text``.
:func:`~storydiff.core.tagging.differences.find_differences` compares the tags
of two compared documents.
"""

from __future__ import annotations

from storydiff.core.model import Document
from storydiff.core.tagging.records import Claim, Figure, Quote, Source, Tags

__all__ = ["Claim", "Figure", "Quote", "Source", "Tags", "extract"]


def extract(doc: Document) -> Tags:
    """Tag ``doc``: figures, sources, quotes and claims, in text order."""
    from storydiff.core.tagging.tagger import tag

    return tag(doc)
