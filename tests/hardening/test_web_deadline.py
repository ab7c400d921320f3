"""The fetch timeout bounds the whole fetch, from connect to the last byte, and a
cancel check stops it: servers that flood ``100 Continue`` or drip the status line
or headers (raw servers on 127.0.0.1 that stop by themselves)."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from test_web_limits import ARTICLE, head, raw_server

from storydiff.core.progress import Cancelled
from storydiff.errors import InputError
from storydiff.importers import fetch_feed, fetch_url, list_snapshots

LIMIT = 8.0  # seconds each hostile server goes on for at most


def flood_continue(connection: socket.socket) -> None:
    ends = time.monotonic() + LIMIT
    while time.monotonic() < ends:
        connection.sendall(b"HTTP/1.1 100 Continue\r\n\r\n" * 50)
        time.sleep(0.01)


def drip(data: bytes, pause: float):
    def answer(connection: socket.socket) -> None:
        ends = time.monotonic() + LIMIT
        for byte in data:
            if time.monotonic() > ends:
                return
            connection.sendall(bytes([byte]))
            time.sleep(pause)

    return answer


DRIPPED_STATUS = drip(b"HTTP/1.1 200 OK\r\n" * 20, 0.1)
DRIPPED_HEADERS = drip(b"HTTP/1.1 200 OK\r\n" + b"X-Padding: 1\r\n" * 200, 0.05)
ENDLESS_HEADERS = drip(head(None)[:-2] + b"X-Padding: 1\r\n" * 1000, 0.005)


@pytest.mark.parametrize(
    "answer",
    [flood_continue, DRIPPED_STATUS, DRIPPED_HEADERS, ENDLESS_HEADERS],
    ids=["100-continue flood", "dripped status line", "dripped headers", "endless headers"],
)
@pytest.mark.parametrize("how", ["url", "feed", "wayback"])
def test_the_timeout_holds_before_the_body(answer, how):
    fetch = {
        "url": lambda url: fetch_url(url, timeout=1.5),
        "feed": lambda url: fetch_feed(url, timeout=1.5),
        "wayback": lambda url: list_snapshots(
            "https://news.example/a", archive=url.rsplit("/", 1)[0], timeout=1.5
        ),
    }[how]
    with raw_server(answer) as url:
        started = time.monotonic()
        with pytest.raises(InputError, match=r"within 1\.5 seconds"):
            fetch(url)
        assert time.monotonic() - started < 4


def test_cancel_stops_a_fetch_that_is_still_receiving():
    asked = threading.Event()
    threading.Timer(0.5, asked.set).start()
    with raw_server(DRIPPED_HEADERS) as url:
        started = time.monotonic()
        with pytest.raises(Cancelled):
            fetch_url(url, timeout=30, cancelled=asked.is_set)
        assert time.monotonic() - started < 2


def test_a_prompt_server_is_still_read_whole():
    body = ARTICLE.encode()

    def prompt(connection: socket.socket) -> None:
        connection.sendall(b"HTTP/1.1 100 Continue\r\n\r\n" + head(len(body)) + body)

    with raw_server(prompt) as url:
        assert "wave 29" in fetch_url(url, timeout=5).text
