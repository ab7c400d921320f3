"""Run a batch on Dask: plan, skip what a previous run finished, compute the rest.

The output folder holds one Parquet folder per table (``comparisons/``,
``rows/``, ``differences/``), ``problems.jsonl`` (the input rows skipped) and
``manifest.json``, rewritten after each finished partition: what makes a run
resumable. Only this process writes the manifest; workers write partitions.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from storydiff.batch.plan import Partition, partitions, stories_of
from storydiff.batch.source import Problem, scan
from storydiff.batch.work import TABLES, run_partition
from storydiff.errors import InputError
from storydiff.importers.text import DEFAULT_MAX_BYTES

MANIFEST = "manifest.json"
PROBLEMS = "problems.jsonl"


@dataclass(frozen=True)
class Options:
    source: Path
    out: Path
    pairing: str = "consecutive"
    scheduler: str | None = None
    workers: int | None = None
    pairs_per_partition: int | None = None  # None: from the input's size
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class Summary:
    versions: int = 0
    problems: int = 0
    stories: int = 0
    single_version_stories: int = 0
    partitions: int = 0
    resumed: int = 0
    done: int = 0
    failed: list[str] = field(default_factory=list)
    pairs: int = 0
    pairs_resumed: int = 0
    seconds: float = 0.0
    cpu_seconds: float = (
        0.0  # in the workers' tasks: a rate per core that other load on the machine does not skew
    )
    workers: int = 0

    @property
    def pairs_per_second(self) -> float:
        return self.pairs / self.seconds if self.seconds else 0.0

    @property
    def pairs_per_cpu_second(self) -> float:
        return self.pairs / self.cpu_seconds if self.cpu_seconds else 0.0


Progress = Callable[[Summary], None]


def run(options: Options, progress: Progress | None = None) -> Summary:
    """Compare the versions of every story of ``options.source`` into ``options.out``."""
    versions, problems = scan(options.source, options.max_bytes)
    stories = stories_of(versions, options.pairing)
    planned = partitions(stories, options.pairs_per_partition)
    summary = Summary(
        versions=len(versions),
        problems=len(problems),
        stories=len(stories),
        single_version_stories=sum(1 for story in stories if not story.pairs),
        partitions=len(planned),
    )
    options.out.mkdir(parents=True, exist_ok=True)
    _write_problems(options.out / PROBLEMS, problems)
    manifest = _manifest(options)
    todo = []
    for partition in planned:
        if _finished(options.out, manifest, partition):
            summary.resumed += 1
            summary.pairs_resumed += partition.pair_count
        else:
            todo.append(partition)
    _remove_leftovers(options.out, manifest, {p.name for p in planned})
    _save(options.out, manifest)
    if todo:
        _compute(options, todo, manifest, summary, progress)
    return summary


def _compute(
    options: Options,
    todo: list[Partition],
    manifest: dict[str, Any],
    summary: Summary,
    progress: Progress | None,
) -> None:
    from dask.distributed import as_completed

    with _client(options) as client:
        summary.workers = len(client.scheduler_info()["workers"])
        started = time.perf_counter()
        futures = {
            client.submit(
                run_partition,
                options.source,
                options.out,
                partition,
                key=f"storydiff-batch-{partition.name}-{partition.fingerprint()}",
                pure=False,
            ): partition
            for partition in todo
        }
        for future in as_completed(futures):
            partition = futures[future]
            try:
                result = future.result()
            except Exception as error:  # a task that failed on every retry, or lost workers
                summary.failed.append(f"{partition.name}: {type(error).__name__}: {error}")
            else:
                manifest["partitions"][partition.name] = result
                _save(options.out, manifest)
                summary.done += 1
                summary.pairs += result["pairs"]
                summary.cpu_seconds += result["cpu_seconds"]
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)


@contextmanager
def _client(options: Options) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    if options.scheduler:
        try:
            client = Client(options.scheduler, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise InputError(
                f"cannot reach the Dask scheduler {options.scheduler}: {error}"
            ) from None
        with client:
            yield client
        return
    workers = options.workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _manifest(options: Options) -> dict[str, Any]:
    """The manifest of a previous run into ``options.out``, or a new one."""
    settings = {
        "input": str(options.source.resolve()),
        "pairs": options.pairing,
        "pairs_per_partition": options.pairs_per_partition,
    }
    path = options.out / MANIFEST
    if path.exists():
        try:
            previous = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = {}
        if previous.get("settings") == settings:
            previous.setdefault("partitions", {})
            return previous
        if previous.get("partitions"):
            raise InputError(
                f"{options.out} holds a run of other input or options; "
                "resume with the same ones or choose a new output folder"
            )
    return {"settings": settings, "tables": list(TABLES), "partitions": {}}


def _finished(out: Path, manifest: dict[str, Any], partition: Partition) -> bool:
    done = manifest["partitions"].get(partition.name)
    return (
        done is not None
        and done.get("fingerprint") == partition.fingerprint()
        and all((out / table / f"{partition.name}.parquet").exists() for table in TABLES)
    )


def _remove_leftovers(out: Path, manifest: dict[str, Any], planned: set[str]) -> None:
    """Temporary files of killed writers; partitions the plan no longer has."""
    for table in TABLES:
        folder = out / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            stale = path.name.startswith(".") and path.name.endswith(".tmp")
            if stale or (path.suffix == ".parquet" and path.stem not in planned):
                path.unlink(missing_ok=True)
    for name in set(manifest["partitions"]) - planned:
        del manifest["partitions"][name]


def _save(out: Path, manifest: dict[str, Any]) -> None:
    temporary = out / f".{MANIFEST}.tmp"
    temporary.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    os.replace(temporary, out / MANIFEST)


def _write_problems(path: Path, problems: list[Problem]) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        for problem in problems:
            stream.write(json.dumps(asdict(problem)) + "\n")  # ASCII: a bad row may hold surrogates
    os.replace(temporary, path)
