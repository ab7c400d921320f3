"""The labelled revision pairs (dev sets once scored: see RESULTS.md) keep their edit classes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from storydiff.cli import main

PAIRS = sorted(Path(__file__).parent.glob("*/*.edits.json"))
CHECKER = Path("/work/shared/eval/check_edits.py")


@pytest.mark.skipif(not CHECKER.exists(), reason="the shared checker is not on this machine")
@pytest.mark.parametrize("expect", PAIRS, ids=lambda p: p.name.removesuffix(".edits.json"))
def test_pair_is_classified_as_labelled(expect):
    labels = json.loads(expect.read_text(encoding="utf-8"))
    old, new = (str(expect.parent / labels[key]) for key in ("old", "new"))
    result = CliRunner().invoke(main, ["compare", old, new, "--json"])
    assert result.exit_code == 0, result.output
    verdict = subprocess.run(
        [sys.executable, str(CHECKER), str(expect)], input=result.output, capture_output=True,
        text=True,
    )  # fmt: skip
    assert verdict.returncode == 0, verdict.stdout
