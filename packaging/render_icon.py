"""Render the app icon ``resources/icons/storydiff.svg`` to ``packaging/storydiff.png``
(256 px), which PyInstaller (for .ico / .icns) and the Linux menus use:
``python packaging/render_icon.py`` after the SVG changes."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "storydiff.svg"


def main() -> int:
    """Write the PNG into packaging/."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv)  # noqa: F841  (painting needs one)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return 0 if image.save(str(HERE / "storydiff.png")) else 1


if __name__ == "__main__":
    sys.exit(main())
