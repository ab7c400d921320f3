"""Short-lived commands end their process at once, but only when the script started it."""

import gc
import json
import subprocess
import sys

from click.testing import CliRunner

from storydiff.cli import main
from storydiff.paths import resource

OLD = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"))
NEW = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"))
SCRIPT = """
import atexit, sys
atexit.register(lambda: print("atexit ran", file=sys.stderr))
from storydiff.cli.lifetime import run
sys.argv = ["storydiff", *sys.argv[1:]]
run()
"""


def test_a_process_that_goes_on_keeps_its_collector():
    result = CliRunner().invoke(main, ["compare", OLD, NEW, "--json"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled()


def test_the_script_leaves_with_its_output_flushed_and_atexit_functions_run():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "compare", OLD, NEW, "--json"], capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["comparisons"]
    assert done.stderr.decode() == "atexit ran\n"


def test_a_failing_command_exits_as_before():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, "compare", OLD, "no-such-file.txt"], capture_output=True
    )
    assert done.returncode == 2
    assert "no-such-file.txt" in done.stderr.decode()
    assert done.stderr.decode().endswith("atexit ran\n")
