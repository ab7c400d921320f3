"""``compare --json``: edit classes, stealth flags, correction notes and metadata changes."""

import json

from click.testing import CliRunner

from storydiff.cli import main
from storydiff.core.edits.rules import EDIT_CLASSES
from storydiff.paths import resource

OLD = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"))
NEW = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"))
PAGE = """<html><head><title>{title}</title>
<meta name="description" content="{description}">
<meta property="article:published_time" content="2023-01-17T08:00:00Z">
<meta property="article:modified_time" content="{modified}">
<link rel="canonical" href="https://news.example/putin-draft">
</head><body><article><h1>{title}</h1>{body}</article></body></html>"""


def compare_json(*paths):
    result = CliRunner().invoke(main, ["compare", *map(str, paths), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["comparisons"][0]


def test_every_changed_row_has_an_edit_class_and_fact_updates_a_stealth_flag():
    comparison = compare_json(OLD, NEW)
    changed = [row for row in comparison["alignment"] if row["op"] != "equal"]
    assert all(row["edit_class"] in EDIT_CLASSES for row in changed)
    assert all(("stealth" in row) == (row["edit_class"] == "fact_update") for row in changed)
    assert not any("edit_class" in row for row in comparison["alignment"] if row["op"] == "equal")
    figure = next(row for row in changed if [1, "318,000"] in row["diff"])
    assert (figure["edit_class"], figure["stealth"]) == ("fact_update", True)
    assert comparison["corrections"] == []
    assert "metadata" not in comparison  # plain text files record none


def test_a_correction_note_is_listed_and_acknowledges_the_fact_it_names(tmp_path, sample_text):
    note = (
        "Correction, Jan. 18, 2023: An earlier version of this article misstated the number "
        "of troops Putin mobilized in September."
    )
    new = sample_text.replace("300,000 troops", "318,000 troops").replace(
        "for comment.", "for comment.\n" + note
    )
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    comparison = compare_json(OLD, tmp_path / "new.txt")
    (listed,) = comparison["corrections"]
    assert listed["text"] == note and listed["date"] == "2023-01-18"
    assert new[listed["start"] : listed["end"]] == note
    figure = next(row for row in comparison["alignment"] if [1, "318,000"] in row["diff"])
    assert (figure["edit_class"], figure["stealth"]) == ("fact_update", False)
    assert comparison["alignment"].index(figure) in listed["rows"]


def test_metadata_changes_of_two_web_pages_come_with_the_comparison(tmp_path, sample_text):
    body = "".join(f"<p>{line}</p>" for line in sample_text.splitlines()[1:20] if line)
    old, new = tmp_path / "old.html", tmp_path / "new.html"
    old.write_text(PAGE.format(title="Putin may announce draft", description="ISW says",
                               modified="2023-01-17T10:00:00Z", body=body))  # fmt: skip
    new.write_text(PAGE.format(title="Putin to announce draft", description="ISW says",
                               modified="2023-01-18T09:00:00Z", body=body))  # fmt: skip
    changes = {c["field"]: (c["old"], c["new"]) for c in compare_json(old, new)["metadata"]}
    assert changes == {
        "title": ("Putin may announce draft", "Putin to announce draft"),
        "modified": ("2023-01-17T10:00:00Z", "2023-01-18T09:00:00Z"),
    }
