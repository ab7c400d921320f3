"""What goes into the frozen StoryDiff, in one place for the PyInstaller spec.

Plain Python (PyInstaller is imported only inside the functions that need it),
so ``tests/packaging/`` can check the lists without building anything.
"""

from __future__ import annotations

import os
import subprocess
import sys
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

# The `batch` extra (storydiff batch on Dask) is for servers, not the desktop binary.
BATCH_EXCLUDED = ["storydiff.batch", "dask", "distributed", "pyarrow", "pandas"]

# Parts of lxml that nothing bundled imports (justext needs lxml.sax, kept; python-docx
# builds its own element classes on lxml.etree).
LXML_EXCLUDED = ["lxml.objectify", "lxml.isoschematron"]

# Distributions whose metadata is read at run time (``importlib.metadata.version``).
METADATA = ["storydiff", "trafilatura"]

# Packages with data files that their code opens at run time (and that have no
# PyInstaller hook doing it already, or whose hook misses some).
DATA_PACKAGES = ["trafilatura", "justext", "tld", "courlan", "htmldate", "docx"]

# Qt plugin types left out whole, and the plugins kept (by stem) of filtered types;
# other types are kept whole (e.g. Windows and macOS styles).
QT_PLUGIN_TYPES_DROPPED = {
    "egldeviceintegrations", "generic", "networkinformation", "printsupport", "qmltooling",
    "sqldrivers", "tls", "wayland-graphics-integration-client", "xcbglintegrations",
}  # fmt: skip
QT_PLUGINS_KEPT = {
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"},
    "platformthemes": {"qxdgdesktopportal"},
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif"},
    "wayland-shell-integration": {"xdg-shell"},
}


# Babel's locale data (35 MB, more than any other package) is read only when trafilatura
# filters links by language (sitemaps and its own feeds, with a target language), which
# StoryDiff never asks for; babel itself is imported by courlan and stays. A test imports
# every HTML fixture with only these locales loadable.
BABEL_LOCALES_KEPT = {"root", "en"}


def excludes() -> list[str]:
    """Modules PyInstaller must leave out."""
    qt = [f"PySide6.{name}" for name in QT_EXCLUDED]
    return PYTHON_EXCLUDED + BATCH_EXCLUDED + LXML_EXCLUDED + qt


def hidden_imports() -> list[str]:
    """Modules imported by name (CLI commands, importers, the UI), which analysis
    cannot see: all of storydiff, and the Qt modules it uses (needs PyInstaller)."""
    from PyInstaller.utils.hooks import collect_submodules

    ours = collect_submodules("storydiff", filter=lambda name: not is_batch_module(name))
    return ours + [f"PySide6.{name}" for name in QT_MODULES]


def is_batch_module(name: str) -> bool:
    """Whether a module belongs to the batch extra (left out of the desktop binary)."""
    return name == "storydiff.batch" or name.startswith("storydiff.batch.")


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


def plugin_kept(destination: str) -> bool:
    """Whether a collected file stays, as far as Qt plugin choice goes."""
    parts = Path(destination).parts
    if "plugins" not in parts or parts.index("plugins") + 2 >= len(parts):
        return True
    plugin_type = parts[parts.index("plugins") + 1]
    if plugin_type in QT_PLUGIN_TYPES_DROPPED:
        return False
    stem = parts[-1].split(".")[0].removeprefix("lib")
    kept = QT_PLUGINS_KEPT.get(plugin_type)
    return kept is None or stem in kept


def prune_binaries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unused Qt plugins, then (on Linux) the libraries only they needed."""
    binaries = [entry for entry in binaries if plugin_kept(entry[0])]
    if sys.platform != "linux":
        return binaries
    by_name = {Path(dest).name: (dest, src, kind) for dest, src, kind in binaries}
    wanted = [e for e in binaries if e[2] == "EXTENSION" or is_root_library(e[0])]
    seen = {Path(dest).name for dest, _, _ in wanted}
    pending = list(wanted)
    while pending:
        _, source, _ = pending.pop()
        for name in needed_libraries(source):
            if name in by_name and name not in seen:
                seen.add(name)
                pending.append(by_name[name])
    return [entry for entry in binaries if Path(entry[0]).name in seen]


def data_kept(destination: str) -> bool:
    """Whether a collected data file stays: all but most of babel's locale data and
    Qt's translations (7 MB; the app is in English and installs no QTranslator)."""
    parts = Path(destination).parts
    if len(parts) >= 3 and parts[-3:-1] == ("Qt", "translations"):
        return False
    if len(parts) >= 3 and parts[-3:-1] == ("babel", "locale-data"):
        return Path(parts[-1]).stem in BABEL_LOCALES_KEPT
    return True


def prune_datas(datas: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The data files without those :func:`data_kept` leaves out."""
    return [entry for entry in datas if data_kept(entry[0])]


def without_links_to(
    datas: list[tuple[str, str, str]], dropped: set[str]
) -> list[tuple[str, str, str]]:
    """Drop the symbolic links that point at a dropped file."""
    return [
        (dest, target, kind)
        for dest, target, kind in datas
        if kind != "SYMLINK" or os.path.normpath(Path(dest).parent / target) not in dropped
    ]


def is_root_library(destination: str) -> bool:
    """Qt plugins and libpython are loaded by name, not linked: keep them and their needs."""
    parts = Path(destination).parts
    return "plugins" in parts or parts[-1].startswith("libpython")


def needed_libraries(path: str) -> list[str]:
    """The DT_NEEDED entries of one ELF file (objdump is a PyInstaller requirement)."""
    dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    lines = (line.split() for line in dump.stdout.splitlines())
    return [fields[1] for fields in lines if len(fields) == 2 and fields[0] == "NEEDED"]
