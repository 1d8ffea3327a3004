"""The intake dialog's "Save as BagIt…": after a check that passed, the bundle is checked again
and written as a BagIt package for an archive (core/bundle/bag.py) in a worker, into a new
folder named by the bundle id inside the folder the user chose, with the court report PDF
among its tag files. The bag is plaintext: the button's tooltip and docs/archives.md say so."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pyrage
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

from ..core.bundle import BundleReport, court_report
from ..core.bundle.bag import BagResult, write_bag
from . import file_dialogs
from .bundle_report_view import GREEN, RED
from .common import human_size
from .tasks import Task

REPORT_INTERVAL_S = 0.066  # as the intake dialog's bar

if TYPE_CHECKING:
    from .bundle_intake import BundleIntakeDialog


def court_pdf(report: BundleReport) -> bytes:
    """The court report in the app's language; drawn in the worker (QTextDocument, QPdfWriter)."""
    from .. import render_report  # loaded only for a PDF

    return render_report.court_pdf(court_report.build(report, QCoreApplication.translate))


class BagSaver(QObject):
    """The button and what it runs; ``bagged`` is the last bag written (for the tests)."""

    def __init__(
        self, dialog: BundleIntakeDialog, identity: Callable[[], pyrage.x25519.Identity | None]
    ) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.identity = identity
        self.bagged: BagResult | None = None
        self.button = QPushButton(self.tr("Save as BagIt…"))
        self.button.setAccessibleName(self.tr("Save as a BagIt package for an archive"))
        self.button.setToolTip(
            self.tr(
                "Writes the verified files, the sender's signed records and the report as a BagIt "
                "package, for an archive such as Archivematica. The package is NOT encrypted: keep it "
                "on the archive's protected storage."
            )
        )
        self.button.setEnabled(False)
        self.button.clicked.connect(self.choose)

    def enable(self, ok: bool) -> None:
        self.button.setEnabled(ok)

    def choose(self) -> None:
        folder = file_dialogs.existing_directory(
            self.dialog, self.tr("Choose the folder to write the BagIt package in")
        )
        if folder:
            self.save_in(Path(folder))

    def save_in(self, folder: Path) -> None:
        """Write the bag as ``folder/BUNDLE-ID`` in a worker."""
        dialog = self.dialog
        report, path, identity = dialog.report, dialog.bundle_path, self.identity()
        if report is None or not report.ok or dialog.busy or path is None or identity is None:
            return
        dialog.set_busy(True, self.tr("Checking again and writing the BagIt package…"))

        total = max(1, path.stat().st_size)

        def run(task: Task) -> BagResult:
            written = [0, 0.0]  # bytes so far, when they were last reported

            def tick(count: int) -> None:
                written[0] += count
                now = time.monotonic()
                if now - written[1] >= REPORT_INTERVAL_S:
                    written[1] = now
                    task.report(int(written[0]))

            return write_bag(
                path,
                identity,
                folder,
                by_bundle_id=True,
                pdf=court_pdf,
                cancel=task.cancel_event,
                progress=tick,
            )

        def progress(done: int) -> None:
            dialog.action_label.setText(
                self.tr("Checking again and writing the BagIt package: {done} of about {total}…").format(
                    done=human_size(done), total=human_size(total)
                )
            )

        def done(result: BagResult) -> None:
            dialog.task = None
            dialog.set_busy(False)
            self.bagged = result
            dialog.action_label.setStyleSheet(f"color: {GREEN.name()};")
            dialog.action_label.setText(
                self.tr(
                    "Saved the BagIt package to {path}. It is not encrypted: keep it on protected storage."
                ).format(path=result.path)
            )

        def failed(exc: BaseException) -> None:
            dialog.task = None
            dialog.set_busy(False)
            dialog.action_label.setStyleSheet(f"color: {RED.name()};")
            dialog.action_label.setText(self.tr("No BagIt package was saved: {reason}").format(reason=exc))

        dialog.task = dialog.session.run_import(run, done, failed, progress)
