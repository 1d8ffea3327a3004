"""Video: every frame's face covered even when the detector misses frames; cancel and broken
input leave nothing; added boxes cover exactly their frames; audio kept, removed or hooked."""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any

import av
import numpy as np
import pytest

from evidence_vault.core.anonymise.boxes import Box, parse_box
from evidence_vault.core.anonymise.common import AnonymiseError, Cancelled
from evidence_vault.core.anonymise.faces import FaceDetector, model_sha256
from evidence_vault.core.anonymise.video import VideoSettings, redact_video, review_video

from . import scenes


class Forgetful(FaceDetector):
    """A detector that sees nothing on some calls, like one that misses a face in a frame."""

    def __init__(self, drop: set[int]) -> None:
        super().__init__()
        self.calls = 0
        self.drop = drop

    def detect(self, rgb: Any) -> list[Box]:
        self.calls += 1
        return [] if self.calls - 1 in self.drop else super().detect(rgb)


@pytest.fixture(scope="module")
def clip() -> tuple[bytes, list[tuple[int, int, int, int]]]:
    return scenes.moving_face_clip(frames=64)


def changed(a: np.ndarray, b: np.ndarray, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    return float(np.abs(a[y0:y1, x0:x1].astype(np.int16) - b[y0:y1, x0:x1]).mean())


@pytest.mark.parametrize("every", [1, 4])
def test_every_frame_is_covered_with_missed_detections(clip: Any, every: int) -> None:
    data, boxes = clip
    out = io.BytesIO()
    detector = Forgetful(drop={1, 3, 4})  # two calls in a row among them
    record = redact_video(io.BytesIO(data), out, VideoSettings(detect_every=every), detector=detector)
    assert record.frames == 64 and record.covered_frames == 64
    assert detector.calls == (64 if every == 1 else 17)
    differences = [
        changed(a, b, box)
        for a, b, box in zip(scenes.decoded(data), scenes.decoded(out.getvalue()), boxes, strict=True)
    ]
    print(f"every {every}: least change in a face region {min(differences):.1f}")
    assert min(differences) > 30  # compression alone changes a region by about 1-2


def test_review_then_redact_covers_the_reviewed_tracks(clip: Any) -> None:
    data, boxes = clip
    progress: list[tuple[int, int | None]] = []
    review = review_video(io.BytesIO(data), progress=lambda done, total: progress.append((done, total)))
    assert len(review.tracks) == 1 and (review.tracks[0].first, review.tracks[0].last) == (0, 63)
    assert review.frames == 64 and progress[-1] == (64, 64)
    assert review.to_dict()["model_sha256"] == model_sha256()
    out = io.BytesIO()
    redact_video(io.BytesIO(data), out, tracks=review.tracks)
    assert all(
        changed(a, b, box) > 30
        for a, b, box in zip(scenes.decoded(data), scenes.decoded(out.getvalue()), boxes, strict=True)
    )
    # Dropping the track in review leaves the face as it was.
    kept = io.BytesIO()
    redact_video(io.BytesIO(data), kept, tracks=[])
    assert all(
        changed(a, b, box) < 10
        for a, b, box in zip(scenes.decoded(data), scenes.decoded(kept.getvalue()), boxes, strict=True)
    )


def test_an_added_box_covers_exactly_its_frames(clip: Any) -> None:
    data, _ = clip
    out = io.BytesIO()
    corner = parse_box("560,280,64,64@10-20")
    # A fixed seed: with fresh noise each run, a frame's noise now and then came out close
    # enough to the background to pass for uncovered (seen once in a full run).
    redact_video(io.BytesIO(data), out, tracks=[], added=[corner], rng=np.random.default_rng(20))
    inside = (560, 280, 624, 344)
    diffs = [
        changed(a, b, inside)
        for a, b in zip(scenes.decoded(data), scenes.decoded(out.getvalue()), strict=True)
    ]
    assert [i for i, d in enumerate(diffs) if d > 30] == list(range(10, 21))


def test_cancel_leaves_nothing(clip: Any) -> None:
    data, _ = clip
    out = io.BytesIO(b"keep")
    out.seek(4)
    seen = []

    def cancel() -> bool:
        seen.append(1)
        return len(seen) > 20

    with pytest.raises(Cancelled):
        redact_video(io.BytesIO(data), out, cancel=cancel)
    assert out.getvalue() == b"keep"
    with pytest.raises(Cancelled):
        review_video(io.BytesIO(data), cancel=lambda: True)


@pytest.mark.parametrize("cut", [0, 10, 2000])
def test_broken_video_is_refused_by_name_and_nothing_written(clip: Any, cut: int) -> None:
    data, _ = clip
    broken = data[:cut] if cut < 100 else data[:cut] + b"\0" * 100  # header only, no frames
    out = io.BytesIO()
    with pytest.raises(AnonymiseError, match=r"witness\.mp4"):
        redact_video(io.BytesIO(broken), out, tracks=[], name="witness.mp4")
    assert out.getvalue() == b""


def _with_audio() -> bytes:
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as out:
        video = out.add_stream("libx264", rate=25)
        video.width, video.height, video.pix_fmt = 160, 120, "yuv420p"
        audio = out.add_stream("aac", rate=48000)
        audio.layout = "mono"
        for _ in range(25):
            frame = av.VideoFrame.from_ndarray(scenes.background(160, 120, 0), format="rgb24")
            out.mux(video.encode(frame))
        for i in range(47):
            samples = np.sin(np.arange(1024) * 0.05 + i).astype(np.float32)[None, :] * 0.5
            a = av.AudioFrame.from_ndarray(samples, format="fltp", layout="mono")
            a.sample_rate, a.pts, a.time_base = 48000, i * 1024, Fraction(1, 48000)
            out.mux(audio.encode(a))
        out.mux(video.encode(None))
        out.mux(audio.encode(None))
    return buffer.getvalue()


def _audio_streams(data: bytes) -> int:
    with av.open(io.BytesIO(data)) as container:
        return len(container.streams.audio)


def test_audio_kept_removed_or_handed_to_a_hook() -> None:
    data = _with_audio()
    kept, removed, hooked = io.BytesIO(), io.BytesIO(), io.BytesIO()
    assert redact_video(io.BytesIO(data), kept, tracks=[]).audio == "copy"
    assert _audio_streams(kept.getvalue()) == 1
    redact_video(io.BytesIO(data), removed, VideoSettings(audio="remove"), tracks=[])
    assert _audio_streams(removed.getvalue()) == 0
    calls: list[bool] = []

    def silence(frame: av.AudioFrame | None) -> list[av.AudioFrame]:
        calls.append(frame is None)
        if frame is None:
            return []
        quiet = av.AudioFrame.from_ndarray(
            np.zeros_like(frame.to_ndarray()), format=frame.format.name, layout="mono"
        )
        quiet.sample_rate = frame.sample_rate
        return [quiet]

    assert redact_video(io.BytesIO(data), hooked, tracks=[], audio_hook=silence).audio == "hook"
    assert calls[-1] is True and calls.count(True) == 1 and len(calls) > 10
    with av.open(io.BytesIO(hooked.getvalue())) as container:
        loudest = max(float(np.abs(f.to_ndarray()).max()) for f in container.decode(audio=0))
    assert loudest < 0.01
