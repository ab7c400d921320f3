"""Fixtures for the hardening suite: hypothesis profiles, a local web server, bounded runs.

The fuzz tests use the profile named by ``HYPOTHESIS_PROFILE`` (``ci`` by default,
about a minute in all; ``long`` for a run of many more examples):
``HYPOTHESIS_PROFILE=long pytest tests/hardening/test_fuzz_*.py``. The profile is applied
by the fuzz tests themselves, so other suites keep their own settings.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

HERE = Path(__file__).parent
settings.register_profile(
    "ci", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck)
)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


localsite = _load("hardening_localsite", HERE.parent / "importers" / "localsite.py")


@pytest.fixture
def site() -> Iterator:
    """A local web server on 127.0.0.1 (tests/importers/localsite.py); no real network."""
    with localsite.running_site() as local:
        yield local


def run_bounded(kind: str, path: Path, timeout: float = 120) -> dict:
    """Run ``probe.py KIND PATH`` in a child process: its outcome, time and peak memory.

    A child keeps a runaway parser from taking the test run with it, and its
    ``ru_maxrss`` is the peak memory of that one import.
    """
    done = subprocess.run(
        [sys.executable, str(HERE / "probe.py"), kind, str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if os.environ.get("PROBE_LOG"):  # figures for docs/hardening.md
        with open(os.environ["PROBE_LOG"], "a", encoding="utf-8") as log:
            log.write(json.dumps({"kind": kind, "file": path.name, **result}) + "\n")
    return result


@pytest.fixture
def bounded():
    return run_bounded
