"""Full-text search (FTS5) over titles and texts, and search by tag.

User text never reaches FTS5 as syntax: every word becomes a quoted string, so
``"``, ``*``, ``NEAR(`` or ``AND`` are searched for, not interpreted. Words in
double quotes are searched as a phrase; a word ending in ``*`` as a prefix.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from storydiff.library.records import SearchHit, TagHit
from storydiff.library.schema import TAG_TEXT
from storydiff.library.tagrows import category_of

MATCH_START, MATCH_END, ELLIPSIS = "[[", "]]", "…"
MARKERS = (MATCH_START, MATCH_END, ELLIPSIS)
TITLE_WEIGHT, TEXT_WEIGHT = 5.0, 1.0
TERM = re.compile(r'"([^"]+)"|(\S+)')
# FTS5's time (snippet() above all) grows with the terms of the query times their
# matches: a pasted 1,000-word paragraph took minutes. A query keeps its first
# MAX_QUERY_TERMS distinct terms, each cut to MAX_TERM_CHARS; a prefix needs
# MIN_PREFIX_CHARS (``a*`` would expand to most of the vocabulary).
MAX_QUERY_CHARS = 2000
MAX_QUERY_TERMS = 8
MAX_TERM_CHARS = 100
MAX_PHRASE_WORDS = 8
MIN_PREFIX_CHARS = 2

# Ranking first, snippets after: snippet() re-reads a whole text, so only the hits shown pay it.
# bm25() costs about 20 microseconds a matching document: a query matching more than
# MAX_RANKED documents ranks the MAX_RANKED most recently imported of them (FLOOR finds
# the lowest id among those; counting matches without ranking them is cheap).
MAX_RANKED = 2000
STORY_FILTER = "(:story IS NULL OR rowid IN (SELECT id FROM documents WHERE story_id = :story))"
FLOOR = f"""
SELECT rowid FROM documents_fts
WHERE documents_fts MATCH :query AND {STORY_FILTER}
ORDER BY rowid DESC LIMIT 1 OFFSET {MAX_RANKED - 1}
"""
RANKED = f"""
SELECT rowid, bm25(documents_fts, {TITLE_WEIGHT}, {TEXT_WEIGHT}) AS rank
FROM documents_fts
WHERE documents_fts MATCH :query AND rowid >= :floor AND {STORY_FILTER}
ORDER BY rank, rowid
LIMIT :limit
"""
SNIPPETS = """
SELECT documents.id AS document_id, documents.story_id, stories.name AS story,
       documents.title, snippet(documents_fts, -1, ?, ?, ?, 16) AS snippet
FROM documents_fts
JOIN documents ON documents.id = documents_fts.rowid
JOIN stories ON stories.id = documents.story_id
WHERE documents_fts MATCH ? AND documents_fts.rowid IN ({ids})
"""

# Tags are found through ``tags_fts`` (migration 7), a trigram index: a quoted string of
# three characters or more matches any tag holding it, as LIKE '%…%' did, without reading
# every tag. Shorter text has no trigram, so matches no tag's words (a LIKE scan for it took
# up to 2 s): it finds figures by value only.
# A search matching more than MAX_TAG_HITS tags shows the MAX_TAG_HITS newest of them
# (building 100,000 hits took longer than finding them).
# The index is asked for the first MAX_TAG_INDEX_CHARS characters (a trigram phrase's time
# grows with its trigrams: 100 characters of a pasted paragraph took 80-120 ms), and LIKE
# checks the whole of a longer text on the tags found (only then: read on every match of a
# common word, it took 340 ms).
MIN_TAG_CHARS = 3
MAX_TAG_INDEX_CHARS = 24
MAX_TAG_HITS = 1000
LONG_TEXT = " OR ".join(
    f"{column} LIKE :pattern ESCAPE '\\'" for column in ("text", "value_text", "name", "speaker")
)
TAG_SEARCH = f"""
SELECT tags.document_id, stories.name AS story, tags.category,
       {TAG_TEXT.format(t="tags")} AS text, tags.start, tags.end
FROM tags
JOIN documents ON documents.id = tags.document_id
JOIN stories ON stories.id = documents.story_id
WHERE tags.id IN (
    SELECT id FROM (SELECT id FROM tags WHERE category = 'figure' AND value = :number
                    UNION ALL SELECT rowid AS id FROM tags_fts WHERE tags_fts MATCH :words
                          AND ({{whole_text}}))
    JOIN tags USING (id)
    WHERE :category IS NULL OR tags.category = :category
    ORDER BY id DESC LIMIT {MAX_TAG_HITS})
ORDER BY stories.name, tags.document_id, tags.start, tags.id
"""


def fts_query(text: str) -> str:
    """An FTS5 query matching documents that hold every word (or quoted phrase) of ``text``,
    bounded: its first :data:`MAX_QUERY_TERMS` distinct terms (see the limits above)."""
    return " ".join(fts_terms(text))


def fts_terms(text: str) -> list[str]:
    """The terms of :func:`fts_query`, each a quoted FTS5 string (``*`` after a prefix)."""
    terms: list[str] = []
    seen: set[str] = set()
    for match in TERM.finditer(text[:MAX_QUERY_CHARS]):
        phrase, word = match.groups()
        term = " ".join(phrase.split()[:MAX_PHRASE_WORDS]) if phrase is not None else word
        prefix = phrase is None and term.endswith("*")
        term = (term.rstrip("*") if prefix else term)[:MAX_TERM_CHARS]
        if not re.search(r"\w", term):
            continue  # punctuation alone matches nothing in FTS5
        prefix = prefix and len(term) >= MIN_PREFIX_CHARS
        quoted = '"' + term.replace('"', '""') + '"' + ("*" if prefix else "")
        if quoted.casefold() not in seen:
            seen.add(quoted.casefold())
            terms.append(quoted)
        if len(terms) == MAX_QUERY_TERMS:
            break
    return terms


def documents(db: Database, text: str, limit: int, story_id: int | None) -> list[SearchHit]:
    """Documents matching ``text``, best first, with a snippet around the matches."""
    terms = fts_terms(text)
    if not terms:
        return []
    query = " ".join(terms)
    params = {"query": query, "story": story_id, "limit": limit}
    floor = db.execute(FLOOR, params).fetchone()
    params["floor"] = floor[0] if floor else 0
    ranked = db.execute(RANKED, params).fetchall()
    if not ranked:
        return []
    ids = [document_id for document_id, _ in ranked]
    sql = SNIPPETS.format(ids=", ".join("?" for _ in ids))
    # snippet()'s time grows faster than its terms: the snippet shows the first term
    # (every hit holds it), which keeps each under a few milliseconds.
    rows = {row["document_id"]: row for row in db.query(sql, [*MARKERS, terms[0], *ids])}
    return [SearchHit(**rows[document_id], rank=rank) for document_id, rank in ranked]


def tags(db: Database, text: str, category: str | None) -> list[TagHit]:
    """Tags matching ``text`` in their words, source name or speaker, or as a figure's value
    (``text`` is cut to :data:`MAX_TERM_CHARS`: no tag is longer); text shorter than
    :data:`MIN_TAG_CHARS` matches values only; at most :data:`MAX_TAG_HITS` hits)."""
    text = text.strip()[:MAX_TERM_CHARS]
    if not text:
        return []
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    words = text[:MAX_TAG_INDEX_CHARS]
    params = {
        "number": as_number(text),
        "words": '"' + words.replace('"', '""') + '"',  # under 3 characters: no rows
        "pattern": f"%{escaped}%",
        "category": category_of(category) if category else None,
    }
    whole_text = LONG_TEXT if len(text) > MAX_TAG_INDEX_CHARS else "1"
    return [TagHit(**row) for row in db.query(TAG_SEARCH.format(whole_text=whole_text), params)]


def as_number(text: str) -> float | None:
    """``"370,000"`` → 370000.0; ``None`` when the text is not a plain number."""
    cleaned = re.sub(r"(?<=\d)[,\u202f\u00a0 ](?=\d{3}\b)", "", text.strip())
    return float(cleaned) if re.fullmatch(r"[-+]?\d+(\.\d+)?", cleaned) else None
