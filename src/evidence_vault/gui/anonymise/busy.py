"""While the caller is finding faces: "Finding faces… 40%", a bar and Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class FindingFaces(QWidget):
    """The busy state of a review view. The work is the caller's; this only shows it."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Finding faces…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Finding faces"))
        self.bar.setFixedWidth(420)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addStretch(1)

    def start(self) -> None:
        self.cancel_button.setEnabled(True)
        self.set_progress(0, None)

    def set_progress(self, done: int, total: int | None) -> None:
        """``done`` of ``total`` (frames, or percent); ``total`` None or 0: not known yet."""
        if total:
            percent = max(0, min(100, round(100 * done / total)))
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)
            self.label.setText(self.tr("Finding faces… {percent}%").format(percent=percent))
        else:
            self.bar.setRange(0, 0)
            self.label.setText(self.tr("Finding faces…"))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()
