"""Take in many received bundles at once (investigator mode): ``core.bundle.batch``.

Choose files and folders of .evb bundles and the identity they are sealed to, then Start:
every bundle is verified (two or more at a time, in their own processes) and the good ones
imported into this archive one at a time, in the order chosen; the table fills row by row, a
bad bundle never stops the rest, and at the end a summary and "Save report…" (one JSON
line per bundle). Cancel stops between bundles: what was imported stays, nothing is half
stored. The work runs off the UI thread on the archive's own worker (``session.on_vault``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.bundle import batch
from ..core.evidence.items import visible_text
from ..core.session.vault import Vault
from . import file_dialogs
from .bundle_report_view import GREEN, RED
from .common import heading_font, human_size
from .identity_choice import IdentityChoice, load_identity
from .session import Session
from .tasks import Task
from .widgets import wrapped_text

CHOOSE, RUNNING = range(2)
COLUMNS = 6  # file, outcome, reason, files, new items, already held


class BundleBatchDialog(QDialog):
    """Emits ``imported()`` once a batch that imported something has ended."""

    imported = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.setWindowTitle(self.tr("Take in many bundles"))
        self.setModal(False)
        self.resize(1000, 700)
        self.session = session
        self.paths: list[Path] = []
        self.task: Task | None = None
        self.cancel_event = threading.Event()
        self.summary: batch.Summary | None = None
        self.lines: list[batch.Line] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._running_page())
        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 18)
        inner.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(card)
        self._update()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(heading_font(5))
        label.setWordWrap(True)
        return label

    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._heading(self.tr("Take in many bundles")))
        layout.addWidget(
            wrapped_text(
                self.tr(
                    "Every bundle is checked completely before anything of it is stored. Bundles "
                    "taken in before are recognised and skipped; a bad bundle is listed with its "
                    "reason and the others go on. A file sent by several people is stored once, "
                    "with each sender's custody."
                )
            )
        )
        self.path_list = QListWidget()
        self.path_list.setAccessibleName(self.tr("Bundles and folders to take in"))
        layout.addWidget(self.path_list, 1)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Add bundles…"))
        self.files_button.setAccessibleName(self.tr("Add bundle files"))
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button = QPushButton(self.tr("Add a folder…"))
        self.folder_button.setAccessibleName(self.tr("Add a folder of bundles"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the list"))
        self.clear_button.clicked.connect(self.clear_paths)
        for button in (self.files_button, self.folder_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.identity = IdentityChoice()
        self.identity.changed.connect(self._update)
        layout.addWidget(QLabel(self.tr("Sealed to")))
        layout.addWidget(self.identity)
        self.choose_problem = wrapped_text("")
        self.choose_problem.setStyleSheet(f"color: {RED.name()};")
        layout.addWidget(self.choose_problem)
        nav = QHBoxLayout()
        nav.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start taking in the bundles"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start)
        nav.addWidget(self.close_button)
        nav.addWidget(self.start_button)
        layout.addLayout(nav)
        return page

    def _running_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._heading(self.tr("Taking in bundles")))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Batch progress"))
        self.bar.setRange(0, 1000)
        layout.addWidget(self.bar)
        self.status = wrapped_text("")
        self.status.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.status)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Bundles taken in"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Outcome"), self.tr("Reason"), self.tr("Files"), self.tr("New"),
             self.tr("Already held")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 200)
        layout.addWidget(self.table, 1)
        self.summary_label = wrapped_text("")
        self.summary_label.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary_label)
        nav = QHBoxLayout()
        self.again_button = QPushButton(self.tr("Take in more…"))
        self.again_button.clicked.connect(self._again)
        nav.addWidget(self.again_button)
        nav.addStretch(1)
        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.setAccessibleName(self.tr("Save the report, one JSON line per bundle"))
        self.save_button.clicked.connect(self._choose_report)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Stop after the bundle being imported"))
        self.cancel_button.clicked.connect(self.cancel)
        self.done_button = QPushButton(self.tr("Close"))
        self.done_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button, self.done_button):
            nav.addWidget(button)
        layout.addLayout(nav)
        return page

    # -- choosing ------------------------------------------------------------------
    def _choose_files(self) -> None:
        names = file_dialogs.open_files(
            self, self.tr("Choose bundles"), "", self.tr("Sealed bundles (*.evb);;All files (*)")
        )
        self.add_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        name = file_dialogs.existing_directory(self, self.tr("Choose a folder of bundles"))
        if name:
            self.add_paths([Path(name)])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
                self.path_list.addItem(visible_text(str(path)))
        self._update()

    def clear_paths(self) -> None:
        self.paths.clear()
        self.path_list.clear()
        self._update()

    def set_identity(self, path: Path | None) -> None:
        """An identity file, or None for this archive's own key."""
        self.identity.set_path(path)

    def _update(self) -> None:
        ready = bool(self.paths) and self.identity.ready()
        self.start_button.setEnabled(ready and self.task is None)
        self.choose_problem.setText("")

    # -- running -------------------------------------------------------------------
    def start(self) -> None:
        if self.task is not None or not self.paths:
            return
        paths, identity_path = list(self.paths), self.identity.path()
        self.cancel_event = threading.Event()
        cancel = self.cancel_event
        self.lines, self.summary = [], None
        self.table.setRowCount(0)
        self.summary_label.setText("")
        self.status.setText(self.tr("Checking the first bundles…"))
        self.bar.setValue(0)
        self._set_running(True)
        self.stack.setCurrentIndex(RUNNING)

        def run(vault: Vault, task: Task) -> batch.Summary:
            identity = load_identity(vault, identity_path)
            return batch.intake(vault, paths, identity, progress=task.report, cancel=cancel)

        self.task = self.session.on_vault(run, self._finished, self._failed, self._progress)

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        for button in (self.save_button, self.done_button, self.again_button):
            button.setVisible(not running)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the bundle being imported…"))

    def _progress(self, step: batch.Progress) -> None:
        self.lines.append(step.line)
        self._add_row(step.line)
        self.bar.setValue(int(1000 * step.done_bytes / max(1, step.total_bytes)))
        if self.cancel_event.is_set():
            return
        rate = step.done_bytes / step.elapsed if step.elapsed > 0 else 0.0
        text = self.tr("{done} of {total} bundles, {size} of {all}").format(
            done=step.done,
            total=step.total,
            size=human_size(step.done_bytes),
            all=human_size(step.total_bytes),
        )
        if rate > 0:
            left = (step.total_bytes - step.done_bytes) / rate
            text += " · " + self.tr("{rate}/s, about {left} left").format(
                rate=human_size(rate), left=self.duration(left)
            )
        self.status.setText(text)

    def _add_row(self, line: batch.Line) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        outcome = {
            batch.IMPORTED: self.tr("Imported"),
            batch.SKIPPED: self.tr("Skipped"),
            batch.REFUSED: self.tr("Refused"),
            batch.FAILED: self.tr("Failed"),
        }[line.outcome]
        counted = line.outcome == batch.IMPORTED
        cells = [
            visible_text(Path(line.path).name),
            outcome,
            self.reason_text(line),
            str(line.files) if counted else "",
            str(line.new_items) if counted else "",
            str(line.duplicate_items) if counted else "",
        ]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column in (0, 2):
                cell.setToolTip(visible_text(line.path if column == 0 else line.reason))
            if column >= 3:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 1:
                bad = line.outcome in (batch.FAILED, batch.REFUSED)
                cell.setForeground(RED if bad else GREEN)
            self.table.setItem(row, column, cell)
        self.table.scrollToBottom()

    def reason_text(self, line: batch.Line) -> str:
        """The reason in the user's language where it is one of batch intake's own; a check's
        problem in the words the check used (the sender's names shown, never obeyed)."""
        if line.outcome == batch.SKIPPED:
            return self.tr("Taken in before (the same bundle, the same file)")
        if line.outcome == batch.REFUSED:
            return self.tr("Its bundle id was taken in before from a different file: not stored")
        if "not encrypted to the given identity" in line.reason:
            return self.tr("Not sealed to this key")
        if line.reason.startswith("the bundle is damaged or was altered"):
            return self.tr("Damaged or altered (it does not decrypt)")
        return visible_text(line.reason)

    def _finished(self, summary: batch.Summary) -> None:
        self.task = None
        self.summary = summary
        self._set_running(False)
        self.bar.setValue(1000)
        counts = summary.to_json()
        text = self.tr("{imported} imported, {skipped} skipped, {refused} refused, {failed} failed").format(
            imported=counts[batch.IMPORTED],
            skipped=counts[batch.SKIPPED],
            refused=counts[batch.REFUSED],
            failed=counts[batch.FAILED],
        )
        text += " · " + self.tr("{size} in {time}").format(
            size=human_size(counts["bytes"]), time=self.duration(summary.seconds)
        )
        if summary.cancelled:
            text += " · " + self.tr("Cancelled: {count} not taken in").format(count=summary.not_done)
        self.status.setText(self.tr("Done.") if not summary.cancelled else self.tr("Cancelled."))
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {(GREEN if summary.ok else RED).name()};")
        self.save_button.setFocus()
        if counts[batch.IMPORTED]:
            self.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_running(False)
        self.summary_label.setText(str(exc))
        self.summary_label.setStyleSheet(f"color: {RED.name()};")

    # -- after -----------------------------------------------------------------------
    def _choose_report(self) -> None:
        name = file_dialogs.save_file(
            self, self.tr("Save the report"), self.tr("intake.jsonl"), self.tr("JSON lines (*.jsonl)")
        )
        if name:
            self.save_report(Path(name))

    def save_report(self, path: Path) -> None:
        try:
            batch.save_report(path, self.summary.lines if self.summary else self.lines)
        except OSError as exc:
            self.summary_label.setText(self.tr("Could not save the report: {reason}").format(reason=exc))
            return
        self.summary_label.setText(self.tr("Saved the report to {path}.").format(path=path))

    def _again(self) -> None:
        self.clear_paths()
        self.stack.setCurrentIndex(CHOOSE)

    def duration(self, seconds: float) -> str:
        whole = max(0, int(seconds + 0.5))
        if whole < 90:
            return self.tr("{n} s").format(n=whole)
        return self.tr("{m} min {s} s").format(m=whole // 60, s=whole % 60)

    def reject(self) -> None:  # Close, Escape, lock
        self.cancel_event.set()
        if self.task is not None:
            self.task.cancel()
        super().reject()
