"""Audio and video through PyAV (FFmpeg): streams, codecs, duration, a frame, a waveform."""

from __future__ import annotations

import array
import io
import math
from typing import Any

import av
import av.logging
from PIL import Image, ImageDraw

from .collect import Collector
from .model import Risk
from .previews import THUMB_SIDE
from .source import Source

av.logging.set_level(None)  # FFmpeg's own log lines would only go to a closed stderr
WAVE_W, WAVE_H = 256, 96
MAX_FRAME_PIXELS = 40_000_000
FULL_DECODE_S = 120.0  # shorter audio is decoded whole for the waveform; longer is sampled


def read(col: Collector, source: Source, *, container_tags: bool, preview: bool) -> None:
    with av.open(source.file(), mode="r", options={"probesize": str(8 << 20)}) as container:
        col.fact("container", container.format.name)
        if container.duration:
            col.fact("duration_s", round(container.duration / 1_000_000, 3))
        if container_tags:
            for key, value in container.metadata.items():
                col.add(key, value, f"{container.format.name} container tags")
        codecs: list[str] = []
        for stream in container.streams:
            where = f"{container.format.name} stream {stream.index} ({stream.type})"
            name = (
                stream.codec_context.name
                if stream.codec_context is not None
                else getattr(stream, "codec_tag", "")
            )
            if stream.type == "video" and int(stream.disposition) & _ATTACHED_PIC:
                col.add("Embedded picture (cover)", f"stream {stream.index}, {name}", where, Risk.HIGH)
            elif stream.type in ("video", "audio"):
                codecs.append(f"{stream.type}:{name}")
                col.add(f"Stream {stream.index} codec", name, where)
                if stream.type == "video":
                    ctx: Any = stream.codec_context
                    col.fact("width", ctx.width or None)
                    col.fact("height", ctx.height or None)
                    if stream.average_rate:
                        col.add(
                            f"Stream {stream.index} frame rate", f"{float(stream.average_rate):.3f}", where
                        )
                else:
                    actx: Any = stream.codec_context
                    col.fact("sample_rate", actx.sample_rate or None)
                    col.fact("channels", actx.channels or None)
            else:
                codecs.append(f"{stream.type}:{name}")
                label = {"subtitle": "Subtitle track", "data": "Data track", "attachment": "Attachment"}
                col.add(
                    label.get(stream.type, f"{stream.type} stream"),
                    f"stream {stream.index}, {name}",
                    where,
                    Risk.HIGH,
                )
            for key, value in stream.metadata.items():
                if container_tags or key not in ("handler_name", "vendor_id", "creation_time", "language"):
                    col.add(key, value, where)
        col.fact("codecs", codecs)
        chapters = container.chapters()
        for chapter in chapters:
            title = chapter.get("metadata", {}).get("title")
            col.add("Chapter title", title, f"{container.format.name} chapters")
        if chapters:
            col.add("Chapters", f"{len(chapters)}", f"{container.format.name} chapters", Risk.HIGH)
        if preview:
            if real_video(container):
                col.result.preview = _frame(container)
            elif container.streams.audio:
                col.result.preview = _waveform(container)


_ATTACHED_PIC = 0x400  # AV_DISPOSITION_ATTACHED_PIC: cover art shown as a one-frame video stream


def real_video(container: Any) -> list[Any]:
    return [s for s in container.streams.video if not int(s.disposition) & _ATTACHED_PIC]


def _frame(container: Any) -> bytes | None:
    stream = real_video(container)[0]
    stream.codec_context.thread_count = 1
    ctx = stream.codec_context
    if (ctx.width or 0) * (ctx.height or 0) > MAX_FRAME_PIXELS:
        raise ValueError(f"video frame too large ({ctx.width}×{ctx.height})")
    if container.duration and container.duration > 3_000_000:
        # A second in: the first frame is often black.
        container.seek(1_000_000, any_frame=False, backward=True)
    for frame in container.decode(stream):
        image = frame.to_image()
        rotation = getattr(frame, "rotation", 0) or 0
        if rotation:
            image = image.rotate(rotation, expand=True)
        image.thumbnail((THUMB_SIDE, THUMB_SIDE))
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=80)
        return out.getvalue()
    return None


def _waveform(container: Any) -> bytes:
    """Peak level per column; long recordings are sampled by seeking instead of decoded whole."""
    stream = container.streams.audio[0]
    stream.codec_context.thread_count = 1
    duration = float(container.duration or 0) / 1_000_000
    peaks = [0.0] * WAVE_W
    resampler = av.AudioResampler(format="s16", layout="mono", rate=8000)

    def peak_of(frame: Any) -> float:
        level = 0
        for out in resampler.resample(frame):
            samples = array.array("h", bytes(out.planes[0])[: out.samples * 2])
            if samples:
                level = max(level, max(samples), -min(samples))
        return level / 32768

    if duration <= FULL_DECODE_S or duration <= 0:
        try:
            for frame in container.decode(stream):
                t = float(frame.time or 0)
                column = min(WAVE_W - 1, int(t / duration * WAVE_W)) if duration > 0 else 0
                peaks[column] = max(peaks[column], peak_of(frame))
        except av.error.FFmpegError:
            # Tags appended at the end (ID3v1, APE) often end decoding with an error.
            if not any(peaks):
                raise
    else:
        for column in range(WAVE_W):
            target = int(column * duration / WAVE_W * 1_000_000)
            container.seek(target, any_frame=True, backward=True)
            for frame in container.decode(stream):
                peaks[column] = peak_of(frame)
                break
    image = Image.new("RGB", (WAVE_W, WAVE_H), (246, 247, 249))
    draw = ImageDraw.Draw(image)
    middle = WAVE_H / 2
    for x, level in enumerate(peaks):
        level = 0.0 if math.isnan(level) else min(level, 1.0)
        half = max(1.0, level * (WAVE_H / 2 - 4))
        draw.line([(x, middle - half), (x, middle + half)], fill=(45, 108, 180))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()
