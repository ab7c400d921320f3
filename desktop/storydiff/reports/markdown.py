"""The Markdown report, for a CMS or a chat: differences, then the inline aligned diff.

Markdown has no colour, so ~~struck through~~ is removed and **bold** is added.
Article and user text is escaped with :func:`md` so it can neither format nor
link (``[x](javascript:...)``) nor inject HTML nor break a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storydiff.reports import wording
from storydiff.reports.facts_rows import LEGEND as FACTS_LEGEND
from storydiff.reports.facts_rows import column_name, fact_rows, first_name
from storydiff.reports.model import Report, Row, Section, Segment
from storydiff.reports.reuse_section import (
    REUSE_NOTE,
    churn_lines,
    names_of,
    pair_lines,
    share_line,
)

# Any ASCII punctuation may be backslash-escaped in CommonMark; these can start
# emphasis, code, links, images, HTML, entities, tables, headings or maths.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#!|~&$])")
# At the start of a line, a list marker ("1." or "2)" or "-" or "+" followed by a
# space or the end) or a line of "=" or "-" (a heading underline); the match ends
# where the backslash goes. "0.1.0" and "2026-12-01" are plain text and stay so.
_MARKER = re.compile(r"\s*(?:\d{1,9}(?=[.)](?:\s|$))|(?=[-+](?:\s|$))|(?=[=-]+\s*$))")
_SPACES = re.compile(r"\s+")


def md(text: str | None) -> str:
    """Text shown literally by any Markdown renderer, on one line, even at its start."""
    escaped = _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text or ""))
    marker = _MARKER.match(escaped)
    if marker is None:
        return escaped
    return f"{escaped[: marker.end()]}\\{escaped[marker.end() :]}"


def render_markdown(report: Report) -> str:
    """The whole report as Markdown."""
    return "\n".join(_lines(report)).rstrip() + "\n"


def _lines(report: Report) -> Iterator[str]:
    yield f"# {md(report.story)}"
    yield ""
    yield (
        f"Comparison report made with StoryDiff {md(report.app_version)} on "
        f"{md(wording.when(report.generated))}; {len(report.documents)} versions."
    )
    yield from _documents(report)
    yield from _legend()
    yield from _facts(report)
    yield from _timeline(report)
    yield from _figures(report)
    yield from _reuse(report)
    for section in report.sections:
        yield from _section(report, section)
    yield from _notes(report)


def _documents(report: Report) -> Iterator[str]:
    yield ""
    yield "## Documents compared"
    for index, doc in enumerate(report.documents):
        yield ""
        yield f"### {md(wording.version_name(report, index))}"
        yield ""
        for label, value in wording.provenance_fields(doc):
            shown = f"`{value}`" if "SHA" in label else md(value)
            yield f"- {label}: {shown}"
    yield ""
    yield md(wording.VERIFY_NOTE)


def _legend() -> Iterator[str]:
    yield ""
    yield "## How to read this report"
    yield ""
    yield "- ~~removed words~~ (struck through): in the older version only."
    yield "- **added words** (bold): in the newer version only."
    yield f"- {wording.MOVED_SIGN} moved: a sentence in a different place."
    yield f"- {md(wording.SENTENCE_NOTE)}"


def _facts(report: Report) -> Iterator[str]:
    rows = fact_rows(report.facts)
    if not rows:
        return
    docs = report.documents
    yield ""
    yield "## Facts"
    yield ""
    yield md(FACTS_LEGEND)
    yield ""
    yield "| Fact | " + " | ".join(md(column_name(doc)) for doc in docs) + " | First |"
    yield "|---|" + "---|" * (len(docs) + 1)
    for row in rows:
        label = f"**{md(row.heading)}**" if row.conflict else md(row.heading)
        cells = " | ".join(md(value) for value in row.values)
        yield f"| {label} | {cells} | {md(first_name(row, docs))} |"


def _timeline(report: Report) -> Iterator[str]:
    if not report.timeline:
        return
    yield ""
    yield "## Revision timeline"
    yield ""
    yield "| Version | Title | Published | Retrieved | Changed sentences | Differences |"
    yield "|---|---|---|---|---|---|"
    for step in report.timeline:
        changed = "–" if step.changed_sentences is None else step.changed_sentences
        found = "–" if step.differences is None else step.differences
        yield (
            f"| {step.version} | {md(step.title)} | {md(wording.when(step.published))} | "
            f"{md(wording.when(step.retrieved))} | {changed} | {found} |"
        )


def _figures(report: Report) -> Iterator[str]:
    if not report.figures:
        return
    yield ""
    yield "## Figure histories"
    yield ""
    yield "| Figure | " + " | ".join(f"v{doc.version}" for doc in report.documents) + " |"
    yield "|---|" + "---|" * len(report.documents)
    for history in report.figures:
        name = md(" ".join(filter(None, (history.kind, history.unit))))
        flag = " **(changed)**" if history.changed else ""
        cells = " | ".join(md(", ".join(values)) or "–" for values in history.values)
        yield f"| {name}{flag} | {cells} |"


def _reuse(report: Report) -> Iterator[str]:
    if report.reuse is None:
        return
    names = names_of(report.documents)
    lines = pair_lines(report.reuse, names)
    yield ""
    yield "## Reuse"
    yield ""
    yield md(REUSE_NOTE)
    if not lines:
        yield ""
        yield "No two documents share a passage."
    for line in lines:
        yield ""
        yield f"### {md(names[line.a])} and {md(names[line.b])}"
        yield ""
        yield md(share_line(line, names)) + "."
        yield ""
        for p in line.passages:
            yield (
                f"- “{md(p.excerpt)}” (sentences {md(p.sentences_a)} / {md(p.sentences_b)}; "
                f"{md(p.how)}; likely origin: {md(p.origin)})"
            )
    churn = churn_lines(report.reuse, names)
    if churn:
        yield ""
        yield "### Churn: share of each article that is press-release or wire copy"
        yield ""
        yield from (f"- {md(item)}" for item in churn)


def _section(report: Report, section: Section) -> Iterator[str]:
    yield ""
    yield f"## {md(wording.section_title(report, section))}"
    yield ""
    yield (
        f"{md(wording.version_name(report, section.old))} compared with "
        f"{md(wording.version_name(report, section.new))}: {md(wording.counts_line(section))}."
    )
    yield ""
    yield f"### Differences by kind ({len(section.changes)})"
    if not section.changes:
        yield ""
        yield "No figure, source, quote or claim was found to differ."
    for category, title in wording.CATEGORY_TITLES.items():
        changes = section.changes_in(category)
        if changes:
            yield ""
            yield f"#### {title} ({len(changes)})"
            yield ""
            for change in changes:
                old = f"~~{md(change.old)}~~" if change.old else "–"
                new = f"**{md(change.new)}**" if change.new else "–"
                yield (
                    f"- {md(wording.kind_label(change.kind))}: {old} → {new} "
                    f"({md(wording.place(change))})"
                )
    yield ""
    yield "### Aligned text"
    for row in section.rows:
        yield ""
        yield _row(report, section, row)
        for number in row.notes:
            note = report.notes[number - 1]
            author = f" ({md(note.author)})" if note.author else ""
            yield f"> **Note {note.number}**{author}: {md(note.body)}"


def _row(report: Report, section: Section, row: Row) -> str:
    places = []
    if row.old_sentences:
        old = report.documents[section.old].version
        places.append(f"v{old} {wording.sentences(row.old_sentences)}")
    if row.new_sentences:
        new = report.documents[section.new].version
        places.append(f"v{new} {wording.sentences(row.new_sentences)}")
    label = "" if row.op == "equal" else f" {wording.row_label(row)}:"
    text = "".join(_marked(row.inline)).strip()
    return f"`[{' | '.join(places)}]`{label} {text}"


def _marked(segments: tuple[Segment, ...]) -> Iterator[str]:
    previous = "same"
    for segment in segments:
        if previous == "deleted" and segment.mark == "inserted":
            yield " "  # keep ~~300,000~~ **318,000** apart
        yield _mark(segment)
        previous = segment.mark


def _mark(segment: Segment) -> str:
    """Mark a run, keeping its outer spaces outside the markers (CommonMark needs that)."""
    if segment.mark == "same" or not segment.text.strip():
        return md(segment.text)
    inner = segment.text.strip()
    lead = " " if segment.text[:1].isspace() else ""
    tail = " " if segment.text[-1:].isspace() else ""
    marker = "~~" if segment.mark == "deleted" else "**"
    return f"{lead}{marker}{md(inner)}{marker}{tail}"


def _notes(report: Report) -> Iterator[str]:
    if not report.notes:
        return
    yield ""
    yield "## Notes"
    for note in report.notes:
        where = wording.note_place(note)
        quoted = f" on “{md(note.quoted)}”" if note.quoted else ""
        author = f" by {md(note.author)}" if note.author else ""
        yield ""
        when = md(wording.when(note.created))
        yield f"{note.number}. Note on {md(where)}{quoted}{author}, {when}:  "
        yield f"   {md(note.body)}"
