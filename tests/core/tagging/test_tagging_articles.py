"""Whole articles scored against hand labels, as the evaluation scorer does.

``fixtures/*.gold.json`` use the scorer's format (offsets, ``optional`` items),
so ``python score.py tests/core/tagging/fixtures/*.gold.json`` reads them too.
Eight articles written for these tests, so the rules generalise beyond the sample:
an economy story (money, percent), a disaster (counts, ages), politics (many
attributions), health (curly quotes, a quote over two paragraphs), other coverage
of the mobilization story, and a crime report. The last two were labelled before
the tagger first ran on them, as a check on rules tuned on the others; so were the
two added with the held-out fixes: a fraud sentencing (prison terms, fines, ages)
and a mayoral runoff (vote shares, turnout, a clock time).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import tally

from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.paths import resource

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = sorted(FIXTURES.glob("*.gold.json"))


def _articles():
    for path in GOLD:
        yield pytest.param(path, id=path.stem.removesuffix(".gold"))


@pytest.mark.parametrize("gold_path", list(_articles()))
def test_article_figures_and_sources_match_hand_labels(gold_path):
    figures, sources = tally([gold_path])
    assert min(figures.precision, figures.recall, figures.correct) >= 0.95, figures.notes
    assert min(sources.precision, sources.recall, sources.correct) >= 0.9, sources.notes


def test_sample_article_scores_on_its_labels(sample_text):
    tags = extract(analyse(sample_text)).to_dict()
    figures = {(f["text"], f["kind"], f["value"]) for f in tags["figures"]}
    assert ("300,000 troops", "count", 300_000) in figures
    assert ("over age 30", "age", 30) in figures
    assert ("two weeks", "duration", 2) in figures
    names = [s["name"] for s in tags["sources"]]
    assert names.count("Institute for the Study of War") >= 9
    assert "Dmitry Peskov" in names and "Alexander Lanoszka" in names


def test_fixture_offsets_point_at_their_text():
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["file"]).read_text(encoding="utf-8")
        for item in gold["figures"] + gold["sources"]:
            assert text[item["start"] : item["end"]] == item["text"]


def test_bundled_sample_is_the_one_labelled():
    assert resource("samples", "newsweek-2023-01-17-isw-mobilization.txt").is_file()
