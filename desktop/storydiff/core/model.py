"""Records of the text model: immutable, with offsets into the original text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph at ``start:end`` of the document text."""

    index: int
    start: int
    end: int
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence at ``start:end`` (trailing white space excluded)."""

    index: int
    start: int
    end: int
    paragraph: int
    text: str
    boilerplate: bool = False


@dataclass(frozen=True)
class Document:
    """A text split into paragraphs and sentences, ready to compare."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    title: str = ""
    source: str = ""
    # What the document records about itself (title, author, published, …): see core/edits/metadata.
    metadata: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def content_sentences(self) -> list[Sentence]:
        """The sentences that take part in alignment and tagging."""
        return [s for s in self.sentences if not s.boilerplate]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character ``offset``, if any."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None
