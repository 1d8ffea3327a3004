"""Previous frame, play / pause, next frame, and where the video is."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget


class FrameStepper(QWidget):
    """Buttons that ask to move by a frame (``step``) and a label for the position."""

    step = Signal(int)  # -1 or +1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style = self.style()
        pixmaps = QStyle.StandardPixmap
        self.back_button = self._tool(
            style.standardIcon(pixmaps.SP_MediaSeekBackward), self.tr("Previous frame")
        )
        self.play_button = self._tool(style.standardIcon(pixmaps.SP_MediaPlay), self.tr("Play"))
        self.play_button.setCheckable(True)
        self.next_button = self._tool(style.standardIcon(pixmaps.SP_MediaSeekForward), self.tr("Next frame"))
        self.position = QLabel()
        self.fps: float | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.step.emit(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.back_button, self.play_button, self.next_button):
            layout.addWidget(button)
        layout.addWidget(self.position, 1)
        self.back_button.clicked.connect(lambda: self.step.emit(-1))
        self.next_button.clicked.connect(lambda: self.step.emit(1))
        self.play_button.toggled.connect(self._play)

    @staticmethod
    def _tool(icon: QIcon, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon)
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    def stop(self) -> None:
        self.play_button.setChecked(False)

    def _play(self, on: bool) -> None:
        if on:
            self.timer.start(max(15, round(1000 / (self.fps or 25))))
        else:
            self.timer.stop()
