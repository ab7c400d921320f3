"""``storydiff batch``: compare the versions of every story of an archive on Dask."""

from __future__ import annotations

import os
from pathlib import Path

import click

from storydiff.cli import main
from storydiff.cli.common import reports_errors
from storydiff.errors import InputError

_SHOWN_PROBLEMS = 20


@main.command()
@click.argument("source", metavar="INPUT", type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", "out", required=True, type=click.Path(path_type=Path), help="Output folder."
)
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler (tcp://host:8786).")
@click.option(
    "--workers", type=click.IntRange(min=1), help="Local worker processes (default: all cores)."
)
@click.option(
    "--pairs",
    "pairing",
    type=click.Choice(["consecutive", "all", "base"]),
    default="consecutive",
    show_default=True,
    help="Each version with the next, every two versions, or the first with each other.",
)
@click.option(
    "--partition-pairs",
    type=click.IntRange(min=1),
    help="About this many pairs per task, whole stories (default: 5 to 200, by input size).",
)
@click.option("--max-bytes", type=click.IntRange(min=1), hidden=True)
@reports_errors
def batch(source, out, scheduler, workers, pairing, partition_pairs, max_bytes) -> None:
    """Compare the versions of each story in INPUT and write Parquet tables to OUTPUT.

    INPUT is JSON Lines or Parquet with one row per version: story, version
    (or timestamp), outlet, url, text. Run it again to resume an interrupted run.
    """
    try:
        from storydiff.batch.run import Options, run
    except ImportError as error:
        raise InputError(
            f'storydiff batch needs the batch extra: pip install "storydiff[batch]" ({error})'
        ) from None
    if scheduler and workers:
        raise InputError("--workers sets up a local cluster: leave it out with --scheduler")
    options = Options(
        source=source,
        out=out,
        pairing=pairing,
        scheduler=scheduler,
        workers=workers,
        pairs_per_partition=partition_pairs,
        **({"max_bytes": max_bytes} if max_bytes else {}),
    )
    summary = run(options, progress=_progress)
    _report(options, summary)
    if summary.failed:
        raise SystemExit(1)


def _progress(summary) -> None:
    finished = summary.resumed + summary.done + len(summary.failed)
    click.echo(
        f"  {finished}/{summary.partitions} partitions, {summary.pairs:,} pairs, "
        f"{summary.pairs_per_second:.1f} pairs/s",
        err=True,
    )


def _report(options, summary) -> None:
    from storydiff.batch.run import PROBLEMS

    problems_file = options.out / PROBLEMS
    if summary.problems:
        click.echo(f"Skipped {summary.problems} input rows:", err=True)
        with problems_file.open(encoding="utf-8") as stream:
            import json

            for number, line in enumerate(stream):
                if number == _SHOWN_PROBLEMS:
                    click.echo(f"  ... all of them are in {problems_file}", err=True)
                    break
                problem = json.loads(line)
                story = f" (story {problem['story']!r})" if problem["story"] is not None else ""
                click.echo(f"  {problem['where']}{story}: {problem['reason']}", err=True)
    per_core = summary.pairs_per_second / summary.workers if summary.workers else 0.0
    lines = [
        f"{summary.versions:,} versions of {summary.stories:,} stories"
        f" ({summary.single_version_stories:,} with a single version, nothing to compare);"
        f" {summary.problems:,} rows skipped.",
        f"{summary.pairs:,} pairs compared in {summary.seconds:.1f} s on {summary.workers} workers"
        f" ({summary.pairs_per_second:.1f} pairs/s, {per_core:.1f} per worker,"
        f" {summary.pairs_per_cpu_second:.1f} per CPU-second)"
        if summary.done
        else "No pairs left to compare.",
    ]
    if summary.resumed:
        lines.append(
            f"{summary.resumed} partitions ({summary.pairs_resumed:,} pairs) were finished"
            " by an earlier run and kept."
        )
    for failure in summary.failed:
        lines.append(f"Failed: {failure}")
    if summary.failed:
        lines.append("Run the same command again to retry the failed partitions.")
    if summary.partitions:
        lines.append(f"Tables in {os.fspath(options.out)}: comparisons/, rows/, differences/")
    else:
        lines.append("No story has two versions to compare: no tables written.")
    for line in lines:
        click.echo(line)
