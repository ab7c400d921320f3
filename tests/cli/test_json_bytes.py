"""``compare --json`` is written fast but byte for byte as the json module writes it."""

import json
import math

import pytest
from click.testing import CliRunner

from storydiff.bench.articles import generate_article, revise
from storydiff.cli import main
from storydiff.cli.common import read_file_document
from storydiff.core.story import base_pairs, compare_documents
from storydiff.paths import resource
from storydiff.render.json_bytes import dumps, merged
from storydiff.render.json_out import story_to_dict

OLD = resource("samples", "newsweek-2023-01-17-isw-mobilization.txt")
NEW = resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt")


def json_module_output(*paths: str) -> bytes:
    """What ``compare --json`` wrote with ``json.dump`` before."""
    documents = [read_file_document(path)[0] for path in paths]
    story = compare_documents(documents, base_pairs(len(documents)), "auto")
    return json.dumps(story_to_dict(story), ensure_ascii=False, indent=1).encode() + b"\n"


def compare_json(*paths: str) -> bytes:
    result = CliRunner().invoke(main, ["compare", *paths, "--json"])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_sample_pair_is_byte_identical_to_the_json_module():
    assert compare_json(str(OLD), str(NEW)) == json_module_output(str(OLD), str(NEW))


def test_generated_pair_is_byte_identical_to_the_json_module(tmp_path):
    old = generate_article(3_000, seed=5)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(revise(old, seed=6), encoding="utf-8")
    assert compare_json(str(a), str(b)) == json_module_output(str(a), str(b))


@pytest.mark.parametrize(
    "value",
    [
        {"text": "".join(chr(c) for c in range(256)) + "\u2028\ufeff😀 “quoted” \\ /"},
        [0.1, 1 / 3, 0.0, -0.0, 1.0, 0.0001, 123456.789, 9.99e15],
        [1e-05, 2.5e-7, 1e16, 1.2345678901234568e17, 5e-324, 1.7976931348623157e308],
        [math.nan, math.inf, -math.inf],
        {"empty": {}, "list": [], "nested": [[]], "none": None, "yes": True, "big": 2**70},
        {"é": [1, -2, {"x": "y"}]},
        [],
    ],
)
@pytest.mark.parametrize("indent", [1, 2])
def test_dumps_matches_the_json_module(value, indent):
    assert dumps(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent).encode()


@pytest.mark.parametrize("indent", [1, 2])
def test_encoded_objects_merge_into_the_merged_object_encoded_whole(indent):
    first = {"schema": 1, "text": "line one\nline two \u2028 “quoted”", "empty": []}
    second = {"nested": [{"a": [], "b": {}}, [1.5, None, [["deep"]]]]}
    third = {"odd floats": [1e-05, math.nan]}  # written by the json module, not msgspec
    parts = [dumps(part, indent) for part in (first, {}, second, third)]
    assert merged(parts) == dumps({**first, **second, **third}, indent)
    assert merged([]) == merged([dumps({}, indent)]) == dumps({}, indent)
