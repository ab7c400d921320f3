"""Light and dark themes: every colour of the views derives from the palette.

The system decides (Qt follows the desktop's colour scheme); the user can force
light or dark from the View menu. Highlights never rely on colour alone: deleted
words are also struck through, inserted words underlined.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colours:
    """The colours the comparison and the panels paint with."""

    dark: bool
    deleted: QColor
    inserted: QColor
    moved: QColor
    gap: QColor
    dimmed: QColor
    figure: QColor
    source: QColor
    quote: QColor
    note: QColor
    flash: QColor
    rule: QColor


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    """Colours for the current palette (light or dark)."""
    palette = palette or QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    dimmed = mix(text, base, 0.5)
    if is_dark(palette):
        return Colours(
            dark=True,
            deleted=QColor("#5c2b2e"),
            inserted=QColor("#1f4a5c"),
            moved=QColor("#4a3b63"),
            gap=mix(base, QColor("#808080"), 0.12),
            dimmed=dimmed,
            figure=QColor("#f0a35e"),
            source=QColor("#5fd3c0"),
            quote=QColor("#c8a2ff"),
            note=QColor("#6b5a1e"),
            flash=QColor("#8a7a20"),
            rule=mix(base, text, 0.18),
        )
    return Colours(
        dark=False,
        deleted=QColor("#fbd3d0"),
        inserted=QColor("#cfe8fc"),
        moved=QColor("#e6dcf7"),
        gap=mix(base, QColor("#808080"), 0.10),
        dimmed=dimmed,
        figure=QColor("#c4560c"),
        source=QColor("#0a7d6c"),
        quote=QColor("#7a3fc4"),
        note=QColor("#fff0a8"),
        flash=QColor("#ffe45c"),
        rule=mix(base, text, 0.15),
    )


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor(
        round(a.red() * keep + b.red() * share_of_b),
        round(a.green() * keep + b.green() * share_of_b),
        round(a.blue() * keep + b.blue() * share_of_b),
    )


def dark_palette() -> QPalette:
    """A Fusion dark palette, for when the user forces dark or the platform has none."""
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dfe1e5")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#3c3f41"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b68"),
        QPalette.ColorRole.Link: QColor("#6ea8fe"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.PlaceholderText: QColor("#8c8f94"),
        QPalette.ColorRole.Mid: QColor("#4e5157"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f737a"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f737a"))
    return p


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, choice: str = "system") -> None:
    """Apply ``system``, ``light`` or ``dark`` to the whole application."""
    app.setStyle("Fusion")
    dark = choice == "dark" or (choice == "system" and system_prefers_dark())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
