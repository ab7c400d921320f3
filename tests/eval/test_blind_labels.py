"""The blind sets' labels are well formed: every snippet is in the text it names, every pair and
story names existing files. These tests read labels and texts only; they never run StoryDiff on
blind data (see tests/eval/blind/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

OUTLETS = Path(__file__).parent / "blind" / "outlets"
PAIRS = sorted(OUTLETS.glob("*.expect.json"))
STORIES = sorted(OUTLETS.glob("*.story.json"))


def text(name: str) -> str:
    return (OUTLETS / name).read_text(encoding="utf-8")


def test_the_outlet_set_has_its_stories_and_pairs():
    assert len(STORIES) >= 6 and len(PAIRS) >= 12


@pytest.mark.parametrize("path", PAIRS, ids=lambda p: p.name)
def test_pair_snippets_are_in_their_texts(path):
    exp = json.loads(path.read_text(encoding="utf-8"))
    a, b = text(exp["a"]), text(exp["b"])
    assert path.name.startswith(exp["a"].removesuffix(".txt").split(".")[0] + ".")
    for sa, sb in exp["aligned"]:
        assert sa in a and sb in b, (sa, sb)
    for kind, old, new in exp["differences"]:
        assert kind == "figure_changed" and old in a and new in b, (old, new)
    for key in ("no_figure_differences_mentioning", "no_figure_changed_mentioning"):
        for snippet in exp[key]:
            assert snippet in a or snippet in b, snippet


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.name)
def test_fact_snippets_are_in_their_documents(path):
    story = json.loads(path.read_text(encoding="utf-8"))
    texts = [text(name) for name in story["files"]]
    facts = json.loads(
        (OUTLETS / path.name.replace(".story.json", ".facts.json")).read_text(encoding="utf-8")
    )
    for key in ("conflicts", "agree"):
        for row in facts[key]:
            assert len(row) == len(texts)
            assert all(w is None or w in t for w, t in zip(row, texts, strict=True)), row
    for ta, tb, i, j in facts["never_one_fact"]:
        assert ta in texts[i] and tb in texts[j], (ta, tb)


@pytest.mark.parametrize("path", sorted(OUTLETS.glob("*.txt")), ids=lambda p: p.name)
def test_every_article_has_its_metadata(path):
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["source_url"].startswith("http") and meta["outlet"]
