from click.testing import CliRunner

from storydiff.cli import main
from storydiff.paths import resource

OLD = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"))
NEW = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"))


def test_markdown_rows_say_their_edit_class_and_stealth(tmp_path):
    out = tmp_path / "report.md"
    result = CliRunner().invoke(main, ["report", OLD, NEW, "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "changed (fact update, stealth): Putin previously announced" in text
    assert "⇅ moved (move): Russian forces" in text
