"""Recognise page clutter pasted along with an article.

Boilerplate stays in the text (shown dimmed) but takes no part in the diff,
the alignment or the figures.
"""

from __future__ import annotations

import re

from storydiff.core.edits.notes import note_kind

_PATTERNS = [
    r"voice is ai-generated",
    r"inconsistencies may occur",
    r"^about the (writer|author)s?$",
    r"\bread more\W*$",
    r"^(read|see) (more|also|next)\b",
    r"^related( (articles?|stories|coverage))?\s*[:|]",
    r"^(share|share this( article| story)?|tweet|email|print|copy link)( on \w+)?\W*$",
    r"^share (on|via) ",
    r"\b(subscribe|sign up)\b.{0,60}\b(newsletter|updates|inbox|today|now)\b",
    r"\bnewsletter\b.{0,40}\b(sign up|subscribe)\b",
    r"^follow (us|me)\b",
    r"^advertisement\W*$",
    r"^(skip to (main )?content|listen to this article|download the app)\b",
    r"^(photo|image|illustration|video)( credit)?s?\s*:",
    r"\((photo|image) by [^)]*\)\s*$",
    r"\b(getty images|associated press/|ap photo|reuters/|afp via getty)\b",
    r"^(published|updated|last updated|posted)\s*(on|at)?\s*:?\s*[\w ,:.]{0,40}\d",
    r"^(copyright|©|\(c\))\s",
    r"all rights reserved",
    r"^click here\b",
    r"^(this (article|story) (was|is|has been)|newsweek is committed)\b"
    r".{0,80}\b(updated|corrected|standards|ai)\b",
    r"^(comments?|\d+ comments?)\W*$",
]
_CLUTTER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# Bylines need their capitals: "By Aila Slisco", not "by the way".
_NAME = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}"
_BYLINE = re.compile(rf"^(?:By|BY|Words by)\s+{_NAME}(?:\s+(?:and|&)\s+{_NAME})?\s*$")
_LEADING_ICONS = "\U0001f399\ufe0f\U0001f50a\U0001f3a7 "


def is_boilerplate(paragraph: str) -> bool:
    """Whether a whole paragraph (or sentence) is page clutter."""
    text = " ".join(paragraph.split()).lstrip(_LEADING_ICONS)
    if not text or note_kind(text) is not None:
        return False  # a correction or update note is what a fact-checker looks for
    return bool(_BYLINE.match(text) or _CLUTTER.search(text))
