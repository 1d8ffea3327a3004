"""The main window's status bar: how many items, their size, and the last verification."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from ..core.custody.log import Event
from .common import human_size, short_time


class StatusLine(QObject):
    """The labels it puts into ``bar``, and what each shows."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.count_label = QLabel()
        self.size_label = QLabel()
        self.verify_label = QLabel()
        self.verify_progress = QProgressBar()
        self.verify_progress.setMaximumWidth(160)
        self.verify_progress.setMaximumHeight(14)
        self.verify_progress.hide()
        bar.addWidget(self.count_label)
        bar.addWidget(self.size_label)
        bar.addPermanentWidget(self.verify_progress)
        bar.addPermanentWidget(self.verify_label)

    def loading(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self.size_label.clear()
        self.verify_label.clear()

    def clear(self) -> None:
        """Locked: nothing about the archive stays on screen."""
        for label in (self.count_label, self.size_label, self.verify_label):
            label.clear()
        self.verify_progress.hide()

    def counts(self, total: int, size: int) -> None:
        self.count_label.setText(self.tr("%Ln item(s)", "", total))
        self.size_label.setText(human_size(size))

    def last_verification(self, event: Event | None) -> None:
        if event is None:
            self.verify_label.setText(self.tr("Not verified yet"))
            return
        passed = event.body.get("params", {}).get("result") == "pass"
        when = short_time(event.time)
        self.verify_label.setText(
            self.tr("Last verified {when}: all intact").format(when=when)
            if passed
            else self.tr("Last verified {when}: PROBLEMS FOUND").format(when=when)
        )

    def verifying(self) -> None:
        self.verify_progress.setRange(0, 0)
        self.verify_progress.show()
        self.verify_label.setText(self.tr("Verifying…"))

    def verify_step(self, done: int, total: int) -> None:
        self.verify_progress.setRange(0, max(1, total))
        self.verify_progress.setValue(done)

    def verified(self, ok: bool, items_checked: int) -> None:
        self.verify_progress.hide()
        if ok:
            self.bar.showMessage(self.tr("Verified %n item(s): all intact.", "", items_checked), 8000)

    def verify_failed(self, message: str) -> None:
        self.verify_progress.hide()
        self.verify_label.setText(self.tr("Verification could not run: {e}").format(e=message))

    def filed(self, name: str, count: int) -> None:
        self.bar.showMessage(self.tr("Filed %n item(s) under “{name}”.", "", count).format(name=name), 8000)

    def unfiled(self, name: str, count: int) -> None:
        self.bar.showMessage(
            self.tr("Took %n item(s) out of “{name}”; they stay in the archive.", "", count).format(
                name=name
            ),
            8000,
        )
