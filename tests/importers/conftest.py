"""Fixtures for the importer tests: sample files and a local web server."""

from __future__ import annotations

import socket

import pytest
from localsite import FIXTURES


@pytest.fixture
def fixture_path():
    """Path of a file in tests/importers/fixtures."""
    return lambda name: FIXTURES / name


@pytest.fixture
def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"
