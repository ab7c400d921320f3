"""``storydiff batch`` on a local Dask cluster: output, bad input, resuming, a killed worker."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("dask.distributed")
pq = pytest.importorskip("pyarrow.parquet")

from storydiff.batch import corpus  # noqa: E402
from storydiff.batch.run import MANIFEST, Options, run  # noqa: E402
from storydiff.cli import main  # noqa: E402
from storydiff.core.document import analyse  # noqa: E402
from storydiff.core.story import compare_documents  # noqa: E402


def make_corpus(path: Path, stories: int = 4, words: int = 300) -> list[dict]:
    rows = list(corpus.versions(stories, words=words, seed=3))
    corpus.write(path, iter(rows))
    return rows


def expected_pairs(rows: list[dict]) -> Counter:
    """(story, a, b) of consecutive versions."""
    counts = Counter(row["story"] for row in rows)
    return Counter((story, k, k + 1) for story, n in counts.items() for k in range(1, n))


def read(folder: Path) -> list[dict]:
    """A table's rows, read as pandas or DuckDB would: the folder's Parquet files as one."""
    return pq.read_table(folder).to_pylist()


def pairs_in(out: Path) -> Counter:
    return Counter((row["story"], row["a"], row["b"]) for row in read(out / "comparisons"))


def test_batch_writes_each_pair_once_in_tables_pandas_reads(tmp_path):
    source = tmp_path / "archive.jsonl"
    rows = make_corpus(source)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert pairs_in(out) == expected_pairs(rows)
    assert "0 rows skipped" in result.output

    # The rows of one pair are what the core finds for it.
    story = rows[0]["story"]
    texts = [row["text"] for row in rows if row["story"] == story][:2]
    compared = compare_documents([analyse(t) for t in texts], [(0, 1)])
    mine = [r for r in read(out / "rows") if (r["story"], r["a"], r["b"]) == (story, 1, 2)]
    assert [r["op"] for r in sorted(mine, key=lambda r: r["row"])] == [
        row.op for row in compared.pairs[0].comparison.rows
    ]
    found = [d for d in read(out / "differences") if (d["story"], d["a"]) == (story, 1)]
    assert [d["kind"] for d in found] == [d.kind for d in compared.pairs[0].differences]


def test_parquet_input_ordered_by_timestamp_and_all_pairs(tmp_path):
    rows = list(corpus.versions(2, words=200, seed=4))
    for row in rows:
        del row["version"]  # order by timestamp alone
    rows.reverse()  # newest first in the file
    source = tmp_path / "archive.parquet"
    corpus.write(source, iter(rows))
    out = tmp_path / "out"
    summary = run(Options(source, out, pairing="all", workers=1))
    counts = Counter(row["story"] for row in rows)
    assert summary.pairs == sum(n * (n - 1) // 2 for n in counts.values())
    first = next(row for row in read(out / "comparisons") if (row["a"], row["b"]) == (1, 2))
    assert first["a_version"] < first["b_version"]  # ISO timestamps: oldest is version 1


def test_bad_rows_are_reported_with_line_and_story_skipped_and_counted(tmp_path):
    source = tmp_path / "archive.jsonl"
    rows = make_corpus(source, stories=2, words=150)
    good = source.read_text(encoding="utf-8")
    bad = [
        "{not json",
        json.dumps({"story": "s-bad", "version": 1}),  # no text
        json.dumps({"story": "s-bad", "version": "two", "text": "Words."}),
        json.dumps({"story": "s-big", "version": 1, "text": "x" * 5000}),
        json.dumps({"version": 1, "text": "No story."}),
        '{"story": "s-sur", "version": 1, "text": "half a pair \\ud800"}',
        '{"story": "s-\\udc00", "version": 1, "text": "A surrogate in the story name."}',
        json.dumps({"story": "s-time", "timestamp": "yesterday", "text": "Words."}),
    ]
    source.write_text(good + "\n".join(bad) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["batch", str(source), "-o", str(out), "--workers", "1", "--max-bytes", "4000"]
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    first = len(rows) + 1
    assert f"line {first}: not valid JSON" in result.output
    assert f"line {first + 1} (story 's-bad'): 'text' is missing" in result.output
    assert f"line {first + 2} (story 's-bad'): 'version' is a str" in result.output
    assert (
        f"line {first + 3} (story 's-big'): text of 5,000 bytes is over the limit" in result.output
    )
    assert f"line {first + 4}: missing or empty 'story'" in result.output
    assert f"line {first + 5} (story 's-sur'): 'text' holds unpaired surrogates" in result.output
    assert f"line {first + 6} (story 's-\\udc00'): 'story' holds unpaired" in result.output
    assert f"line {first + 7} (story 's-time'): 'timestamp' 'yesterday' is not" in result.output
    assert "8 rows skipped" in result.output
    assert len((out / "problems.jsonl").read_text().splitlines()) == 8
    assert pairs_in(out) == expected_pairs(rows)


def test_unreadable_parquet_file_is_one_line_error(tmp_path):
    source = tmp_path / "archive.parquet"
    source.write_bytes(b"PAR1 this is not parquet at all")
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "archive.parquet: cannot read this Parquet file" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_resume_redoes_only_unfinished_partitions(tmp_path):
    source = tmp_path / "archive.jsonl"
    rows = make_corpus(source, stories=4, words=150)
    out = tmp_path / "out"
    first = run(Options(source, out, workers=1, pairs_per_partition=6))
    assert first.partitions >= 3 and first.done == first.partitions
    # As if killed while writing part 1: its manifest entry gone, a half-written file left.
    manifest = json.loads((out / MANIFEST).read_text())
    del manifest["partitions"]["part-00001"]
    (out / MANIFEST).write_text(json.dumps(manifest))
    (out / "rows" / "part-00001.parquet").unlink()
    (out / "rows" / ".part-00001.1234.tmp").write_bytes(b"half")
    again = run(Options(source, out, workers=1, pairs_per_partition=6))
    assert again.resumed == first.partitions - 1
    assert again.done == 1
    assert not list((out / "rows").glob(".*.tmp"))
    assert pairs_in(out) == expected_pairs(rows)
    assert {(row["story"], row["a"]) for row in read(out / "rows")} == {
        (story, a) for story, a, _ in expected_pairs(rows)
    }


def test_other_options_in_the_same_folder_are_refused(tmp_path):
    source = tmp_path / "archive.jsonl"
    make_corpus(source, stories=2, words=100)
    out = tmp_path / "out"
    run(Options(source, out, workers=1))
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--pairs", "all"])
    assert result.exit_code == 2
    assert "other input or options" in result.output


@pytest.mark.slow
def test_a_killed_worker_loses_no_pair_and_duplicates_none(tmp_path):
    from dask.distributed import Client, LocalCluster

    source = tmp_path / "archive.jsonl"
    rows = make_corpus(source, stories=6, words=600)
    out = tmp_path / "out"
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        pids = client.run(os.getpid)
        first_done = threading.Event()
        result: dict = {}

        def work() -> None:
            options = Options(
                source, out, scheduler=cluster.scheduler_address, pairs_per_partition=4
            )
            result["summary"] = run(options, progress=lambda summary: first_done.set())

        thread = threading.Thread(target=work)
        thread.start()
        assert first_done.wait(120)
        killed = None
        while killed is None and thread.is_alive():
            busy = [worker for worker, keys in client.processing().items() if keys]
            if busy:
                killed = pids[busy[0]]
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.01)
        thread.join(180)
    assert killed is not None, "the run ended before a worker could be killed mid-task"
    summary = result["summary"]
    assert summary.failed == []
    assert pairs_in(out) == expected_pairs(rows)
    assert summary.done == summary.partitions


def test_input_with_nothing_to_compare_says_so(tmp_path):
    source = tmp_path / "archive.jsonl"
    source.write_text(json.dumps({"story": "s", "version": 1, "text": "One version."}) + "\n")
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "1 with a single version" in result.output
    assert "no tables written" in result.output


def test_timestamps_in_other_zones_are_ordered_by_the_instant():
    from storydiff.batch.plan import stories_of
    from storydiff.batch.source import check_row

    rows = [
        {"story": "s", "timestamp": "2023-01-17T10:00:00+05:00", "text": "b"},  # 05:00 UTC
        {"story": "s", "timestamp": "2023-01-17T06:00:00Z", "text": "c"},
        {"story": "s", "timestamp": "2023-01-17T04:30:00", "text": "a"},  # naive: UTC
    ]
    versions = [check_row(n, 0, row, 100) for n, row in enumerate(rows, 1)]
    (story,) = stories_of(versions, "consecutive")
    assert [v.where for v in story.versions] == [3, 1, 2]
    assert story.versions[1].label == "2023-01-17T10:00:00+05:00"  # the input's own wording
