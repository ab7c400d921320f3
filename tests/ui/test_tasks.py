import threading

from PySide6.QtGui import QPalette

from storydiff.core.progress import check
from storydiff.errors import InputError
from storydiff.ui import theme
from storydiff.ui.tasks import TaskRunner


def test_starting_a_new_comparison_cancels_the_old_one(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    results, stopped = [], []

    def slow(progress, cancelled):
        while not release.wait(0.01):
            if cancelled():
                stopped.append(True)
                check(cancelled)
        return "old"

    first = runner.start("compare", slow, "comparing", on_finished=results.append)
    with qtbot.waitSignal(first.bridge.cancelled, timeout=5000):
        runner.start("compare", lambda p, c: "new", "comparing", on_finished=results.append)
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    assert stopped and not runner.is_busy()


def test_a_failing_job_reports_its_message_not_a_traceback(qtbot):
    runner = TaskRunner()
    errors = []

    def bad(progress, cancelled):
        raise InputError("page.html: this page holds no article text")

    runner.start("import", bad, "importing", on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert errors == ["page.html: this page holds no article text"]


def test_dark_palette_gets_dark_highlight_colours(qapp):
    dark = theme.colours(theme.dark_palette())
    light = theme.colours(QPalette())
    assert dark.dark and not light.dark
    assert dark.deleted.lightness() < 128 < light.deleted.lightness()
    assert dark.inserted.lightness() < 128 < light.inserted.lightness()
