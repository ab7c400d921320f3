"""Stored comparisons are valid for the rules that made them: a new tagger (or core)
version is compared again; the version is a hash of the rules' code."""

from __future__ import annotations

import compileall
import itertools
import sys

import pytest

from storydiff.core import rules_version
from storydiff.library import Library, comparisons
from storydiff.service.ingest import ingest
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.revision_counts import RevisionCounter, count_from_dict

TEXT = (
    "Russia may mobilize 370,000 troops, the ISW said on Tuesday.\n\n"
    '"We are ready for a long war," a Kremlin spokesman told reporters.'
)


@pytest.fixture
def story(tmp_path):
    from storydiff.core.imported import ImportedDocument

    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        for text in (TEXT, TEXT.replace("370,000", "500,000"), TEXT + "\n\nMore later."):
            ingest(library, "Army", ImportedDocument(text, text.encode(), "text"))
        versions = library.summaries("Army")
    return path, versions


def count(path, versions):
    """The timeline's counting job, as the app's worker runs it; returns what it compared."""
    cache = ComparisonCache(library_path=path)
    compared, counts = [], []
    original = cache.compare

    def spy(old, new, progress=None, cancelled=None):
        compared.append((old.version, new.version))
        return original(old, new, progress, cancelled)

    cache.compare = spy
    job = RevisionCounter(runner=None, cache=cache)._job(versions, counts.append)
    job(lambda done, total: None, lambda: False)
    return compared, sorted((c.old, c.new, c.changed, c.tagged) for c in counts)


def test_a_tagger_version_change_invalidates_the_stored_comparisons(story, monkeypatch):
    path, versions = story
    compared, first = count(path, versions)
    assert compared == [(1, 2), (2, 3)]
    assert count(path, versions) == ([], first)  # all read back
    changed = rules_version.tagger_version() + "-changed"
    monkeypatch.setattr(rules_version, "tagger_version", lambda: changed)
    monkeypatch.setattr(comparisons, "core_version", lambda: "core with " + changed)
    assert count(path, versions) == ([(1, 2), (2, 3)], first)  # compared again, same counts
    with Library.open(path) as library:
        rows = list(library.db["comparisons"].rows)
    assert len(rows) == 2  # the old results were replaced, not kept beside the new
    assert {row["core_version"] for row in rows} == {"core with " + changed}


def test_stored_counts_are_those_of_the_stored_result(story):
    path, versions = story
    count(path, versions)
    with Library.open(path) as library:
        for old, new in itertools.pairwise(versions):
            result = library.cached_comparison(old.id, new.id, "auto")
            expected = count_from_dict(0, 1, result)
            counts = library.cached_comparison_counts(old.id, new.id, "auto")
            assert counts == (expected.changed, expected.tagged)
            assert counts[0] >= 1  # neighbours differ


def write_package(root, rule: str):
    package = root / "rulespkg"
    package.mkdir(exist_ok=True)
    (package / "__init__.py").write_text("")
    (package / "rules.py").write_text(f"RULE = {rule!r}\n")
    return package


def fresh_version(monkeypatch, root) -> str:
    monkeypatch.syspath_prepend(str(root))
    for name in [n for n in sys.modules if n.startswith("rulespkg")]:
        monkeypatch.delitem(sys.modules, name)
    rules_version.package_version.cache_clear()
    try:
        return rules_version.package_version("rulespkg")
    finally:
        rules_version.package_version.cache_clear()


def test_the_version_is_a_hash_of_the_rules_and_changes_with_them(tmp_path, monkeypatch):
    write_package(tmp_path, "said")
    before = fresh_version(monkeypatch, tmp_path)
    assert fresh_version(monkeypatch, tmp_path) == before
    write_package(tmp_path, "told")
    assert fresh_version(monkeypatch, tmp_path) != before


def test_without_sources_the_version_comes_from_the_compiled_code(tmp_path, monkeypatch):
    """As in the packaged binary: modules without their .py files still give a version,
    and a different rule still gives a different one."""
    versions = []
    for n, rule in enumerate(("said", "said", "told")):
        root = tmp_path / str(n)
        root.mkdir()
        package = write_package(root, rule)
        assert compileall.compile_dir(package, legacy=True, quiet=1)
        for source in package.glob("*.py"):
            source.unlink()
        versions.append(fresh_version(monkeypatch, root))
    assert versions[0] == versions[1] != versions[2]


def test_caches_beside_the_rules_do_not_change_the_version(tmp_path, monkeypatch):
    """Bytecode and compiled patterns (core/patterns.py) are written into __pycache__ as
    the program runs: they are not rules."""
    package = write_package(tmp_path, "said")
    before = fresh_version(monkeypatch, tmp_path)
    cache = package / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "storydiff-patterns.cpython-311-20220615-4.marshal").write_bytes(b"codes")
    (cache / ".patterns-abc123").write_bytes(b"half written")
    assert fresh_version(monkeypatch, tmp_path) == before
