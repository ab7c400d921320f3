"""The library schema as numbered migrations (``sqlite_utils.Migrations``).

Each migration runs in one transaction together with the record of it having
run, and sets ``library_info.schema_version`` to its number. Never edit a
migration that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database, Migrations

MIGRATION_SET = "storydiff"
MIGRATIONS = Migrations(MIGRATION_SET)
MIGRATION_NAMES: list[str] = []

Step = Callable[[Database], None]


def migration(number: int) -> Callable[[Step], Step]:
    """Register ``step`` as migration ``number`` (numbers must follow each other)."""

    def register(step: Step) -> Step:
        if number != len(MIGRATION_NAMES) + 1:
            raise ValueError(f"migration {number} registered out of order")
        name = f"{number:04d}_{step.__name__}"

        def run(db: Database) -> None:
            step(db)
            db["library_info"].upsert({"key": "schema_version", "value": str(number)}, pk="key")

        run.__name__ = name
        MIGRATIONS(name=name)(run)
        MIGRATION_NAMES.append(name)
        return step

    return register


@migration(1)
def stories_documents_tags(db: Database) -> None:
    """Stories, their documents (raw bytes and text) and the tags found in them."""
    db["library_info"].create({"key": str, "value": str}, pk="key")
    db["stories"].create(
        {"id": int, "name": str, "created": str}, pk="id", not_null={"name", "created"}
    )
    db["stories"].create_index(["name"], unique=True)
    db["documents"].create(
        {
            "id": int,
            "story_id": int,
            "title": str,
            "outlet": str,
            "author": str,
            "url": str,
            "published": str,
            "retrieved": str,
            "imported": str,
            "method": str,
            "text_sha256": str,
            "raw_sha256": str,
            "extra": str,
            "text": str,
            "raw": bytes,  # last, so reading the other columns skips its overflow pages
        },
        pk="id",
        foreign_keys=[("story_id", "stories", "id")],
        not_null={"story_id", "imported", "method", "text", "text_sha256", "raw_sha256", "raw"},
    )
    db["documents"].create_index(["story_id", "text_sha256", "raw_sha256"], unique=True)
    db["documents"].create_index(["url"])
    db["tags"].create(
        {
            "id": int,
            "document_id": int,
            "category": str,
            "kind": str,
            "text": str,
            "start": int,
            "end": int,
            "value": float,
            "value_text": str,
            "unit": str,
            "qualifier": str,
            "cue": str,
            "name": str,
            "speaker": str,
            "carries": str,
            "extra": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "category"},
    )
    db["tags"].create_index(["document_id"])
    db["tags"].create_index(["category", "value"])


@migration(2)
def full_text_search(db: Database) -> None:
    """FTS5 index over document titles and texts, kept current by triggers."""
    db["documents"].enable_fts(
        ["title", "text"], create_triggers=True, tokenize="porter unicode61 remove_diacritics 2"
    )


@migration(3)
def notes(db: Database) -> None:
    """Users' annotations on a span, a sentence or a difference."""
    db["notes"].create(
        {
            "id": int,
            "document_id": int,
            "start": int,
            "end": int,
            "sentence": int,
            "difference": str,
            "author": str,
            "body": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "body", "created", "updated"},
    )
    db["notes"].create_index(["document_id"])


@migration(4)
def comparisons(db: Database) -> None:
    """Cached comparison results, valid only for the texts and app version they were made from."""
    db["comparisons"].create(
        {
            "id": int,
            "document_a": int,
            "document_b": int,
            "mode": str,
            "text_sha256_a": str,
            "text_sha256_b": str,
            "app_version": str,
            "result": str,
            "created": str,
        },
        pk="id",
        foreign_keys=[("document_a", "documents", "id"), ("document_b", "documents", "id")],
        not_null={"document_a", "document_b", "mode", "result"},
    )
    db["comparisons"].create_index(
        ["text_sha256_a", "text_sha256_b", "mode", "app_version"], unique=True
    )
    db["comparisons"].create_index(["document_a"])
    db["comparisons"].create_index(["document_b"])


@migration(5)
def watches(db: Database) -> None:
    """Watched articles and feeds, a record of every check made of them, and when each
    watched host may be asked again."""
    db["watches"].create(
        {
            "id": int,
            "url": str,
            "kind": str,  # "article" or "feed"
            "story": str,  # the story new versions go to (articles only)
            "feed_id": int,  # the feed watch that found this article, if any
            "every": int,  # seconds between checks
            "paused": int,
            "created": str,
            "next_check": str,
            "last_check": str,
            "last_change": str,
            "last_error": str,
            "failures": int,  # errors in a row, for the back-off
            "etag": str,
            "last_modified": str,
            "last_document": int,  # the version the next check compares with
            "lease_owner": str,  # the process checking it now, until lease_until
            "lease_until": str,
        },
        pk="id",
        not_null={"url", "kind", "every", "paused", "created", "next_check", "failures"},
    )
    db["watches"].create_index(["kind", "url"], unique=True)
    db["watches"].create_index(["next_check"])
    db["watch_checks"].create(
        {
            "id": int,
            "watch_id": int,
            "checked": str,
            "outcome": str,  # new_version, unchanged, noise, not_modified, error, feed
            "document_id": int,
            "summary": str,
            "error": str,
        },
        pk="id",
        foreign_keys=[("watch_id", "watches", "id")],
        not_null={"watch_id", "checked", "outcome"},
    )
    db["watch_checks"].create_index(["watch_id"])
    # When each host may be asked again: politeness shared by every process.
    db["watch_hosts"].create({"host": str, "next_fetch": str}, pk="host")


@migration(6)
def tagger_versions(db: Database) -> None:
    """The tagger version that made each document's stored tags (none yet: tagged again on
    first use), and stored comparisons keyed on the core's version instead of the app's
    (the ones kept so far were made by unknown rules: dropped, computed again on demand)."""
    db["documents"].add_column("tagger_version", str)
    db["comparisons"].add_column("core_version", str)
    db.execute("DELETE FROM comparisons")
    db["comparisons"].create_index(
        ["text_sha256_a", "text_sha256_b", "mode", "core_version"], unique=True
    )


# A tag's searchable words; a claim has no text of its own: its words are the document's
# at its span. One place, used by the migration's triggers and the search's results.
TAG_TEXT = "coalesce({t}.text, substr(documents.text, {t}.start + 1, {t}.end - {t}.start))"
TAG_INDEX_ROW = """
INSERT INTO tags_fts (rowid, text, value_text, name, speaker)
SELECT {t}.id, {text}, {t}.value_text, {t}.name, {t}.speaker
FROM documents WHERE documents.id = {t}.document_id;
"""


@migration(7)
def tag_search_index(db: Database) -> None:
    """An FTS5 trigram index of tags' words, exact values, source names and speakers, so
    that searching tags by any part of their words is an index look-up, not a scan of every
    tag. Triggers keep it in step with every write to ``tags`` (import, re-tagging, delete,
    undo) in the writer's transaction; existing tags are indexed here."""
    db.execute(
        "CREATE VIRTUAL TABLE tags_fts USING fts5("
        "text, value_text, name, speaker, tokenize = 'trigram')"
    )
    row = TAG_INDEX_ROW.format(t="new", text=TAG_TEXT.format(t="new"))
    forget = "DELETE FROM tags_fts WHERE rowid = old.id;"
    triggers = {"insert": row, "delete": forget, "update": f"{forget} {row}"}
    for event, body in triggers.items():  # one statement each: executescript would commit
        db.execute(
            f"CREATE TRIGGER tags_fts_{event} AFTER {event.upper()} ON tags BEGIN {body} END"
        )
    db.execute(
        "INSERT INTO tags_fts (rowid, text, value_text, name, speaker) "
        f"SELECT tags.id, {TAG_TEXT.format(t='tags')}, tags.value_text, tags.name, tags.speaker "
        "FROM tags JOIN documents ON documents.id = tags.document_id"
    )


SCHEMA_VERSION = len(MIGRATION_NAMES)
