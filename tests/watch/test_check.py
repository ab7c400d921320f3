"""One watch checked again and again against a local site whose page changes."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

from watchsite import article_page, revised

from storydiff.library import watches as rows
from storydiff.watch.capture import save_page_now
from storydiff.watch.run import default_fetcher, run_pass


def check_all(library, clock=None):
    results = run_pass(library, default_fetcher(timeout=5), 0, everything=True,
                       **({"clock": clock} if clock else {}))  # fmt: skip
    return [result for _, result in results]


def versions(library, watch_id):
    story = rows.watch(library, watch_id).story
    return library.documents(story) if story else []


def test_only_meaningful_changes_make_versions(site, library):
    url = site.serve("/story", article_page())
    watch = rows.add_watch(library, url, "article", 1800)
    (first,) = check_all(library)
    assert (first.outcome, first.summary) == ("new_version", "first version")

    site.serve("/story", article_page(stamp="Updated Jan 17, 2023 at 11:58 AM EST", views="9,876"))
    assert [r.outcome for r in check_all(library)] in (["unchanged"], ["noise"])
    typographic = revised('"partial mobilization"', "\u201cpartial  mobilization\u201d")
    site.serve("/story", article_page(typographic, views="10,002"))
    assert [r.outcome for r in check_all(library)] in (["unchanged"], ["noise"])
    assert len(versions(library, watch.id)) == 1

    site.serve("/story", article_page(revised("300,000 troops", "318,000 troops")))
    (changed,) = check_all(library)
    assert changed.outcome == "new_version"
    assert changed.summary.startswith("STEALTH EDIT: figure 300,000 troops → 318,000 troops")
    assert [d.id for d in versions(library, watch.id)][-1] == changed.document_id
    assert len(versions(library, watch.id)) == 2


def test_an_error_is_recorded_on_the_watch_not_stored_and_backs_off(site, library):
    url = site.serve("/story", article_page())
    watch = rows.add_watch(library, url, "article", 1800)
    at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    check_all(library, clock=lambda: at)
    site.serve("/story", "Internal error", status=500)
    at += timedelta(minutes=1)
    (failed,) = check_all(library, clock=lambda: at)
    assert failed.outcome == "error" and "HTTP 500" in failed.error
    after = rows.watch(library, watch.id)
    assert (after.failures, after.last_error) == (1, failed.error)
    assert datetime.fromisoformat(after.next_check) == at + timedelta(seconds=3600)
    site.serve("/story", "<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>")
    at += timedelta(minutes=1)
    (error_page,) = check_all(library, clock=lambda: at)
    assert error_page.outcome == "error" and "error page" in error_page.error
    assert rows.watch(library, watch.id).failures == 2
    assert len(versions(library, watch.id)) == 1
    assert [c["outcome"] for c in rows.checks(library, watch.id)] == [
        "error", "error", "new_version",
    ]  # fmt: skip


def test_a_paywall_teaser_is_an_error(site, library):
    site.serve("/story", article_page())
    watch = rows.add_watch(library, site.url("/story"), "article", 1800)
    check_all(library)
    teaser = article_page(PARAGRAPHS_TEASER, title="Subscribe to continue reading")
    site.serve(
        "/story", teaser.replace("<footer>", "<div>paywall: subscribe to continue</div><footer>")
    )
    (result,) = check_all(library)
    assert result.outcome == "error" and "paywall" in result.error
    assert len(versions(library, watch.id)) == 1


PARAGRAPHS_TEASER = ["Russian President Vladimir Putin may be preparing to announce a draft."]


def test_etag_and_last_modified_are_sent_back_and_304_stores_nothing(site, library):
    validators = {"ETag": '"v1"', "Last-Modified": "Tue, 17 Jan 2023 10:32:00 GMT"}
    url = site.serve("/story", article_page(), headers=validators)
    watch = rows.add_watch(library, url, "article", 1800)
    check_all(library)
    site.serve("/story", b"", status=304, headers=validators)
    (result,) = check_all(library)
    assert result.outcome == "not_modified"
    sent = site.requests[-1][1]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == validators["Last-Modified"]
    assert len(versions(library, watch.id)) == 1


def test_one_host_is_not_asked_more_often_than_the_polite_interval(site, library):
    for path in ("/a", "/b"):
        rows.add_watch(library, site.serve(path, article_page()), "article", 1800)
    now, slept = [datetime(2026, 12, 1, 9, 0, tzinfo=UTC)], []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += timedelta(seconds=seconds)

    results = run_pass(library, default_fetcher(timeout=5), 10, True, clock=lambda: now[0],
                       sleep=sleep)  # fmt: skip
    assert [r.outcome for _, r in results] == ["new_version", "new_version"]
    assert slept == [10.0]  # the second page of the one host waited for its turn
    booked = library.db.execute("SELECT next_fetch FROM watch_hosts").fetchall()
    assert booked == [((now[0] + timedelta(seconds=10)).isoformat(timespec="microseconds"),)]


def test_a_new_version_can_be_captured_by_an_imitation_of_save_page_now(site, library):
    url = site.serve("/story", article_page())
    watch = rows.add_watch(library, url, "article", 1800)
    capture_address = f"/web/20261201093000/{url}"
    site.redirect(f"/save/{url}", capture_address)
    site.serve(capture_address, "<html><body>archived</body></html>")
    capture = functools.partial(save_page_now, archive=site.base)
    results = run_pass(library, default_fetcher(timeout=5), 0, True, capture=capture)
    ((_, result),) = list(results)
    stored = library.document(result.document_id)
    assert stored.extra["archived_at"] == site.url(capture_address)
    site.serve("/story", article_page(revised("300,000 troops", "318,000 troops")))
    site.serve(f"/save/{url}", "busy", status=503)
    ((_, failed),) = list(run_pass(library, default_fetcher(timeout=5), 0, True, capture=capture))
    assert failed.outcome == "new_version" and "archive capture failed" in failed.error
    assert "archived_at" not in library.document(failed.document_id).extra
    assert len(versions(library, watch.id)) == 2


def test_a_page_that_breaks_the_check_is_an_error_not_a_crash(site, library):
    watch = rows.add_watch(library, site.serve("/story", article_page()), "article", 1800)

    def broken(url, headers):
        raise RecursionError("deeply nested page")

    ((_, result),) = list(run_pass(library, broken, 0, True))
    assert result.outcome == "error" and "RecursionError" in result.error
    assert rows.watch(library, watch.id).failures == 1
