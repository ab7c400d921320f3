"""Themes: the View › Theme choice and live system changes recolour the whole window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from storydiff.ui import theme


def _dark(widget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_theme_menu_recolours_panels_timeline_and_text(open_window, three_versions, qapp, qtbot):
    window = open_window(three_versions)
    try:
        window.set_theme("dark")
        qtbot.waitUntil(lambda: window.view.formats.colours.dark)
        for widget in (window, window.library_panel.tree, window.timeline, window.side_tabs):
            assert _dark(widget)
        assert window.view.formats.colours.dark
        window.set_theme("light")
        qtbot.waitUntil(lambda: not window.view.formats.colours.dark)
        assert not _dark(window.timeline) and not window.view.formats.colours.dark
    finally:
        theme.apply(qapp, "light")


def test_system_colour_scheme_change_is_followed_live(open_window, qapp, qtbot, monkeypatch):
    window = open_window()
    window.settings.theme = "system"
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    try:
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: _dark(window) and window.view.formats.colours.dark)
        monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.waitUntil(lambda: not _dark(window) and not window.view.formats.colours.dark)
    finally:
        theme.apply(qapp, "light")


def test_a_chosen_theme_ignores_system_changes(open_window, qapp, qtbot, monkeypatch):
    window = open_window()
    window.set_theme("light")
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    qtbot.wait(50)
    assert not _dark(window) and not window.view.formats.colours.dark
