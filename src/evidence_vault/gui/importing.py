"""Import with progress: the importer runs in a worker; this dialog shows how it goes.

Progress arrives at most ~15 times a second. Cancel sets the importer's cancel
event; the file being stored is dropped whole (the vault stays consistent) and
the summary says what was imported before that.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.evidence.importer import Importer, ImportProgress, ImportResult, ImportSummary, Status
from .common import heading_font, human_duration, human_size
from .session import Session
from .tasks import Task

REPORT_INTERVAL_S = 0.066


@dataclass(frozen=True)
class Snapshot:
    progress: ImportProgress
    elapsed: float


class ImportDialog(QDialog):
    finished_import = Signal(object)  # ImportSummary

    def __init__(self, session: Session, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.paths = [Path(p) for p in paths]
        self.cancel_event = threading.Event()
        self.summary: ImportSummary | None = None
        self.last: Snapshot | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Adding files"))
        self.setModal(False)
        self.setMinimumWidth(520)

        self.title = QLabel(self.tr("Adding files to the archive…"))
        self.title.setFont(heading_font(3))
        self.current = QLabel(self.tr("Looking at the files…"))
        self.current.setWordWrap(False)
        self.current.setMinimumWidth(460)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.bar.setTextVisible(True)
        self.files = QLabel(" ")
        self.rate = QLabel(" ")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Files that could not be added"))
        self.details.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.hide()
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.close_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addSpacing(4)
        layout.addWidget(self.current)
        layout.addWidget(self.bar)
        layout.addWidget(self.files)
        layout.addWidget(self.rate)
        layout.addWidget(self.details, 1)
        layout.addSpacing(6)
        layout.addLayout(self.buttons)

    # -- running -------------------------------------------------------------------
    def start(self) -> None:
        importer = Importer(self.session.vault)
        paths, cancel = self.paths, self.cancel_event
        started = time.monotonic()

        def run(task: Task) -> ImportSummary:
            last_report = 0.0

            def progress(state: ImportProgress) -> None:
                nonlocal last_report
                now = time.monotonic()
                if now - last_report >= REPORT_INTERVAL_S or state.files_done == state.files_total:
                    last_report = now
                    task.report(Snapshot(replace(state), now - started))
                if task.cancelled:
                    cancel.set()  # the vault is being locked

            return importer.run(paths, progress=progress, cancel=cancel)

        self.task = self.session.run_import(run, self._done, self._failed, self._progress)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.title.setText(self.tr("Stopping…"))

    def reject(self) -> None:  # Escape, window close
        if self.summary is None:
            self.cancel()
        else:
            super().reject()

    # -- updates -------------------------------------------------------------------
    def _progress(self, snap: Snapshot) -> None:
        self.last = snap
        state = snap.progress
        if state.bytes_total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * state.bytes_done / state.bytes_total))
        self.bar.setFormat(f"{int(100 * state.bytes_done / max(1, state.bytes_total))}%")
        shown = self.current.fontMetrics().elidedText(
            state.current, Qt.TextElideMode.ElideMiddle, self.current.width()
        )
        self.current.setText(shown)
        self.files.setText(
            self.tr("File {n} of {total} · {done} of {size}").format(
                n=min(state.files_done + 1, state.files_total),
                total=state.files_total,
                done=human_size(state.bytes_done),
                size=human_size(state.bytes_total),
            )
        )
        if snap.elapsed > 0.3 and state.bytes_done > 0:
            rate = state.bytes_done / snap.elapsed
            left = (state.bytes_total - state.bytes_done) / rate if rate else 0
            self.rate.setText(
                self.tr("{rate}/s · about {left} left").format(
                    rate=human_size(rate), left=human_duration(left)
                )
            )

    def _done(self, summary: ImportSummary) -> None:
        self.summary = summary
        imported = summary.count(Status.IMPORTED)
        duplicates = summary.count(Status.DUPLICATE)
        failed = [r for r in summary.results if r.status is Status.FAILED]
        skipped = summary.count(Status.CANCELLED)
        if summary.cancelled:
            self.title.setText(self.tr("Import cancelled"))
        elif failed:
            self.title.setText(self.tr("Import finished with problems"))
        else:
            self.title.setText(self.tr("Import finished"))
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.bar.setFormat(self.tr("Done"))
        self.current.setText(
            self.tr("Added: {imported} · Already in the archive: {dup} · Failed: {failed}").format(
                imported=imported, dup=duplicates, failed=len(failed)
            )
        )
        self.files.setText(
            self.tr("Not added because you cancelled: {n}. Nothing half-added was kept.").format(n=skipped)
            if skipped
            else ""
        )
        if self.last is not None and self.last.elapsed > 0:
            total = sum(r.size for r in summary.results if r.status is Status.IMPORTED)
            self.rate.setText(
                self.tr("{size} stored in {time}").format(
                    size=human_size(total), time=human_duration(self.last.elapsed)
                )
            )
        else:
            self.rate.setText("")
        if failed:
            self.details.setPlainText("\n".join(_failure_line(r) for r in failed))
            self.details.show()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.finished_import.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self.summary = ImportSummary()
        self.title.setText(self.tr("The import stopped"))
        self.current.setText(str(exc))
        self.cancel_button.hide()
        self.close_button.show()
        self.finished_import.emit(self.summary)


def _failure_line(result: ImportResult) -> str:
    return f"{result.path}: {result.message}"
