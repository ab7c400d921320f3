"""A local web server on 127.0.0.1 for the URL, Wayback and feed tests (no real network)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass
class Route:
    """What the local server answers on one path."""

    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    chunked: bool = False  # send without Content-Length, in pieces


class LocalSite:
    """A threaded http.server on 127.0.0.1 serving routes set by the test."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes | str = b"", **options: object) -> str:
        """Answer ``path`` with ``body``; returns the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def serve_file(self, path: str, name: str, **options: object) -> str:
        return self.serve(path, (FIXTURES / name).read_bytes(), **options)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        return self.serve(path, status=status, headers={"Location": location})


def _handler(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers)))
            route = site.routes.get(self.path.split("?")[0], Route(404, b"Not found"))
            time.sleep(route.delay)
            # the client may hang up early (size or time limit): expected
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._answer(route)

        def _answer(self, route: Route) -> None:
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if not route.chunked:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            for start in range(0, len(route.body), 65536):
                self.wfile.write(route.body[start : start + 65536])

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextlib.contextmanager
def running_site() -> Iterator[LocalSite]:
    """A LocalSite serving from a background thread until the block ends."""
    local = LocalSite()
    thread = threading.Thread(target=local.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield local
    finally:
        local.server.shutdown()
        local.server.server_close()


# The Wayback Machine as the fixtures imitate it, for one article and four captures.
ARCHIVED_ARTICLE = "https://www.newsweek.com/putin-second-mobilization-isw-1774440"
CAPTURES = ["20230117142501", "20230117180233", "20230117211507", "20230118091144"]


def serve_wayback(site: LocalSite) -> LocalSite:
    """Dress ``site`` as the Wayback Machine for ARCHIVED_ARTICLE (CDX list and captures)."""
    site.serve_file("/cdx/search/cdx", "wayback/cdx.json", content_type="application/json")
    for stamp in CAPTURES:
        site.serve_file(f"/web/{stamp}id_/{ARCHIVED_ARTICLE}", f"wayback/{stamp}.html")
    return site
