"""Recognise page clutter pasted along with an article.

Boilerplate stays in the text (shown dimmed) but takes no part in the diff,
the alignment or the figures. A photo caption that carries a credit is content
("Rescuers search the rubble in Malatya on Monday. (Photo by X/AFP via Getty
Images)" states a fact); only a bare credit ("Photo: Getty Images") is clutter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storydiff.core.edits.notes import note_kind
from storydiff.core.patterns import compile_pattern

# Patterns of a line's start (matched at its beginning) ...
_AT_START = [
    r"about the (writer|author)s?$",
    r"(read|see) (more|also|next)\b",
    r"related( (articles?|stories|coverage))?\s*[:|]",
    r"(share|share this( article| story)?|tweet|email|print|copy link)( on \w+)?\W*$",
    r"share (on|via) ",
    r"follow (us|me)\b",
    r"advertisement\W*$",
    r"(skip to (main )?content|listen to this article|download the app)\b",
    r"(published|updated|last updated|posted)\s*(on|at)?\s*:?\s*[\w ,:.]{0,40}\d",
    r"(copyright|©|\(c\))\s",
    r"click here\b",
    r"(this (article|story) (was|is|has been)|newsweek is committed)\b"
    r".{0,80}\b(updated|corrected|standards|ai)\b",
    r"(comments?|\d+ comments?)\W*$",
]
# ... and patterns found anywhere, each with the words it cannot match without
# (lower case): an ASCII line holding none of them is not searched at all.
_ANYWHERE = [
    (("voice is ai-generated",), r"voice is ai-generated"),
    (("inconsistencies may occur",), r"inconsistencies may occur"),
    (("read more",), r"\bread more\W*$"),
    (
        ("subscribe", "sign up"),
        r"\b(subscribe|sign up)\b.{0,60}\b(newsletter|updates|inbox|today|now)\b",
    ),
    (("newsletter",), r"\bnewsletter\b.{0,40}\b(sign up|subscribe)\b"),
    (("all rights reserved",), r"all rights reserved"),
]


def _either(patterns: list[str]) -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_START = _either(_AT_START)
_SOMEWHERE = _either([pattern for _, pattern in _ANYWHERE])
_CUES = tuple(cue for cues, _ in _ANYWHERE for cue in cues)
# Photo credits: clutter alone, content when they come with a caption.
_CREDITS = [
    r"^(photo|image|illustration|video)( credit)?s?\s*:",
    r"\((photo|image) by [^)]*\)\s*$",
    r"\b(getty images|associated press/|ap photo|reuters/|afp via getty)\b",
]
_CREDIT = _either(_CREDITS)
# Words _CREDIT cannot match without (lower case), as _CUES for _SOMEWHERE.
_CREDIT_CUES = ("photo", "image", "illustration", "video", "getty", "associated press/", "reuters/")
# Words a caption needs besides its credit to be content.
CAPTION_WORDS = 6
# Bylines need their capitals: "By Aila Slisco", not "by the way".
_NAME = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
_BYLINE = compile_pattern(rf"^(?:By|BY|Words by)\s+{_NAME}(?:\s+(?:and|&)\s+{_NAME})?\s*$")
_LEADING_ICONS = "\U0001f399\ufe0f\U0001f50a\U0001f3a7 "


@lru_cache(maxsize=16_384)  # the versions of a story repeat most sentences
def is_boilerplate(paragraph: str) -> bool:
    """Whether a whole paragraph (or sentence) is page clutter."""
    text = " ".join(paragraph.split()).lstrip(_LEADING_ICONS)
    if not text or note_kind(text) is not None:
        return False  # a correction or update note is what a fact-checker looks for
    if _BYLINE.match(text) or _START.match(text) or is_clutter_anywhere(text):
        return True
    return _has_credit(text) and not _is_caption(text)


def is_clutter_anywhere(text: str) -> bool:
    """A clutter phrase anywhere in the line; ASCII lines without any cue are not searched."""
    # (IGNORECASE also folds a few non-ASCII letters, such as "ſ")
    if text.isascii() and not any(map(text.lower().__contains__, _CUES)):
        return False
    return _SOMEWHERE.search(text) is not None


def _has_credit(text: str) -> bool:
    """A photo credit in the line; ASCII lines without any cue are not searched."""
    if text.isascii() and not any(map(text.lower().__contains__, _CREDIT_CUES)):
        return False
    return _CREDIT.search(text) is not None


def _is_caption(text: str) -> bool:
    """A credit with a caption around it: enough words once the credit is taken out."""
    rest = re.sub(
        r"\([^)]*\)|^(photo|image|illustration|video)( credit)?s?\s*:", " ", text, flags=re.I
    )
    rest = re.sub(r"\b[A-Z][\w.]*(?:\s*/\s*[A-Z][\w.]*)+", " ", rest)  # "Name/AFP/Getty"
    rest = _CREDIT.sub(" ", rest)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) >= CAPTION_WORDS
