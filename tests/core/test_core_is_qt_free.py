import subprocess
import sys


def test_core_and_render_import_without_qt_or_sqlite():
    code = (
        "import sys\n"
        "import storydiff.core.story, storydiff.render.json_out, storydiff.render.terminal\n"
        "import storydiff.core.reuse, storydiff.render.reuse_out\n"
        "heavy = ('PySide6', 'shiboken6', 'sqlite3', 'trafilatura', 'pypdf', 'docx')\n"
        "heavy += ('feedparser',)\n"
        "bad = [m for m in sys.modules if m.startswith(heavy)]\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
