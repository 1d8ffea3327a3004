"""A picture with face boxes over it that a person can add, move, resize and drop.

Scene coordinates are the original picture's pixels (the picture sits at 0,0 unscaled and the
view's transform fits it into the window), so every box here, and every box ``boxes()``
returns, is in original-picture pixels whatever the zoom. Nothing is written to disk: the
picture is a numpy RGB array or a QImage in memory.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene, QGraphicsView, QWidget

from ...core.anonymise.boxes import Box
from ...core.anonymise.redact import RedactSettings, redact_all
from .box_text import BoxSpeech, FixedBox
from .pixels import RGB, clipped, qimage_from_rgb, rgb_from_qimage

DETECTED_COLOUR = QColor("#ffb000")  # amber: what the detector found
ADDED_COLOUR = QColor("#00c8ff")  # cyan: what the person added
FIXED_COLOUR = QColor("#ffb000")
SELECTED_COLOUR = QColor("#ffffff")
HANDLE = 7  # half the size of a corner handle, in screen pixels
MIN_DRAG = 4  # screen pixels a drag must cover to make a box
STEP = 0.01  # arrow keys move by 1% of the picture


class _Mode(Enum):
    IDLE = 0
    ADD = 1
    MOVE = 2
    RESIZE = 3


class BoxCanvas(QGraphicsView):
    """The picture scaled to fit, with editable boxes (and optional fixed ones) drawn over it.

    Mouse: drag on empty picture to add a box; click a box to select it, drag to move it, drag
    a corner handle of the selected box to resize it. Keyboard: Tab / Shift+Tab go through the
    boxes, arrows move the selected box by 1% of the picture, Shift+arrows resize it,
    Delete / Backspace drop it.
    """

    changed = Signal()  # after every edit of the editable boxes
    edited = Signal(str, int)  # "added" / "moved" / "removed", index in boxes() (before removal)
    selection_changed = Signal(int)  # index in boxes(), -1 for none
    fixed_clicked = Signal(int)  # the key of a fixed box clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap_item)
        self._rgb: RGB | None = None
        self._size = (0, 0)
        self._boxes: list[Box] = []
        self._fixed: list[FixedBox] = []
        self._numbers: list[int] | None = None  # names on screen, when not 1..n
        self._selected = -1
        self._published = False
        self.redaction = RedactSettings()
        self._mode = _Mode.IDLE
        self._anchor = QPointF()  # where a drag started, scene coordinates
        self._start_box: Box | None = None
        self._corner = 0  # 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left
        self._rubber: QRectF | None = None
        self.editable = True
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor("#303030"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 180)
        self.setAccessibleName(self.tr("Picture with face boxes"))
        self.speech = BoxSpeech(  # the accessible description: which box is selected
            self.tr(
                "Drag on the picture to add a box. Tab selects the next box; arrow keys move it, "
                "Shift and arrow keys resize it, Delete removes it."
            ),
            self,
        )
        self._say()

    # -- the picture and the boxes ------------------------------------------------------------

    def set_picture(self, picture: RGB | QImage) -> None:
        """Show ``picture`` (RGB array or QImage); the boxes are kept (set them next)."""
        if isinstance(picture, QImage):
            self._rgb = rgb_from_qimage(picture)
        else:
            self._rgb = np.ascontiguousarray(picture[:, :, :3] if picture.ndim == 3 else picture)
        height, width = self._rgb.shape[:2]
        self._size = (width, height)
        self.scene().setSceneRect(QRectF(0, 0, width, height))
        self.speech.removed(None)
        self._show_pixels()
        self.fit()

    def picture_size(self) -> tuple[int, int]:
        """(width, height) of the picture in pixels, (0, 0) before one is set."""
        return self._size

    def set_boxes(self, boxes: list[Box], numbers: list[int] | None = None) -> None:
        """Replace the editable boxes (no ``changed`` signal: nothing was edited). ``numbers``:
        what each is called on screen (default 1..n)."""
        width, height = self._size
        self._boxes = [clipped(b, width, height) if width else b for b in boxes]
        self._numbers = list(numbers) if numbers is not None and len(numbers) == len(boxes) else None
        self._selected = -1
        self._refresh()
        self._say()
        self.selection_changed.emit(-1)

    def boxes(self) -> list[Box]:
        """The editable boxes as they are now, in original-picture pixels."""
        return list(self._boxes)

    def set_fixed(self, fixed: list[FixedBox]) -> None:
        """Boxes drawn but not edited here (video tracks at the current frame)."""
        self._fixed = list(fixed)
        self._refresh()
        self._say()

    def selected(self) -> int:
        return self._selected

    def select(self, index: int) -> None:
        index = index if 0 <= index < len(self._boxes) else -1
        if index != self._selected:
            self._selected = index
            self.viewport().update()
            self._say()
            self.selection_changed.emit(index)

    def add_box(self, box: Box | None = None) -> int:
        """Add ``box`` (default: a square a fifth of the picture's short side, in the middle),
        select it and return its index."""
        width, height = self._size
        if not width:
            return -1
        if box is None:
            side = max(8.0, min(width, height) / 5)
            box = Box((width - side) / 2, (height - side) / 2, side, side, None, None, None, "added")
        self._boxes.append(clipped(box, width, height))
        index = len(self._boxes) - 1
        self._numbers = None
        self._edited("added", index)
        self.select(index)
        return index

    def remove_selected(self) -> bool:
        index = self._selected
        if not 0 <= index < len(self._boxes):
            return False
        number = self._numbers[index] if self._numbers is not None else index + 1
        self.speech.removed(number, len(self._boxes) - 1)
        del self._boxes[index]
        self._numbers = None
        self._selected = -1
        self._edited("removed", index)
        self._say()
        self.selection_changed.emit(-1)
        return True

    def set_published_preview(self, on: bool) -> None:
        """Draw the boxes as they will be hidden (the redaction, padding included)."""
        self._published = on
        self._show_pixels()

    def published_preview(self) -> bool:
        return self._published

    # -- coordinates ----------------------------------------------------------------------------

    def fit(self) -> None:
        if self._size[0]:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.viewport().update()

    def scale_factor(self) -> float:
        """Screen pixels per picture pixel."""
        return self.transform().m11()

    def view_rect(self, box: Box) -> QRectF:
        """Where ``box`` is drawn, in viewport coordinates."""
        top_left = self.mapFromScene(QPointF(box.x, box.y))
        scale = self.scale_factor()
        return QRectF(float(top_left.x()), float(top_left.y()), box.w * scale, box.h * scale)

    def _scene_point(self, event: QMouseEvent) -> QPointF:
        point = self.mapToScene(event.position().toPoint())
        width, height = self._size
        return QPointF(min(max(point.x(), 0.0), float(width)), min(max(point.y(), 0.0), float(height)))

    def _inside_picture(self, event: QMouseEvent) -> bool:
        point = self.mapToScene(event.position().toPoint())
        return 0 <= point.x() <= self._size[0] and 0 <= point.y() <= self._size[1]

    def _corner_at(self, event: QMouseEvent) -> int:
        if not 0 <= self._selected < len(self._boxes):
            return -1
        rect = self.view_rect(self._boxes[self._selected])
        pos = event.position()
        corners = (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())
        for index, corner in enumerate(corners):
            if abs(pos.x() - corner.x()) <= HANDLE + 2 and abs(pos.y() - corner.y()) <= HANDLE + 2:
                return index
        return -1

    def _box_at(self, point: QPointF) -> int:
        for index in range(len(self._boxes) - 1, -1, -1):  # the topmost first
            box = self._boxes[index]
            if box.x <= point.x() <= box.x + box.w and box.y <= point.y() <= box.y + box.h:
                return index
        return -1

    def _fixed_at(self, point: QPointF) -> int:
        for fixed in reversed(self._fixed):
            box = fixed.box
            if box.x <= point.x() <= box.x + box.w and box.y <= point.y() <= box.y + box.h:
                return fixed.key
        return -1

    # -- mouse ------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self._size[0]:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = self._scene_point(event)
        self._anchor = point
        corner = self._corner_at(event) if self.editable else -1
        index = self._box_at(point)
        if corner >= 0:
            self._mode, self._corner = _Mode.RESIZE, corner
            self._start_box = self._boxes[self._selected]
        elif index >= 0:
            self.select(index)
            self._mode = _Mode.MOVE if self.editable else _Mode.IDLE
            self._start_box = self._boxes[index]
        elif (key := self._fixed_at(point)) >= 0:
            self.select(-1)
            self.fixed_clicked.emit(key)
        elif self.editable and self._inside_picture(event):
            self.select(-1)
            self._mode = _Mode.ADD
            self._rubber = QRectF(point, point)
        else:
            self.select(-1)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._mode is _Mode.IDLE:
            over = self._corner_at(event) if self.editable else -1
            if over in (0, 2):
                self.viewport().setCursor(Qt.CursorShape.SizeFDiagCursor)
            elif over in (1, 3):
                self.viewport().setCursor(Qt.CursorShape.SizeBDiagCursor)
            else:
                self.viewport().setCursor(Qt.CursorShape.CrossCursor)
            return
        point = self._scene_point(event)
        width, height = self._size
        if self._mode is _Mode.ADD:
            self._rubber = QRectF(self._anchor, point).normalized()
        elif self._mode is _Mode.MOVE and self._start_box is not None:
            start = self._start_box
            moved = replace(
                start, x=start.x + point.x() - self._anchor.x(), y=start.y + point.y() - self._anchor.y()
            )
            self._boxes[self._selected] = clipped(moved, width, height)
        elif self._mode is _Mode.RESIZE and self._start_box is not None:
            self._boxes[self._selected] = self._resized(self._start_box, point)
        self._refresh()

    def _resized(self, start: Box, point: QPointF) -> Box:
        """``start`` with its dragged corner at ``point`` and the opposite corner fixed."""
        corners = (
            (start.x + start.w, start.y + start.h),
            (start.x, start.y + start.h),
            (start.x, start.y),
            (start.x + start.w, start.y),
        )
        fx, fy = corners[self._corner]
        min_side = max(2.0, MIN_DRAG / max(self.scale_factor(), 1e-6))
        x0, x1 = sorted((fx, point.x()))
        y0, y1 = sorted((fy, point.y()))
        return clipped(
            replace(start, x=x0, y=y0, w=max(min_side, x1 - x0), h=max(min_side, y1 - y0)), *self._size
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        mode, self._mode = self._mode, _Mode.IDLE
        if mode is _Mode.ADD and self._rubber is not None:
            rect, self._rubber = self._rubber, None
            scale = self.scale_factor()
            if rect.width() * scale >= MIN_DRAG and rect.height() * scale >= MIN_DRAG:
                self.add_box(Box(rect.x(), rect.y(), rect.width(), rect.height(), None, None, None, "added"))
            self._refresh()
        elif mode in (_Mode.MOVE, _Mode.RESIZE) and self._boxes[self._selected] != self._start_box:
            self._edited("moved", self._selected)
        self._start_box = None
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)

    def wheelEvent(self, event: object) -> None:  # the picture always fits: no zoom, no scroll
        return

    # -- keyboard ---------------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes through the boxes first, then leaves the picture."""
        count = len(self._boxes)
        if count and self.hasFocus():
            index = self._selected + 1 if next else (self._selected - 1 if self._selected >= 0 else count - 1)
            if 0 <= index < count:
                self.select(index)
                return True
            self.select(-1)
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if self._selected < 0 and self._boxes:
            if reason == Qt.FocusReason.TabFocusReason:
                self.select(0)
            elif reason == Qt.FocusReason.BacktabFocusReason:
                self.select(len(self._boxes) - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self._selected
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.editable and index >= 0:
            self.remove_selected()
            return
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and self.editable and 0 <= index < len(self._boxes):
            dx, dy = arrows[Qt.Key(key)]
            width, height = self._size
            sx, sy = dx * width * STEP, dy * height * STEP
            box = self._boxes[index]
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                changed = replace(box, w=max(1.0, box.w + sx), h=max(1.0, box.h + sy))
            else:
                changed = replace(box, x=box.x + sx, y=box.y + sy)
            self._boxes[index] = clipped(changed, width, height)
            self._edited("moved", index)
            return
        if key == Qt.Key.Key_Escape and index >= 0:
            self.select(-1)
            return
        super().keyPressEvent(event)

    # -- drawing ------------------------------------------------------------------------------------

    def _edited(self, kind: str, index: int) -> None:
        box = self._boxes[index] if kind == "moved" else None
        if box is not None and box.source == "detected":
            # Its place is now the person's, not the detector's: the record must say so.
            self._boxes[index] = replace(box, source="added", score=None)
        if self._published:
            self._show_pixels()
        else:
            self._refresh()
        if kind == "moved":
            self._say()
        self.edited.emit(kind, index)
        self.changed.emit()

    def _say(self) -> None:
        text = self.speech.text(self._boxes, self._selected, self._numbers, self._fixed)
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)  # Qt sends DescriptionChanged to screen readers

    def _refresh(self) -> None:
        if self._published and self._mode is _Mode.IDLE:
            self._show_pixels()
        self.viewport().update()

    def _show_pixels(self) -> None:
        if self._rgb is None:
            self._pixmap_item.setPixmap(QPixmap())
            return
        rgb = self._rgb
        if self._published:
            rgb = rgb.copy()
            shown = list(self._boxes) + [f.box for f in self._fixed if not f.dimmed]
            redact_all(rgb, shown, self.redaction, np.random.default_rng(0))
        self._pixmap_item.setPixmap(QPixmap.fromImage(qimage_from_rgb(rgb)))
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def drawForeground(self, painter: QPainter, rect: QRectF | object) -> None:
        painter.save()
        painter.resetTransform()  # draw in screen pixels: labels stay readable at any scale
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        for fixed in self._fixed:
            colour = QColor("#a0a0a0") if fixed.dimmed else FIXED_COLOUR
            rect = self.view_rect(fixed.box)
            self._draw_box(painter, rect, colour, fixed.label, fixed.selected, fixed.dimmed, handles=False)
        for index, box in enumerate(self._boxes):
            colour = DETECTED_COLOUR if box.source == "detected" else ADDED_COLOUR
            self._draw_box(painter, self.view_rect(box), colour, self.label(index), index == self._selected)
        if self._rubber is not None:
            top_left = self.mapFromScene(self._rubber.topLeft())
            bottom_right = self.mapFromScene(self._rubber.bottomRight())
            painter.setPen(QPen(ADDED_COLOUR, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(top_left.toPointF(), bottom_right.toPointF()))
        painter.restore()

    def label(self, index: int) -> str:
        """ "3 · 0.92" for a detected box, "3" for one added by the person."""
        box = self._boxes[index]
        number = self._numbers[index] if self._numbers is not None else index + 1
        if box.source == "detected" and box.score is not None:
            return f"{number} · {box.score:.2f}"
        return str(number)

    def _draw_box(
        self,
        painter: QPainter,
        rect: QRectF,
        colour: QColor,
        label: str,
        selected: bool,
        dimmed: bool = False,
        handles: bool = True,
    ) -> None:
        style = (
            Qt.PenStyle.DotLine
            if dimmed
            else (Qt.PenStyle.DashLine if self._published else Qt.PenStyle.SolidLine)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 160), 4))
        painter.drawRect(rect)
        painter.setPen(QPen(SELECTED_COLOUR if selected else colour, 3 if selected else 2, style))
        painter.drawRect(rect)
        metrics = painter.fontMetrics()
        text_w, text_h = metrics.horizontalAdvance(label) + 8, metrics.height() + 2
        top = rect.top() - text_h if rect.top() - text_h >= 0 else rect.top()
        left = min(max(rect.left(), 0.0), max(0.0, self.viewport().width() - text_w))
        tag = QRectF(left, max(0.0, top), text_w, text_h)
        painter.fillRect(tag, QBrush(SELECTED_COLOUR if selected else colour))
        painter.setPen(QColor("#000000"))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
        if selected and handles and self.editable:
            painter.setPen(QPen(QColor("#000000"), 1))
            painter.setBrush(QBrush(SELECTED_COLOUR))
            for corner in (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()):
                painter.drawRect(QRectF(corner.x() - HANDLE, corner.y() - HANDLE, 2 * HANDLE, 2 * HANDLE))
