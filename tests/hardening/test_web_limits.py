"""Fetching a URL: only http(s), and limits on redirects, size, time and type that hold
against a hostile server (all against servers on 127.0.0.1)."""

from __future__ import annotations

import contextlib
import gzip
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator

import pytest

from storydiff.errors import InputError
from storydiff.importers import fetch_url

ARTICLE = (
    "<html><head><title>Mobilisation</title></head><body><article>"
    + "".join(
        f"<p>Russia may announce wave {n} of its mobilisation, the ISW said on day {n}.</p>"
        for n in range(30)
    )
    + "</article></body></html>"
)


@contextlib.contextmanager
def raw_server(answer: Callable[[socket.socket], None]) -> Iterator[str]:
    """A one-connection-at-a-time TCP server whose answer the test writes byte by byte."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection, contextlib.suppress(OSError):
                connection.recv(65536)
                answer(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/article"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def head(length: int | None, content_type: str = "text/html", extra: str = "") -> bytes:
    size = f"Content-Length: {length}\r\n" if length is not None else ""
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{size}{extra}\r\n".encode()


@pytest.mark.parametrize(
    "address",
    [
        "file:///etc/passwd",
        "ftp://127.0.0.1/x",
        "data:text/html,<p>hi",
        "javascript:alert(1)",
        "//127.0.0.1/article",
        "http:///nohost",
        "gopher://127.0.0.1:70/",
    ],
)  # fmt: skip  (an address without a scheme means https: tests/importers/test_web_paywall.py)
def test_only_http_and_https_addresses_are_fetched(address):
    with pytest.raises(InputError, match=r"only http and https|no host name"):
        fetch_url(address)


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://127.0.0.1/", "data:text/html,hi", "about:blank"]
)
def test_redirect_to_another_scheme_is_refused(site, target):
    url = site.redirect("/go", target)
    with pytest.raises(InputError, match="redirects to a non-web address"):
        fetch_url(url)


def test_redirect_chain_is_cut_at_the_limit(site):
    for hop in range(10):
        site.redirect(f"/hop{hop}", f"/hop{hop + 1}")
    site.serve("/hop10", ARTICLE)
    with pytest.raises(InputError, match="too many redirects"):
        fetch_url(site.url("/hop0"), max_redirects=5)
    assert len(site.requests) == 6


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200), "zip"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(200), "program"),
        (gzip.compress(ARTICLE.encode()), "gzip without saying so"),
    ],
)
def test_page_declared_html_but_binary_is_refused(site, body, kind):
    url = site.serve("/article", body, content_type="text/html; charset=utf-8")
    with pytest.raises(InputError, match=r"binary|no article text"):
        fetch_url(url)


def test_page_declared_as_an_image_is_refused_even_when_it_is_html(site):
    url = site.serve("/article", ARTICLE, content_type="image/png")
    with pytest.raises(InputError, match=r"not a web page or document.*image/png"):
        fetch_url(url)


def test_html_declared_as_pdf_is_refused(site):
    url = site.serve("/article", ARTICLE, content_type="application/pdf")
    with pytest.raises(InputError, match="not a valid PDF"):
        fetch_url(url)


def test_declared_length_over_the_limit_is_refused_before_reading(site):
    url = site.serve("/article", ARTICLE, headers={"Content-Length": str(10**12)})
    with pytest.raises(InputError, match="bigger than the limit"):
        fetch_url(url)


def test_body_longer_than_its_declared_length_is_read_only_to_that_length():
    body = ARTICLE.encode()
    with raw_server(lambda c: c.sendall(head(len(body)) + body + b"<p>SMUGGLED</p>" * 1000)) as url:
        document = fetch_url(url)
    assert "SMUGGLED" not in document.text
    assert "announce wave 29 of its mobilisation" in document.text


def test_body_shorter_than_its_declared_length_is_refused():
    body = ARTICLE.encode()
    with (
        raw_server(lambda c: c.sendall(head(len(body) * 2) + body)) as url,
        pytest.raises(InputError, match="could not be fetched"),
    ):
        fetch_url(url, timeout=5)


def test_endless_body_without_length_stops_at_the_size_limit():
    def endless(connection: socket.socket) -> None:
        connection.sendall(head(None) + b"<html><body><p>")
        with contextlib.suppress(OSError):
            for _ in range(10_000):
                connection.sendall(b"words " * 10_000)

    with raw_server(endless) as url:
        started = time.monotonic()
        with pytest.raises(InputError, match=r"bigger than the limit of 1.0 MB"):
            fetch_url(url, max_bytes=1024 * 1024)
    assert time.monotonic() - started < 10


def test_server_dripping_bytes_is_cut_off_at_the_time_limit():
    """One byte every 0.1 s would take hours: the whole fetch keeps to its timeout."""

    def drip(connection: socket.socket) -> None:
        connection.sendall(head(100_000))
        with contextlib.suppress(OSError):
            for _ in range(100_000):
                connection.sendall(b"x")
                time.sleep(0.1)

    with raw_server(drip) as url:
        started = time.monotonic()
        with pytest.raises(InputError, match="did not answer within 2 seconds"):
            fetch_url(url, timeout=2)
    assert time.monotonic() - started < 6


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compression_bomb_from_the_server_is_refused_at_the_size_limit(site, encoding):
    inflated = b"<p>" + b"A" * (200 * 1024 * 1024)
    packed = gzip.compress(inflated, 9) if encoding == "gzip" else zlib.compress(inflated, 9)
    del inflated
    assert len(packed) < 1024 * 1024
    url = site.serve("/article", packed, headers={"Content-Encoding": encoding})
    started = time.monotonic()
    with pytest.raises(InputError, match="bigger than the limit"):
        fetch_url(url, max_bytes=5 * 1024 * 1024)
    assert time.monotonic() - started < 10
