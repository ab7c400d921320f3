"""The HTML report: one self-contained file (inline CSS, no scripts, nothing remote),
readable on a phone and printable.

Every piece of article or user text goes through :func:`esc`. The PDF format
reuses this writer with a layout Qt's rich text understands (see ``pdf.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from storydiff.reports import wording
from storydiff.reports.facts_rows import LEGEND as FACTS_LEGEND
from storydiff.reports.facts_rows import column_name, fact_rows, first_name
from storydiff.reports.model import Note, Report, Row, Section, Segment
from storydiff.reports.reuse_section import (
    REUSE_NOTE,
    churn_lines,
    names_of,
    pair_lines,
    share_line,
)

CSS = """
:root{--del:#ffd9d6;--del-ink:#6b0d05;--ins:#d3e6ff;--ins-ink:#06306b;--line:#d8d8d8;--muted:#5c5c5c}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 Georgia,"DejaVu Serif",serif;color:#1a1a1a;background:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.7rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;border-bottom:2px solid #1a1a1a;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
h2,h3,h4,.where,.meta,th,dt,.legend,.notes-list,.timeline,.small{
 font-family:system-ui,"DejaVu Sans",sans-serif}
.meta,.small{color:var(--muted);font-size:.9rem}
.docs{display:grid;grid-template-columns:repeat(auto-fit,minmax(19rem,1fr));gap:1rem}
.doc{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem}
.doc h3{margin:.1rem 0 .4rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:0;font-size:.9rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.hash{font-family:"DejaVu Sans Mono",monospace;font-size:.8rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}
del{background:var(--del);color:var(--del-ink);text-decoration:line-through}
ins{background:var(--ins);color:var(--ins-ink);text-decoration:underline}
.legend ul{padding-left:1.2rem}
.diff-head,.row{display:grid;grid-template-columns:1fr 1fr;gap:0 1.25rem}
.diff-head{font:600 .9rem system-ui,"DejaVu Sans",sans-serif;border-bottom:2px solid #1a1a1a}
.row{border-bottom:1px solid var(--line);padding:.45rem 0 .45rem .6rem;
 border-left:4px solid transparent}
.row.equal{color:#444}
.row.changed,.row.split,.row.merged{border-left-color:#888}
.row.deleted{border-left-color:#c0392b}
.row.inserted{border-left-color:#1f5fbf}
.row.moved{border-left:4px dashed #7a4bb0}
.where{display:block;color:var(--muted);font-size:.75rem;letter-spacing:.02em}
.row-notes{grid-column:1/-1;margin:.35rem 0 0}
.note{display:block;background:#fff7d6;border-left:3px solid #c9a400;padding:.25rem .5rem;
 font-size:.92rem}
@media (max-width:44rem){
 body{font-size:15px}main{padding:.6rem .75rem 2rem}
 .diff-head{display:none}.row{grid-template-columns:1fr}.side.new{margin-top:.35rem}
 .side:empty{display:none}
 dl{grid-template-columns:1fr}dt{margin-top:.3rem}
 table,thead,tbody,tr,td,th{font-size:.9rem}
 .changes thead{display:none}.changes,.changes tbody,.changes tr,.changes td{display:block}
 .changes tr{border:1px solid var(--line);margin-bottom:.4rem}.changes td{border:0}
 .changes td:first-child{font-weight:600;background:#f2f2f2}
 .changes td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
}
@media print{
 body{font-size:10pt}main{max-width:none;padding:0}
 h2{break-after:avoid}.row,.doc,tr{break-inside:avoid}
 del,ins,.note,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""


def esc(text: str | None) -> str:
    """Text from an article or a user, safe inside HTML elements and attributes."""
    return escape(text or "", quote=True)


def render_html(report: Report) -> str:
    """The whole report as one HTML file."""
    return HtmlWriter(report).render()


class HtmlWriter:
    """Writes a :class:`Report` as HTML; ``pdf.QtHtmlWriter`` changes the layout parts."""

    def __init__(self, report: Report) -> None:
        self.report = report

    def render(self) -> str:
        title = esc(f"StoryDiff report: {self.report.story}")
        head = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="generator" content="StoryDiff {esc(self.report.app_version)}">'
            f"<title>{title}</title><style>{self.css()}</style></head><body><main>"
        )
        return head + "\n".join(self.body()) + "\n</main></body></html>\n"

    def css(self) -> str:
        return CSS

    def body(self) -> Iterator[str]:
        yield from self.header()
        yield from self.documents()
        yield from self.legend()
        yield from self.facts()
        yield from self.timeline()
        yield from self.figures()
        yield from self.reuse()
        for section in self.report.sections:
            yield from self.section(section)
        yield from self.notes()
        yield f'<p class="small">Made with StoryDiff {esc(self.report.app_version)}.</p>'

    def header(self) -> Iterator[str]:
        report = self.report
        yield f"<h1>{esc(report.story)}</h1>"
        yield (
            f'<p class="meta">Comparison report made with StoryDiff {esc(report.app_version)} '
            f"on {esc(wording.when(report.generated))}; {len(report.documents)} versions.</p>"
        )

    def documents(self) -> Iterator[str]:
        yield '<h2>Documents compared</h2><div class="docs">'
        for index, doc in enumerate(self.report.documents):
            yield f'<div class="doc"><h3>{esc(wording.version_name(self.report, index))}</h3><dl>'
            for label, value in wording.provenance_fields(doc):
                cls = ' class="hash"' if "SHA" in label else ""
                yield f"<dt>{esc(label)}</dt><dd{cls}>{esc(value)}</dd>"
            yield "</dl></div>"
        yield f'</div><p class="small">{esc(wording.VERIFY_NOTE)}</p>'

    def legend(self) -> Iterator[str]:
        samples = {
            "deleted": self.mark(Segment("deleted", "removed words")),
            "inserted": self.mark(Segment("inserted", "added words")),
            "moved": f"<b>{wording.MOVED_SIGN} moved</b>",
        }
        yield '<h2>How to read this report</h2><ul class="legend">'
        for key, look, meaning in wording.LEGEND:
            yield f"<li>{samples[key]}: {esc(look)}; {esc(meaning)}.</li>"
        yield f"<li>{esc(wording.SENTENCE_NOTE)}</li></ul>"

    def facts(self) -> Iterator[str]:
        rows = fact_rows(self.report.facts)
        if not rows:
            return
        docs = self.report.documents
        names = "".join(f"<th>{esc(column_name(doc))}</th>" for doc in docs)
        yield f'<h2>Facts</h2><p class="small">{esc(FACTS_LEGEND)}</p>'
        yield f'<table class="facts"><thead><tr><th>Fact</th>{names}<th>First</th></tr></thead>'
        yield "<tbody>"
        for row in rows:
            label = f"<b>{esc(row.heading)}</b>" if row.conflict else esc(row.heading)
            cells = "".join(f"<td>{esc(value)}</td>" for value in row.values)
            yield f"<tr><td>{label}</td>{cells}<td>{esc(first_name(row, docs))}</td></tr>"
        yield "</tbody></table>"

    def timeline(self) -> Iterator[str]:
        if not self.report.timeline:
            return
        yield '<h2>Revision timeline</h2><table class="timeline"><thead><tr><th>Version</th>'
        yield "<th>Title</th><th>Published</th><th>Retrieved</th>"
        yield "<th>Changed sentences</th><th>Differences</th></tr></thead><tbody>"
        for step in self.report.timeline:
            changed = "–" if step.changed_sentences is None else str(step.changed_sentences)
            found = "–" if step.differences is None else str(step.differences)
            yield (
                f"<tr><td>{step.version}</td><td>{esc(step.title)}</td>"
                f"<td>{esc(wording.when(step.published))}</td>"
                f"<td>{esc(wording.when(step.retrieved))}</td><td>{changed}</td><td>{found}</td></tr>"
            )
        yield "</tbody></table>"

    def figures(self) -> Iterator[str]:
        if not self.report.figures:
            return
        versions = "".join(f"<th>v{doc.version}</th>" for doc in self.report.documents)
        yield f"<h2>Figure histories</h2><table><thead><tr><th>Figure</th>{versions}</tr></thead>"
        yield "<tbody>"
        for history in self.report.figures:
            name = esc(" ".join(filter(None, (history.kind, history.unit))))
            flag = " <b>(changed)</b>" if history.changed else ""
            cells = "".join(f"<td>{esc(', '.join(v)) or '–'}</td>" for v in history.values)
            yield f"<tr><td>{name}{flag}</td>{cells}</tr>"
        yield "</tbody></table>"

    def reuse(self) -> Iterator[str]:
        """Text reuse between the documents: shares, passages and their origins, churn."""
        reuse = self.report.reuse
        if reuse is None:
            return
        names = names_of(self.report.documents)
        lines = pair_lines(reuse, names)
        yield f'<h2>Reuse</h2><p class="small">{esc(REUSE_NOTE)}</p>'
        if not lines:
            yield "<p>No two documents share a passage.</p>"
        for line in lines:
            yield f"<h3>{esc(names[line.a])} and {esc(names[line.b])}</h3>"
            yield f"<p>{esc(share_line(line, names))}.</p>"
            yield "<table><thead><tr><th>Passage</th><th>Sentences</th><th>Edits</th>"
            yield "<th>Likely origin</th></tr></thead><tbody>"
            for passage in line.passages:
                yield (
                    f"<tr><td>{esc(passage.excerpt)}</td>"
                    f"<td>{esc(passage.sentences_a)} / {esc(passage.sentences_b)}</td>"
                    f"<td>{esc(passage.how)}</td><td>{esc(passage.origin)}</td></tr>"
                )
            yield "</tbody></table>"
        churn = churn_lines(reuse, names)
        if churn:
            yield "<h3>Churn: share of each article that is press-release or wire copy</h3><ul>"
            yield "".join(f"<li>{esc(item)}</li>" for item in churn) + "</ul>"

    def section(self, section: Section) -> Iterator[str]:
        yield f"<h2>{esc(wording.section_title(self.report, section))}</h2>"
        yield (
            f'<p class="meta">{esc(wording.version_name(self.report, section.old))} compared with '
            f"{esc(wording.version_name(self.report, section.new))} ({esc(section.mode)}): "
            f"{esc(wording.counts_line(section))}.</p>"
        )
        yield from self.changes(section)
        yield "<h3>Aligned text</h3>"
        yield from self.rows(section)

    def changes(self, section: Section) -> Iterator[str]:
        yield f"<h3>Differences by kind ({len(section.changes)})</h3>"
        if not section.changes:
            yield "<p>No figure, source, quote or claim was found to differ.</p>"
        for category, title in wording.CATEGORY_TITLES.items():
            changes = section.changes_in(category)
            if not changes:
                continue
            yield f'<h4>{esc(title)} ({len(changes)})</h4><table class="changes"><thead><tr>'
            yield "<th>Difference</th><th>Old wording</th><th>New wording</th><th>Where</th>"
            yield "</tr></thead><tbody>"
            for change in changes:
                old = self.mark(Segment("deleted", change.old)) if change.old else "–"
                new = self.mark(Segment("inserted", change.new)) if change.new else "–"
                yield (
                    f"<tr><td>{esc(wording.kind_label(change.kind))}</td>"
                    f'<td data-label="Old">{old}</td><td data-label="New">{new}</td>'
                    f'<td data-label="Where">{esc(wording.place(change))}</td></tr>'
                )
            yield "</tbody></table>"

    def rows(self, section: Section) -> Iterator[str]:
        old, new = section.old, section.new
        yield (
            f'<div class="diff"><div class="diff-head"><div>Version {self.version(old)}</div>'
            f"<div>Version {self.version(new)}</div></div>"
        )
        for row in section.rows:
            yield (
                f'<div class="row {esc(row.op)}">'
                f'<div class="side old">{self.side(row, old, row.old_sentences, row.old)}</div>'
                f'<div class="side new">{self.side(row, new, row.new_sentences, row.new)}</div>'
                f"{self.row_notes(row)}</div>"
            )
        yield "</div>"

    def side(
        self, row: Row, index: int, numbers: tuple[int, ...], text: tuple[Segment, ...]
    ) -> str:
        if not numbers:
            return ""
        where = (
            f"v{self.version(index)} · sentence {wording.sentences(numbers)}"
            f" · {wording.row_label(row)}"
        )
        return f'<span class="where">{esc(where)}</span>' + "".join(map(self.mark, text))

    def version(self, index: int) -> int:
        return self.report.documents[index].version

    def row_notes(self, row: Row) -> str:
        if not row.notes:
            return ""
        notes = "".join(self.note_line(self.report.notes[n - 1]) for n in row.notes)
        return f'<div class="row-notes">{notes}</div>'

    def note_line(self, note: Note) -> str:
        author = f" ({esc(note.author)})" if note.author else ""
        return f'<span class="note"><b>Note {note.number}</b>{author}: {esc(note.body)}</span>'

    def mark(self, segment: Segment) -> str:
        if segment.mark == "deleted":
            return f"<del>{esc(segment.text)}</del>"
        if segment.mark == "inserted":
            return f"<ins>{esc(segment.text)}</ins>"
        return esc(segment.text)

    def notes(self) -> Iterator[str]:
        if not self.report.notes:
            return
        yield '<h2>Notes</h2><ol class="notes-list">'
        for note in self.report.notes:
            where = wording.note_place(note)
            where = where[:1].upper() + where[1:]
            quoted = f" on “{esc(note.quoted)}”" if note.quoted else ""
            author = f" — {esc(note.author)}" if note.author else ""
            yield (
                f"<li><b>Note {note.number}</b>, {esc(where)}{quoted}{author}, "
                f"{esc(wording.when(note.created))}:<br>{esc(note.body)}</li>"
            )
        yield "</ol>"
