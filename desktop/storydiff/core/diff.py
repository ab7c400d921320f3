"""Word-level diff of two stretches of text, as spans into both originals.

The one place that talks to diff-match-patch: words become single characters,
the library diffs those, and the result comes back as :class:`DiffSpan`
records whose offsets point into the original texts. Equality is judged on
:func:`~storydiff.core.text.comparison_key`, so a curly and a straight quote
are the same word.
"""

from __future__ import annotations

from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from storydiff.core.text import Token, tokenize

DELETE, EQUAL, INSERT = -1, 0, 1

# 0 = no time limit: results must not depend on the machine's speed.
DIFF_TIMEOUT = 0.0


@dataclass(frozen=True, slots=True)
class DiffSpan:
    """One run of a diff: ``a_start:a_end`` of the old text and ``b_start:b_end``
    of the new one (an empty range on the side that lacks it)."""

    op: int
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = DIFF_TIMEOUT
    return engine


def word_diff(a: str, a_range: tuple[int, int], b: str, b_range: tuple[int, int]) -> list[DiffSpan]:
    """Diff ``a[a_range]`` against ``b[b_range]`` word by word.

    Applying the spans gives back both stretches exactly: the ``a`` ranges of
    the EQUAL and DELETE spans tile ``a_range``, and the ``b`` ranges of the
    EQUAL and INSERT spans tile ``b_range``.
    """
    a_text, b_text = a[a_range[0] : a_range[1]], b[b_range[0] : b_range[1]]
    if a_text == b_text:  # most rows of a revision: the diff of equal text is all EQUAL
        return [DiffSpan(EQUAL, *a_range, *b_range)] if a_text else []
    a_tokens = tokenize(a_text, a_range[0])
    b_tokens = tokenize(b_text, b_range[0])
    a_chars, b_chars = _encode(a_tokens, b_tokens)
    engine = _engine()
    diffs = engine.diff_main(a_chars, b_chars, False)
    engine.diff_cleanupSemantic(diffs)
    return _to_spans(diffs, a_tokens, b_tokens, a_range[0], b_range[0])


def _encode(a_tokens: list[Token], b_tokens: list[Token]) -> tuple[str, str]:
    """Give each distinct token key one private-use character."""
    codes: dict[str, str] = {}

    def code(token: Token) -> str:
        found = codes.get(token.key)
        if found is None:
            found = codes[token.key] = chr(0xF0000 + len(codes))
        return found

    return "".join(map(code, a_tokens)), "".join(map(code, b_tokens))


def _to_spans(
    diffs: list[tuple[int, str]],
    a_tokens: list[Token],
    b_tokens: list[Token],
    a_pos: int,
    b_pos: int,
) -> list[DiffSpan]:
    spans: list[DiffSpan] = []
    ai = bi = 0
    for op, chars in diffs:
        count = len(chars)
        a_end, b_end = a_pos, b_pos
        if op != INSERT:
            a_end = a_tokens[ai + count - 1].end
            ai += count
        if op != DELETE:
            b_end = b_tokens[bi + count - 1].end
            bi += count
        _append(spans, DiffSpan(op, a_pos, a_end, b_pos, b_end))
        a_pos, b_pos = a_end, b_end
    return spans


def _append(spans: list[DiffSpan], span: DiffSpan) -> None:
    """Add ``span``, merging it into the previous one of the same kind."""
    if spans and spans[-1].op == span.op:
        last = spans[-1]
        spans[-1] = DiffSpan(span.op, last.a_start, span.a_end, last.b_start, span.b_end)
    else:
        spans.append(span)


def whole_text_word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """A plain word diff of two whole texts (the benchmark's baseline)."""
    spans = word_diff(a, (0, len(a)), b, (0, len(b)))
    return [
        (s.op, a[s.a_start : s.a_end] if s.op != INSERT else b[s.b_start : s.b_end]) for s in spans
    ]
