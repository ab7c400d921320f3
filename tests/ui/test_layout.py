"""Half a 1920 screen (960 px) and 1024×700 stay usable; the dark theme's buttons are visible."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from storydiff.ui import theme
from storydiff.ui.mainwindow import fit_panels
from storydiff.ui.pair_bar import view_buttons_style


def _date_part(label: str) -> str:
    """``v2 · 17 Jan 2023 15:30`` of ``v2 · 17 Jan 2023 15:30 · Test revision``."""
    return " · ".join(label.split(" · ")[:2])


@pytest.mark.parametrize("size", [(960, 700), (1024, 700)])
def test_narrow_windows_keep_the_dates_that_tell_versions_apart(open_window, qtbot, size):
    window = open_window()
    assert window.minimumSizeHint().width() <= 960
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0], timeout=3000)
    qtbot.wait(50)
    tree = window.library_panel.tree
    metrics = tree.fontMetrics()
    for document in window.library_model.entries[0].documents:
        index = window.library_model.document_index(document.id)
        label = index.data()
        room = tree.viewport().width() - tree.visualRect(index).left()
        assert metrics.horizontalAdvance(_date_part(label)) < room, label
    for combo in (window.pair_bar.old, window.pair_bar.new):
        needed = combo.fontMetrics().horizontalAdvance(_date_part(combo.currentText()))
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        assert needed <= field.width(), combo.currentText()


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_unselected_view_button_has_a_visible_border_in_the_dark_theme():
    palette = theme.dark_palette()
    style = view_buttons_style(palette)
    border = QColor(style.split("border: 1px solid ")[1].split(";")[0])
    window = palette.color(QPalette.ColorRole.Window)
    assert _contrast(border, window) >= 2.0  # the old palette(mid) border: about 1.4
    assert _contrast(palette.color(QPalette.ColorRole.Mid), window) < 2.0


def test_the_view_buttons_restyle_when_the_theme_changes(open_window, qapp, qtbot):
    window = open_window()
    controls = window.pair_bar.view_controls
    try:
        window.set_theme("dark")
        qtbot.waitUntil(lambda: view_buttons_style(theme.dark_palette()) == controls.styleSheet())
    finally:
        theme.apply(qapp, "light")


def test_a_narrow_window_takes_room_from_the_side_panels_first():
    assert fit_panels([290, 400, 262], [230, 404, 262]) == [230, 460, 262]
    assert fit_panels([290, 300, 330], [230, 300, 262]) == [230, 428, 262]
    assert fit_panels([290, 400, 330], [230, 300, 262]) == [230, 480, 310]
    assert fit_panels([290, 690, 300], [230, 404, 262]) == [290, 690, 300]
