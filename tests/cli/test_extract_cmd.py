import json

from click.testing import CliRunner

from storydiff.cli import main
from storydiff.paths import resource

SAMPLE = resource("samples", "newsweek-2023-01-17-isw-mobilization.txt")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_json_follows_the_contract_with_offsets_into_the_file_text():
    result = run("extract", SAMPLE, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"figures", "sources", "quotes", "claims"}
    text = SAMPLE.read_text(encoding="utf-8")
    for item in data["figures"] + data["sources"] + data["quotes"]:
        assert text[item["start"] : item["end"]] == item["text"]
    troops = next(f for f in data["figures"] if f["text"] == "300,000 troops")
    measure = troops.pop("measure")
    assert (measure["quantity"], measure["month"]) == ("troops", "september")
    assert measure["label"] == "troops mobilised, September"  # "300,000 troops in September"
    assert troops == {
        "kind": "count", "text": "300,000 troops", "start": troops["start"],
        "end": troops["end"], "value": 300000, "unit": "troops", "qualifier": None,
    }  # fmt: skip
    assert {"Dmitry Peskov", "Institute for the Study of War"} <= {
        s["name"] for s in data["sources"]
    }


def test_offsets_count_characters_not_bytes(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("🎙️ Ünïcode first. Officials said 12 people died.\n", encoding="utf-8")
    data = json.loads(run("extract", article, "--json").output)
    (figure,) = data["figures"]
    assert article.read_text(encoding="utf-8")[figure["start"] : figure["end"]] == "12 people"


def test_readable_listing_names_each_section():
    result = run("extract", SAMPLE)
    assert result.exit_code == 0, result.output
    for heading in ("Figures (", "Sources (", "Quotes (", "Claims ("):
        assert heading in result.output
    assert "300,000 troops" in result.output and "Dmitry Peskov" in result.output


def test_missing_file_is_a_one_line_error(tmp_path):
    result = run("extract", tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_unreadable_binary_file_is_a_one_line_error(tmp_path):
    junk = tmp_path / "photo.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run("extract", junk)
    assert result.exit_code == 2
    assert result.output.startswith("storydiff: error:")


def test_extract_and_compare_give_the_same_offsets_for_windows_line_endings(tmp_path):
    from storydiff.cli import main as cli

    path = tmp_path / "crlf.txt"
    path.write_bytes(b"The storm hit the coast.\r\nIt killed 300 people, officials said.\r\n")
    extracted = json.loads(CliRunner().invoke(cli, ["extract", str(path), "--json"]).output)
    compared = json.loads(
        CliRunner().invoke(cli, ["compare", str(path), str(path), "--json"]).output
    )
    (figure,) = extracted["figures"]
    (same,) = compared["documents"][0]["figures"]
    assert (figure["start"], figure["end"]) == (same["start"], same["end"])
    text = path.read_text(encoding="utf-8")
    assert text[figure["start"] : figure["end"]] == figure["text"] == "300 people"
