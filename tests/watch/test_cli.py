"""``storydiff watch add/list/remove/run`` through the command line, against a local site."""

from __future__ import annotations

import json

from click.testing import CliRunner
from watchsite import article_page, revised

from storydiff.cli import main
from storydiff.library import Library

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
<item><title>Putin may announce second mobilization</title><link>{one}</link>
<description>Draft expected.</description></item>
<item><title>Soledar captured</title><link>{two}</link><description>Rare win.</description></item>
</channel></rss>"""


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_add_run_list_and_remove_an_article(site, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    url = site.serve("/story", article_page())
    assert run("watch", "add", url, "--every", "2h", "--story", "Mobilization", "--library", lib
               ).startswith("watch 1: article")  # fmt: skip
    assert "1 new version" in run("watch", "run", "--now", "--polite", "0", "--library", lib)
    site.serve("/story", article_page(revised("300,000 troops", "318,000 troops")))
    output = run("watch", "run", "--now", "--polite", "0", "--library", lib)
    assert f"{url}: new version: STEALTH EDIT: figure 300,000 troops → 318,000 troops" in output
    (listed,) = json.loads(run("watch", "list", "--json", "--library", lib))
    assert (listed["story"], listed["every"], listed["failures"]) == ("Mobilization", 7200, 0)
    shown = json.loads(run("library", "show", "Mobilization", "--json", "--library", lib))
    assert len(shown["documents"]) == 2
    assert "every 2h" in run("watch", "list", "--library", lib)
    run("watch", "pause", "1", "--library", lib)
    assert "checked 0" in run("watch", "run", "--now", "--library", lib)
    assert "paused" in run("watch", "list", "--library", lib)
    run("watch", "resume", url, "--library", lib)
    run("watch", "remove", url, "--library", lib)
    assert "no watches" in run("watch", "list", "--library", lib)


def test_run_once_checks_only_what_is_due(site, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    run("watch", "add", site.serve("/story", article_page()), "--library", lib)
    assert "checked 1: 1 new version" in run("watch", "run", "--once", "--polite", "0",
                                             "--library", lib)  # fmt: skip
    assert "checked 0" in run("watch", "run", "--once", "--library", lib)


def test_each_new_feed_item_becomes_a_watched_story(site, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    one = site.serve("/one", article_page())
    two = site.serve("/two", article_page(revised("Soledar", "Soledar town")))
    feed = site.serve("/rss", FEED.format(one=one, two=two), content_type="application/rss+xml")
    run("watch", "add", "--feed", feed, "--library", lib)
    output = run("watch", "run", "--now", "--polite", "0", "--library", lib)
    assert "2 new articles: Putin may announce second mobilization; Soledar captured" in output
    run("watch", "run", "--now", "--polite", "0", "--library", lib)
    with Library.open(lib) as library:
        names = sorted(story.name for story in library.stories())
        assert names == ["Putin may announce second mobilization", "Soledar captured"]
        assert all(story.document_count == 1 for story in library.stories())


def test_bad_input_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["watch", "add", "ftp://x", "--library", str(tmp_path / "l")])
    assert result.exit_code == 2 and "only http and https" in result.output
    result = CliRunner().invoke(main, ["watch", "add", "http://x.example", "--every", "5s",
                                       "--library", str(tmp_path / "l")])  # fmt: skip
    assert result.exit_code == 2 and "at most once a minute" in result.output
