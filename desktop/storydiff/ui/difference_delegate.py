"""Draws a differences-list row as wrapped rich text, its changed words coloured.

The row's height follows the list's width, so a long old → new value is read
in full, never cut with an ellipsis.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from storydiff.ui import theme
from storydiff.ui.differences_model import HTML_ROLE

PADDING = 3


def mark_styles(colours: theme.Colours, selected: bool = False) -> str:
    """CSS for the ``del`` and ``ins`` words: colour and, never colour alone, a line.
    On a selected row the lines alone mark them (pale fills under white text are unreadable)."""
    tags = (
        ".edit { font-size: small; font-style: italic; }"
        " .stealth { font-weight: bold; color: #ffffff; background-color: #b3261e; }"
    )
    if selected:
        return tags + ".del { text-decoration: line-through; } .ins { text-decoration: underline; }"
    return tags + (
        f".del {{ background-color: {colours.deleted.name()}; text-decoration: line-through; }}"
        f".ins {{ background-color: {colours.inserted.name()}; text-decoration: underline; }}"
    )


class DifferenceDelegate(QStyledItemDelegate):
    """Rich text for items that carry HTML; plain drawing for the group headers."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument | None:
        html = index.data(HTML_ROLE)
        if not html:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document.setDefaultStyleSheet(mark_styles(theme.colours(option.palette), selected))
        document.setHtml(html)
        document.setDocumentMargin(PADDING)
        document.setTextWidth(max(80, option.rect.width()))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        view = option.widget
        if view is not None:  # wrap at the width the row will have
            indent = view.indentation() * (2 if index.parent().isValid() else 1)
            option.rect.setWidth(view.viewport().width() - indent)
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))
