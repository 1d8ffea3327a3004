"""Review of the faces found in a video before it is redacted (issue 20).

The caller runs ``core.anonymise.review_video`` (in a worker, showing ``start_busy`` and
``set_progress``), then ``set_video`` with the tracks and a ``frame_at(index)`` that decodes
a frame in memory. The person scrubs through the clip, drops tracks that are not faces and
adds boxes over frame ranges for faces the detector missed; ``reviewed()`` gives what
``redact_video(tracks=..., added=...)`` takes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.anonymise.boxes import Box
from ...core.anonymise.tracking import Track
from ...core.anonymise.video import VideoReview as FoundFaces
from .box_canvas import BoxCanvas
from .box_text import FixedBox
from .busy import FindingFaces
from .pixels import RGB
from .stepper import FrameStepper
from .timeline import ROW, Bar, TrackBars

REVIEW, BUSY = 0, 1
BAR_ROWS = 6  # rows of the timeline shown at once
FrameSource = Callable[[int], RGB]


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class VideoReview(QWidget):
    """A frame with the faces' boxes, a slider, the tracks as bars, and the corrections."""

    confirmed = Signal(list, list)  # kept tracks (list[Track]), added boxes (list[Box])
    changed = Signal()
    frame_changed = Signal(int)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames = 0
        self._fps: float | None = None
        self._frame_at: FrameSource | None = None
        self._tracks: list[Track] = []
        self._dropped: set[int] = set()
        self._added: list[Box] = []
        self._visible: list[int] = []  # canvas index -> index in _added
        self._frame = -1
        self._selected_track = -1

        self.canvas = BoxCanvas()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Frame"))
        self.slider.setRange(0, 0)
        self.stepper = FrameStepper()
        self.position = self.stepper.position
        self.bars = TrackBars()

        self.track_list = QListWidget()
        self.track_list.setAccessibleName(self.tr("Faces found"))
        self.drop_button = QPushButton(self.tr("Drop track"))
        self.drop_button.setToolTip(self.tr("Not a face: leave it as it is in the copy"))
        self.keep_button = QPushButton(self.tr("Keep track"))
        self.add_button = QPushButton(self.tr("Add box"))
        self.remove_button = QPushButton(self.tr("Remove box"))
        self.first_spin = QSpinBox()
        self.first_spin.setAccessibleName(self.tr("From frame"))
        self.last_spin = QSpinBox()
        self.last_spin.setAccessibleName(self.tr("To frame"))
        self.start_button = QPushButton(self.tr("Start here"))
        self.end_button = QPushButton(self.tr("End here"))
        self.published_box = QCheckBox(self.tr("Show as published"))
        self.explanation = QLabel(
            self.tr(
                "Every face must be covered in every frame: drop a track only if it is not a face, "
                "and add a box over the frames where the detector missed one."
            )
        )
        self.explanation.setWordWrap(True)
        self.counter = QLabel()
        self.counter.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm boxes"))
        self.confirm_button.setDefault(True)

        controls = QHBoxLayout()
        controls.addWidget(self.stepper, 1)
        controls.addWidget(self.published_box)
        left = QVBoxLayout()
        left.addWidget(self.explanation)
        left.addWidget(self.canvas, 1)
        left.addWidget(self.slider)
        self.bars_area = QScrollArea()
        self.bars_area.setWidget(self.bars)
        self.bars_area.setWidgetResizable(True)
        self.bars_area.setFrameShape(QFrame.Shape.NoFrame)
        self.bars_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(self.bars_area)
        left.addLayout(controls)

        track_buttons = QHBoxLayout()
        track_buttons.addWidget(self.drop_button)
        track_buttons.addWidget(self.keep_button)
        box_buttons = QHBoxLayout()
        box_buttons.addWidget(self.add_button)
        box_buttons.addWidget(self.remove_button)
        frames = QGridLayout()
        frames.addWidget(QLabel(self.tr("From frame")), 0, 0)
        frames.addWidget(self.first_spin, 0, 1)
        frames.addWidget(self.start_button, 0, 2)
        frames.addWidget(QLabel(self.tr("To frame")), 1, 0)
        frames.addWidget(self.last_spin, 1, 1)
        frames.addWidget(self.end_button, 1, 2)
        side = QVBoxLayout()
        side.addWidget(_wrapped(self.tr("Faces found (ticked ones are hidden)")))
        side.addWidget(self.track_list, 1)
        side.addLayout(track_buttons)
        side.addSpacing(8)
        side.addWidget(_wrapped(self.tr("Boxes you add (select one to set its frames)")))
        side.addLayout(box_buttons)
        side.addLayout(frames)
        side.addSpacing(8)
        side.addWidget(self.counter)
        side.addWidget(self.confirm_button)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(340)
        review = QWidget()
        row = QHBoxLayout(review)
        row.addLayout(left, 1)
        row.addWidget(panel)

        self.busy = FindingFaces()
        self.stack = QStackedWidget()
        self.stack.addWidget(review)
        self.stack.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.slider.valueChanged.connect(self.go_to)
        self.bars.frame_clicked.connect(self.go_to)
        self.bars.bar_clicked.connect(self._bar_clicked)
        self.stepper.step.connect(lambda delta: self.go_to(self._frame + delta))
        self.track_list.currentRowChanged.connect(self._track_row)
        self.track_list.itemChanged.connect(self._track_ticked)
        self.drop_button.clicked.connect(lambda: self.drop_track(self._selected_track))
        self.keep_button.clicked.connect(lambda: self.keep_track(self._selected_track))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self.canvas.remove_selected)
        self.first_spin.valueChanged.connect(lambda value: self._set_range(first=value - 1))
        self.last_spin.valueChanged.connect(lambda value: self._set_range(last=value - 1))
        self.start_button.clicked.connect(lambda: self._set_range(first=self._frame))
        self.end_button.clicked.connect(lambda: self._set_range(last=self._frame))
        self.published_box.toggled.connect(self.canvas.set_published_preview)
        self.canvas.edited.connect(self._edited)
        self.canvas.selection_changed.connect(self._box_selected)
        self.canvas.fixed_clicked.connect(self._select_track)
        self.confirm_button.clicked.connect(lambda: self.confirmed.emit(*self.reviewed()))
        self.busy.cancel_requested.connect(self.cancel_requested)
        self._update_controls()

    # -- what the caller uses ------------------------------------------------------------------

    def set_video(
        self, frames: int, frame_at: FrameSource, tracks: list[Track], fps: float | None = None
    ) -> None:
        """A clip of ``frames`` frames, read through ``frame_at``, with the tracks found in it."""
        self._frames, self._frame_at, self._fps = max(0, frames), frame_at, fps
        self.stepper.stop()
        self.stepper.fps = fps
        self._tracks = [track for track in tracks if track.frames]
        self._dropped, self._added, self._visible = set(), [], []
        self._selected_track, self._frame = -1, -1
        last = max(0, self._frames - 1)
        for spin in (self.first_spin, self.last_spin):
            spin.blockSignals(True)
            spin.setRange(1, last + 1)  # frames are counted from 1 on screen
            spin.blockSignals(False)
        self.slider.blockSignals(True)
        self.slider.setRange(0, last)
        self.slider.setValue(0)
        self.slider.blockSignals(False)
        self._fill_tracks()
        self.stop_busy()
        self.go_to(0)

    def set_review(self, review: FoundFaces, frame_at: FrameSource) -> None:
        """The same, from what ``core.anonymise.review_video`` returned."""
        self.set_video(review.frames, frame_at, review.tracks, review.fps)

    def frame(self) -> int:
        return self._frame

    def go_to(self, frame: int) -> None:
        """Show ``frame`` (clamped to the clip) with every box that covers it."""
        if self._frame_at is None or not self._frames:
            return
        frame = max(0, min(self._frames - 1, int(frame)))
        if frame != self._frame:
            self._frame = frame
            self.canvas.set_picture(self._frame_at(frame))
        self.slider.blockSignals(True)
        self.slider.setValue(frame)
        self.slider.blockSignals(False)
        self.bars.set_current(frame)
        self._show_boxes()
        self.position.setText(self._position_text(frame))
        if frame >= self._frames - 1:
            self.stepper.stop()  # played to the end
        self.frame_changed.emit(frame)

    def tracks(self) -> list[Track]:
        return list(self._tracks)

    def drop_track(self, track_id: int) -> None:
        """Leave this track out (it is not a face): it will not be hidden."""
        if any(track.id == track_id for track in self._tracks) and track_id not in self._dropped:
            self._dropped.add(track_id)
            self._tracks_changed()

    def keep_track(self, track_id: int) -> None:
        if track_id in self._dropped:
            self._dropped.discard(track_id)
            self._tracks_changed()

    def dropped(self) -> set[int]:
        return set(self._dropped)

    def add_box(self, box: Box, first: int | None = None, last: int | None = None) -> int:
        """Add ``box`` over frames ``first``..``last`` (default: the whole clip); its index."""
        first = 0 if first is None else first
        last = self._frames - 1 if last is None else last
        self._added.append(replace(box, source="added", score=None, first=first, last=last))
        self._boxes_changed()
        return len(self._added) - 1

    def added(self) -> list[Box]:
        return list(self._added)

    def selected_added(self) -> int:
        """The index (in ``added()``) of the box selected on the frame, -1 for none."""
        index = self.canvas.selected()
        return self._visible[index] if 0 <= index < len(self._visible) else -1

    def select_added(self, index: int) -> None:
        if 0 <= index < len(self._added):
            box = self._added[index]
            if not box.covers_frame(self._frame):
                self.go_to(box.first or 0)
            if index in self._visible:
                self.canvas.select(self._visible.index(index))

    def set_range(self, index: int, first: int, last: int) -> None:
        """Frames ``first``..``last`` (inclusive) for the added box ``index``."""
        first, last = sorted((max(0, first), min(self._frames - 1, last)))
        self._added[index] = replace(self._added[index], first=first, last=last)
        self._boxes_changed(keep_selection=index)

    def reviewed(self) -> tuple[list[Track], list[Box]]:
        """The tracks kept (to hide) and the boxes added, as ``redact_video`` takes them."""
        kept = [track for track in self._tracks if track.id not in self._dropped]
        return kept, list(self._added)

    def start_busy(self) -> None:
        self.busy.start()
        self.stack.setCurrentIndex(BUSY)

    def set_progress(self, done: int, total: int | None) -> None:
        self.busy.set_progress(done, total)

    def stop_busy(self) -> None:
        self.stack.setCurrentIndex(REVIEW)

    # -- inside ----------------------------------------------------------------------------------

    def track_label(self, track: Track) -> str:
        return self.tr("Face {n}").format(n=track.id + 1)

    def _position_text(self, frame: int) -> str:
        text = self.tr("Frame {n} of {total}").format(n=frame + 1, total=self._frames)
        if self._fps:
            seconds = frame / self._fps
            text += f" · {int(seconds // 60)}:{seconds % 60:05.2f}"
        return text

    def _show_tracks(self) -> None:
        fixed = []
        for track in self._tracks:
            box = track.box_at(self._frame)
            if box is not None:
                dropped, chosen = track.id in self._dropped, track.id == self._selected_track
                label = self.track_label(track)
                fixed.append(FixedBox(track.id, label, box, dropped, chosen, track.first, track.last))
        self.canvas.set_fixed(fixed)

    def _show_boxes(self, keep_selection: int = -1) -> None:
        frame = self._frame
        self._show_tracks()
        self._visible = [i for i, box in enumerate(self._added) if box.covers_frame(frame)]
        self.canvas.set_boxes([self._added[i] for i in self._visible], [i + 1 for i in self._visible])
        if keep_selection in self._visible:
            self.canvas.select(self._visible.index(keep_selection))
        self._update_controls()

    def _edited(self, kind: str, index: int) -> None:
        """An edit on the frame: mirror it in the added boxes."""
        boxes = self.canvas.boxes()
        if kind == "added":
            box = boxes[index]
            self._added.append(replace(box, first=0, last=max(0, self._frames - 1)))
            self._show_boxes(keep_selection=len(self._added) - 1)
        elif kind == "moved":
            self._added[self._visible[index]] = boxes[index]
        elif kind == "removed":
            del self._added[self._visible[index]]
            self._show_boxes()
        self._fill_bars()
        self._update_controls()
        self.changed.emit()

    def _boxes_changed(self, keep_selection: int = -1) -> None:
        self._show_boxes(keep_selection)
        self._fill_bars()
        self.changed.emit()

    def _tracks_changed(self) -> None:
        # Only the ticks change: the items stay (this may run inside the list's itemChanged).
        self.track_list.blockSignals(True)
        for row in range(self.track_list.count()):
            item = self.track_list.item(row)
            dropped = int(item.data(Qt.ItemDataRole.UserRole)) in self._dropped
            item.setCheckState(Qt.CheckState.Unchecked if dropped else Qt.CheckState.Checked)
        self.track_list.blockSignals(False)
        self._fill_bars()
        self._update_controls()
        self._show_boxes()
        self.changed.emit()

    def _set_range(self, first: int | None = None, last: int | None = None) -> None:
        index = self.selected_added()
        if index < 0:
            return
        box = self._added[index]
        new_first = box.first if first is None else first
        new_last = box.last if last is None else last
        new_first, new_last = new_first or 0, self._frames - 1 if new_last is None else new_last
        if first is not None and new_last < new_first:
            new_last = new_first
        if last is not None and new_last < new_first:
            new_first = new_last
        self.set_range(index, new_first, new_last)

    def _add(self) -> None:
        self.canvas.add_box()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_tracks(self) -> None:
        self.track_list.blockSignals(True)
        self.track_list.clear()
        for track in self._tracks:
            item = QListWidgetItem(
                self.tr("{face} · frames {first}–{last}").format(
                    face=self.track_label(track), first=track.first + 1, last=track.last + 1
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, track.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            dropped = track.id in self._dropped
            item.setCheckState(Qt.CheckState.Unchecked if dropped else Qt.CheckState.Checked)
            self.track_list.addItem(item)
        rows = [i for i, track in enumerate(self._tracks) if track.id == self._selected_track]
        self.track_list.setCurrentRow(rows[0] if rows else -1)
        self.track_list.blockSignals(False)
        self._fill_bars()

    def _fill_bars(self) -> None:
        bars = [
            Bar(
                "track",
                track.id,
                self.track_label(track),
                track.first,
                track.last,
                track.id in self._dropped,
                track.id == self._selected_track,
            )
            for track in self._tracks
        ]
        selected = self.selected_added()
        for index, box in enumerate(self._added):
            first = box.first or 0
            last = self._frames - 1 if box.last is None else box.last
            bars.append(
                Bar(
                    "added",
                    index,
                    self.tr("Box {n}").format(n=index + 1),
                    first,
                    last,
                    False,
                    index == selected,
                )
            )
        self.bars.set_bars(bars, self._frames)
        self.bars_area.setFixedHeight(min(max(1, len(bars)), BAR_ROWS) * ROW + 6)  # more scroll
        kept = len(self._tracks) - len(self._dropped)
        self.counter.setText(
            self.tr("%n face track(s) will be hidden", "", kept)
            + ". "
            + self.tr("Boxes added by you: {added}.").format(added=len(self._added))
        )

    def _box_selected(self, index: int) -> None:
        if index >= 0 and self._selected_track >= 0:  # one thing chosen at a time
            self._select_track(-1)
        self._update_controls()

    def _select_track(self, track_id: int) -> None:
        if track_id >= 0:
            self.canvas.select(-1)
        self._selected_track = track_id
        rows = [i for i, track in enumerate(self._tracks) if track.id == track_id]
        self.track_list.blockSignals(True)
        self.track_list.setCurrentRow(rows[0] if rows else -1)
        self.track_list.blockSignals(False)
        self._fill_bars()
        self._show_tracks()
        self._update_controls()

    def _track_row(self, row: int) -> None:
        if 0 <= row < len(self._tracks):
            track = self._tracks[row]
            self._select_track(track.id)
            if track.box_at(self._frame) is None:
                self.go_to(track.first)

    def _track_ticked(self, item: QListWidgetItem) -> None:
        track_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.keep_track(track_id)
        else:
            self.drop_track(track_id)

    def _bar_clicked(self, kind: str, key: int) -> None:
        if kind == "track":
            self._select_track(key)
        else:
            self.select_added(key)

    def _update_controls(self) -> None:
        index = self.selected_added()
        for widget in (
            self.first_spin,
            self.last_spin,
            self.start_button,
            self.end_button,
            self.remove_button,
        ):
            widget.setEnabled(index >= 0)
        if index >= 0:
            box = self._added[index]
            for spin, value in ((self.first_spin, box.first or 0), (self.last_spin, box.last)):
                spin.blockSignals(True)
                spin.setValue(self._frames if value is None else value + 1)
                spin.blockSignals(False)
        has_track = any(track.id == self._selected_track for track in self._tracks)
        self.drop_button.setEnabled(has_track and self._selected_track not in self._dropped)
        self.keep_button.setEnabled(has_track and self._selected_track in self._dropped)
        self.add_button.setEnabled(self._frames > 0)
