"""The spec cases (real news sentences, tests/core/tagging/spec/*.jsonl): per-class pass rates
stay at or above their floors, and `storydiff extract` reads every sentence without crashing.

The floors are the rates measured when the cases were written; raise them as rules improve.
``python -m storydiff.core.tagging.spec tests/core/tagging/spec -v`` lists the failures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.core.tagging.spec import check, load, rates, same

SPEC = Path(__file__).parent / "spec"
CASES = load(SPEC)
FLOORS = {
    "alternative": 0.66, "attribution": 1.0, "change": 0.98, "compound_unit": 1.0, "count": 0.99,
    "currency": 0.96, "not_figure": 0.95, "one": 0.83, "range": 1.0, "scale": 0.9, "sign": 0.9,
    "temperature": 1.0, "time": 0.8, "unit": 1.0, "vague": 1.0, "word_number": 1.0,
}  # fmt: skip


def test_every_case_is_labelled_with_a_known_class_and_its_source():
    assert len(CASES) >= 100
    for case in CASES:
        assert case["class"] in FLOORS and case["sentence"] and case["url"].startswith("http")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_pass_rate_per_class_stays_above_its_floor(name):
    outcomes = [check(case) for case in CASES if case["class"] == name]
    passed, total = rates(outcomes)[name]
    failures = [o.failures for o in outcomes if not o.passed]
    assert passed / total >= FLOORS[name], failures


def test_values_compare_as_the_benchmark_compares_them():
    assert same(1 / 3, 0.3333333333333333) and same(1200000000, 1.2e9)
    assert not same(0.33, 1 / 3) and not same("01-18", "01-19")


def test_extract_never_crashes_on_a_spec_sentence(tmp_path):
    article = tmp_path / "spec.txt"
    runner = CliRunner()
    for case in CASES:
        article.write_text(case["sentence"] + "\n", encoding="utf-8")
        result = runner.invoke(main, ["extract", str(article), "--json"])
        assert result.exit_code == 0, (case["sentence"], result.output)
        data = json.loads(result.output)
        for item in data["figures"] + data["sources"]:
            assert case["sentence"][item["start"] : item["end"]] == item["text"]
