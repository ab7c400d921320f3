"""``storydiff gui --library PATH`` creates a library there only after asking."""

from click.testing import CliRunner

from storydiff.cli import main


def opened(monkeypatch) -> list:
    calls = []
    monkeypatch.setattr("storydiff.ui.app.run", lambda path: calls.append(path) or 0)
    return calls


def test_a_missing_library_is_not_created_when_the_user_says_no(tmp_path, monkeypatch):
    calls = opened(monkeypatch)
    typo = tmp_path / "some" / "typo.sqlite"
    result = CliRunner().invoke(main, ["gui", "--library", str(typo)], input="n\n")
    assert result.exit_code != 0
    assert f"There is no library at {typo}" in result.output
    assert calls == [] and not (tmp_path / "some").exists()


def test_a_missing_library_is_opened_after_yes(tmp_path, monkeypatch):
    calls = opened(monkeypatch)
    new = tmp_path / "new.sqlite"
    result = CliRunner().invoke(main, ["gui", "--library", str(new)], input="y\n")
    assert result.exit_code == 0, result.output
    assert calls == [new]


def test_an_existing_library_opens_without_asking(tmp_path, monkeypatch):
    calls = opened(monkeypatch)
    existing = tmp_path / "lib.sqlite"
    existing.write_bytes(b"")
    result = CliRunner().invoke(main, ["gui", "--library", str(existing)])
    assert result.exit_code == 0, result.output
    assert calls == [existing] and "Create" not in result.output
