"""An unlocked vault as the GUI sees it: the vault plus the runners that use it.

Every database access happens in a worker, never on the UI thread:

* ``query`` runs on a small pool; each worker thread keeps its own connection.
* ``on_vault`` runs one at a time on ``vault.conn`` (custody writes, verify).
* ``imports`` runs the importer (it opens its own connection).
* ``analysis`` reads metadata and makes previews of new items, after imports and at
  unlock, then checks previews taken from embedded thumbnails against the pictures
  (core.media.store: child processes; results saved in batches, one custody event each).

``lock`` cancels everything, waits for the workers without blocking the UI, and
only then locks the vault (closing every connection and wiping the key).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.media import store as media_store
from ..core.media.sandbox import Decoders
from ..core.session.vault import Vault
from ..core.store.database import Connection
from .tasks import Runner, Task

T = TypeVar("T")


class Session(QObject):
    locked = Signal()
    analysed = Signal(object)  # AnalyseSummary, when a run of the analysis ends
    analysis_progress = Signal(object)  # AnalyseProgress

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.queries = Runner(self, threads=3)
        self.thumbnails = Runner(self, threads=2)
        self.serial = Runner(self, serial=True)
        self.imports = Runner(self, serial=True)
        self.analysis = Runner(self, serial=True)
        # Children that decode pictures for thumbnails and viewers: this process never runs a
        # native image decoder on evidence bytes (models.decode_item says why).
        self.decoders = Decoders(limit=2)
        self._local = threading.local()
        self._locking = False
        self._poll = QTimer(self)
        self._poll.setInterval(15)
        self._poll.timeout.connect(self._try_lock)

    @property
    def runners(self) -> tuple[Runner, ...]:
        return (self.queries, self.thumbnails, self.serial, self.imports, self.analysis)

    @property
    def is_open(self) -> bool:
        return self.vault.is_open and not self._locking

    def thread_conn(self) -> Connection:
        """This worker thread's own connection (closed by ``vault.lock``)."""
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.vault.connect()
            self._local.conn = conn
        return conn

    def _on(
        self,
        runner: Runner,
        fn: Callable[[Task], Any],
        done: Callable[[Any], None] | None,
        error: Callable[[BaseException], None] | None,
        progress: Callable[[Any], None] | None = None,
        priority: int = 0,
    ) -> Task | None:
        if self._locking:
            return None
        return runner.start(fn, done=done, error=error, progress=progress, priority=priority)

    def query(
        self,
        fn: Callable[[Connection], T],
        done: Callable[[T], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        return self._on(self.queries, lambda task: fn(self.thread_conn()), done, error)

    def query_cancellable(
        self,
        fn: Callable[[Connection, Task], T],
        done: Callable[[T], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
    ) -> Task | None:
        """Like ``query``, for work that watches its task (a picture being decoded): lock
        cancels it at once instead of waiting for it."""
        return self._on(self.queries, lambda task: fn(self.thread_conn(), task), done, error)

    def thumbnail(
        self, fn: Callable[[Connection, Task], T], done: Callable[[T], None], priority: int
    ) -> Task | None:
        return self._on(
            self.thumbnails, lambda task: fn(self.thread_conn(), task), done, None, priority=priority
        )

    def on_vault(
        self,
        fn: Callable[[Vault, Task], T],
        done: Callable[[T], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        progress: Callable[[Any], None] | None = None,
    ) -> Task | None:
        return self._on(self.serial, lambda task: fn(self.vault, task), done, error, progress)

    def run_import(
        self,
        fn: Callable[[Task], T],
        done: Callable[[T], None],
        error: Callable[[BaseException], None],
        progress: Callable[[Any], None],
    ) -> Task | None:
        return self._on(self.imports, fn, done, error, progress)

    def analyse_pending(self) -> Task | None:
        """Analyse items not analysed yet, in the background (no-op while a run is going)."""
        if self.analysis.busy:
            return None

        def run(task: Task) -> object:
            return media_store.analyse_pending(self.vault, progress=task.report, cancel=task.cancel_event)

        return self._on(self.analysis, run, self.analysed.emit, None, self.analysis_progress.emit)

    @property
    def busy(self) -> bool:
        return any(r.busy for r in self.runners)

    # -- locking ---------------------------------------------------------------
    def lock(self) -> None:
        """Cancel all work; lock the vault as soon as every worker has stopped."""
        if self._locking:
            return
        self._locking = True
        for runner in self.runners:
            runner.cancel_all()
        self._try_lock()
        if self.vault.is_open:
            self._poll.start()

    def _try_lock(self) -> None:
        if self.busy:
            return
        self._poll.stop()
        self.decoders.close()
        if self.vault.is_open:
            self.vault.lock()
            self.locked.emit()

    def lock_now(self, timeout_ms: int = 10000) -> None:
        """Lock synchronously (quitting): cancel, wait for workers, lock."""
        self._locking = True
        for runner in self.runners:
            runner.cancel_all()
        for runner in self.runners:
            runner.wait(timeout_ms)
        self._poll.stop()
        self.decoders.close()
        if self.vault.is_open:
            self.vault.lock()
            self.locked.emit()
