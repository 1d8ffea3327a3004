"""Review of the face boxes in one photo before it is redacted (issue 20).

The caller detects (``core.anonymise.detect_photo``, in a worker, showing ``start_busy`` and
``set_progress`` meanwhile), calls ``set_picture`` with the pixels and the boxes found, and on
``confirmed`` redacts with the boxes it carries and records who confirmed them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.anonymise.boxes import Box
from .box_canvas import BoxCanvas
from .busy import FindingFaces
from .pixels import RGB

REVIEW, BUSY = 0, 1


class PhotoReview(QWidget):
    """The picture with its boxes, the list of boxes and the buttons to correct them."""

    confirmed = Signal(list)  # the reviewed boxes (list[Box])
    changed = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detected: list[Box] = []
        self.canvas = BoxCanvas()
        self.box_list = QListWidget()
        self.box_list.setAccessibleName(self.tr("Boxes"))
        self.box_list.setMinimumWidth(200)
        self.add_button = QPushButton(self.tr("Add box"))
        self.add_button.setToolTip(self.tr("Adds a box in the middle; or drag on the picture"))
        self.remove_button = QPushButton(self.tr("Remove box"))
        self.reset_button = QPushButton(self.tr("Reset to detected"))
        self.published_box = QCheckBox(self.tr("Show as published"))
        self.published_box.setToolTip(self.tr("Shows the boxes hidden as they will be in the copy"))
        self.explanation = QLabel(
            self.tr(
                "Every face must be covered: add a box over any face the detector missed, "
                "including faces in the background, in reflections and on screens."
            )
        )
        self.explanation.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm boxes"))
        self.confirm_button.setDefault(True)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Boxes to hide")))
        side.addWidget(self.box_list, 1)
        side.addLayout(buttons)
        side.addWidget(self.reset_button)
        side.addWidget(self.published_box)
        side.addWidget(self.counter)
        side.addWidget(self.confirm_button)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(300)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.canvas, 1)
        top.addWidget(panel)
        review = QWidget()
        column = QVBoxLayout(review)
        column.addWidget(self.explanation)
        column.addLayout(top, 1)

        self.busy = FindingFaces()
        self.stack = QStackedWidget()
        self.stack.addWidget(review)
        self.stack.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setTabOrder(self.canvas, self.box_list)
        remove = QAction(self.box_list)
        remove.setShortcuts([QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)])
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.canvas.remove_selected)
        self.box_list.addAction(remove)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self.canvas.remove_selected)
        self.reset_button.clicked.connect(self.reset)
        self.published_box.toggled.connect(self.canvas.set_published_preview)
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(self.boxes()))
        self.canvas.changed.connect(self._changed)
        self.canvas.selection_changed.connect(self._canvas_selected)
        self.box_list.currentRowChanged.connect(self.canvas.select)
        self.busy.cancel_requested.connect(self.cancel_requested)
        self._fill_list()

    # -- what the caller uses ------------------------------------------------------------------

    def set_picture(self, rgb: RGB | QImage, boxes: list[Box]) -> None:
        """Show the picture and the detector's boxes (they are also what Reset goes back to)."""
        self._detected = list(boxes)
        self.canvas.set_picture(rgb)
        self.canvas.set_boxes(self._detected)
        self.stop_busy()
        self._fill_list()

    def boxes(self) -> list[Box]:
        """The boxes as the person left them, in original-picture pixels."""
        return self.canvas.boxes()

    def reset(self) -> None:
        """Back to the detector's boxes: additions, moves and removals are undone."""
        self.canvas.set_boxes(self._detected)
        self._changed()

    def start_busy(self) -> None:
        self.busy.start()
        self.stack.setCurrentIndex(BUSY)

    def set_progress(self, done: int, total: int | None) -> None:
        self.busy.set_progress(done, total)

    def stop_busy(self) -> None:
        self.stack.setCurrentIndex(REVIEW)

    # -- inside ----------------------------------------------------------------------------------

    def _add(self) -> None:
        self.canvas.add_box()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        self._fill_list()
        self.changed.emit()

    def _canvas_selected(self, index: int) -> None:
        self.box_list.blockSignals(True)
        self.box_list.setCurrentRow(index)
        self.box_list.blockSignals(False)
        self.remove_button.setEnabled(index >= 0)

    def describe(self, index: int, box: Box) -> str:
        """ "1 · detected 0.92" or "3 · added by you"."""
        if box.source == "detected":
            if box.score is None:
                return self.tr("{n} · detected").format(n=index + 1)
            return self.tr("{n} · detected {score}").format(n=index + 1, score=f"{box.score:.2f}")
        return self.tr("{n} · added by you").format(n=index + 1)

    def _fill_list(self) -> None:
        boxes = self.canvas.boxes()
        self.box_list.blockSignals(True)
        self.box_list.clear()
        for index, box in enumerate(boxes):
            item = QListWidgetItem(self.describe(index, box))
            item.setToolTip(
                self.tr("{w} × {h} pixels at {x}, {y}").format(
                    w=round(box.w), h=round(box.h), x=round(box.x), y=round(box.y)
                )
            )
            self.box_list.addItem(item)
        self.box_list.setCurrentRow(self.canvas.selected())
        self.box_list.blockSignals(False)
        added = sum(1 for box in boxes if box.source == "added")
        self.counter.setText(
            self.tr("%n box(es) will be hidden", "", len(boxes))
            + " "
            + self.tr("({detected} detected, {added} added by you).").format(
                detected=len(boxes) - added, added=added
            )
        )
        self.remove_button.setEnabled(self.canvas.selected() >= 0)
        self.reset_button.setEnabled(boxes != self._detected)
