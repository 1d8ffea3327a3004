"""The bars under a video's slider: one row per face track (and per box added over frames),
spanning the frames it covers, with the current frame marked. Clicking a bar jumps there."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .box_canvas import ADDED_COLOUR, DETECTED_COLOUR

ROW = 18
MARGIN = 8  # as far in as a slider's handle centre at either end


@dataclass(frozen=True)
class Bar:
    kind: str  # "track" or "added"
    key: int  # track id, or index of the added box
    label: str
    first: int
    last: int
    dropped: bool = False
    selected: bool = False


class TrackBars(QWidget):
    """Rows of bars over frames 0..frames-1, aligned with the slider above them."""

    frame_clicked = Signal(int)
    bar_clicked = Signal(str, int)  # kind, key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.frames = 1
        self.current = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Faces over time"))

    def set_bars(self, bars: list[Bar], frames: int) -> None:
        self.bars = list(bars)
        self.frames = max(1, frames)
        self.setMinimumHeight(max(1, len(self.bars)) * ROW + 4)
        self.updateGeometry()
        self.update()

    def set_current(self, frame: int) -> None:
        self.current = frame
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, max(1, len(self.bars)) * ROW + 4)

    def x_of(self, frame: float) -> float:
        span = max(1, self.frames - 1)
        return MARGIN + (self.width() - 2 * MARGIN) * frame / span

    def frame_of(self, x: float) -> int:
        span = max(1, self.frames - 1)
        usable = max(1, self.width() - 2 * MARGIN)
        return max(0, min(self.frames - 1, round((x - MARGIN) * span / usable)))

    def bar_rect(self, row: int) -> QRectF:
        bar = self.bars[row]
        left = self.x_of(bar.first) - 2
        right = self.x_of(bar.last) + 2
        return QRectF(left, 2 + row * ROW, max(4.0, right - left), ROW - 4)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        row = int((pos.y() - 2) // ROW)
        frame = self.frame_of(pos.x())
        bar = self.bars[row] if 0 <= row < len(self.bars) else None
        if bar is not None:
            frame = max(bar.first, min(bar.last, frame))  # on the bar's row: a frame it covers
        self.frame_clicked.emit(frame)
        if bar is not None:
            self.bar_clicked.emit(bar.kind, bar.key)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        for row, bar in enumerate(self.bars):
            rect = self.bar_rect(row)
            colour = QColor(DETECTED_COLOUR if bar.kind == "track" else ADDED_COLOUR)
            if bar.dropped:
                colour = QColor("#9a9a9a")
                colour.setAlpha(110)
            painter.setPen(
                QPen(QColor("#ffffff") if bar.selected else QColor(0, 0, 0, 90), 2 if bar.selected else 1)
            )
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(max(rect.width(), 120)))
            painter.setPen(QColor("#000000") if not bar.dropped else QColor("#505050"))
            painter.drawText(rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
            if bar.dropped:
                painter.drawLine(QLineF(rect.left(), rect.center().y(), rect.right(), rect.center().y()))
        x = self.x_of(self.current)
        painter.setPen(QPen(QColor("#d00000"), 2))
        painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()
