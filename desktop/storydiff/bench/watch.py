"""Watch benchmark: checks per second against a local server, and memory over a long run.

``python -m storydiff.bench watch [--urls 1000] [--checks 10000]``

A server on 127.0.0.1 serves the bundled sample article at ``--urls`` addresses,
with a view counter that changes at every request (noise that must not make a
version) and, at every fifth request of a page, a changed figure (a new version;
the next request restores it, another new version).
The first pass stores each page's first version; the next passes compare every
page with its last version. Host pacing is off (one local host). The memory of
the process (resident set) is printed after the first pass and every ``--checks``
tenth: it must not grow.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from storydiff.library import Library
from storydiff.library.watches import add_watch
from storydiff.paths import resource
from storydiff.watch.run import default_fetcher, run_pass

SAMPLE = resource("samples", "newsweek-2023-01-17-isw-mobilization.txt").read_text("utf-8")


def page(request: int) -> bytes:
    """The article; its view count changes every time, its figure every fifth time."""
    text = SAMPLE if request % 5 else SAMPLE.replace("300,000", f"{300_000 + request:,}")
    body = "\n".join(f"<p>{line}</p>" for line in text.splitlines()[1:22] if line.strip())
    return (
        f"<html><head><title>Mobilization</title></head><body><header>{request:,} views"
        f"</header><article><h1>Mobilization</h1>{body}</article></body></html>"
    ).encode()


def serve() -> ThreadingHTTPServer:
    counts: dict[str, itertools.count] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            n = next(counts.setdefault(self.path, itertools.count(1)))
            body = page(n)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def resident_mb() -> float:
    """The resident set size of this process (Linux), else its peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource as res

    return res.getrusage(res.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench watch")
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--checks", type=int, default=10_000)
    args = parser.parse_args(argv)
    server = serve()
    base = f"http://127.0.0.1:{server.server_port}"
    fetcher = default_fetcher(timeout=10)
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "w.sqlite") as lib:
        with lib.transaction():
            for n in range(args.urls):
                add_watch(lib, f"{base}/article/{n}", "article", 1800, f"story {n}")
        done, outcomes, passes = 0, {}, []
        memory = []
        step = max(1, args.checks // 10)
        while done < args.checks:
            started, before = time.perf_counter(), done
            for _, result in run_pass(lib, fetcher, 0, everything=True):
                outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
                done += 1
                if done % step == 0:
                    memory.append((done, resident_mb()))
                if done >= args.checks:
                    break
            passes.append((done - before, time.perf_counter() - started))
    server.shutdown()
    first, rest = passes[0], passes[1:]
    print(f"watched URLs         {args.urls}")
    print(f"first pass           {first[0] / first[1]:,.1f} checks/s (stores first versions)")
    if rest:
        count, seconds = sum(p[0] for p in rest), sum(p[1] for p in rest)
        print(f"later passes         {count / seconds:,.1f} checks/s (fetch, extract, compare)")
    print("outcomes             " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print("resident memory      " + ", ".join(f"{n:,}: {mb:.0f} MB" for n, mb in memory))
    if len(memory) >= 3:
        print(f"growth after pass 1  {memory[-1][1] - memory[len(memory) // 5][1]:+.1f} MB")
    return 0
