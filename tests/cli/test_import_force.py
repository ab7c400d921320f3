"""`storydiff import --force`: a page the paywall check doubts is refused, then imported."""

from __future__ import annotations

from click.testing import CliRunner

from storydiff.cli import main
from storydiff.library import Library

PAGE = """<html><head><title>Library opens on Sundays</title></head><body><article>
<h1>Library opens on Sundays</h1>
<p>The town library will open on Sundays from March, the council said on Tuesday.</p>
<aside>Get our newsletter. Already a subscriber? Log in.</aside></article></body></html>"""


def test_force_imports_a_page_the_paywall_check_doubts(site, tmp_path):
    url = site.serve("/sundays", PAGE)
    library = tmp_path / "library.sqlite"
    args = ["import", url, "--story", "Town", "--library", str(library)]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 2, refused.output
    assert "paywall" in refused.output and "--force" in refused.output
    assert "Traceback" not in refused.output
    forced = CliRunner().invoke(main, [*args, "--force"])
    assert forced.exit_code == 0, forced.output
    with Library.open(library) as opened:
        assert "The town library" in opened.documents("Town")[0].text
