"""Whatever bytes arrive, importers return a document or raise InputError, nothing else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storydiff.errors import InputError
from storydiff.importers import from_paste, load_path
from storydiff.importers.feed import parse_feed

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
MARKUP = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<div", ">", "<script>", "<![CDATA[", "&amp;", "é", "\x00", "x"]
    ),
    max_size=30,
).map("".join)


def _only_input_errors(call) -> None:
    try:
        document = call()
    except InputError:
        return
    assert document.text.strip()


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@SETTINGS
@given(raw=st.binary(max_size=300) | MARKUP.map(str.encode))
def test_any_file_content_gives_a_document_or_input_error(tmp_path, suffix, raw):
    path = tmp_path / f"story{suffix}"
    path.write_bytes(raw)
    _only_input_errors(lambda: load_path(path))


@SETTINGS
@given(text=st.none() | st.text(max_size=50), html=st.none() | MARKUP | st.text(max_size=80))
def test_any_paste_gives_a_document_or_input_error(text, html):
    _only_input_errors(lambda: from_paste(text, html))


@SETTINGS
@given(raw=st.binary(max_size=300) | MARKUP.map(lambda s: f"<rss><channel>{s}".encode()))
def test_any_feed_bytes_give_documents_or_input_error(raw):
    try:
        documents = parse_feed(raw)
    except InputError:
        return
    assert all(document.text.strip() for document in documents)
