"""What goes into the frozen StoryDiff, in one place for the PyInstaller spec.

Plain Python (PyInstaller is imported only inside the functions that need it),
so ``tests/packaging/`` can check the lists without building anything.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"

# Qt modules the app uses. Everything else in PySide6 is excluded below; a test
# checks that every PySide6 module imported under desktop/storydiff is listed here.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtSvg"]

QT_EXCLUDED = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtXml",
]  # fmt: skip

# Python packages that are tools, not part of the app.
PYTHON_EXCLUDED = [
    "tkinter", "_tkinter", "test", "pytest", "_pytest", "pytestqt", "hypothesis", "ruff",
    "pip", "setuptools", "pkg_resources", "IPython", "numpy", "PyInstaller",
]  # fmt: skip

# Distributions whose metadata is read at run time (``importlib.metadata.version``).
METADATA = ["storydiff", "trafilatura"]

# Packages with data files that their code opens at run time (and that have no
# PyInstaller hook doing it already, or whose hook misses some).
DATA_PACKAGES = ["trafilatura", "justext", "tld", "courlan", "htmldate", "docx"]

# Qt plugins kept by name; other plugins of these types are dropped after analysis.
QT_PLUGINS_KEPT = {
    "platforms": {"libqxcb.so", "libqoffscreen.so", "libqminimal.so", "libqwayland.so"},
}


def excludes() -> list[str]:
    """Modules PyInstaller must leave out."""
    return PYTHON_EXCLUDED + [f"PySide6.{name}" for name in QT_EXCLUDED]


def hidden_imports() -> list[str]:
    """Modules imported lazily or by name, which analysis cannot see."""
    return [f"PySide6.{name}" for name in QT_MODULES] + ["storydiff.ui.app"]


def resource_datas() -> list[tuple[str, str]]:
    """Every file below ``resources/`` as ``(source, folder in the bundle)``."""
    return [
        (str(path), str(Path("resources") / path.parent.relative_to(RESOURCES)))
        for path in sorted(RESOURCES.rglob("*"))
        if path.is_file() and path.name != ".gitkeep"
    ]


def package_datas() -> list[tuple[str, str]]:
    """Data files and metadata of the third-party packages (needs PyInstaller)."""
    from PyInstaller.utils.hooks import collect_data_files, copy_metadata

    datas: list[tuple[str, str]] = []
    for package in DATA_PACKAGES:
        datas += collect_data_files(package, excludes=["**/tests/**"])
    for distribution in METADATA:
        datas += copy_metadata(distribution)
    return datas


def keep_binary(destination: str) -> bool:
    """Whether a collected binary stays: drops unused Qt plugins of a kept type."""
    parts = Path(destination).parts
    if "plugins" not in parts or parts.index("plugins") + 2 >= len(parts):
        return True
    plugin_type = parts[parts.index("plugins") + 1]
    kept = QT_PLUGINS_KEPT.get(plugin_type)
    return kept is None or parts[-1] in kept
