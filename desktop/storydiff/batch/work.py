"""One partition's work, as run on a Dask worker: compare, then write its tables.

Each table of a partition is written to a hidden temporary file and renamed
into place, so a reader (or a resumed run) never sees half a file, and a task
that Dask runs again after losing a worker replaces its own files instead of
adding rows: every pair is in the output exactly once.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from storydiff.batch.plan import Partition, Story
from storydiff.batch.source import read_texts
from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.document import analyse
from storydiff.core.story import PairResult, compare_documents
from storydiff.render.json_out import row_to_dict

_PAIR = [
    ("story", pa.string()),
    ("a", pa.int32()),
    ("b", pa.int32()),
    ("a_version", pa.string()),
    ("b_version", pa.string()),
]
SCHEMAS = {
    "comparisons": pa.schema(
        [
            *_PAIR,
            ("a_outlet", pa.string()),
            ("b_outlet", pa.string()),
            ("a_url", pa.string()),
            ("b_url", pa.string()),
            ("mode", pa.string()),
            ("rows", pa.int32()),
            ("changed_rows", pa.int32()),
            ("equal", pa.int32()),
            ("changed", pa.int32()),
            ("inserted", pa.int32()),
            ("deleted", pa.int32()),
            ("moved", pa.int32()),
            ("split", pa.int32()),
            ("merged", pa.int32()),
            ("differences", pa.int32()),
            ("seconds", pa.float64()),
        ]
    ),
    "rows": pa.schema(
        [
            *_PAIR,
            ("row", pa.int32()),
            ("op", pa.string()),
            ("a_sentences", pa.list_(pa.int32())),
            ("b_sentences", pa.list_(pa.int32())),
            ("similarity", pa.float64()),
            ("a_text", pa.string()),
            ("b_text", pa.string()),
            ("diff", pa.string()),
        ]
    ),
    "differences": pa.schema(
        [
            *_PAIR,
            ("kind", pa.string()),
            ("old_text", pa.string()),
            ("new_text", pa.string()),
            ("sentence_a", pa.int32()),
            ("sentence_b", pa.int32()),
            ("record", pa.string()),
        ]
    ),
}
TABLES = tuple(SCHEMAS)
_OPS = ("equal", "changed", "inserted", "deleted", "moved", "split", "merged")


def run_partition(source: Path, out: Path, partition: Partition) -> dict[str, Any]:
    """Compare every pair of ``partition`` and write its tables below ``out``;
    returns the partition's counts for the manifest."""
    started, cpu_started = time.perf_counter(), time.process_time()
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for story in partition.stories:
        _compare_story(source, story, tables)
    for name in TABLES:
        write_atomically(pa.Table.from_pylist(tables[name], SCHEMAS[name]), out / name, partition)
    return {
        "partition": partition.number,
        "fingerprint": partition.fingerprint(),
        "pairs": len(tables["comparisons"]),
        "differences": len(tables["differences"]),
        "seconds": round(time.perf_counter() - started, 3),
        "cpu_seconds": round(time.process_time() - cpu_started, 3),
        "worker_pid": os.getpid(),
    }


def _compare_story(source: Path, story: Story, tables: dict[str, list[dict[str, Any]]]) -> None:
    texts = read_texts(source, list(story.versions))
    documents = [
        analyse(text, title=v.label) for text, v in zip(texts, story.versions, strict=True)
    ]
    started = time.perf_counter()
    compared = compare_documents(documents, list(story.pairs), "auto")
    seconds = (time.perf_counter() - started) / max(1, len(story.pairs))
    for pair in compared.pairs:
        key = _pair_key(story, pair)
        tables["comparisons"].append({**key, **_summary(story, pair), "seconds": seconds})
        tables["rows"].extend({**key, **row} for row in _rows(pair))
        tables["differences"].extend({**key, **d} for d in _differences(pair))


def _pair_key(story: Story, pair: PairResult) -> dict[str, Any]:
    return {
        "story": story.name,
        "a": pair.a + 1,
        "b": pair.b + 1,
        "a_version": story.versions[pair.a].label,
        "b_version": story.versions[pair.b].label,
    }


def _summary(story: Story, pair: PairResult) -> dict[str, Any]:
    a, b = story.versions[pair.a], story.versions[pair.b]
    rows = pair.comparison.rows
    counts = {op: 0 for op in _OPS}
    for row in rows:
        counts[row.op] = counts.get(row.op, 0) + 1
    return {
        "a_outlet": a.outlet,
        "b_outlet": b.outlet,
        "a_url": a.url,
        "b_url": b.url,
        "mode": pair.comparison.mode,
        "rows": len(rows),
        "changed_rows": len(rows) - counts["equal"],
        **{op: counts[op] for op in _OPS},
        "differences": len(pair.differences),
    }


def _rows(pair: PairResult) -> list[dict[str, Any]]:
    """Every aligned row; the texts and word diff only where something changed."""
    comparison = pair.comparison
    a_sentences, b_sentences = comparison.a.sentences, comparison.b.sentences
    found = []
    for number, row in enumerate(comparison.rows):
        changed = row.op != "equal"
        found.append(
            {
                "row": number,
                "op": row.op,
                "a_sentences": list(row.a),
                "b_sentences": list(row.b),
                "similarity": row.similarity,
                "a_text": " ".join(a_sentences[i].text for i in row.a) if changed else None,
                "b_text": " ".join(b_sentences[i].text for i in row.b) if changed else None,
                "diff": _diff_json(row, comparison) if changed else None,
            }
        )
    return found


def _diff_json(row: AlignedRow, comparison: Comparison) -> str:
    """The row's word diff as in ``compare --json``: ``[[op, text], ...]``."""
    return json.dumps(row_to_dict(row, comparison)["diff"], ensure_ascii=False)


def _differences(pair: PairResult) -> list[dict[str, Any]]:
    found = []
    for difference in pair.differences:
        record = difference.to_dict()
        found.append(
            {
                "kind": record.get("kind"),
                "old_text": (record.get("old") or {}).get("text"),
                "new_text": (record.get("new") or {}).get("text"),
                "sentence_a": record.get("sentence_a"),
                "sentence_b": record.get("sentence_b"),
                "record": json.dumps(record, ensure_ascii=False),
            }
        )
    return found


def write_atomically(table: pa.Table, folder: Path, partition: Partition) -> Path:
    """Write ``table`` as ``folder/part-NNNNN.parquet`` by way of a hidden temporary file."""
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{partition.name}.parquet"
    temporary = folder / f".{partition.name}.{uuid.uuid4().hex}.tmp"
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)
    return final
