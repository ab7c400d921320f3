"""The labelled evaluation sets are well formed: every snippet is in the text it names, every pair
and story names existing files. These tests read labels and texts only; they never run StoryDiff,
so they may run on a blind set as on the dev sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EVAL = Path(__file__).parent
OUTLET_SETS = [EVAL / f"dev{n}" / "outlets" for n in range(3, 17)]
OUTLET_SETS.append(EVAL / "blind17" / "outlets")  # labels only: the tool never runs here
PAIRS = sorted(p for folder in OUTLET_SETS for p in folder.glob("*.expect.json"))
STORIES = sorted(p for folder in OUTLET_SETS for p in folder.glob("*.story.json"))
ARTICLES = sorted(p for folder in OUTLET_SETS for p in folder.glob("*.txt"))


def label_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


def text(folder: Path, name: str) -> str:
    return (folder / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", OUTLET_SETS, ids=lambda p: p.parent.name)
def test_each_outlet_set_has_its_stories_and_pairs(folder):
    assert len(list(folder.glob("*.story.json"))) >= 6
    assert len(list(folder.glob("*.expect.json"))) >= 12


@pytest.mark.parametrize("path", PAIRS, ids=label_id)
def test_pair_snippets_are_in_their_texts(path):
    exp = json.loads(path.read_text(encoding="utf-8"))
    a, b = text(path.parent, exp["a"]), text(path.parent, exp["b"])
    assert path.name.startswith(exp["a"].removesuffix(".txt").split(".")[0] + ".")
    for sa, sb in exp["aligned"]:
        assert sa in a and sb in b, (sa, sb)
    for kind, old, new in exp["differences"]:
        assert kind == "figure_changed" and old in a and new in b, (old, new)
    for key in ("no_figure_differences_mentioning", "no_figure_changed_mentioning"):
        for snippet in exp[key]:
            assert snippet in a or snippet in b, snippet


@pytest.mark.parametrize("path", STORIES, ids=label_id)
def test_fact_snippets_are_in_their_documents(path):
    story = json.loads(path.read_text(encoding="utf-8"))
    texts = [text(path.parent, name) for name in story["files"]]
    facts = json.loads(
        path.with_name(path.name.replace(".story.json", ".facts.json")).read_text(encoding="utf-8")
    )
    for key in ("conflicts", "agree"):
        for row in facts[key]:
            assert len(row) == len(texts)
            assert all(w is None or w in t for w, t in zip(row, texts, strict=True)), row
    for ta, tb, i, j in facts["never_one_fact"]:
        assert ta in texts[i] and tb in texts[j], (ta, tb)


@pytest.mark.parametrize("path", ARTICLES, ids=label_id)
def test_every_article_has_its_metadata(path):
    meta = json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    assert meta["source_url"].startswith("http") and meta["outlet"]


def load_scorer():
    import importlib.util
    import sys

    if "score_quantities" in sys.modules:
        return sys.modules["score_quantities"]
    spec = importlib.util.spec_from_file_location("score_quantities", EVAL / "score_quantities.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_quantities"] = module
    spec.loader.exec_module(module)
    return module


QUANTITY_SETS = sorted(
    p for n in (3, 6, 7) for p in (EVAL / f"dev{n}" / "quantities").glob("*.jsonl")
)


@pytest.mark.parametrize("path", QUANTITY_SETS, ids=lambda p: p.name)
def test_quantity_labels_are_well_formed(path):
    scorer = load_scorer()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        for q in scorer.gold_quantities(row):  # raises when a labelled text is not in the sentence
            assert q.vague or q.is_range or q.value is not None, (row["id"], q.text)
            assert not q.is_range or q.low < q.high, (row["id"], q.text)
        for q in row["quantities"]:
            assert q["change"] in (None, "up", "down")
            assert q["unit"] is None or scorer.unit_name(q["unit"]) == q["unit"], (
                row["id"],
                q["unit"],
            )
        for s in row["sources"]:
            assert s["text"] in row["sentence"], (row["id"], s["text"])


def test_the_third_dev_quantity_set_is_large_enough():
    rows = (
        (EVAL / "dev3" / "quantities" / "blind-quantities.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    assert len(rows) >= 200


@pytest.mark.parametrize(
    ("unit", "name"),
    [("USD", "US dollar"), ("GBP", "pound sterling"), ("percent", "percent"),
     ("°C", "degree Celsius"), ("km", "kilometre"), ("weeks", "week"),
     ("Russian citizens", "citizen"), ("people", "person"),
     ("GB", "gigabyte"), ("mAh", "milliampere hour"), ("percentage points", "percentage point"),
     ("USD per barrel", "US dollar per barrel"), ("km/h", "kilometre per hour"), (None, None)],
)  # fmt: skip
def test_the_scorer_maps_storydiff_units_to_the_set_names(unit, name):
    assert load_scorer().unit_name(unit) == name
