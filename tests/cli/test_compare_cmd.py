import json

from click.testing import CliRunner

from storydiff.cli import main
from storydiff.paths import resource

OLD = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"))
NEW = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"))


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_terminal_view_marks_the_four_edits_plainly_when_piped():
    result = run("compare", OLD, NEW)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    marked = [line for line in lines if line[:2] in ("~ ", "- ", "+ ", "> ")]
    assert len(marked) == 4
    assert any("[-300,000-]{+318,000+}" in line for line in marked)
    assert any(line.startswith("> ") and "moved:" in line for line in marked)
    assert "\x1b[" not in result.output


def test_json_output_follows_the_contract(sample_text):
    result = run("compare", OLD, NEW, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["id"] for d in data["documents"]] == [0, 1]
    assert data["documents"][0]["chars"] == len(sample_text)
    first = data["sentences"][0][2]
    assert sample_text[first["start"] : first["end"]] == first["text"]
    (comparison,) = data["comparisons"]
    assert (comparison["a"], comparison["b"], comparison["mode"]) == (0, 1, "revision")
    ops = sorted(row["op"] for row in comparison["alignment"] if row["op"] != "equal")
    assert ops == ["changed", "deleted", "inserted", "moved"]
    changed = next(row for row in comparison["alignment"] if row["op"] == "changed")
    assert [-1, "300,000"] in changed["diff"] and [1, "318,000"] in changed["diff"]
    assert "differences" in comparison
    assert {"op": "moved", "a": [15], "b": [4]} in comparison["paragraphs"]


def test_pair_option_compares_any_two_documents():
    result = run("compare", OLD, NEW, OLD, "--pair", "1,3", "--pair", "2,3", "--json")
    data = json.loads(result.output)
    assert [(c["a"], c["b"]) for c in data["comparisons"]] == [(0, 2), (1, 2)]
    assert {row["op"] for row in data["comparisons"][0]["alignment"]} == {"equal"}


def test_pair_counts_documents_from_one_as_the_readme_says():
    result = run("compare", OLD, NEW, OLD, "--pair", "1,2", "--json")
    (comparison,) = json.loads(result.output)["comparisons"]
    assert (comparison["a"], comparison["b"]) == (0, 1)  # the first file with the second
    assert run("compare", OLD, NEW, "--pair", "1,2").output.startswith("== 1: ")
    wrong = run("compare", OLD, NEW, "--pair", "0,2")
    assert wrong.exit_code == 2
    assert "documents are numbered 1 to 2" in wrong.output


def test_unreadable_file_is_one_line_error_with_status_2(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("compare", OLD, str(binary))
    assert result.exit_code == 2
    assert "photo.txt" in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_file_names_the_file(tmp_path):
    result = run("compare", OLD, str(tmp_path / "gone.txt"))
    assert result.exit_code == 2
    assert "gone.txt" in result.output


def test_story_from_library_compares_its_versions(tmp_path):
    from storydiff.importers import load_path
    from storydiff.library import Library
    from storydiff.library.ingest import ingest

    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        for file in (OLD, NEW, OLD):
            imported = load_path(file)
            ingest(library, "ISW draft", imported)
    result = run("compare", "--story", "ISW draft", "--library", str(path), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["documents"]) == 2  # the same bytes twice are one document
    ops = sorted(r["op"] for r in data["comparisons"][0]["alignment"] if r["op"] != "equal")
    assert ops == ["changed", "deleted", "inserted", "moved"]


def test_unknown_story_is_a_clear_error(tmp_path):
    from storydiff.library import Library

    Library.open(tmp_path / "lib.sqlite").close()
    result = run("compare", "--story", "nope", "--library", str(tmp_path / "lib.sqlite"))
    assert result.exit_code == 2
    assert "nope" in result.output


def test_files_and_story_together_are_refused(tmp_path):
    result = run("compare", OLD, NEW, "--story", "x", "--library", str(tmp_path / "l.sqlite"))
    assert result.exit_code == 2


def test_reading_a_story_from_a_missing_library_creates_nothing(tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    result = run("compare", "--story", "x", "--library", str(missing))
    assert result.exit_code == 2
    assert "no library" in result.output
    assert not missing.exists()


def test_a_folder_given_as_library_is_a_one_line_error(tmp_path):
    result = run("compare", "--story", "x", "--library", str(tmp_path))
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1


def test_terminal_view_names_the_outlets_when_comparing_coverage(tmp_path):
    afp = tmp_path / "afp.txt"
    xinhua = tmp_path / "xinhua.txt"
    afp.write_text(
        "The quake killed at least 127 people, the AFAD agency said.\n", encoding="utf-8"
    )
    xinhua.write_text("Rescuers said the quake killed 111 people.\n", encoding="utf-8")
    result = run("compare", str(afp), str(xinhua), "--mode", "coverage")
    assert result.exit_code == 0, result.output
    assert "figure differs" in result.output
    assert "source only in afp" in result.output
    revision = run("compare", OLD, NEW)
    assert "figure_changed" in revision.output and "differs" not in revision.output


def test_folder_is_named_with_the_reason_extract_gives(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    compared = run("compare", str(folder), OLD)
    extracted = run("extract", str(folder))
    assert compared.exit_code == extracted.exit_code == 2
    assert compared.output == extracted.output
    assert (
        compared.output.strip() == f"storydiff: error: {folder}: is a folder, not an article file"
    )


def test_outlets_terminal_view_says_where_the_other_outlet_also_states_a_fact(tmp_path):
    old = tmp_path / "post.txt"
    new = tmp_path / "herald.txt"
    old.write_text(
        "The storm killed 14 people in Portmere and left 2,300 homes without power on Sunday, "
        "the mayor said.\nSchools stayed shut.\n"
    )
    new.write_text(
        "The storm killed 14 people in Portmere on Sunday, police said.\nFerries were "
        "cancelled.\nMarkets stayed open.\nSome 2,300 homes in Portmere were without power on "
        "Sunday evening.\nBuses ran late.\n"
    )
    result = run("compare", str(old), str(new), "--mode", "coverage")
    assert result.exit_code == 0, result.output
    assert "1 also" in result.output
    also = [line for line in result.output.splitlines() if line.startswith("≈ ")]
    assert also == [
        "≈ [old 0 | new 3] also states: Some 2,300 homes in Portmere were without "
        "power on Sunday evening."
    ]
