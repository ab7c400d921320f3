"""HTTP connections whose every receive is bounded by one deadline and a cancel check.

A socket timeout bounds each receive alone: a server dripping the status line,
the headers or a flood of ``100 Continue`` answers can hold a fetch for as long
as it likes. Here each receive waits at most until the fetch's deadline (in
short slices, so a cancel is noticed within :data:`POLL` seconds), from the
connection to the last byte of the body.
"""

from __future__ import annotations

import http.client
import io
import socket
import time
import urllib.request
from collections.abc import Callable
from typing import Any

from storydiff.core.progress import CancelCheck, Cancelled

POLL = 0.25  # seconds between checks of the cancel callable while waiting


class DeadlinePassed(TimeoutError):
    """The fetch's deadline passed while the server was still answering."""


class DeadlineSocket:
    """A connected socket whose receives end at ``deadline`` or when ``cancelled()``."""

    def __init__(self, sock: socket.socket, deadline: float, cancelled: CancelCheck | None):
        self._sock = sock
        self._deadline = deadline
        self._cancelled = cancelled

    def recv_into(self, buffer: Any, nbytes: int = 0) -> int:
        while True:
            remaining = self._deadline - time.monotonic()
            if self._cancelled is not None and self._cancelled():
                raise Cancelled()
            if remaining <= 0:
                raise DeadlinePassed()
            self._sock.settimeout(min(remaining, POLL))
            try:
                return self._sock.recv_into(buffer, nbytes)
            except TimeoutError:
                continue

    def recv(self, size: int) -> bytes:
        buffer = bytearray(size)
        return bytes(buffer[: self.recv_into(buffer, size)])

    def makefile(self, mode: str = "rb", buffering: int | None = None, **_: Any) -> Any:
        """The binary reader http.client reads the answer from, receiving through this
        object; it holds the socket open (as ``socket.makefile`` does) until it is closed."""
        self._sock._io_refs += 1  # type: ignore[attr-defined]
        raw = socket.SocketIO(self, "rb")  # type: ignore[arg-type]
        return io.BufferedReader(raw, buffering or io.DEFAULT_BUFFER_SIZE)

    def __getattr__(self, name: str) -> Any:  # sendall, close, fileno, _io_refs ...
        return getattr(self._sock, name)


def bounded_connection(
    base: type[http.client.HTTPConnection], deadline: float, cancelled: CancelCheck | None
) -> Callable[..., http.client.HTTPConnection]:
    """A connection class like ``base`` whose socket is a :class:`DeadlineSocket`."""

    class Bounded(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            self.timeout = max(0.01, deadline - time.monotonic())
            super().connect()
            self.sock = DeadlineSocket(self.sock, deadline, cancelled)

    return Bounded


def handlers(deadline: float, cancelled: CancelCheck | None) -> list[urllib.request.BaseHandler]:
    """urllib handlers for http and https whose connections keep ``deadline``."""
    plain = bounded_connection(http.client.HTTPConnection, deadline, cancelled)
    secure = bounded_connection(http.client.HTTPSConnection, deadline, cancelled)

    class Http(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(plain, req)

    class Https(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> Any:
            return self.do_open(secure, req, context=self._context)

    return [Http(), Https()]
