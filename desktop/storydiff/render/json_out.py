"""The ``compare --json`` contract: a stable, documented shape (docs/compare-json.md).

Field names here are public: other tools read them. Add fields, never rename.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.diff import INSERT
from storydiff.core.edits.classify import classify_edits
from storydiff.core.edits.metadata import metadata_changes
from storydiff.core.model import Document
from storydiff.core.paragraphs import align_paragraphs
from storydiff.core.story import StoryComparison
from storydiff.core.tagging import Tags
from storydiff.core.tagging.differences import Difference
from storydiff.render.json_bytes import dumps, merged

SCHEMA_VERSION = 1


def document_to_dict(index: int, doc: Document, tags: Tags | None = None) -> dict[str, Any]:
    """One entry of ``documents``: identity, size and (if given) tags."""
    entry: dict[str, Any] = {
        "id": index,
        "title": doc.title,
        "source": doc.source,
        "chars": len(doc.text),
    }
    if tags is not None:
        entry.update(tags.to_dict())
    return entry


def sentences_to_list(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "start": s.start,
            "end": s.end,
            "paragraph": s.paragraph,
            "boilerplate": s.boilerplate,
            "text": s.text,
        }
        for s in doc.sentences
    ]


def row_to_dict(row: AlignedRow, comparison: Comparison) -> dict[str, Any]:
    a_text, b_text = comparison.a.text, comparison.b.text
    return {
        "op": row.op,
        "a": list(row.a),
        "b": list(row.b),
        "similarity": row.similarity,
        "diff": [
            [s.op, b_text[s.b_start : s.b_end] if s.op == INSERT else a_text[s.a_start : s.a_end]]
            for s in row.diff
        ],
    }


def comparison_to_dict(
    a_id: int,
    b_id: int,
    comparison: Comparison,
    differences: list[Difference] | None = None,
) -> dict[str, Any]:
    """One entry of ``comparisons``."""
    entry: dict[str, Any] = {
        "a": a_id,
        "b": b_id,
        "mode": comparison.mode,
        "alignment": [row_to_dict(row, comparison) for row in comparison.rows],
        "paragraphs": [
            {"op": row.op, "a": list(row.a), "b": list(row.b)}
            for row in align_paragraphs(comparison)
        ],
    }
    if differences is not None:
        entry["differences"] = [d.to_dict() for d in differences]
        add_edit_classes(entry, comparison, differences)
    if comparison.also:
        entry["alignment"] = _with_also(entry["alignment"], comparison)
    return entry


def _with_also(rows: list[dict[str, Any]], comparison: Comparison) -> list[dict[str, Any]]:
    """The rows with each ``also`` row just after the row that holds its ``a`` sentence."""
    after: dict[int, list[dict[str, Any]]] = {}
    for row in comparison.also:
        after.setdefault(row.a[0], []).append(row_to_dict(row, comparison))
    result = []
    for row in rows:
        result.append(row)
        for k in row["a"]:
            result += after.pop(k, [])
    return result + [row for extra in after.values() for row in extra]


def add_edit_classes(
    entry: dict[str, Any], comparison: Comparison, differences: list[Difference]
) -> None:
    """``edit_class`` (and ``stealth``) on changed rows, ``corrections`` and ``metadata``."""
    report = classify_edits(comparison, differences)
    for row, edit in zip(entry["alignment"], report.rows, strict=True):
        if edit is not None:
            row["edit_class"] = edit.edit_class
            if edit.stealth is not None:
                row["stealth"] = edit.stealth
    entry["corrections"] = [note.to_dict() for note in report.notes]
    if comparison.a.metadata and comparison.b.metadata:
        changes = metadata_changes(comparison.a.metadata, comparison.b.metadata)
        entry["metadata"] = [change.to_dict() for change in changes]


def story_to_dict(story: StoryComparison) -> dict[str, Any]:
    """The whole ``compare --json`` output."""
    return {
        "schema": SCHEMA_VERSION,
        **documents_to_dict(story.documents, story.tags),
        "comparisons": comparisons_to_list(story),
    }


def documents_to_dict(documents: Sequence[Document], tags: Sequence[Tags]) -> dict[str, Any]:
    """The output's ``documents`` and ``sentences``: what the comparisons do not change."""
    return {
        "documents": [
            document_to_dict(n, doc, doc_tags)
            for n, (doc, doc_tags) in enumerate(zip(documents, tags, strict=True))
        ],
        "sentences": [sentences_to_list(doc) for doc in documents],
    }


def comparisons_to_list(story: StoryComparison) -> list[dict[str, Any]]:
    return [
        comparison_to_dict(pair.a, pair.b, pair.comparison, list(pair.differences))
        for pair in story.pairs
    ]


def encode_documents(documents: Sequence[Document], tags: Sequence[Tags]) -> bytes:
    """:func:`documents_to_dict` encoded (indent 1), for :func:`encode_story`: the CLI
    encodes it while its second process is still aligning."""
    return dumps(documents_to_dict(documents, tags), 1)


def encode_story(story: StoryComparison, documents: bytes | None = None) -> bytes:
    """:func:`story_to_dict` as indented JSON (indent 1), byte for byte; ``documents``:
    its :func:`encode_documents`, if done already."""
    if documents is None:
        documents = encode_documents(story.documents, story.tags)
    schema = dumps({"schema": SCHEMA_VERSION}, 1)
    return merged([schema, documents, dumps({"comparisons": comparisons_to_list(story)}, 1)])
