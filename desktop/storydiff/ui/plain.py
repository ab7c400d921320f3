"""Text from articles, notes and users shown as text, never as markup.

Qt guesses whether a tooltip, or a label left at ``Qt.TextFormat.AutoText``,
holds rich text; a headline such as ``<img src="file:///…">`` would then be
rendered as HTML (and Qt loads local files as images there). Tooltips go
through :func:`plain_tooltip`; labels and message boxes that show such text
are made plain once with :func:`plain`.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

Shows = TypeVar("Shows", QLabel, QMessageBox)


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows every character literally, line breaks kept.

    Escaped and wrapped in ``<qt>``: rich text of our own making, so Qt never
    guesses; long lines wrap as in any rich tooltip.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def plain(widget: Shows) -> Shows:
    """Make a label or message box show its text as typed (no markup), and return it."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget
