"""The review screens of issue 20: a person corrects the face boxes before anything is hidden.

Everything is driven as a person would: mouse drags and keys on the canvas's viewport, the
buttons, the slider and the timeline bars. Boxes are checked in the original picture's pixels
while the picture is shown at about half size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tools import translations

from evidence_vault.core.anonymise import Box, Track
from evidence_vault.gui import i18n as gui_i18n
from evidence_vault.gui.anonymise import BoxCanvas, PhotoReview, VideoReview

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def english() -> None:
    """English plural forms ("1 box", "3 boxes") come from the English catalogue, as in the app."""
    gui_i18n.install("en")


def picture(width: int = 1600, height: int = 1200) -> np.ndarray:
    y, x = np.mgrid[0:height, 0:width]
    rgb = np.zeros((height, width, 3), dtype=np.uint8)
    rgb[..., 0] = (x * 255 // width).astype(np.uint8)
    rgb[..., 1] = (y * 255 // height).astype(np.uint8)
    rgb[..., 2] = 90
    return rgb


DETECTED = [Box(200, 150, 160, 200, 0.92), Box(1000, 500, 120, 150, 0.61)]


def at(canvas: BoxCanvas, x: float, y: float) -> QPoint:
    """The viewport point showing picture pixel (x, y)."""
    return canvas.mapFromScene(QPointF(x, y))


def drag(canvas: BoxCanvas, start: QPoint, end: QPoint) -> None:
    viewport = canvas.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start)
    steps = 5
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, LEFT, NONE, end)


def near(box: Box, x: float, y: float, w: float, h: float, tolerance: float = 4.0) -> bool:
    return all(abs(a - b) <= tolerance for a, b in ((box.x, x), (box.y, y), (box.w, w), (box.h, h)))


@pytest.fixture
def canvas(qtbot) -> BoxCanvas:  # type: ignore[no-untyped-def]
    view = BoxCanvas()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_picture(picture())
    view.set_boxes(list(DETECTED))
    return view


class TestCanvas:
    def test_the_picture_is_shown_at_half_size(self, canvas: BoxCanvas) -> None:
        assert canvas.picture_size() == (1600, 1200)
        assert 0.45 < canvas.scale_factor() < 0.51

    def test_drag_on_empty_space_adds_a_box_in_picture_pixels(self, canvas: BoxCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
        with qtbot.waitSignal(canvas.changed):
            drag(canvas, at(canvas, 500, 700), at(canvas, 800, 1000))
        boxes = canvas.boxes()
        assert len(boxes) == 3
        added = boxes[2]
        assert added.source == "added" and added.score is None
        assert near(added, 500, 700, 300, 300)
        assert canvas.selected() == 2

    def test_a_tiny_click_adds_nothing(self, canvas: BoxCanvas) -> None:
        QTest.mouseClick(canvas.viewport(), LEFT, NONE, at(canvas, 700, 900))
        assert len(canvas.boxes()) == 2 and canvas.selected() == -1

    def test_move_resize_and_drop_a_box(self, canvas: BoxCanvas) -> None:
        drag(canvas, at(canvas, 280, 250), at(canvas, 480, 350))  # grab box 1 by its middle
        assert canvas.selected() == 0
        moved = canvas.boxes()[0]
        assert near(moved, 400, 250, 160, 200)
        # Where it is now is the person's choice, not the detector's: the record says so.
        assert moved.source == "added" and moved.score is None

        drag(canvas, at(canvas, 560, 450), at(canvas, 760, 550))  # its bottom-right handle
        resized = canvas.boxes()[0]
        assert near(resized, 400, 250, 360, 300)

        QTest.keyClick(canvas.viewport(), Qt.Key.Key_Delete)
        assert canvas.boxes() == [DETECTED[1]]

    def test_boxes_stay_inside_the_picture(self, canvas: BoxCanvas) -> None:
        drag(canvas, at(canvas, 1060, 575), at(canvas, 1590, 1190))
        box = canvas.boxes()[1]
        assert box.x + box.w <= 1600 and box.y + box.h <= 1200
        assert near(box, 1600 - 120, 1200 - 150, 120, 150)
        drag(canvas, at(canvas, 100, 100), QPoint(-50, -50))  # dragged past the corner
        added = canvas.boxes()[2]
        assert added.x >= 0 and added.y >= 0 and near(added, 0, 0, 100, 100, 6)

    def test_keyboard_tab_move_resize_delete(self, canvas: BoxCanvas) -> None:
        canvas.setFocus()
        QTest.keyClick(canvas, Qt.Key.Key_Tab)
        QTest.keyClick(canvas, Qt.Key.Key_Tab)
        assert canvas.selected() == 1
        QTest.keyClick(canvas, Qt.Key.Key_Right)  # 1% of 1600
        QTest.keyClick(canvas, Qt.Key.Key_Down)  # 1% of 1200
        assert near(canvas.boxes()[1], 1016, 512, 120, 150, 0.01)
        QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
        assert near(canvas.boxes()[1], 1016, 512, 136, 138, 0.01)
        QTest.keyClick(canvas, Qt.Key.Key_Backtab)
        assert canvas.selected() == 0
        QTest.keyClick(canvas, Qt.Key.Key_Backspace)
        assert len(canvas.boxes()) == 1 and canvas.boxes()[0].w == 136

    def test_a_qimage_is_taken_as_well(self, canvas: BoxCanvas) -> None:
        from evidence_vault.gui.anonymise.pixels import qimage_from_rgb, rgb_from_qimage

        rgb = picture(301, 199)  # odd width: rows are padded in a QImage
        image = qimage_from_rgb(rgb)
        assert (image.width(), image.height()) == (301, 199)
        assert np.array_equal(rgb_from_qimage(image), rgb)
        canvas.set_picture(image)
        assert canvas.picture_size() == (301, 199)

    def test_show_as_published_hides_the_boxes_in_the_picture(self, canvas: BoxCanvas) -> None:
        def shown_region() -> np.ndarray:
            image = canvas.grab().toImage()
            point = at(canvas, 280, 250)
            return np.array([image.pixelColor(point.x() + d, point.y()).red() for d in range(-5, 6)])

        plain = shown_region()
        canvas.set_published_preview(True)
        hidden = shown_region()
        assert canvas.boxes() == DETECTED  # the preview changes nothing
        assert np.abs(hidden.astype(int) - plain.astype(int)).mean() > 10


@pytest.fixture
def photo(qtbot) -> PhotoReview:  # type: ignore[no-untyped-def]
    review = PhotoReview()
    qtbot.addWidget(review)
    review.resize(1100, 640)
    review.show()
    qtbot.waitExposed(review)
    review.set_picture(picture(), list(DETECTED))
    return review


class TestPhotoReview:
    def test_the_list_names_each_box(self, photo: PhotoReview) -> None:
        drag(photo.canvas, at(photo.canvas, 500, 700), at(photo.canvas, 700, 900))
        texts = [photo.box_list.item(i).text() for i in range(photo.box_list.count())]
        assert texts == ["1 · detected 0.92", "2 · detected 0.61", "3 · added by you"]
        assert "3 boxes will be hidden" in photo.counter.text()
        assert "(2 detected, 1 added by you)" in photo.counter.text()

    def test_buttons_add_remove_and_reset(self, photo: PhotoReview) -> None:
        photo.add_button.click()
        assert len(photo.boxes()) == 3 and photo.boxes()[2].source == "added"
        photo.box_list.setCurrentRow(0)
        assert photo.canvas.selected() == 0
        photo.remove_button.click()
        assert [b.score for b in photo.boxes()] == [0.61, None]
        photo.reset_button.click()
        assert photo.boxes() == DETECTED
        assert not photo.reset_button.isEnabled()

    def test_delete_in_the_list_removes_the_box(self, photo: PhotoReview) -> None:
        photo.box_list.setFocus()
        photo.box_list.setCurrentRow(1)
        QTest.keyClick(photo.box_list, Qt.Key.Key_Delete)
        assert photo.boxes() == DETECTED[:1]
        assert photo.box_list.count() == 1

    def test_confirm_hands_over_the_reviewed_boxes(self, photo: PhotoReview, qtbot) -> None:  # type: ignore[no-untyped-def]
        drag(photo.canvas, at(photo.canvas, 500, 700), at(photo.canvas, 700, 900))
        with qtbot.waitSignal(photo.confirmed) as signal:
            photo.confirm_button.click()
        (boxes,) = signal.args
        assert boxes[:2] == DETECTED and near(boxes[2], 500, 700, 200, 200)

    def test_busy_shows_progress_and_cancel_asks_the_caller(self, photo: PhotoReview, qtbot) -> None:  # type: ignore[no-untyped-def]
        photo.start_busy()
        photo.set_progress(40, 100)
        assert photo.busy.isVisible() and photo.busy.label.text() == "Finding faces… 40%"
        with qtbot.waitSignal(photo.cancel_requested):
            photo.busy.cancel_button.click()
        photo.set_picture(picture(), [])
        assert not photo.busy.isVisible() and photo.canvas.isVisible()


FRAMES = 60


def frame_at(index: int) -> np.ndarray:
    rgb = np.full((240, 320, 3), 40, dtype=np.uint8)
    rgb[:, :, 1] = index * 4  # each frame its own colour
    return rgb


def track(track_id: int, first: int, last: int, x: float) -> Track:
    made = Track(track_id)
    for frame in range(first, last + 1):
        made.record(frame, Box(x + frame, 50, 40, 50, None, frame, frame))
    return made


@pytest.fixture
def video(qtbot) -> VideoReview:  # type: ignore[no-untyped-def]
    review = VideoReview()
    qtbot.addWidget(review)
    review.resize(1100, 700)
    review.show()
    qtbot.waitExposed(review)
    review.set_video(FRAMES, frame_at, [track(0, 0, 29, 20), track(1, 20, 59, 200)], fps=25.0)
    return review


class TestVideoReview:
    def test_scrubbing_shows_each_tracks_box_at_that_frame(self, video: VideoReview) -> None:
        video.slider.setValue(25)
        assert video.frame() == 25 and "Frame 26 of 60" in video.position.text()
        assert "0:01.00" in video.position.text()
        shown = {f.key: f.box for f in video.canvas._fixed}  # what is drawn on the frame
        assert set(shown) == {0, 1}
        assert shown[0].x == 45 and shown[1].x == 225
        video.slider.setValue(40)
        assert [f.key for f in video.canvas._fixed] == [1]

    def test_a_click_on_a_tracks_bar_jumps_into_it(self, video: VideoReview) -> None:
        rect = video.bars.bar_rect(1)
        QTest.mouseClick(video.bars, LEFT, NONE, QPoint(int(rect.left()) + 3, int(rect.center().y())))
        assert video.frame() == 20
        assert video.drop_button.isEnabled()

    def test_one_thing_is_chosen_at_a_time(self, video: VideoReview) -> None:
        video.add_box(Box(150, 150, 40, 40))
        video.go_to(25)
        video.select_added(0)
        assert video.selected_added() == 0
        video.track_list.setCurrentRow(1)
        assert video.selected_added() == -1 and not video.start_button.isEnabled()
        assert [f.selected for f in video.canvas._fixed] == [False, True]
        video.select_added(0)
        assert not video.drop_button.isEnabled()
        assert not any(f.selected for f in video.canvas._fixed)

    def test_drop_a_track_and_take_it_back(self, video: VideoReview) -> None:
        video.track_list.setCurrentRow(0)
        video.drop_button.click()
        kept, added = video.reviewed()
        assert [t.id for t in kept] == [1] and added == []
        assert video.track_list.item(0).checkState() == Qt.CheckState.Unchecked
        video.track_list.item(0).setCheckState(Qt.CheckState.Checked)
        assert [t.id for t in video.reviewed()[0]] == [0, 1]

    def test_many_tracks_scroll_and_leave_the_frame_its_room(self, video: VideoReview, qtbot) -> None:  # type: ignore[no-untyped-def]
        video.set_video(FRAMES, frame_at, [track(i, i, i + 20, 5 * i) for i in range(25)])
        qtbot.wait(50)
        assert video.bars_area.height() <= 6 * 18 + 6 < video.bars.height()
        assert video.canvas.height() > 300
        video.track_list.item(24).setCheckState(Qt.CheckState.Unchecked)
        assert 24 in video.dropped() and video.track_list.count() == 25

    def test_add_a_box_over_frames_10_to_20(self, video: VideoReview) -> None:
        canvas = video.canvas
        video.go_to(10)
        drag(canvas, at(canvas, 100, 120), at(canvas, 160, 200))
        assert video.selected_added() == 0
        assert video.added()[0].first == 0 and video.added()[0].last == FRAMES - 1  # the whole clip
        video.start_button.click()
        video.go_to(20)
        video.select_added(0)
        video.end_button.click()
        kept, added = video.reviewed()
        assert [t.id for t in kept] == [0, 1]
        (box,) = added
        assert (box.first, box.last, box.source) == (10, 20, "added")
        assert near(box, 100, 120, 60, 80, 2)
        video.go_to(21)
        assert canvas.boxes() == []
        video.go_to(15)
        assert canvas.boxes() == [box]

    def test_added_boxes_keep_their_numbers_on_every_frame(self, video: VideoReview) -> None:
        video.add_box(Box(10, 10, 30, 30), 0, 9)
        video.add_box(Box(100, 10, 30, 30), 5, 59)
        video.go_to(30)
        assert video.canvas.label(0) == "2"  # "Box 2" on the timeline
        assert [bar.label for bar in video.bars.bars][-2:] == ["Box 1", "Box 2"]
        video.go_to(7)
        assert [video.canvas.label(i) for i in range(2)] == ["1", "2"]

    def test_frame_spin_boxes_count_from_one(self, video: VideoReview) -> None:
        video.add_box(Box(10, 10, 30, 30), 5, 9)
        video.go_to(6)
        video.select_added(0)
        assert (video.first_spin.value(), video.last_spin.value()) == (6, 10)
        video.last_spin.setValue(31)
        assert video.added()[0].last == 30

    def test_step_and_play_to_the_end(self, video: VideoReview, qtbot) -> None:  # type: ignore[no-untyped-def]
        video.go_to(54)
        video.stepper.next_button.click()
        assert video.frame() == 55
        video.stepper.back_button.click()
        video.stepper.play_button.click()
        qtbot.waitUntil(lambda: video.frame() == FRAMES - 1 and not video.stepper.play_button.isChecked())

    def test_busy_and_cancel(self, video: VideoReview, qtbot) -> None:  # type: ignore[no-untyped-def]
        video.start_busy()
        video.set_progress(12, 30)
        assert video.busy.label.text() == "Finding faces… 40%"
        with qtbot.waitSignal(video.cancel_requested):
            video.busy.cancel_button.click()


@pytest.fixture
def belarusian() -> Iterator[None]:
    gui_i18n.install("be")
    yield
    gui_i18n.install("en")


def translated(context: str, source: str) -> str:
    _language, messages = translations.read_ts(translations.ts_path("be"))
    found = [m.forms[0] for m in messages if (m.context, m.source) == (context, source) and m.kind == ""]
    assert found and found[0], f"[{context}] {source!r} is not translated into Belarusian"
    return found[0]


def test_the_review_speaks_belarusian(qtbot, belarusian: None) -> None:  # type: ignore[no-untyped-def]
    photo = PhotoReview()
    qtbot.addWidget(photo)
    photo.set_picture(picture(400, 300), [Box(10, 10, 50, 50, 0.9)])
    assert photo.confirm_button.text() == translated("PhotoReview", "Confirm boxes") == "Пацвердзіць рамкі"
    assert photo.reset_button.text() == translated("PhotoReview", "Reset to detected")
    assert photo.box_list.item(0).text() == translated("PhotoReview", "{n} · detected {score}").format(
        n=1, score="0.90"
    )
    video = VideoReview()
    qtbot.addWidget(video)
    assert video.start_button.text() == translated("VideoReview", "Start here")
    assert video.busy.cancel_button.text() == translated("FindingFaces", "Cancel")
    assert QApplication.translate("VideoReview", "Drop track") != "Drop track"


def spoken(widget: BoxCanvas) -> str:
    """What a screen reader is given for the canvas (AT-SPI reads it through this interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


class TestScreenReader:
    """The canvas's accessible description names the selected box; setting it sends Qt's
    DescriptionChanged event, which Orca speaks for the focused widget."""

    def test_tab_click_move_drop_and_add_name_the_box(self, canvas: BoxCanvas) -> None:
        assert QAccessible.queryAccessibleInterface(canvas).text(QAccessible.Text.Name) == (
            "Picture with face boxes"
        )
        assert spoken(canvas).startswith("No box selected. Boxes: 2. Drag on the picture to add a box.")
        canvas.setFocus()
        QTest.keyClick(canvas, Qt.Key.Key_Tab)
        assert spoken(canvas) == "Box 1 of 2, detected, score 0.92, 160 by 200 pixels at 200, 150."
        QTest.keyClick(canvas, Qt.Key.Key_Tab)
        assert spoken(canvas) == "Box 2 of 2, detected, score 0.61, 120 by 150 pixels at 1000, 500."
        QTest.keyClick(canvas, Qt.Key.Key_Right)  # moved by the person: no longer the detector's
        assert spoken(canvas) == "Box 2 of 2, added by you, 120 by 150 pixels at 1016, 500."
        QTest.mouseClick(canvas.viewport(), LEFT, NONE, at(canvas, 250, 250))
        assert spoken(canvas).startswith("Box 1 of 2, detected")
        QTest.keyClick(canvas, Qt.Key.Key_Delete)
        assert spoken(canvas).startswith("Box 1 removed. No box selected. Boxes: 1.")
        drag(canvas, at(canvas, 100, 700), at(canvas, 300, 900))
        said = re.fullmatch(
            r"Box 2 of 2, added by you, (\d+) by (\d+) pixels at (\d+), (\d+)\.",
            spoken(canvas),
        )
        assert said is not None and near(canvas.boxes()[1], *map(float, said.group(3, 4, 1, 2)), 1)
        assert near(canvas.boxes()[1], 100, 700, 200, 200, 4)  # where the person dragged
        QTest.keyClick(canvas, Qt.Key.Key_Escape)
        assert spoken(canvas).startswith("No box selected. Boxes: 2.")

    def test_the_list_selects_and_the_canvas_says_so(self, photo: PhotoReview) -> None:
        photo.box_list.setCurrentRow(1)
        assert spoken(photo.canvas).startswith("Box 2 of 2, detected, score 0.61")

    def test_a_video_box_says_its_frames_and_a_track_says_if_it_is_dropped(self, video: VideoReview) -> None:
        video.add_box(Box(150, 150, 40, 40), 10, 20)
        video.go_to(12)
        video.select_added(0)
        assert spoken(video.canvas) == "Box 1, added by you, frames 11 to 21, 40 by 40 pixels at 150, 150."
        QTest.mouseClick(video.canvas.viewport(), LEFT, NONE, at(video.canvas, 40, 70))  # track 0
        assert spoken(video.canvas) == "Face 1, frames 1 to 30, 40 by 50 pixels at 32, 50, hidden."
        video.drop_button.click()
        assert spoken(video.canvas) == (
            "Face 1, frames 1 to 30, 40 by 50 pixels at 32, 50, dropped: it will not be hidden."
        )
        video.track_list.setCurrentRow(1)
        assert spoken(video.canvas).startswith("Face 2, frames 21 to 60")
