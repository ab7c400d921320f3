"""A second StoryDiff process working on a library (driven by the fault and kill tests).

``python library_worker.py MODE LIBRARY ARG``:

- ``import LIBRARY TAG``: imports 40 documents into story TAG, one transaction each;
- ``notes LIBRARY TAG``: adds 40 notes tagged TAG to document 1;
- ``edit-note LIBRARY NOTE``: rewrites note NOTE until killed, body and author
  always carrying the same number (so a half-applied edit would show);
- ``upgrade LIBRARY -``: opens (and so upgrades) the library.

Prints ``opening``, ``ready`` once the library is open (and upgraded), then
``begin N`` / ``done N`` around each note edit, and ``finished``.
"""

from __future__ import annotations

import sys

from storydiff.errors import LibraryError
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library

COUNT = 40


def main(mode: str, path: str, arg: str) -> None:
    print("opening", flush=True)
    with Library.open(path) as library:
        print("ready", flush=True)
        if mode == "import":
            for n in range(COUNT):
                text = f"Article {arg}-{n}: troops were mobilised, the ISW said."
                doc = ImportedDocument(text=text, raw=text.encode(), method="text", title=text)
                library.add_document(f"story {arg}", doc)
        elif mode == "notes":
            for n in range(COUNT):
                library.add_note(1, f"note {arg}-{n}", author=arg)
        elif mode == "edit-note":
            for n in range(10**9):
                print(f"begin {n}", flush=True)
                library.update_note(int(arg), body=f"edit {n}", author=f"editor {n}")
                print(f"done {n}", flush=True)
    print("finished", flush=True)


if __name__ == "__main__":
    try:
        main(*sys.argv[1:4])
    except LibraryError as error:
        print(f"library error: {error}", flush=True)
        sys.exit(2)
