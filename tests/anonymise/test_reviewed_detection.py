"""A box is dropped by the number its review showed, and that number means something only with
the detection it came from. These tests play the attacker (or just bad luck): detection run
again for the copy finds something else than what the person reviewed (boxes in another
order, one box less, a changed input file), so number N is now a real face. The copy must
then be refused, with nothing written, where before the fingerprint the wrong face was
published uncovered."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from evidence_vault.core.anonymise import photo, reviewed, video
from evidence_vault.core.anonymise.boxes import Box
from evidence_vault.core.anonymise.common import AnonymiseError
from evidence_vault.core.anonymise.one_file import Request, anonymise, review
from evidence_vault.core.anonymise.tracking import Track
from tests.anonymise import scenes
from tests.support import run_cli

Face = tuple[int, int, int, int]


def _two_faces(without_first: bool = False) -> tuple[bytes, Face, Face]:
    """A PNG of two faces, the astronaut's (found first: the better score) and the camera
    man's; ``without_first`` paints the astronaut over with the background."""
    frame = scenes.background(960, 640, 3)
    plain = frame.copy()
    first = scenes.paste(frame, scenes.face_crops()[0], 170, 100, 220)
    second = scenes.paste(frame, scenes.face_crops()[1], 170, 600, 220)
    if without_first:
        frame[:, :480] = plain[:, :480]
    buffer = io.BytesIO()
    Image.fromarray(frame).save(buffer, "PNG")
    return buffer.getvalue(), first, second


def _change(before: bytes, after: bytes, face: Face) -> float:
    x0, y0, x1, y1 = face
    a = np.asarray(Image.open(io.BytesIO(before)).convert("RGB")).astype(np.int16)
    b = np.asarray(Image.open(io.BytesIO(after)).convert("RGB")).astype(np.int16)
    return float(np.abs(a[y0:y1, x0:x1] - b[y0:y1, x0:x1]).mean())


def _centre_in(spec: str, face: Face) -> bool:
    x, y, w, h = (int(v) for v in spec.split(","))
    return x < (face[0] + face[2]) / 2 < x + w and y < (face[1] + face[3]) / 2 < y + h


@pytest.fixture
def picture() -> tuple[bytes, Face, Face, reviewed.Review]:
    data, first, second = _two_faces()
    found = review(io.BytesIO(data), "picture", "two.png")
    one, two = found.found
    assert _centre_in(one["box"], first) and _centre_in(two["box"], second)
    return data, first, second, found


def _refused_and_nothing_written(data: bytes, request: Request, face_left: Face) -> AnonymiseError:
    """Anonymise, expecting a refusal; a copy made instead fails the test, saying whether the
    face nobody dropped was left uncovered."""
    out = io.BytesIO()
    try:
        anonymise(io.BytesIO(data), out, "picture", "two.png", request)
    except AnonymiseError as refused:
        assert out.getvalue() == b""
        return refused
    change = _change(data, out.getvalue(), face_left)
    pytest.fail(f"a copy was made; the face nobody dropped changed by {change:.1f} (under 10: uncovered)")


class TestTheFreshDetectionDiffers:
    def test_boxes_in_another_order(self, picture: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        data, _first, second, found = picture
        detect = photo.detect_photo
        monkeypatch.setattr(photo, "detect_photo", lambda *a, **k: list(reversed(detect(*a, **k))))
        # The person drops box 1, the astronaut; box 1 is now the camera man.
        refused = _refused_and_nothing_written(
            data, Request(drop=(1,), reviewed=found.fingerprint), face_left=second
        )
        assert "detection found something other than what was reviewed" in refused.reason
        assert "--review" in refused.reason

    def test_one_box_less(self, picture: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        data, _first, second, found = picture
        detect = photo.detect_photo
        monkeypatch.setattr(photo, "detect_photo", lambda *a, **k: detect(*a, **k)[1:])
        _refused_and_nothing_written(data, Request(drop=(1,), reviewed=found.fingerprint), face_left=second)

    def test_a_face_gone_missing_is_refused_even_without_a_drop(
        self, picture: Any, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The person saw both faces covered and dropped nothing: a copy in which detection
        missed one would publish a face they saw hidden."""
        data, first, _second, found = picture
        detect = photo.detect_photo
        monkeypatch.setattr(photo, "detect_photo", lambda *a, **k: detect(*a, **k)[1:])
        _refused_and_nothing_written(data, Request(reviewed=found.fingerprint), face_left=first)

    def test_other_settings_or_another_model(self, picture: Any) -> None:
        _data, _first, _second, found = picture
        same = replace(found, found=[dict(b) for b in found.found])
        assert same.fingerprint == found.fingerprint
        for changed in (
            replace(found, model_sha256="0" * 64),
            replace(found, settings={"detector": {**found.settings["detector"], "threshold": 0.2}}),
            replace(found, found=list(reversed(found.found))),
            replace(found, width=found.width + 1),
        ):
            assert changed.fingerprint != found.fingerprint


def test_a_drop_without_its_review_is_refused(picture: Any) -> None:
    data, _first, second, _found = picture
    refused = _refused_and_nothing_written(data, Request(drop=(2,)), face_left=second)
    assert "--reviewed" in refused.reason
    short = _refused_and_nothing_written(data, Request(drop=(2,), reviewed="dee22424"), face_left=second)
    assert "16 to 64" in short.reason


def test_the_reviewed_drop_is_made_and_recorded(picture: Any) -> None:
    data, first, second, found = picture
    for given in (found.fingerprint, found.fingerprint[:16]):
        out = io.BytesIO()
        done = anonymise(io.BytesIO(data), out, "picture", "two.png", Request(drop=(2,), reviewed=given))
        assert done.record["reviewed_detection"] == found.fingerprint and done.record["dropped"] == [2]
        assert _change(data, out.getvalue(), first) > 40  # hidden
        assert _change(data, out.getvalue(), second) < 3  # dropped, as the person asked


def test_a_video_track_gone_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The review listed a false alarm as track 1 and the face as track 2; detection run again
    finds the face only, so track 1 is now the face."""
    clip, boxes = scenes.moving_face_clip(frames=20)
    real = video.review_video
    false_alarm = Track(10_000)
    for frame in range(20):
        false_alarm.record(frame, Box(5, 5, 30, 30, None, frame, frame))

    def with_false_alarm(*args: Any, **kwargs: Any) -> video.VideoReview:
        result = real(*args, **kwargs)
        return replace(result, tracks=[false_alarm, *result.tracks])

    monkeypatch.setattr(video, "review_video", with_false_alarm)
    found = review(io.BytesIO(clip), "video", "march.mp4")
    assert len(found.found) == 2 and found.found[0]["box"].startswith("5,5,")
    monkeypatch.setattr(video, "review_video", real)
    out = io.BytesIO()
    try:
        anonymise(io.BytesIO(clip), out, "video", "march.mp4", Request(drop=(1,), reviewed=found.fingerprint))
    except AnonymiseError as refused:
        assert out.getvalue() == b"" and "other than what was reviewed" in refused.reason
        return
    frames = list(scenes.decoded(out.getvalue()))
    x0, y0, x1, y1 = boxes[10]
    change = np.abs(frames[10][y0:y1, x0:x1].astype(np.int16) - list(scenes.decoded(clip))[10][y0:y1, x0:x1])
    pytest.fail(f"a copy was made; the face in frame 10 changed by {change.mean():.1f} (under 10: uncovered)")


# -- the command line, end to end ---------------------------------------------------------------


def test_review_then_drop_with_its_fingerprint(tmp_path: Path) -> None:
    data, first, second = _two_faces()
    (tmp_path / "two.png").write_bytes(data)
    listed = run_cli("anonymise", str(tmp_path / "two.png"), "--review", "--json")
    assert listed.returncode == 0, listed.stderr
    (result,) = json.loads(listed.stdout)
    fingerprint = result["review"]["fingerprint"]
    assert len(fingerprint) == 64
    text = run_cli("anonymise", str(tmp_path / "two.png"), "--review")
    assert f"fingerprint {fingerprint}" in text.stdout and f"--reviewed {fingerprint[:16]}" in text.stdout
    done = run_cli(
        "anonymise", str(tmp_path / "two.png"), "--out", str(tmp_path / "pub"),
        "--drop-box", "2", "--reviewed", fingerprint[:16].upper(), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    (made,) = json.loads(done.stdout)
    assert made["record"]["reviewed_detection"] == fingerprint
    written = (tmp_path / "pub" / "two.png").read_bytes()
    assert _change(data, written, first) > 40 and _change(data, written, second) < 3


def test_a_drop_needs_the_fingerprint(tmp_path: Path) -> None:
    data, _first, _second = _two_faces()
    (tmp_path / "two.png").write_bytes(data)
    bare = run_cli("anonymise", str(tmp_path / "two.png"), "--out", str(tmp_path / "pub"), "--drop-box", "1")
    assert bare.returncode == 2 and "--reviewed" in bare.stderr and "--review" in bare.stderr
    for bad in ("dee22424", "not-hex-at-all-but-long-enough"):
        wrong = run_cli("anonymise", str(tmp_path / "two.png"), "--out", str(tmp_path / "pub"),
                        "--drop-box", "1", "--reviewed", bad)  # fmt: skip
        assert wrong.returncode == 2 and "16+ hex digits" in wrong.stderr
    assert not (tmp_path / "pub").exists()


def test_the_file_changed_since_its_review(tmp_path: Path) -> None:
    """Reviewed with two faces; the person drops box 1 (the astronaut). Then the file is
    replaced by one without the astronaut: box 1 is now the camera man."""
    data, _first, second = _two_faces()
    target = tmp_path / "two.png"
    target.write_bytes(data)
    listed = run_cli("anonymise", str(target), "--review", "--json")
    assert listed.returncode == 0, listed.stderr
    fingerprint = json.loads(listed.stdout)[0]["review"]["fingerprint"]
    changed, _, _ = _two_faces(without_first=True)
    target.write_bytes(changed)
    done = run_cli("anonymise", str(target), "--out", str(tmp_path / "pub"),
                   "--drop-box", "1", "--reviewed", fingerprint)  # fmt: skip
    written = tmp_path / "pub" / "two.png"
    if written.exists():
        change = _change(changed, written.read_bytes(), second)
        pytest.fail(f"a copy was made; the camera man changed by {change:.1f} (under 10: uncovered)")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "REFUSED: " in done.stdout and "other than what was reviewed" in done.stdout
    assert list((tmp_path / "pub").iterdir()) == []
