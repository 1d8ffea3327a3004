"""Perceptual hashes (64-bit DCT pHash) of pictures and sampled video frames, in the analysis
child only (worker.py): the decoders run under the child's limits, never in the vault process.

A picture gets one hash of its decoded, orientation-applied image; a video up to FRAMES hashes
of frames spread evenly over its length (each decoded at most THUMB on its long side, never
the whole video). What similar.py compares: a messenger's re-encoding of the same picture or
clip lands a few bits away, an unrelated picture about half the bits away.
"""

from __future__ import annotations

from typing import Any

from .collect import Collector
from .model import Analysis
from .source import Source

KIND = "phash64"  # imagehash.phash with its defaults: 32×32 DCT, the 8×8 lowest frequencies
HASHES = "perceptual_hashes"  # the fact that carries them back: [{"frame", "at_ms", "hash"}]
MEDIA = "perceptual_media"  # "picture", "video", or absent when the item is neither
FRAMES = 16  # sampled frames of a video
THUMB = 256  # pixels on the long side a picture or frame is decoded at before hashing
MAX_DECODED_PER_SAMPLE = 300  # frames decoded from a keyframe to reach one sample, at most
SEEK_GAP_S = 2.0  # a sample at most this far ahead of the last frame is reached by decoding on
MAX_FALLBACK_FRAMES = 16 * 30  # a video without a duration: frames decoded from the start, at most
PICTURES = ("jpeg", "png", "tiff", "gif", "webp", "bmp", "heif")
VIDEOS = ("mp4", "matroska", "riff", "other")


def _phash(image: Any) -> str:
    import imagehash  # imports scipy: only in the child, only when a hash is asked for

    return str(imagehash.phash(image))


def hash_item(source: Source, kind: str) -> Analysis:
    """The item's hashes as the fact HASHES (empty when it has no picture to hash); a decoder's
    failure becomes a problem, never an exception."""
    col = Collector()
    if kind in PICTURES:
        col.fact(MEDIA, "picture")
        with col.guard("perceptual hash"):
            col.fact(HASHES, [{"frame": 0, "at_ms": None, "hash": _picture(source)}])
    elif kind in VIDEOS:
        with col.guard("perceptual hash"):
            frames = _video(source, kind == "other")
            if frames is not None:
                col.fact(MEDIA, "video")
                col.fact(HASHES, frames)
    return col.result


def _picture(source: Source) -> str:
    from PIL import Image

    from .pixels import decode_rgba

    # The same bounded decode as every thumbnail (EXIF orientation applied, JPEG DCT-scaled).
    width, height, raw = decode_rgba(source.file(), THUMB)
    return _phash(Image.frombytes("RGBA", (width, height), raw).convert("RGB"))


def _video(source: Source, unknown: bool) -> list[dict[str, Any]] | None:
    """Hashes of up to FRAMES frames, or None when the file has no real video stream (or,
    ``unknown`` kind, is nothing FFmpeg can open: a text, an archive)."""
    import av

    from .avmedia import MAX_FRAME_PIXELS, real_video

    try:
        opened = av.open(source.file(), mode="r", options={"probesize": str(8 << 20)})
    except av.error.FFmpegError:
        if unknown:
            return None
        raise
    with opened as container:
        streams = real_video(container)
        if not streams:
            return None
        stream = streams[0]
        stream.codec_context.thread_count = 1
        ctx: Any = stream.codec_context
        if (ctx.width or 0) * (ctx.height or 0) > MAX_FRAME_PIXELS:
            raise ValueError(f"video frame too large ({ctx.width}×{ctx.height})")
        duration = _duration_s(container, stream)
        frames: list[dict[str, Any]] = []
        if duration > 0:
            sampler = _Sampler(container, stream)
            for n in range(FRAMES):
                found = sampler.frame_at(duration * (n + 0.5) / FRAMES)
                if found is not None:
                    frames.append({"frame": len(frames), "at_ms": round(found[0] * 1000), "hash": found[1]})
        else:
            # No duration to spread the samples over: every 30th frame from the start.
            for count, frame in enumerate(container.decode(stream)):
                if count >= MAX_FALLBACK_FRAMES or len(frames) >= FRAMES:
                    break
                if count % 30 == 0:
                    at_ms = round(float(frame.time or 0) * 1000)
                    frames.append({"frame": len(frames), "at_ms": at_ms, "hash": _frame_hash(frame)})
        if not frames:
            raise ValueError("no video frame could be decoded")
        return frames


def _duration_s(container: Any, stream: Any) -> float:
    if stream.duration and stream.time_base:
        return float(stream.duration * stream.time_base)
    return float(container.duration or 0) / 1_000_000


class _Sampler:
    """The first frame at or after each target time, targets in increasing order. A target
    close ahead of the last frame decoded is reached by decoding on; a farther one by seeking
    to the keyframe before it and decoding from there, at most MAX_DECODED_PER_SAMPLE frames
    (a re-encoding has its keyframes elsewhere, so a keyframe itself would be a different
    frame in each copy)."""

    def __init__(self, container: Any, stream: Any) -> None:
        self.container, self.stream = container, stream
        base = stream.start_time * stream.time_base if stream.start_time and stream.time_base else 0
        self.start = float(base)
        self.frames: Any = None
        self.last_s: float | None = None

    def frame_at(self, target_s: float) -> tuple[float, str] | None:
        if self.frames is None or self.last_s is None or not 0 <= target_s - self.last_s <= SEEK_GAP_S:
            where = int((self.start + target_s) / self.stream.time_base)
            self.container.seek(where, stream=self.stream, backward=True, any_frame=False)
            self.frames = self.container.decode(self.stream)
        last = None
        for count, frame in enumerate(self.frames):
            last = frame
            self.last_s = float(frame.time or 0) - self.start
            if frame.time is None or self.last_s >= target_s or count >= MAX_DECODED_PER_SAMPLE:
                break
        if last is None:
            self.frames = None
            return None
        return float(last.time or 0) - self.start, _frame_hash(last)


def _frame_hash(frame: Any) -> str:
    width, height = int(frame.width), int(frame.height)
    scale = min(1.0, THUMB / max(width, height, 1))
    small = frame.reformat(width=max(1, round(width * scale)), height=max(1, round(height * scale)),
                           format="rgb24").to_image()  # fmt: skip
    rotation = getattr(frame, "rotation", 0) or 0
    if rotation:
        small = small.rotate(rotation, expand=True)
    return _phash(small)
