"""Export a story to a folder or ``.zip`` archive, and import it into another library.

Layout (the same in a folder and in a zip)::

    story.json              the story, every document's metadata, tags and notes
    documents/0001.txt      each document's extracted text (UTF-8, exactly as stored)
    documents/0001.html     each document's raw bytes as received (suffix from the method)
                            (a text file's raw bytes, when they differ from its text:
                            documents/0001.raw.txt)

``story.json`` records both SHA-256 digests of every document; an import checks
them and refuses a damaged archive before writing anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from storydiff import __version__
from storydiff.errors import LibraryError
from storydiff.library import documents
from storydiff.library.records import StoryRecord

if TYPE_CHECKING:
    from storydiff.library.store import Library

FORMAT, FORMAT_VERSION, MANIFEST = "storydiff-story", 1, "story.json"
RAW_SUFFIXES = {"html": ".html", "url": ".html", "wayback": ".html", "feed": ".xml",
                "pdf": ".pdf", "docx": ".docx", "text": ".txt", "paste": ".txt"}  # fmt: skip
DOCUMENT_FIELDS = ("title", "outlet", "author", "url", "published", "retrieved", "imported",
                   "method", "text_sha256", "raw_sha256", "extra")  # fmt: skip
NOTE_FIELDS = ("start", "end", "sentence", "difference", "author", "body", "created", "updated")


def export_story(library: Library, story: StoryRecord, dest: Path) -> Path:
    """Write ``story`` to ``dest``: a ``.zip`` file if it ends so, else a new folder."""
    files, manifest = story_files(library, story)
    files[MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    if dest.exists() and (dest.is_file() or any(dest.iterdir())):
        raise LibraryError(f"{dest} already exists; choose a new name for the export.")
    if dest.suffix.lower() == ".zip":
        dest.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
    else:
        for name, data in files.items():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            (dest / name).write_bytes(data)
    return dest


def story_files(library: Library, story: StoryRecord) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The files of an export (without the manifest) and the manifest itself."""
    files: dict[str, bytes] = {}
    entries = []
    for number, doc in enumerate(library.documents(story.id), start=1):
        row = library.db["documents"].get(doc.id)
        base = f"documents/{number:04d}"
        text, raw = row["text"].encode("utf-8"), bytes(row["raw"])
        raw_name = base + RAW_SUFFIXES.get(doc.method, ".bin")
        if raw_name == base + ".txt" and raw != text:  # e.g. a Windows-1252 .txt file
            raw_name = base + ".raw.txt"
        files[base + ".txt"] = text
        files[raw_name] = raw
        entry = {key: row[key] for key in DOCUMENT_FIELDS}
        entry["extra"] = json.loads(row["extra"]) if row["extra"] else {}
        entry.update(text_file=base + ".txt", raw_file=raw_name, tags=library.tags(doc.id))
        entry["notes"] = [
            {key: getattr(note, key) for key in NOTE_FIELDS} | stamps(note)
            for note in library.notes(doc.id)
        ]
        entries.append(entry)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "story": {"name": story.name, "created": story.created.isoformat()},
        "documents": entries,
    }
    return files, manifest


def stamps(note: Any) -> dict[str, str]:
    return {"created": note.created.isoformat(), "updated": note.updated.isoformat()}


def import_archive(library: Library, src: Path) -> StoryRecord:
    """Add the story in ``src`` (folder or zip) to ``library``, merging by name, skipping copies."""
    with reader(src) as read:
        manifest = load_manifest(read, src)
        loaded = [(entry, *load_document(read, entry, src)) for entry in manifest["documents"]]
    story = manifest["story"]
    with library.transaction():
        story_id = story_named(library, story["name"], story["created"])
        for entry, text, raw in loaded:
            add_entry(library, story_id, entry, text, raw)
    return library.story(story_id)


def story_named(library: Library, name: str, created: str) -> int:
    """The id of the story called ``name`` (by name only: "2" is not story 2), made if missing."""
    row = library.db.execute("SELECT id FROM stories WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return library.db["stories"].insert({"name": name, "created": created}).last_pk


def add_entry(
    library: Library, story_id: int, entry: dict[str, Any], text: str, raw: bytes
) -> None:
    """Store one archived document (unless already there) and its notes not already there."""
    db = library.db
    document_id = documents.find_duplicate(db, story_id, entry["text_sha256"], entry["raw_sha256"])
    if document_id is None:
        row = {key: entry[key] for key in DOCUMENT_FIELDS}
        extra = entry.get("extra") or {}
        row.update(
            story_id=story_id, text=text, raw=raw, extra=json.dumps(extra) if extra else None
        )
        document_id = documents.insert(db, row, entry.get("tags") or {})
    known = {tuple(getattr(n, key) for key in NOTE_FIELDS[:6]) for n in library.notes(document_id)}
    for note in entry.get("notes", []):
        if tuple(note.get(key) for key in NOTE_FIELDS[:6]) not in known:
            db["notes"].insert(
                {key: note.get(key) for key in NOTE_FIELDS} | {"document_id": document_id}
            )


Read = Callable[[str], bytes]


@contextlib.contextmanager
def reader(src: Path) -> Iterator[Read]:
    """A function reading one named file from the archive folder or zip."""
    if not src.exists():
        raise LibraryError(f"There is no archive at {src}.")
    if src.is_dir():
        root = src.resolve()

        def read_file(name: str) -> bytes:
            path = (root / name).resolve()
            if root not in path.parents:
                raise LibraryError(f"The archive {src} names a file outside it: {name}.")
            return path.read_bytes()

        yield read_file
        return
    if not zipfile.is_zipfile(src):
        raise LibraryError(f"{src} is neither a folder nor a .zip archive of a story.")
    with zipfile.ZipFile(src) as archive:
        yield lambda name: archive.read(str(PurePosixPath(name)))


def load_manifest(read: Read, src: Path) -> dict[str, Any]:
    """The parsed ``story.json``; refuse other formats and newer versions."""
    try:
        manifest = json.loads(read(MANIFEST).decode("utf-8"))
    except (OSError, KeyError, ValueError) as error:
        raise LibraryError(f"{src} is not a StoryDiff story archive ({error}).") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise LibraryError(f"{src} is not a StoryDiff story archive.")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise LibraryError(
            f"{src} was written by a newer StoryDiff; update StoryDiff to import it."
        )
    return manifest


def load_document(read: Read, entry: dict[str, Any], src: Path) -> tuple[str, bytes]:
    """A document's text and raw bytes, checked against the digests in the manifest."""
    try:
        text_bytes, raw = read(entry["text_file"]), read(entry["raw_file"])
    except (OSError, KeyError) as error:
        raise LibraryError(f"The archive {src} is incomplete ({error}).") from error
    if (
        hashlib.sha256(text_bytes).hexdigest() != entry["text_sha256"]
        or hashlib.sha256(raw).hexdigest() != entry["raw_sha256"]
    ):
        raise LibraryError(f"The archive {src} is damaged: {entry['text_file']} does not match.")
    return text_bytes.decode("utf-8"), raw
