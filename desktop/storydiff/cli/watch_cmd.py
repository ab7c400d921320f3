"""``storydiff watch ...``: watch articles and feeds, and store their meaningful new versions."""

from __future__ import annotations

import time

import click

from storydiff.cli import main
from storydiff.cli.common import reports_errors
from storydiff.cli.library_cmd import echo_json, json_option, library_option
from storydiff.errors import InputError
from storydiff.importers.web import check_url
from storydiff.library import Library
from storydiff.library import watches as watch_rows
from storydiff.library.watches import CheckResult, WatchRecord
from storydiff.watch.capture import save_page_now
from storydiff.watch.run import (
    DEFAULT_POLITE,
    default_fetcher,
    run_pass,
    seconds_to_next,
    utc_now,
)
from storydiff.watch.schedule import DEFAULT_EVERY, parse_interval, show_interval


@main.group(name="watch")
def watch_group() -> None:
    """Check articles and feeds on a schedule; store each meaningful change as a new version."""


@watch_group.command(name="add")
@click.argument("url", required=False)
@click.option("--feed", "feed_url", metavar="URL", help="Watch an RSS or Atom feed instead.")
@click.option("--every", default=show_interval(DEFAULT_EVERY), show_default=True,
              help="Time between checks: 30m, 2h, 1d.")  # fmt: skip
@click.option("--story", help="Story the versions go to (default: the page's title).")
@library_option
@reports_errors
def add(url, feed_url, every, story, library_path) -> None:
    """Watch the article at URL (or a feed with --feed URL)."""
    if bool(url) == bool(feed_url):
        raise InputError("give an article URL or --feed URL (one of them)")
    if feed_url and story:
        raise InputError("--story is for articles: each item of a feed becomes its own story")
    seconds = parse_interval(every)
    with Library.open(library_path) as library:
        added = watch_rows.add_watch(
            library, check_url(url or feed_url), "feed" if feed_url else "article", seconds, story
        )
    click.echo(f"watch {added.id}: {added.kind} {added.url} every {show_interval(seconds)}")


@watch_group.command(name="list")
@library_option
@json_option
@reports_errors
def list_watches(library_path, as_json) -> None:
    """Watches with their interval, last check, last change and last error."""
    with Library.open_existing(library_path) as library:
        found = watch_rows.watches(library)
    if as_json:
        echo_json([w.to_dict() for w in found])
        return
    if not found:
        click.echo("no watches: add one with `storydiff watch add URL`")
    for w in found:
        state = "paused" if w.paused else f"every {show_interval(w.every)}"
        click.echo(
            f"{w.id:>4}  {w.kind:<7} {state:<12} last check {_when(w.last_check)}, "
            f"last change {_when(w.last_change)}  {w.url}"
            + (f"  story: {w.story}" if w.story else "")
        )
        if w.last_error:
            click.echo(f"      error ({w.failures} in a row): {w.last_error}")


@watch_group.command(name="remove")
@click.argument("watch")
@library_option
@reports_errors
def remove(watch, library_path) -> None:
    """Stop watching WATCH (its number or address); stored versions stay."""
    with Library.open_existing(library_path) as library:
        found = watch_rows.find_watch(library, watch)
        watch_rows.remove_watch(library, found.id)
    click.echo(f"watch {found.id} removed ({found.url}); its stories stay in the library")


@watch_group.command(name="pause")
@click.argument("watch")
@library_option
@reports_errors
def pause(watch, library_path) -> None:
    """Stop checking WATCH (its number or address) until resumed."""
    _set_paused(library_path, watch, True)


@watch_group.command(name="resume")
@click.argument("watch")
@library_option
@reports_errors
def resume(watch, library_path) -> None:
    """Check WATCH again on its schedule."""
    _set_paused(library_path, watch, False)


def _set_paused(library_path, watch: str, paused: bool) -> None:
    with Library.open_existing(library_path) as library:
        found = watch_rows.find_watch(library, watch)
        watch_rows.set_paused(library, found.id, paused)
    click.echo(f"watch {found.id} {'paused' if paused else 'resumed'} ({found.url})")


@watch_group.command(name="run")
@click.option("--once", is_flag=True, help="Check what is due, then stop (for cron or a timer).")
@click.option("--now", "everything", is_flag=True, help="Check every watch, due or not.")
@click.option("--polite", type=float, default=DEFAULT_POLITE, show_default=True,
              help="Seconds between two requests to one host.")  # fmt: skip
@click.option("--archive", is_flag=True,
              help="Have the Wayback Machine capture each new version.")  # fmt: skip
@click.option("--verbose", "-v", is_flag=True, help="Also report checks that found nothing.")
@library_option
@reports_errors
def run(once, everything, polite, archive, verbose, library_path) -> None:
    """Check due watches: once with --once, else until interrupted (Ctrl+C)."""
    fetcher = default_fetcher()
    capture = save_page_now if archive else None
    with Library.open_existing(library_path) as library:
        try:
            while True:
                counts = {"checked": 0, "new_version": 0, "error": 0}
                for watch, result in run_pass(
                    library, fetcher, polite, everything, capture=capture
                ):
                    counts["checked"] += 1
                    counts[result.outcome] = counts.get(result.outcome, 0) + 1
                    line = _report(watch, result)
                    if line and (verbose or result.outcome in ("new_version", "error", "feed")):
                        click.echo(line)
                if once or everything:
                    click.echo(
                        f"checked {counts['checked']}: {counts['new_version']} new "
                        f"version{'s' * (counts['new_version'] != 1)}, {counts['error']} "
                        f"error{'s' * (counts['error'] != 1)}"
                    )
                    return
                time.sleep(seconds_to_next(library, utc_now))
        except KeyboardInterrupt:
            click.echo("stopped")


def _report(watch: WatchRecord, result: CheckResult) -> str:
    if result.outcome == "new_version":
        problem = f" ({result.error})" if result.error else ""
        return f"{watch.url}: new version: {result.summary}{problem}"
    if result.outcome == "error":
        return f"{watch.url}: error: {result.error}"
    if result.outcome == "feed":
        return f"{watch.url}: {result.summary}"
    return f"{watch.url}: {result.outcome.replace('_', ' ')}"


def _when(stamp: str | None) -> str:
    return stamp[:16].replace("T", " ") if stamp else "never"
