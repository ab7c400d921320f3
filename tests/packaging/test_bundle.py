"""What the PyInstaller spec puts in the frozen app (checked without building)."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import PySide6
import pytest

from storydiff.paths import resources_dir

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "storydiff"
QT = Path(PySide6.__file__).parent


def test_every_resource_file_is_bundled_under_resources(bundle):
    bundled = {(Path(source).resolve(), Path(folder)) for source, folder in bundle.resource_datas()}
    for path in resources_dir().rglob("*"):
        if path.is_file():
            folder = Path("resources") / path.parent.relative_to(resources_dir())
            assert (path.resolve(), folder) in bundled


def test_sample_story_is_bundled(bundle):
    folders = {Path(source).name: folder for source, folder in bundle.resource_datas()}
    assert folders["newsweek-2023-01-17-isw-mobilization.txt"] == str(Path("resources/samples"))


def test_qt_modules_the_app_imports_are_bundled_not_excluded(bundle):
    imported = set()
    for path in PACKAGE.rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported <= set(bundle.QT_MODULES)
    assert not imported & set(bundle.QT_EXCLUDED)
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported


def test_heavy_qt_modules_and_test_tools_are_excluded(bundle):
    excluded = set(bundle.excludes())
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.QtOpenGL"} <= excluded
    assert {"tkinter", "pytest", "hypothesis", "pytestqt"} <= excluded


def test_the_batch_extra_stays_out_of_the_desktop_binary(bundle):
    assert {"storydiff.batch", "dask", "distributed", "pyarrow", "pandas"} <= set(bundle.excludes())
    assert bundle.is_batch_module("storydiff.batch.run")
    assert not bundle.is_batch_module("storydiff.cli.batch_cmd")  # says how to get the extra


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", False),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_only_the_qt_plugins_a_desktop_app_needs_are_kept(bundle, destination, kept):
    assert bundle.plugin_kept(destination) is kept


def test_links_to_dropped_libraries_are_dropped(bundle):
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("resources/samples/a.txt", "/src/a.txt", "DATA"),
    ]
    kept = bundle.without_links_to(datas, {"PySide6/Qt/lib/libQt6Network.so.6"})
    assert [entry[0] for entry in kept] == ["libQt6Core.so.6", "resources/samples/a.txt"]


@pytest.mark.skipif(
    sys.platform != "linux" or not shutil.which("objdump"), reason="ELF and objdump"
)
def test_libraries_no_kept_file_links_to_are_dropped(bundle):
    binaries = [
        ("PySide6/QtCore.abi3.so", str(QT / "QtCore.abi3.so"), "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(QT / "Qt/lib/libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", str(QT / "Qt/lib/libQt6Network.so.6"), "BINARY"),
        ("PySide6/Qt/plugins/generic/x.so", str(QT / "Qt/lib/libQt6Network.so.6"), "BINARY"),
    ]
    kept = [Path(entry[0]).name for entry in bundle.prune_binaries(binaries)]
    assert kept == ["QtCore.abi3.so", "libQt6Core.so.6"]


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/en_GB.dat", False),
        ("babel/locale-data/en.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/global.dat", True),
        ("trafilatura/settings.cfg", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_en.qm", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_babel_locale_data_is_left_out_but_what_is_read(bundle, destination, kept):
    assert bundle.data_kept(destination) is kept


def test_web_page_import_reads_only_the_babel_locales_bundled(bundle, monkeypatch):
    import babel.localedata

    from storydiff.importers.html import load_html

    asked: list[str] = []
    real_load, real_exists = babel.localedata.load, babel.localedata.exists

    def load(name, *args, **kwargs):
        asked.append(str(name))
        return real_load(name, *args, **kwargs)

    def exists(name):
        asked.append(str(name))
        return real_exists(name)

    monkeypatch.setattr(babel.localedata, "load", load)
    monkeypatch.setattr(babel.localedata, "exists", exists)
    fixtures = Path(__file__).resolve().parents[1] / "importers" / "fixtures"
    pages = sorted(fixtures.rglob("*.html"))
    assert len(pages) >= 5
    for page in pages:
        try:
            load_html(page)
        except Exception as error:  # a refused page is fine; a locale lookup is not
            assert "locale" not in str(error).lower()
    assert set(asked) <= bundle.BABEL_LOCALES_KEPT
