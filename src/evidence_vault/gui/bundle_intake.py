"""Open a received bundle (investigator mode): verify it, read the report, then import
it into this archive or save its contents to a folder.

The bundle is decrypted and checked in a worker (``bundle.read``), with a progress bar
by bytes. Nothing decrypted is written anywhere during verification; files reach disk
only through "Save contents to folder…" (the user's explicit destination) or go straight
into this archive's encrypted store through "Import into this archive".
"""

from __future__ import annotations

import time
from pathlib import Path

import pyrage
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import bundle
from ..core.bundle import BundleReport, court_report
from ..core.session.vault import Vault
from . import file_dialogs
from .bundle_bag import BagSaver
from .bundle_report_view import GREEN, RED, BundleReportView
from .common import heading_font, human_size
from .identity_choice import IdentityChoice, load_identity
from .session import Session
from .tasks import Task
from .widgets import wrapped_text

CHOOSE, VERIFYING, REPORT = range(3)
REPORT_INTERVAL_S = 0.066


class BundleIntakeDialog(QDialog):
    """Emits ``imported(report)`` after the bundle's files were imported into this archive."""

    imported = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.setWindowTitle(self.tr("Open a received bundle"))
        self.setModal(False)
        self.resize(900, 680)
        self.session = session
        self.bundle_path: Path | None = None
        self.identity_path: Path | None = None
        self.report: BundleReport | None = None
        self.task: Task | None = None
        self.busy = False
        self.import_report: BundleReport | None = None
        self.saved_to: Path | None = None
        self.report_pdf: Path | None = None
        self._identity_used: pyrage.x25519.Identity | None = None

        self.stack = QStackedWidget()
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._verifying_page())
        self.stack.addWidget(self._report_page())

        card = QFrame()
        card.setObjectName("card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 18)
        inner.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.addWidget(card)
        self.stack.setCurrentIndex(CHOOSE)
        self._update()

    # -- pages ---------------------------------------------------------------------
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
        layout.addWidget(self._heading(self.tr("Open a received bundle")))
        layout.addWidget(
            wrapped_text(
                self.tr(
                    "A bundle (.evb) is checked completely before anything is shown or stored: who "
                    "sealed it, every file's SHA-256 and the custody proofs."
                )
            )
        )
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("Bundle file"))
        self.file_edit.setPlaceholderText(self.tr("Choose the .evb file"))
        self.file_edit.textChanged.connect(self._update)
        self.file_button = QPushButton(self.tr("Choose…"))
        self.file_button.setAccessibleName(self.tr("Choose the bundle file"))
        self.file_button.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.file_button)
        form.addRow(self.tr("Bundle"), row)

        self.identity = IdentityChoice()
        self.identity.changed.connect(self._update)
        self.own_identity = self.identity.own_identity
        form.addRow(self.tr("Open with"), self.identity)
        layout.addLayout(form)
        self.choose_problem = wrapped_text("")
        self.choose_problem.setObjectName("errorLabel")
        layout.addWidget(self.choose_problem)
        layout.addStretch(1)
        nav = QHBoxLayout()
        nav.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.verify_button = QPushButton(self.tr("Check the bundle"))
        self.verify_button.setAccessibleName(self.tr("Check the bundle"))
        self.verify_button.setObjectName("primary")
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        nav.addWidget(self.close_button)
        nav.addWidget(self.verify_button)
        layout.addLayout(nav)
        return page

    def _verifying_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Checking the bundle")))
        self.verify_label = wrapped_text(self.tr("Decrypting and checking every file…"))
        layout.addWidget(self.verify_label)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Verification progress"))
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.view = BundleReportView()
        layout.addWidget(self.view, 1)
        self.action_label = wrapped_text("")
        self.action_label.setAccessibleName(self.tr("Outcome"))
        layout.addWidget(self.action_label)
        nav = QHBoxLayout()
        self.again_button = QPushButton(self.tr("Open another…"))
        self.again_button.setAccessibleName(self.tr("Open another bundle"))
        self.again_button.clicked.connect(self._again)
        nav.addWidget(self.again_button)
        nav.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Save report as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the verification report as PDF"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        nav.addWidget(self.pdf_button)
        self.bag = BagSaver(self, lambda: self._identity_used)
        nav.addWidget(self.bag.button)
        self.save_button = QPushButton(self.tr("Save contents to folder…"))
        self.save_button.setAccessibleName(self.tr("Save contents to folder"))
        self.save_button.clicked.connect(self._choose_folder)
        self.import_button = QPushButton(self.tr("Import into this archive"))
        self.import_button.setAccessibleName(self.tr("Import into this archive"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_bundle)
        self.done_button = QPushButton(self.tr("Close"))
        self.done_button.setAccessibleName(self.tr("Close"))
        self.done_button.clicked.connect(self.reject)
        nav.addWidget(self.save_button)
        nav.addWidget(self.import_button)
        nav.addWidget(self.done_button)
        layout.addLayout(nav)
        return page

    # -- choosing --------------------------------------------------------------------
    def _choose_file(self) -> None:
        name = file_dialogs.open_file(
            self, self.tr("Choose a bundle"), "", self.tr("Sealed bundles (*.evb);;All files (*)")
        )
        if name:
            self.set_bundle(Path(name))

    def set_bundle(self, path: Path) -> None:
        self.file_edit.setText(str(path))

    def set_identity(self, path: Path | None) -> None:
        """An identity file, or None for this archive's own key."""
        self.identity.set_path(path)

    def _update(self) -> None:
        self.bundle_path = Path(self.file_edit.text().strip()) if self.file_edit.text().strip() else None
        self.identity_path = self.identity.path()
        ready = self.bundle_path is not None and self.identity.ready()
        self.verify_button.setEnabled(ready and not self.busy)
        self.choose_problem.setText("")

    # -- verifying ---------------------------------------------------------------------
    def verify(self) -> None:
        if self.bundle_path is None or self.busy:
            return
        path = self.bundle_path
        if not path.is_file():
            self.choose_problem.setText(self.tr("There is no file at {path}.").format(path=path))
            return
        identity_path = self.identity_path
        total = max(1, path.stat().st_size)
        self.report = None
        self.busy = True
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.verify_label.setText(self.tr("Decrypting and checking every file…"))
        self.stack.setCurrentIndex(VERIFYING)

        def run(vault: Vault, task: Task) -> tuple[BundleReport, pyrage.x25519.Identity]:
            identity = load_identity(vault, identity_path)
            seen = [0]
            last = [0.0]

            def tick(count: int) -> None:
                seen[0] += count
                now = time.monotonic()
                if now - last[0] >= REPORT_INTERVAL_S:
                    last[0] = now
                    task.report((seen[0], total))

            # The receiver only counts bytes for the bar; nothing is kept or written.
            return bundle.read(path, identity, bundle.Counting(tick)), identity

        self.task = self.session.on_vault(run, self._verified, self._verify_failed, self._progress)

    def _progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.bar.setValue(min(1000, int(1000 * done / max(1, total))))
        self.verify_label.setText(
            self.tr("Checked {done} of about {total}…").format(done=human_size(done), total=human_size(total))
        )

    def _verify_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.task = None
        self.stack.setCurrentIndex(CHOOSE)
        self._update()
        self.choose_problem.setText(str(exc))

    def _verified(self, result: tuple[BundleReport, pyrage.x25519.Identity]) -> None:
        self.busy = False
        self.task = None
        self.report, self._identity_used = result
        self.import_report = None
        self.saved_to = None
        self._show_report(self.report)
        self.stack.setCurrentIndex(REPORT)
        (self.import_button if self.import_button.isEnabled() else self.done_button).setFocus()

    def _show_report(self, report: BundleReport) -> None:
        self.view.show_report(report)
        ok = report.ok
        self.action_label.setText("")
        self.action_label.setStyleSheet("")
        self.import_button.setEnabled(ok)
        self.save_button.setEnabled(ok)
        self.pdf_button.setEnabled(True)  # a failed check is reported too, saying FAILED
        self.bag.enable(ok)

    # -- after the check ------------------------------------------------------------------
    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.import_button.setEnabled(not busy and self.report is not None and self.report.ok)
        self.save_button.setEnabled(not busy and self.report is not None and self.report.ok)
        self.again_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy and self.report is not None)
        self.bag.enable(not busy and self.report is not None and self.report.ok)
        if text:
            self.action_label.setStyleSheet("")
            self.action_label.setText(text)

    def import_bundle(self) -> None:
        if self.report is None or not self.report.ok or self.busy or self.bundle_path is None:
            return
        path, identity = self.bundle_path, self._identity_used
        assert identity is not None
        self.set_busy(True, self.tr("Importing into this archive…"))

        def run(vault: Vault, task: Task) -> BundleReport:
            return bundle.import_into(vault, path, identity)

        self.task = self.session.on_vault(run, self._imported, self._action_failed)

    def _imported(self, report: BundleReport) -> None:
        self.task = None
        self.set_busy(False)
        if not report.ok:
            self._action_failed_text(
                self.tr("The import was refused: {p}").format(p="; ".join(report.problems))
            )
            return
        self.import_report = report
        self.import_button.setEnabled(False)
        self.action_label.setStyleSheet(f"color: {GREEN.name()};")
        self.action_label.setText(
            self.tr(
                "Imported %n file(s) into this archive, in the case “Bundle {id}”, with the sender's "
                "signatures and proofs kept beside them.",
                "",
                len(report.files),
            ).format(id=report.bundle_id[:8])
        )
        self.imported.emit(report)

    def _choose_folder(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose an empty folder for the contents"))
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path) -> None:
        if self.report is None or not self.report.ok or self.busy or self.bundle_path is None:
            return
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            self._action_failed_text(self.tr("That folder is not empty. Choose an empty or new folder."))
            return
        path, identity = self.bundle_path, self._identity_used
        self.set_busy(True, self.tr("Checking again and writing the files…"))

        def run(task: Task) -> BundleReport:
            return bundle.open_to_folder(path, identity, folder)  # no database: any worker will do

        def done(report: BundleReport) -> None:
            self.task = None
            self.set_busy(False)
            if not report.ok:
                self._action_failed_text(
                    self.tr("Nothing was saved: {p}").format(p="; ".join(report.problems))
                )
                return
            self.saved_to = folder
            self.action_label.setStyleSheet(f"color: {GREEN.name()};")
            self.action_label.setText(
                self.tr("Saved the verified files, report.txt and report.html to {path}.").format(path=folder)
            )

        self.task = self.session.run_import(run, done, self._action_failed, lambda _value: None)

    def _choose_pdf(self) -> None:
        if self.report is None:
            return
        name = file_dialogs.save_file(
            self,
            self.tr("Save the verification report"),
            self.tr("report-{id}.pdf").format(id=self.report.bundle_id[:8] or "0"),
            self.tr("PDF documents (*.pdf)"),
        )
        if name:
            self.save_report_pdf(Path(name))

    def save_report_pdf(self, out: Path) -> None:
        """The court report of the check just made (core/bundle/court_report.py), drawn in a
        worker; the file dialog has already asked before replacing a file."""
        if self.report is None or self.busy:
            return
        built = court_report.build(self.report, QCoreApplication.translate)  # in the app's language
        self.set_busy(True, self.tr("Writing the report…"))

        def run(task: Task) -> Path:
            from .. import render_report  # QTextDocument and QPdfWriter, loaded only for a PDF

            document = render_report.court_pdf(built)
            with open(out, "wb") as target:
                target.write(document)
            return out

        def done(path: Path) -> None:
            self.task = None
            self.set_busy(False)
            self.report_pdf = path
            self.action_label.setStyleSheet(f"color: {GREEN.name()};")
            self.action_label.setText(self.tr("Saved the verification report to {path}.").format(path=path))

        self.task = self.session.run_import(run, done, self._action_failed, lambda _value: None)

    def _action_failed(self, exc: BaseException) -> None:
        self.task = None
        self.set_busy(False)
        self._action_failed_text(str(exc))

    def _action_failed_text(self, text: str) -> None:
        self.action_label.setStyleSheet(f"color: {RED.name()};")
        self.action_label.setText(text)

    def _again(self) -> None:
        self.report = None
        self.stack.setCurrentIndex(CHOOSE)
        self._update()
        self.file_edit.setFocus()

    def reject(self) -> None:  # Close, Escape, lock
        if self.task is not None:
            self.task.cancel()  # verification stops being waited for; an import finishes whole
            self.task = None
        super().reject()
