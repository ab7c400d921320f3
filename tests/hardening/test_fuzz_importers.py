"""Hostile pages, documents, feeds and pastes: a document or InputError, nothing else."""

from __future__ import annotations

import io
import os
import zipfile

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storydiff.errors import InputError
from storydiff.importers import from_paste, load_path, parse_feed
from storydiff.importers.html import extract_html
from storydiff.importers.office import pdf_document

FUZZ = settings(
    settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FIXTURES = os.path.join(os.path.dirname(__file__), "..", "importers", "fixtures")

WORDS = st.sampled_from(
    ["Troops", " said", " the ISW", " 370,000", "\u202e", "\u0301", "&amp;", "&#0;", "&#x110000;",
     "&nbsp;", "<!--", "-->", "]]>", "\x00", "\ufffd", "é", "\U0001f600", " ", "\n"]
)  # fmt: skip
TEXT = st.lists(WORDS | st.text(max_size=8), max_size=12).map("".join)
TAGS = st.sampled_from(
    ["div", "p", "article", "script", "style", "nav", "table", "td", "svg", "math", "template",
     "iframe", "noscript", "title", "meta", "base", "img", "link", "object", "frameset", "x:y"]
)  # fmt: skip
ATTRIBUTES = st.sampled_from(
    ['', ' class="content"', ' src="http://127.0.0.1:9/x.gif"', ' charset="utf-32"',
     ' http-equiv="refresh" content="0;url=file:///etc/passwd"', ' property="og:title"',
     ' content="\u202eevil"', ' style="display:none"', ' lang="ar" dir="rtl"']
)  # fmt: skip


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attributes, inner, closed: (
            f"<{tag}{attributes}>{''.join(inner)}" + (f"</{tag}>" if closed else "")
        ),
        TAGS,
        ATTRIBUTES,
        st.lists(children, max_size=4),
        st.booleans(),
    )


PAGES = st.recursive(TEXT, element, max_leaves=30).map(
    lambda body: f"<!doctype html><html><head><title>T</title></head><body>{body}</body></html>"
)


def only_input_errors(call) -> None:
    try:
        result = call()
    except InputError as error:
        assert str(error).strip()
        return
    for document in result if isinstance(result, list) else [result]:
        assert document.text.strip()


@FUZZ
@given(page=PAGES, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_any_page_gives_a_document_or_input_error(page, encoding):
    raw = page.encode(encoding, "replace")
    only_input_errors(lambda: extract_html(raw, name="page.html"))


@FUZZ
@given(html=st.none() | PAGES, text=st.none() | TEXT)
def test_any_clipboard_gives_a_document_or_input_error(html, text):
    only_input_errors(lambda: from_paste(text, html))


@FUZZ
@given(entries=st.lists(st.tuples(TEXT, PAGES), max_size=4), atom=st.booleans())
def test_any_feed_gives_documents_or_input_error(entries, atom):
    if atom:
        items = "".join(
            f"<entry><title>{t}</title><content type='html'><![CDATA[{b}]]></content></entry>"
            for t, b in entries
        )
        raw = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>{items}</feed>"
    else:
        items = "".join(
            f"<item><title>{t}</title><description><![CDATA[{b}]]></description></item>"
            for t, b in entries
        )
        raw = f"<rss version='2.0'><channel><title>F</title>{items}</channel></rss>"
    only_input_errors(lambda: parse_feed(raw.encode("utf-8", "replace")))


def sample_docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


XML_SAFE = st.text(
    st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40
)  # python-docx refuses control characters


@FUZZ
@given(
    paragraphs=st.lists(XML_SAFE, max_size=5),
    flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6),
)
def test_damaged_word_documents_give_a_document_or_input_error(tmp_path, paragraphs, flips):
    raw = bytearray(sample_docx(paragraphs))
    for position, value in flips:
        raw[position % len(raw)] = value
    path = tmp_path / "story.docx"
    path.write_bytes(bytes(raw))
    only_input_errors(lambda: load_path(path))


@FUZZ
@given(
    member=st.sampled_from(["word/document.xml", "[Content_Types].xml", "word/_rels/x.rels"]),
    content=PAGES.map(str.encode) | st.binary(max_size=200),
)
def test_word_documents_with_hostile_parts_give_a_document_or_input_error(
    tmp_path, member, content
):
    source = zipfile.ZipFile(io.BytesIO(sample_docx(["Troops were mobilised."])))
    path = tmp_path / "story.docx"
    with zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == member else source.read(info))
    only_input_errors(lambda: load_path(path))


def sample_pdf() -> bytes:
    with open(os.path.join(FIXTURES, "article.pdf"), "rb") as stream:
        return stream.read()


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=8))
def test_damaged_pdfs_give_a_document_or_input_error(flips):
    raw = bytearray(sample_pdf())
    for position, value in flips:
        raw[position % len(raw)] = value
    only_input_errors(lambda: pdf_document(bytes(raw), name="story.pdf"))
