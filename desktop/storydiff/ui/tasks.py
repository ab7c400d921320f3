"""Background work: a thread pool plus a QObject bridge that reports back on the GUI thread.

A job is a plain callable ``job(progress, cancelled) -> result`` (the same callables the
core takes), so the work itself never touches Qt. Starting a job under a ``key`` that is
already running cancels the older one; its late result is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from storydiff.core.progress import Cancelled
from storydiff.errors import StoryDiffError

log = logging.getLogger(__name__)

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TaskBridge(QObject):
    """Lives on the GUI thread; the worker emits through it (queued across threads)."""

    progress_changed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """One job on the pool, with a flag the job polls to stop early."""

    def __init__(self, job: Job, description: str = "") -> None:
        super().__init__()
        self.job = job
        self.description = description
        self.bridge = TaskBridge()
        self._stop = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self.job(self.bridge.progress_changed.emit, self.is_cancelled)
        except Cancelled:
            self.bridge.cancelled.emit()
        except StoryDiffError as error:
            self.bridge.failed.emit(str(error))
        except Exception as error:  # a bug: keep the trace for the log, show a sentence
            log.exception("background task failed: %s", self.description)
            self.bridge.failed.emit(f"Something went wrong while {self.description}: {error}")
        else:
            if self.is_cancelled():
                self.bridge.cancelled.emit()
            else:
                self.bridge.finished.emit(result)


class TaskRunner(QObject):
    """Starts jobs on a thread pool and keeps each running task alive until it reports."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: dict[str, Task] = {}
        self._keep: set[Task] = set()

    def start(
        self,
        key: str,
        job: Job,
        description: str,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Run ``job`` in the background, cancelling the task already running under ``key``."""
        self.cancel(key)
        task = Task(job, description)
        bridge = task.bridge
        if on_progress:
            bridge.progress_changed.connect(self._only_current(key, task, on_progress))
        if on_finished:
            bridge.finished.connect(self._only_current(key, task, on_finished))
        if on_failed:
            bridge.failed.connect(self._only_current(key, task, on_failed))
        for signal in (bridge.finished, bridge.failed, bridge.cancelled):
            signal.connect(lambda *_args, t=task: self._done(key, t))
        self._running[key] = task
        self._keep.add(task)
        self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def _only_current(self, key: str, task: Task, slot: Callable) -> Callable:
        def call(*args: Any) -> None:
            if self._running.get(key) is task and not task.is_cancelled():
                slot(*args)

        return call

    def cancel(self, key: str) -> None:
        """Ask the task under ``key`` to stop; it reports ``cancelled`` when it has."""
        task = self._running.pop(key, None)
        if task is not None:
            task.cancel()
            self.busy_changed.emit(self.is_busy())

    def cancel_all(self) -> None:
        for key in list(self._running):
            self.cancel(key)

    def is_busy(self, key: str | None = None) -> bool:
        return key in self._running if key else bool(self._running)

    def _done(self, key: str, task: Task) -> None:
        self._keep.discard(task)
        if self._running.get(key) is task:
            del self._running[key]
        self.busy_changed.emit(self.is_busy())

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return self.pool.waitForDone(msecs)
