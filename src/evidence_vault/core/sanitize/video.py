"""MP4, MOV and M4A: remux with PyAV, never re-encode.

Only the primary video stream and the primary audio stream are kept; every other track
(text, subtitles, timed metadata such as GPMF, mebx or camm, chapters, attachments, cover
art) is dropped. No container or stream metadata is copied, so the muxer writes zero
creation and modification times, and ``+bitexact`` keeps it from writing an encoder tag.
Packets are copied unchanged; a SHA-256 over them is returned so the result can be
checked against the output read back.
"""

from __future__ import annotations

import hashlib
from typing import Any, BinaryIO

import av
import av.error

from .common import Cleaned, Unsupported

MUXER_OPTIONS = {"fflags": "+bitexact"}


def _primary(container: Any) -> tuple[Any | None, Any | None]:
    video = audio = None
    for stream in container.streams:
        attached = bool(stream.disposition & av.stream.Disposition.attached_pic)
        if stream.type == "video" and video is None and not attached:
            video = stream
        elif stream.type == "audio" and audio is None:
            audio = stream
    return video, audio


def _describe(stream: Any) -> str:
    name = stream.codec_context.name if getattr(stream, "codec_context", None) else stream.type
    attached = stream.type == "video" and bool(stream.disposition & av.stream.Disposition.attached_pic)
    what = "cover picture" if attached else f"{stream.type} track"
    return f"{what} {stream.index} ({name})"


def _brand_format(inp: BinaryIO) -> str:
    inp.seek(0)
    head = inp.read(12)
    inp.seek(0)
    return "mov" if head[8:12] == b"qt  " else "mp4"


def remux(inp: BinaryIO, out: BinaryIO) -> Cleaned:
    """Copy the primary video and audio packets of ``inp`` into a clean container on ``out``."""
    muxer = _brand_format(inp)
    try:
        source = av.open(inp, "r")
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise Unsupported(f"FFmpeg cannot read it ({exc})") from None
    removed: list[str] = []
    hashes: list[Any] = []
    try:
        video, audio = _primary(source)
        kept = [s for s in (video, audio) if s is not None]
        if not kept:
            raise Unsupported("it has no video or audio stream")
        removed += [_describe(s) for s in source.streams if s not in kept]
        removed += [f"container tag {key}" for key in source.metadata]
        for stream in kept:
            removed += [f"stream {stream.index} tag {key}" for key in stream.metadata]
        if getattr(source, "chapters", None):
            try:
                chapters = source.chapters()
            except (TypeError, AttributeError):
                chapters = []
            if chapters:
                removed.append(f"{len(chapters)} chapters")
        sink = av.open(out, "w", format=muxer, options=dict(MUXER_OPTIONS))
        try:
            mapping = {}
            hashes = [hashlib.sha256() for _ in kept]
            order = {s.index: n for n, s in enumerate(kept)}
            for stream in kept:
                clone = sink.add_stream_from_template(stream)
                clone.metadata.clear()
                mapping[stream.index] = clone
            for packet in source.demux(kept):
                if packet.dts is None and packet.size == 0:
                    continue  # end-of-stream marker from the demuxer
                hashes[order[packet.stream.index]].update(bytes(packet))
                packet.stream = mapping[packet.stream.index]
                sink.mux(packet)
        finally:
            sink.close()
    except av.error.FFmpegError as exc:
        raise Unsupported(f"FFmpeg could not copy its streams ({exc})") from None
    finally:
        source.close()
    removed.append("creation and modification times (set to zero)")
    content_type = "video/quicktime" if muxer == "mov" else ("video/mp4" if video else "audio/mp4")
    packets = _combine(hashes)
    return Cleaned(None, muxer, content_type, removed=removed, packets=packets)


def _combine(hashes: list[Any]) -> str:
    return hashlib.sha256(b"".join(h.digest() for h in hashes)).hexdigest()


def packet_digest(inp: BinaryIO) -> tuple[str, list[str]]:
    """SHA-256 over every packet of a (clean) file, and a description of each stream in it."""
    try:
        with av.open(inp, "r") as container:
            streams = list(container.streams)
            hashes = [hashlib.sha256() for _ in streams]
            for packet in container.demux(streams):
                if packet.dts is None and packet.size == 0:
                    continue
                hashes[packet.stream.index].update(bytes(packet))
            described = [_describe(s) for s in streams]
    except av.error.FFmpegError as exc:
        raise Unsupported(f"the cleaned file cannot be read back ({exc})") from None
    return _combine(hashes), described
