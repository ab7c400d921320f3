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
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from storydiff import __version__
from storydiff.core.imported import MEGABYTE, size_text
from storydiff.errors import LibraryError
from storydiff.library import documents
from storydiff.library import manifest as manifest_check
from storydiff.library.records import StoryRecord, now, stored_time

if TYPE_CHECKING:
    from storydiff.library.store import Library

FORMAT, FORMAT_VERSION, MANIFEST = "storydiff-story", 1, "story.json"
RAW_SUFFIXES = {"html": ".html", "url": ".html", "wayback": ".html", "feed": ".xml",
                "pdf": ".pdf", "docx": ".docx", "text": ".txt", "paste": ".txt"}  # fmt: skip
DOCUMENT_FIELDS = ("title", "outlet", "author", "url", "published", "retrieved", "imported",
                   "method", "text_sha256", "raw_sha256", "extra")  # fmt: skip
TIME_FIELDS = ("published", "retrieved", "imported")
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
        base = f"documents/{number:04d}"
        text, raw = doc.text.encode("utf-8"), library.raw_bytes(doc.id)
        raw_name = base + RAW_SUFFIXES.get(doc.method, ".bin")
        if raw_name == base + ".txt" and raw != text:  # e.g. a Windows-1252 .txt file
            raw_name = base + ".raw.txt"
        files[base + ".txt"] = text
        files[raw_name] = raw
        # from the record, read defensively: a stored value that is not valid goes as unknown
        entry = {key: getattr(doc, key) for key in DOCUMENT_FIELDS}
        entry.update({key: stored_time(getattr(doc, key)) for key in TIME_FIELDS})
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
        "story": {"name": story.name, "created": stored_time(story.created)},
        "documents": entries,
    }
    return files, manifest


def stamps(note: Any) -> dict[str, str | None]:
    return {"created": stored_time(note.created), "updated": stored_time(note.updated)}


def import_archive(library: Library, src: Path) -> StoryRecord:
    """Add the story in ``src`` (folder or zip) to ``library``, merging by name, skipping copies.

    The whole archive is read and checked first (every field of its manifest, every
    digest, the size of every entry); nothing is written unless all of it is good.
    """
    with reader(src) as read:
        manifest = load_manifest(read, src)
        loaded = load_documents(read, manifest["documents"], src)
    story = manifest["story"]
    with library.transaction():
        story_id = story_named(library, story["name"], story.get("created") or now())
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
        row = {key: entry.get(key) for key in DOCUMENT_FIELDS}
        row["imported"] = row["imported"] or now()
        extra = entry.get("extra") or {}
        row.update(
            story_id=story_id, text=text, raw=raw, extra=json.dumps(extra) if extra else None
        )
        document_id = documents.insert(db, row, entry.get("tags") or {})
    known = {tuple(getattr(n, key) for key in NOTE_FIELDS[:6]) for n in library.notes(document_id)}
    for note in entry.get("notes", []):
        if tuple(note.get(key) for key in NOTE_FIELDS[:6]) not in known:
            row = {key: note.get(key) for key in NOTE_FIELDS} | {"document_id": document_id}
            row["created"] = row["created"] or now()
            row["updated"] = row["updated"] or row["created"]
            db["notes"].insert(row)


Read = Callable[[str], bytes]

# Bounds on what an archive may make StoryDiff hold in memory (inflated sizes).
MAX_MANIFEST_BYTES = 64 * MEGABYTE
MAX_ENTRY_BYTES = 64 * MEGABYTE  # above the importers' own limits (50 MB files)
MAX_ARCHIVE_BYTES = 512 * MEGABYTE


@contextlib.contextmanager
def reader(src: Path) -> Iterator[Read]:
    """A function reading one named file from the archive folder or zip, each at most
    once (a manifest naming one file many times costs its size once), within
    :data:`MAX_ENTRY_BYTES` each and :data:`MAX_ARCHIVE_BYTES` in all."""
    if not src.exists():
        raise LibraryError(f"There is no archive at {src}.")
    if src.is_dir():
        yield bounded(src, folder_entry(src))
        return
    if not src.is_file():
        raise LibraryError(f"{src} is neither a folder nor a .zip archive of a story.")
    try:
        with open_zip(src) as archive:
            yield bounded(src, zip_entry(src, archive))
    except (zipfile.BadZipFile, NotImplementedError, EOFError, zlib.error) as error:
        raise LibraryError(f"The archive {src} is damaged ({error}).") from error


@contextlib.contextmanager
def open_zip(src: Path) -> Iterator[zipfile.ZipFile]:
    if not zipfile.is_zipfile(src):
        raise LibraryError(f"{src} is neither a folder nor a .zip archive of a story.")
    with zipfile.ZipFile(src) as archive:
        yield archive


Entry = Callable[[str, int], bytes]  # (name, most bytes to read) -> at most that plus one


def folder_entry(src: Path) -> Entry:
    root = src.resolve()

    def read(name: str, limit: int) -> bytes:
        path = (root / name).resolve()
        if root not in path.parents:
            raise LibraryError(f"The archive {src} names a file outside it: {name}.")
        if not path.is_file():  # a FIFO or device would block or never end
            raise LibraryError(f"The archive {src} is incomplete ({name} is not a file).")
        with path.open("rb") as stream:
            return stream.read(limit + 1)

    return read


def zip_entry(src: Path, archive: zipfile.ZipFile) -> Entry:
    def read(name: str, limit: int) -> bytes:
        info = archive.getinfo(str(PurePosixPath(name)))
        if info.file_size > limit:  # refused by its declared size, nothing inflated
            raise LibraryError(too_big(src, name, limit))
        # zipfile never inflates past the declared size, so the read is bounded too
        with archive.open(info) as stream:
            return stream.read(limit + 1)

    return read


def too_big(src: Path, name: str, limit: int) -> str:
    return (
        f"The archive {src} holds a file too big to import: {name} (more than "
        f"{size_text(limit)}; a damaged or malicious archive?)."
    )


def bounded(src: Path, entry: Entry) -> Read:
    """:data:`Read` over ``entry`` with the size bounds and a cache by name."""
    cache: dict[str, bytes] = {}
    total = 0

    def read(name: str) -> bytes:
        nonlocal total
        key = str(PurePosixPath(name))
        if key not in cache:
            limit = MAX_MANIFEST_BYTES if key == MANIFEST else MAX_ENTRY_BYTES
            data = entry(name, min(limit, MAX_ARCHIVE_BYTES - total))
            if len(data) > limit:
                raise LibraryError(too_big(src, name, limit))
            total += len(data)
            if total > MAX_ARCHIVE_BYTES:
                raise LibraryError(
                    f"The archive {src} unpacks to more than {size_text(MAX_ARCHIVE_BYTES)}, "
                    "more than StoryDiff imports at once (a damaged or malicious archive?)."
                )
            cache[key] = data
        return cache[key]

    return read


def load_manifest(read: Read, src: Path) -> dict[str, Any]:
    """The parsed ``story.json``, every field checked; refuse other formats and newer versions."""
    try:
        manifest = json.loads(read(MANIFEST).decode("utf-8"))
    except (OSError, KeyError, ValueError, RecursionError) as error:
        reason = "nested too deeply" if isinstance(error, RecursionError) else error
        raise LibraryError(f"{src} is not a StoryDiff story archive ({reason}).") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise LibraryError(f"{src} is not a StoryDiff story archive.")
    try:
        manifest_check.check(manifest, FORMAT_VERSION)
    except manifest_check.ManifestError as error:
        raise LibraryError(
            f"The archive {src} cannot be imported: in its story.json, {error}; "
            "nothing was imported."
        ) from error
    if manifest.get("format_version", 1) > FORMAT_VERSION:
        raise LibraryError(
            f"{src} was written by a newer StoryDiff; update StoryDiff to import it."
        )
    return manifest


def load_documents(
    read: Read, entries: list[dict[str, Any]], src: Path
) -> list[tuple[dict[str, Any], str, bytes]]:
    """Each document's text and raw bytes, checked against the digests in the manifest;
    a file named by several entries is hashed and decoded once."""
    digests: dict[str, str] = {}
    texts: dict[str, str] = {}
    loaded = []
    for entry in entries:
        names = (entry["text_file"], entry["raw_file"])
        try:
            text_bytes, raw = (read(name) for name in names)
        except (OSError, KeyError) as error:
            raise LibraryError(f"The archive {src} is incomplete ({error}).") from error
        for name, data in zip(names, (text_bytes, raw), strict=True):
            if name not in digests:
                digests[name] = hashlib.sha256(data).hexdigest()
        if (digests[names[0]], digests[names[1]]) != (entry["text_sha256"], entry["raw_sha256"]):
            raise LibraryError(f"The archive {src} is damaged: {names[0]} does not match.")
        if names[0] not in texts:
            try:
                texts[names[0]] = text_bytes.decode("utf-8")
            except UnicodeDecodeError:
                raise LibraryError(
                    f"The archive {src} is damaged: {names[0]} is not UTF-8 text."
                ) from None
        loaded.append((entry, texts[names[0]], raw))
    return loaded
