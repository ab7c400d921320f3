"""Two ``watch run`` processes at once store each version once; a killed one harms nothing."""

from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
import time

from localsite import Route
from watchsite import article_page, revised

from storydiff.library import Library
from storydiff.library import watches as rows

PAGES = 24


def watch_run(lib: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "storydiff", "watch", "run", "--now", "--polite", "0",
         "--library", lib],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


class EveryRequestNew(dict):
    """Routes whose pages carry a new view count at every request: their raw bytes always
    differ, so only the leases keep two processes from storing one version twice."""

    edit: tuple[str, str] | None = None
    served = itertools.count(1000)

    def get(self, path, default=None):
        if path not in self:
            return default
        paragraphs = revised(*self.edit) if self.edit else None
        return Route(body=article_page(paragraphs, views=f"{next(self.served):,}").encode(),
                     delay=0.02)  # fmt: skip


def serve_all(site, edit: tuple[str, str] | None = None) -> list[str]:
    if not isinstance(site.routes, EveryRequestNew):
        site.routes = EveryRequestNew(site.routes)
    site.routes.edit = edit
    return [site.serve(f"/a{n}") for n in range(PAGES)]


def document_counts(lib: str) -> list[int]:
    with Library.open(lib) as library:
        return sorted(story.document_count for story in library.stories())


def test_two_processes_store_each_version_once(site, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    with Library.open(lib) as library:
        for n, url in enumerate(serve_all(site)):
            rows.add_watch(library, url, "article", 1800, f"story {n}")
    for edit in (None, ("300,000 troops", "318,000 troops")):
        serve_all(site, edit)
        first, second = watch_run(lib), watch_run(lib)
        for process in (first, second):
            _, errors = process.communicate(timeout=120)
            assert process.returncode == 0, errors
        assert document_counts(lib) == [1 if edit is None else 2] * PAGES
    with Library.open(lib) as library:
        stored = library.db.execute(
            "SELECT count(*) FROM watch_checks WHERE outcome = 'new_version'"
        ).fetchone()[0]
    assert stored == 2 * PAGES


def test_a_killed_run_leaves_the_library_whole(site, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    with Library.open(lib) as library:
        for n, url in enumerate(serve_all(site)):
            rows.add_watch(library, url, "article", 1800, f"story {n}")
    process = watch_run(lib)
    time.sleep(random.uniform(0.3, 1.2))
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Library.open(lib) as library:
        assert library.check() == ["ok"]
        checked = library.db.execute(
            "SELECT watch_id, document_id FROM watch_checks WHERE outcome = 'new_version'"
        ).fetchall()
        for _, document_id in checked:
            library.document(document_id)  # every recorded version is stored whole
        stored = sum(story.document_count for story in library.stories())
        assert stored == len(checked)
    finished = watch_run(lib)
    assert finished.wait(timeout=120) == 0
    counts = document_counts(lib)
    assert counts.count(1) >= PAGES - 1  # a watch the killed run held waits for its lease
    assert set(counts) <= {1}


class Timed(dict):
    """Routes that note when each request came."""

    times: list[float]

    def get(self, path, default=None):
        self.times.append(time.monotonic())
        self.paths.append(path)
        return super().get(path, default)


def test_two_processes_share_the_politeness_towards_one_host(site, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    with Library.open(lib) as library:
        for n in range(4):
            rows.add_watch(library, site.serve(f"/p{n}", article_page()), "article", 1800)
    site.routes = Timed(site.routes)
    site.routes.times, site.routes.paths = [], []
    command = [sys.executable, "-m", "storydiff", "watch", "run", "--now", "--polite", "1",
               "--library", lib]  # fmt: skip
    processes = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for process in processes:
        assert process.wait(timeout=120) == 0, process.stderr.read()
    gaps = [b - a for a, b in itertools.pairwise(sorted(site.routes.times))]
    assert len(site.routes.times) >= 4
    assert min(gaps) >= 0.9, (
        site.routes.paths
    )  # one request a second to the one host, whichever process asked
