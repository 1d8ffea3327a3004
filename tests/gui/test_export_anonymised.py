"""The export wizard's anonymised profile on real widgets: the faces found are shown for a
person to correct, nothing can go on until every picture is confirmed and the reviewer is
named, and the sealed copy has the face hidden, with the person's corrections and name in
the custody record."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any

import numpy as np
import pyrage
from PIL import Image

from evidence_vault.core.anonymise.boxes import Box
from evidence_vault.core.bundle import recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.gui.app import AppWindow
from evidence_vault.gui.export import steps as ew
from tests.anonymise import scenes
from tests.gui.test_export_wizard import add_recipient, import_all, select


def _to_recipients(qtbot, window: AppWindow, tmp_path: Path) -> tuple[Any, Path]:
    """Open the wizard on the selection, add a recipient, choose the anonymised profile."""
    key = tmp_path / "press.key"
    recipients.generate_identity_file(key)
    wizard = window.open_export()
    assert wizard is not None
    add_recipient(qtbot, wizard, "press", key)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.page == ew.PROFILE)
    wizard.profiles.buttons[ew.ANONYMISED].setChecked(True)
    wizard.next_button.click()
    return wizard, key


def _sealed(
    qtbot, wizard: Any, key: Path, tmp_path: Path, timeout: int
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """From the destination step: seal, then open the bundle as its recipient (manifest, members)."""
    out = tmp_path / "public.evb"
    wizard.destination.set(out)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.page == ew.RESULT, timeout=timeout)
    plain = pyrage.decrypt(out.read_bytes(), [recipients.load_identity_file(key)])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    return json.loads(members["manifest.json"]), members


def test_faces_are_checked_then_hidden(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    frame = scenes.background(720, 480, 6)
    x0, y0, x1, y1 = scenes.paste(frame, scenes.face_crops()[0], 150, 300, 120)
    photo = tmp_path / "square.jpg"
    Image.fromarray(frame).save(photo, "JPEG", quality=92)
    window = unlocked
    import_all(qtbot, window, [photo])
    select(window, "square.jpg")
    wizard, key = _to_recipients(qtbot, window, tmp_path)
    assert wizard.page == ew.RECIPIENTS
    wizard.next_button.click()
    assert wizard.page == ew.REVIEW
    room = wizard.screen().availableGeometry()  # the wizard grew for the pictures, within it
    assert wizard.width() >= min(1180, room.width()) and wizard.height() >= min(800, room.height())
    review = wizard.review
    qtbot.waitUntil(lambda: bool(review.found), timeout=60000)
    (found,) = review.photo.boxes()
    assert found.x < (x0 + x1) / 2 < found.x + found.w
    assert not wizard.next_button.isEnabled()  # not confirmed, nobody named
    review.photo.canvas.add_box(Box(10, 10, 60, 40, None, None, None, "added"))  # a face it missed
    review.photo.confirm_button.click()
    assert not wizard.next_button.isEnabled()  # the reviewer is not named yet
    review.reviewer.setText("Ales")
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    assert wizard.page == ew.DESTINATION
    manifest, members = _sealed(qtbot, wizard, key, tmp_path, 120000)
    (entry,) = manifest["files"]
    assert manifest["profile"] == "anonymised"
    sealed = np.asarray(Image.open(io.BytesIO(members[entry["path"]])).convert("RGB")).astype(np.int16)
    original = np.asarray(Image.open(photo).convert("RGB")).astype(np.int16)
    assert np.abs(sealed[y0:y1, x0:x1] - original[y0:y1, x0:x1]).mean() > 40
    vault = window.session.vault
    (made,) = [e for e in custody.events(vault.conn) if e.body["action"] == "item.derivative_made"]
    options = made.body["params"]["options"]
    assert options["confirmed_by"] == "Ales" and options["profile"] == "anonymised"
    assert [b["source"] for b in options["boxes"]] == ["detected", "added"]
    assert np.abs(sealed[10:50, 10:70] - original[10:50, 10:70]).mean() > 20  # the added box too


def test_a_video_is_reviewed_on_its_timeline_then_hidden(qtbot, unlocked: AppWindow, tmp_path: Path) -> None:
    clip, boxes = scenes.moving_face_clip(frames=30)
    (tmp_path / "march.mp4").write_bytes(clip)
    window = unlocked
    import_all(qtbot, window, [tmp_path / "march.mp4"])
    select(window, "march.mp4")
    wizard, key = _to_recipients(qtbot, window, tmp_path)
    wizard.next_button.click()
    assert wizard.page == ew.REVIEW
    review = wizard.review
    qtbot.waitUntil(lambda: bool(review.found), timeout=120000)
    assert review.views.currentWidget() is review.video and review.video.tracks()
    review.video.go_to(20)  # scrubbing decodes the frame from the vault, in memory
    assert review.video.frame() == 20
    review.video.confirm_button.click()
    review.reviewer.setText("Ales")
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    manifest, members = _sealed(qtbot, wizard, key, tmp_path, 180000)
    (entry,) = manifest["files"]
    hidden = list(scenes.decoded(members[entry["path"]]))
    for index, before in enumerate(scenes.decoded(clip)):
        x0, y0, x1, y1 = boxes[index]
        change = np.abs(hidden[index][y0:y1, x0:x1].astype(np.int16) - before[y0:y1, x0:x1]).mean()
        assert change > 25, f"frame {index}: the face is visible"


def test_a_dropped_box_leaves_with_the_fingerprint_of_what_was_reviewed(
    qtbot, unlocked: AppWindow, tmp_path: Path
) -> None:
    """The review step drops a box by its number; the sealer makes the copy only if its own
    detection is the one the person saw, and records that detection's fingerprint."""
    frame = scenes.background(960, 640, 3)
    first = scenes.paste(frame, scenes.face_crops()[0], 170, 100, 220)
    second = scenes.paste(frame, scenes.face_crops()[1], 170, 600, 220)
    photo = tmp_path / "two.png"
    Image.fromarray(frame).save(photo, "PNG")
    window = unlocked
    import_all(qtbot, window, [photo])
    select(window, "two.png")
    wizard, key = _to_recipients(qtbot, window, tmp_path)
    wizard.next_button.click()
    review = wizard.review
    qtbot.waitUntil(lambda: bool(review.found), timeout=60000)
    (item,) = review.items
    assert len(review.photo.boxes()) == 2 and len(review.fingerprints[item.id]) == 64
    review.photo.box_list.setCurrentRow(0)  # box 1, the astronaut: not to be hidden
    review.photo.remove_button.click()
    review.photo.confirm_button.click()
    review.reviewer.setText("Ales")
    (request,) = review.requests().values()
    assert request.drop == (1,) and request.reviewed == review.fingerprints[item.id]
    wizard.next_button.click()
    manifest, members = _sealed(qtbot, wizard, key, tmp_path, 120000)
    (entry,) = manifest["files"]
    sealed = np.asarray(Image.open(io.BytesIO(members[entry["path"]])).convert("RGB")).astype(np.int16)
    original = frame.astype(np.int16)
    x0, y0, x1, y1 = first
    assert np.abs(sealed[y0:y1, x0:x1] - original[y0:y1, x0:x1]).mean() < 3  # dropped, as asked
    x0, y0, x1, y1 = second
    assert np.abs(sealed[y0:y1, x0:x1] - original[y0:y1, x0:x1]).mean() > 40
    vault = window.session.vault
    (made,) = [e for e in custody.events(vault.conn) if e.body["action"] == "item.derivative_made"]
    options = made.body["params"]["options"]
    assert options["dropped"] == [1] and options["reviewed_detection"] == review.fingerprints[item.id]
