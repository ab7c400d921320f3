"""``storydiff facts``: the fact table of files or of a library story."""

from __future__ import annotations

import json

from click.testing import CliRunner

from storydiff.cli import main

A = "Quake kills at least 127\n\nThe earthquake killed at least 127 people, officials said.\n"
B = "Death toll rises to 118\n\nThe death toll rose to 118 on Tuesday, AFAD said.\n"
C = "Consumer prices rose 3.2% from a year earlier.\n"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_json_is_the_documented_contract(tmp_path):
    a, b = write(tmp_path, "afp.txt", A), write(tmp_path, "aj.txt", B)
    result = run("facts", a, b, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"documents", "facts", "time_basis", "quotes"}  # the last two added
    assert len(data["documents"]) == 2
    toll = next(f for f in data["facts"] if f["measure"]["label"] == "people killed")
    assert toll["conflict"] is True and toll["first"] == 0
    texts = [c["text"] if c else None for c in toll["cells"]]
    assert texts == ["at least 127 people", "118"]  # the attributed mention
    assert toll["cells"][1]["source"] == "AFAD"
    for fact in data["facts"]:
        assert len(fact["cells"]) == 2
        for n, cell in enumerate(fact["cells"]):
            if cell:
                text = (a if n == 0 else b).read_text(encoding="utf-8")
                assert text[cell["start"] : cell["end"]] == cell["text"]


def test_readable_table_marks_conflicts(tmp_path):
    a, b = write(tmp_path, "afp.txt", A), write(tmp_path, "aj.txt", B)
    result = run("facts", a, b)
    assert result.exit_code == 0, result.output
    assert "≠ people killed: " in result.output
    assert "at least 127 people* (officials)" in result.output and "118 (AFAD)" in result.output


def test_one_file_or_none_is_a_one_line_error(tmp_path):
    a = write(tmp_path, "a.txt", C)
    for args in (("facts", a), ("facts",), ("facts", a, tmp_path / "missing.txt")):
        result = run(*args)
        assert result.exit_code == 2
        assert result.output.count("\n") == 1 and "storydiff: error:" in result.output


def test_story_from_the_library(tmp_path):
    library = tmp_path / "lib.sqlite"
    a, b = write(tmp_path, "afp.txt", A), write(tmp_path, "aj.txt", B)
    assert run("import", a, b, "--story", "quake", "--library", library).exit_code == 0
    result = run("facts", "--story", "quake", "--library", library, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert any(f["conflict"] for f in data["facts"])
    both = run("facts", a, "--story", "quake", "--library", library)
    assert both.exit_code == 2


def test_json_adds_a_timeline_per_fact_and_the_quotes(tmp_path):
    a = write(tmp_path, "a.txt", A + '"We are still searching," said Ali Yilmaz.\n')
    b = write(tmp_path, "b.txt", B + '"We are still searching," Ali Yilmaz said.\n')
    data = json.loads(run("facts", a, b, "--json").output)
    assert data["time_basis"] == "order"
    toll = next(f for f in data["facts"] if f["cells"][0] and f["cells"][1])
    assert [e["event"] for e in toll["timeline"]] == ["first", "changed"]
    assert toll["timeline"][1]["document"] == 1 and toll["timeline"][1]["time"] is None
    quote = next(q for q in data["quotes"] if q["speaker"] == "Ali Yilmaz")
    assert quote["first"] == 0 and quote["cells"][1]["text"] == "We are still searching,"
