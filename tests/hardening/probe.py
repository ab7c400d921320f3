"""Import one hostile input and report what happened: ``python probe.py KIND PATH``.

KIND is ``load`` (``load_path``), ``html`` / ``feed`` / ``paste`` (the file's bytes
given to ``extract_html`` / ``parse_feed`` / ``from_paste``), ``ingest`` (load,
then analyse and tag it like an import into the library), ``analyse`` (the file's
text analysed and tagged) or ``archive`` (a story archive imported into a new
library next to it). The child's address space is capped at 4 GB, so a runaway
import fails here (``MemoryError``) instead of taking the machine's memory. Prints one JSON line:
``outcome`` (``document``, ``refused`` or ``crash``), ``message``, ``chars``,
``seconds`` and ``peak_mb`` (this process's peak resident memory).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from types import SimpleNamespace

from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.errors import StoryDiffError
from storydiff.importers import from_paste, load_path, parse_feed
from storydiff.importers.html import extract_html
from storydiff.library import Library

MEMORY_CAP = 4 * 1024**3


def imported(kind: str, path: Path):
    if kind == "load":
        return load_path(path)
    if kind == "archive":
        with Library.open(path.parent / "probe-library.sqlite") as library:
            story = library.import_archive(path)
            return SimpleNamespace(text=" " * story.document_count)
    if kind == "analyse":
        text = path.read_text("utf-8", newline="")
        extract(analyse(text))
        return SimpleNamespace(text=text)
    if kind == "ingest":
        document = load_path(path)
        extract(analyse(document.text, title=document.title))
        return document
    raw = path.read_bytes()
    if kind == "html":
        return extract_html(raw, name=path.name)
    if kind == "paste":
        return from_paste(raw.decode("utf-8", "replace"), None)
    documents = parse_feed(raw)
    return documents[0]


def main(kind: str, path: Path) -> None:
    started = time.perf_counter()
    result = {"outcome": "document", "message": "", "chars": 0}
    try:
        result["chars"] = len(imported(kind, path).text)
    except StoryDiffError as error:
        result.update(outcome="refused", message=str(error))
    except Exception as error:  # what the test is looking for
        result.update(outcome="crash", message=f"{type(error).__name__}: {error}"[:500])
    result["seconds"] = round(time.perf_counter() - started, 2)
    result["peak_mb"] = peak_megabytes()
    print(json.dumps(result))


def peak_megabytes() -> int:
    """This process's peak resident memory (VmHWM: ru_maxrss would include the parent's)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    main(sys.argv[1], Path(sys.argv[2]))
