"""One small runner for long work: QRunnable tasks that report through signals.

A task is a plain function ``fn(task) -> result``. Inside it, ``task.cancelled``
tells it to stop and ``task.report(obj)`` sends progress to the UI thread. The
result, error and progress arrive through queued signals of the Runner (a QObject
living on the UI thread), so callbacks always run on the UI thread and may touch
widgets. Nothing here touches the database by itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QRunnable):
    def __init__(self, runner: Runner, fn: Callable[[Task], Any], name: str = "") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Runner keeps it until its result is delivered
        self.runner = runner
        self.fn = fn
        self.name = name
        self.cancel_event = threading.Event()
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], None] | None = None
        self.on_progress: Callable[[Any], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        self.cancel_event.set()

    def report(self, value: object) -> None:
        self.runner.progressed.emit(self, value)

    def run(self) -> None:
        try:
            if self.cancelled:
                return
            result = self.fn(self)
        except Exception as exc:  # noqa: BLE001 - reported to the UI, never lost silently
            self.runner.failed.emit(self, exc)
        else:
            self.runner.finished.emit(self, result)
        finally:
            self.runner.ended.emit(self)


class Runner(QObject):
    """Runs tasks on a thread pool. ``serial=True`` runs one at a time, in order:
    used for work on ``vault.conn``, which only one thread may use at once."""

    finished = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, object)
    ended = Signal(object)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, serial: bool = False, threads: int = 0) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if serial:
            self.pool.setMaxThreadCount(1)
        elif threads:
            self.pool.setMaxThreadCount(threads)
        self._active: set[Task] = set()
        self._lock = threading.Lock()
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)
        self.ended.connect(self._forget)

    def start(
        self,
        fn: Callable[[Task], Any],
        *,
        done: Callable[[Any], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        progress: Callable[[Any], None] | None = None,
        name: str = "",
        priority: int = 0,
    ) -> Task:
        task = Task(self, fn, name)
        task.on_done, task.on_error, task.on_progress = done, error, progress
        with self._lock:
            self._active.add(task)
        self.pool.start(task, priority)
        return task

    @Slot(object, object)
    def _deliver_result(self, task: Task, result: object) -> None:
        if task.on_done is not None and not task.cancelled:
            task.on_done(result)

    @Slot(object, object)
    def _deliver_error(self, task: Task, exc: BaseException) -> None:
        if task.cancelled:
            return
        if task.on_error is not None:
            task.on_error(exc)
        else:
            import sys

            print(f"background task {task.name or task.fn!r} failed: {exc!r}", file=sys.stderr)

    @Slot(object, object)
    def _deliver_progress(self, task: Task, value: object) -> None:
        if task.on_progress is not None and not task.cancelled:
            task.on_progress(value)

    @Slot(object)
    def _forget(self, task: Task) -> None:
        with self._lock:
            self._active.discard(task)
            empty = not self._active
        if empty:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._active)

    def cancel_all(self) -> None:
        """Ask every task to stop; queued ones then end without running."""
        with self._lock:
            tasks = list(self._active)
        for task in tasks:
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return bool(self.pool.waitForDone(msecs))
