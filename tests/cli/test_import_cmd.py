"""`storydiff import`: files, URLs, Wayback versions and feeds into a library story."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from localsite import ARCHIVED_ARTICLE, CAPTURES, serve_wayback

from storydiff.cli import main
from storydiff.library import Library
from storydiff.paths import resource

FIXTURES = Path(__file__).parents[1] / "importers" / "fixtures"
OLD = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"))
NEW = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"))
ARTICLE, STAMPS = ARCHIVED_ARTICLE, CAPTURES


@pytest.fixture
def library_file(tmp_path) -> Path:
    return tmp_path / "library.sqlite"


def run(library_file: Path, *args: str):
    return CliRunner().invoke(main, ["import", *args, "--library", str(library_file)])


def documents(library_file: Path, story: str = "ISW") -> list:
    with Library.open(library_file) as library:
        found = library.find_story(story)
        return library.documents(found.id) if found else []


def test_files_become_versions_in_the_given_order(library_file):
    result = run(library_file, OLD, NEW, "--story", "ISW")
    assert result.exit_code == 0, result.output
    stored = documents(library_file)
    assert [d.version for d in stored] == [1, 2]
    assert stored[0].text == Path(OLD).read_text(encoding="utf-8")
    assert "as version 2" in result.output


def test_same_file_twice_says_already_in_library(library_file):
    run(library_file, OLD, "--story", "ISW")
    result = run(library_file, OLD, "--story", "ISW")
    assert result.exit_code == 0, result.output
    assert "already in library" in result.output
    assert len(documents(library_file)) == 1


def test_outlet_option_overrides_the_detected_outlet(library_file):
    result = run(library_file, str(FIXTURES / "news_page.html"), "--story", "ISW", "--outlet", "NW")
    assert result.exit_code == 0, result.output
    assert documents(library_file)[0].outlet == "NW"


@pytest.mark.parametrize(
    "bad",
    [
        str(FIXTURES / "picture_renamed.txt"),
        str(FIXTURES / "scanned.pdf"),
        "missing-file.txt",
        "ftp://example.org/story.txt",
    ],
)
def test_error_is_one_line_exit_2_and_library_unchanged(library_file, bad):
    run(library_file, OLD, "--story", "ISW")
    before = documents(library_file)
    result = run(library_file, NEW, bad, "--story", "ISW")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("storydiff: error: ")
    assert "Traceback" not in result.output
    assert documents(library_file) == before  # NEW, which came first, was not stored either


def test_dead_url_leaves_library_unchanged(library_file, site):
    before = documents(library_file)
    result = run(library_file, OLD, site.url("/gone"), "--story", "ISW")
    assert result.exit_code == 2
    assert "page not found (HTTP 404)" in result.output
    assert documents(library_file) == before == []


def test_url_is_fetched_and_stored(library_file, site):
    url = site.serve_file("/world/putin", "news_page.html")
    result = run(library_file, url, "--story", "ISW")
    assert result.exit_code == 0, result.output
    (stored,) = documents(library_file)
    assert (stored.url, stored.method, stored.author) == (url, "url", "Isabel van Brugen")


@pytest.fixture
def archive(site):
    return serve_wayback(site)


def test_wayback_without_choice_lists_versions_and_stores_nothing(library_file, archive):
    result = run(library_file, ARTICLE, "--story", "ISW", "--wayback", "--archive", archive.base)
    assert result.exit_code == 0, result.output
    assert "4 archived versions" in result.output
    assert "   1  2023-01-17 14:25:01 UTC" in result.output
    assert documents(library_file) == []


def test_wayback_all_stores_distinct_versions_in_capture_order(library_file, archive):
    args = ["--story", "ISW", "--wayback", "--all", "--archive", archive.base]
    result = run(library_file, ARTICLE, *args)
    assert result.exit_code == 0, result.output
    stored = documents(library_file)
    assert [d.extra.get("snapshot") for d in stored] == [STAMPS[0], STAMPS[1], STAMPS[3]]
    assert [d.version for d in stored] == [1, 2, 3]
    assert stored[0].published is not None and stored[0].published.day == 17


def test_wayback_pick_out_of_range_is_an_error(library_file, archive):
    args = ["--story", "ISW", "--wayback", "--pick", "1", "--pick", "9", "--archive", archive.base]
    result = run(library_file, ARTICLE, *args)
    assert result.exit_code == 2
    assert "--pick 9: there are versions 1 to 4 only" in result.output
    assert documents(library_file) == []


def test_wayback_pick_stores_the_chosen_versions(library_file, archive):
    args = ["--story", "ISW", "--wayback", "--pick", "4", "--pick", "1", "--archive", archive.base]
    assert run(library_file, ARTICLE, *args).exit_code == 0
    assert [d.extra.get("snapshot") for d in documents(library_file)] == [STAMPS[0], STAMPS[3]]


def test_feed_entries_are_stored(library_file, site):
    url = site.serve_file("/rss", "feed_rss.xml", content_type="application/rss+xml")
    result = run(library_file, url, "--story", "ISW", "--feed")
    assert result.exit_code == 0, result.output
    assert sorted(d.author for d in documents(library_file)) == ["Isabel van Brugen", "Tom Hale"]


def test_feed_from_a_file(library_file):
    result = run(library_file, str(FIXTURES / "feed_atom.xml"), "--story", "ISW", "--feed")
    assert result.exit_code == 0, result.output
    assert len(documents(library_file)) == 2


def test_pick_without_wayback_is_an_error(library_file):
    result = run(library_file, OLD, "--story", "ISW", "--pick", "1")
    assert result.exit_code == 2
    assert "--all and --pick need --wayback" in result.output
