"""Streaming video anonymisation with PyAV: faces found every N frames, tracked in between.

``review_video`` decodes once and returns the tracks (per-frame boxes, frame ranges) for a
timeline view, writing nothing; ``redact_video`` writes H.264 (libx264, yuv420p) MP4 to a
binary file object, covering either the reviewed tracks exactly or, given none, what it
detects as it goes, plus boxes a person added over their frame ranges. Memory is flat: at
most N decoded frames are held (see tracking.py), never the whole video.

Audio is copied packet for packet (``keep``), dropped (``remove``), or handed frame by frame
to an ``AudioHook`` (voice disguise) and encoded as AAC. A failure or a cancel truncates the
output back to where it started: no partial file is left to be mistaken for a finished one.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol

import av
import av.error
import numpy as np

from .boxes import Box
from .common import AnonymiseError, Cancel, Cancelled, Progress
from .faces import DetectorSettings, FaceDetector, model_sha256
from .redact import RedactSettings, redact_all
from .tracking import Track, Tracker

MUXER_OPTIONS = {"fflags": "+bitexact"}  # no encoder tag, zero creation times
COPYABLE_AUDIO = {"aac", "mp3", "ac3", "eac3", "opus", "alac", "flac"}  # MP4 can carry these as-is
_AV_ERRORS = (av.error.FFmpegError, OSError, ValueError, EOFError)


class AudioHook(Protocol):
    """Voice disguise (or any audio change): called with each decoded audio frame, returns
    the frames to encode instead (any number, any size; they are re-chunked for AAC). Called
    once more with None at the end of the stream to return what it still holds."""

    def __call__(self, frame: av.AudioFrame | None, /) -> list[av.AudioFrame]: ...


@dataclass(frozen=True)
class VideoSettings:
    """Everything that decides the output; recorded with every result.

    ``detect_every`` (N) trades speed for how soon a new face is seen; held-back frames are
    covered from both sides, so N only matters for faces that appear and vanish within N
    frames. ``hold_frames``: how long a track stays covered after it was last detected.
    """

    detect_every: int = 3
    hold_frames: int = 15
    detector: DetectorSettings = field(default_factory=lambda: DetectorSettings(input_size=960))
    redaction: RedactSettings = field(default_factory=RedactSettings)
    audio: Literal["keep", "remove"] = "keep"
    crf: int = 20
    preset: str = "veryfast"

    def __post_init__(self) -> None:
        if not 1 <= self.detect_every <= 60:
            raise ValueError(f"detect every {self.detect_every} frames: must be 1 to 60")
        if self.audio not in ("keep", "remove"):
            raise ValueError(f"audio {self.audio!r}: must be 'keep' or 'remove' (or give a hook)")

    def to_dict(self) -> dict[str, Any]:
        return {
            "detect_every": self.detect_every,
            "hold_frames": self.hold_frames,
            "detector": self.detector.to_dict(),
            "redaction": self.redaction.to_dict(),
            "audio": self.audio,
            "crf": self.crf,
            "preset": self.preset,
        }


@dataclass
class VideoReview:
    """Faces found over time, for a person to review before ``redact_video``."""

    tracks: list[Track]
    frames: int
    width: int
    height: int
    fps: float | None
    model_sha256: str
    settings: VideoSettings

    def to_dict(self) -> dict[str, Any]:
        return {
            "model_sha256": self.model_sha256,
            "settings": self.settings.to_dict(),
            "frames": self.frames,
            "width": self.width,
            "height": self.height,
            "fps": self.fps,
            "tracks": [track.to_dict() for track in self.tracks],
        }


@dataclass
class VideoRecord:
    """What ``redact_video`` did, for the custody record."""

    model_sha256: str
    settings: VideoSettings
    frames: int
    covered_frames: int
    tracks: list[dict[str, Any]]
    added: list[Box]
    audio: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": "centerface",
            "model_sha256": self.model_sha256,
            "settings": self.settings.to_dict(),
            "frames": self.frames,
            "covered_frames": self.covered_frames,
            "tracks": self.tracks,
            "added": [box.to_dict() for box in self.added],
            "audio": self.audio,
        }


def _open(source: BinaryIO | Path | str, name: str) -> Any:
    try:
        container = av.open(str(source) if isinstance(source, (str, Path)) else source, "r")
    except _AV_ERRORS as error:
        raise AnonymiseError(name, f"not a video this program can read ({error})") from None
    video = next((s for s in container.streams.video), None)
    if video is None:
        container.close()
        raise AnonymiseError(name, "no video stream")
    video.thread_type = "AUTO"
    return container


def _frames(container: Any, name: str, audio: Any, on_audio: Any = None) -> Iterator[Any]:
    """Decoded video frames in order; audio packets go to ``on_audio`` as they come."""
    video = container.streams.video[0]
    streams = [video] + ([audio] if audio is not None else [])
    try:
        for packet in container.demux(*streams):
            if packet.stream is video:
                yield from packet.decode()
            elif on_audio is not None:
                on_audio(packet)
    except _AV_ERRORS as error:
        raise AnonymiseError(name, f"the video is damaged ({error})") from None


def _detect(detector: FaceDetector, frame: Any) -> list[Box]:
    """Faces in a frame, letting FFmpeg scale it down to the detection size in one step."""
    size = detector.settings.input_size
    scale = min(1.0, size / max(frame.width, frame.height))
    w, h = max(2, round(frame.width * scale)), max(2, round(frame.height * scale))
    small = frame.to_ndarray(format="rgb24", width=w, height=h)
    fx, fy = frame.width / w, frame.height / h
    return [
        Box(b.x * fx, b.y * fy, b.w * fx, b.h * fy, b.score)
        for b in detector.detect(np.ascontiguousarray(small))
    ]


def _covered(
    frames: Iterator[Any], settings: VideoSettings, detector: FaceDetector, tracker: Tracker
) -> Iterator[tuple[int, Any, list[Box]]]:
    """(index, frame, boxes) in order, detecting every N frames and covering those between
    once the next detection is known. The last frame is always a detection frame."""
    held: deque[tuple[int, Any]] = deque()
    index = -1
    for index, frame in enumerate(frames):
        if index % settings.detect_every:
            held.append((index, frame))
            continue
        tracker.update(index, _detect(detector, frame))
        for old, old_frame in held:
            yield old, old_frame, [box for _, box in tracker.cover(old)]
        held.clear()
        yield index, frame, [box for _, box in tracker.cover(index)]
    if held:
        last, last_frame = held.pop()
        tracker.update(last, _detect(detector, last_frame))
        for old, old_frame in held:
            yield old, old_frame, [box for _, box in tracker.cover(old)]
        yield last, last_frame, [box for _, box in tracker.cover(last)]


def _total(container: Any) -> int | None:
    frames = int(container.streams.video[0].frames or 0)
    return frames or None


def review_video(
    source: BinaryIO | Path | str,
    settings: VideoSettings | None = None,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    detector: FaceDetector | None = None,
    name: str = "video",
) -> VideoReview:
    """Detect and track faces through the whole video; write nothing."""
    settings = settings or VideoSettings()
    detector = detector or FaceDetector(settings.detector)
    tracker = Tracker(settings.hold_frames)
    container = _open(source, name)
    try:
        stream = container.streams.video[0]
        total, count = _total(container), 0
        for index, _, _ in _covered(_frames(container, name, None), settings, detector, tracker):
            count = index + 1
            if cancel is not None and cancel():
                raise Cancelled(name)
            if progress is not None:
                progress(count, total)
        rate = stream.average_rate
        return VideoReview(
            [t for t in tracker.tracks if t.frames],
            count,
            stream.codec_context.width,
            stream.codec_context.height,
            float(rate) if rate else None,
            model_sha256(),
            settings,
        )
    finally:
        container.close()


def redact_video(
    source: BinaryIO | Path | str,
    out: BinaryIO,
    settings: VideoSettings | None = None,
    *,
    tracks: Sequence[Track] | None = None,
    added: Sequence[Box] = (),
    audio_hook: AudioHook | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    detector: FaceDetector | None = None,
    name: str = "video",
    rng: np.random.Generator | None = None,
) -> VideoRecord:
    """Write the anonymised video as MP4 to ``out`` (seekable; written from its position).

    ``tracks``: the reviewed tracks (from ``review_video``, some perhaps dropped), covered
    exactly and nothing else detected; None: detect and track while writing. ``added``:
    boxes a person drew, each over its frame range. On any failure or cancel ``out`` is
    truncated back to its starting position and the error raised.
    """
    settings = settings or VideoSettings()
    if not (out.seekable() and out.writable()):
        raise AnonymiseError(name, "the output must be a writable, seekable file")
    start = out.tell()
    container = _open(source, name)
    try:
        return _write(
            container, out, settings, tracks, added, audio_hook, progress, cancel, detector, name, rng
        )
    except BaseException:
        out.seek(start)
        out.truncate()
        raise
    finally:
        container.close()


class _Audio:
    """The output's audio: packets copied, or frames through a hook and AAC."""

    def __init__(self, sink: Any, source: Any, hook: AudioHook | None) -> None:
        self.sink, self.source, self.hook = sink, source, hook
        self.copy = hook is None and source.codec_context.name in COPYABLE_AUDIO
        if self.copy:
            self.stream = sink.add_stream_from_template(source)
        else:
            rate = source.codec_context.sample_rate or 48000
            self.stream = sink.add_stream("aac", rate=rate)
            layout = source.codec_context.layout.name if source.codec_context.layout else "stereo"
            self.stream.layout = layout
            self.resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate, frame_size=1024)
        self.mode = "copy" if self.copy else ("hook" if hook is not None else "aac")

    def packet(self, packet: Any) -> None:
        if self.copy:
            if packet.dts is None:
                return
            packet.stream = self.stream
            self.sink.mux(packet)
            return
        for frame in packet.decode():
            self._encode(self.hook(frame) if self.hook is not None else [frame])

    def _encode(self, frames: list[Any]) -> None:
        for frame in frames:
            frame.pts = None
            for chunk in self.resampler.resample(frame):
                self.sink.mux(self.stream.encode(chunk))

    def finish(self) -> None:
        if self.copy:
            return
        if self.hook is not None:
            self._encode(self.hook(None))
        for chunk in self.resampler.resample(None):
            self.sink.mux(self.stream.encode(chunk))
        self.sink.mux(self.stream.encode(None))


def _write(
    container: Any,
    out: BinaryIO,
    settings: VideoSettings,
    tracks: Sequence[Track] | None,
    added: Sequence[Box],
    hook: AudioHook | None,
    progress: Progress | None,
    cancel: Cancel | None,
    detector: FaceDetector | None,
    name: str,
    rng: np.random.Generator | None,
) -> VideoRecord:
    video = container.streams.video[0]
    source_audio = next((s for s in container.streams.audio), None)
    if settings.audio == "remove" and hook is None:
        source_audio = None
    width, height = video.codec_context.width & ~1, video.codec_context.height & ~1
    if width < 2 or height < 2:
        raise AnonymiseError(name, "the video has no picture size")
    try:
        sink = av.open(out, "w", format="mp4", options=dict(MUXER_OPTIONS))
    except _AV_ERRORS as error:
        raise AnonymiseError(name, f"cannot write the output ({error})") from None
    try:
        encoder = sink.add_stream("libx264", rate=video.average_rate or Fraction(30))
        encoder.width, encoder.height, encoder.pix_fmt = width, height, "yuv420p"
        encoder.time_base = video.time_base
        encoder.options = {"crf": str(settings.crf), "preset": settings.preset}
        audio = _Audio(sink, source_audio, hook) if source_audio is not None else None
        frames = _frames(container, name, source_audio, audio.packet if audio else None)
        tracker = Tracker(settings.hold_frames)
        if tracks is None:
            covered = _covered(frames, settings, detector or FaceDetector(settings.detector), tracker)
        else:
            covered = (
                (i, f, [b for t in tracks if (b := t.box_at(i)) is not None]) for i, f in enumerate(frames)
            )
        total, count, touched = _total(container), 0, 0
        for index, frame, boxes in covered:
            if cancel is not None and cancel():
                raise Cancelled(name)
            boxes = boxes + [box for box in added if box.covers_frame(index)]
            if boxes or frame.width != width or frame.height != height:
                rgb = frame.to_ndarray(format="rgb24")[:height, :width]
                rgb = np.ascontiguousarray(rgb)
                redact_all(rgb, boxes, settings.redaction, rng)
                touched += bool(boxes)
                new = av.VideoFrame.from_ndarray(rgb, format="rgb24")
                new.pts, new.time_base = frame.pts, frame.time_base
                frame = new
            frame.pict_type = av.video.frame.PictureType.NONE
            sink.mux(encoder.encode(frame))
            count = index + 1
            if progress is not None:
                progress(count, total)
        sink.mux(encoder.encode(None))
        if audio is not None:
            audio.finish()
    except _AV_ERRORS as error:
        raise AnonymiseError(name, f"the video could not be re-encoded ({error})") from None
    except BaseException:
        with contextlib.suppress(*_AV_ERRORS):  # the caller truncates the output anyway
            sink.close()
        raise
    sink.close()
    if count == 0:
        raise AnonymiseError(name, "the video has no frames")
    source = tracker.tracks if tracks is None else list(tracks)
    return VideoRecord(
        model_sha256(),
        settings,
        count,
        touched,
        [t.to_dict() for t in source if t.frames],
        list(added),
        audio.mode if audio is not None else "none",
    )
