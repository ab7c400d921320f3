"""Revisions of the bundled sample article, made by one written-down edit each."""

from __future__ import annotations

from storydiff.core.document import analyse
from storydiff.core.edits.classify import EditReport, classify_edits
from storydiff.core.story import compare_documents


class Revision:
    """The sample and an edited copy, compared and classified."""

    def __init__(self, old: str, new: str) -> None:
        story = compare_documents([analyse(old), analyse(new)])
        self.pair = story.pairs[0]
        self.comparison = self.pair.comparison
        self.report: EditReport = classify_edits(self.comparison, list(self.pair.differences))

    def edit_of(self, words: str):
        """The edit of the first changed row holding ``words`` (new side, else old side)."""
        for row, edit in zip(self.comparison.rows, self.report.rows, strict=True):
            new = " ".join(self.comparison.b.sentences[i].text for i in row.b)
            old = " ".join(self.comparison.a.sentences[i].text for i in row.a)
            if edit is not None and (words in new or words in old):
                return edit
        return None
