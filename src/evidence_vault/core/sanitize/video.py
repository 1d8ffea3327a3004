"""MP4, MOV, M4A, 3GP, Matroska and WebM: remux with PyAV into the same family, never re-encode.

Only the primary video stream and the primary audio stream are kept; every other track
(text, subtitles, timed metadata such as GPMF, mebx or camm, chapters, attachments, cover
art) is dropped. No container or stream metadata is copied, so the muxer writes zero
creation and modification times, and ``+bitexact`` keeps it from writing an encoder tag.
Packets are copied unchanged; a SHA-256 over them is returned so the result can be
checked against the output read back.

Each packet is hashed in worker threads while later packets are read and earlier ones written:
hashlib and FFmpeg's reads and writes all release the GIL, so hashing adds little wall time. Given file
paths (the standalone ``strip``), FFmpeg does its own file I/O instead of calling back into
Python for every read and write.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

import av
import av.error

from .common import Cleaned, Unsupported

MUXER_OPTIONS = {"fflags": "+bitexact"}
# Opening a file, FFmpeg decodes a little of each stream to learn its parameters; with a
# decoder thread per core, starting those threads was 40% of each open of a 1080p h264 MOV.
# Nothing here decodes, so the probe's decoders get one thread.
_PROBE = {"threads": "1"}
_HASHERS = 2  # hashing threads: hashlib releases the GIL
_WINDOW = 8  # packets read ahead while earlier ones are hashed


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


Media = BinaryIO | Path  # a file object, or a path FFmpeg opens itself


def _brand_format(inp: Media) -> str:
    if isinstance(inp, Path):
        with inp.open("rb") as handle:
            head = handle.read(64)
    else:
        inp.seek(0)
        head = inp.read(64)
        inp.seek(0)
    return muxer_for(head)


_M4A_BRANDS = (b"M4A ", b"M4B ", b"M4P ")
_EBML = b"\x1a\x45\xdf\xa3"


def muxer_for(head: bytes) -> str:
    """The FFmpeg muxer of the input's own family, from its first bytes (64 will do).

    A QuickTime file (brand ``qt  ``, or no ``ftyp`` at all as older QuickTime and many
    cameras write) stays a MOV, whatever codecs it holds (PCM cannot go into an MP4); an
    iTunes-style audio file (``M4A``/``M4B``/``M4P``) stays one (``ipod``); 3GPP stays 3GPP;
    anything else is an MP4. Matroska stays Matroska, WebM stays WebM (the EBML DocType)."""
    if head.startswith(_EBML):
        return "webm" if b"\x42\x82\x84webm" in head[:64] else "matroska"
    if head[4:8] != b"ftyp":
        return "mov"
    brand = head[8:12]
    if brand == b"qt  ":
        return "mov"
    if brand in _M4A_BRANDS:
        return "ipod"
    if brand.startswith(b"3g2"):
        return "3g2"
    if brand.startswith(b"3gp"):
        return "3gp"
    return "mp4"


_CONTENT_TYPES = {
    "mov": "video/quicktime",
    "ipod": "audio/mp4",
    "3gp": "video/3gpp",
    "3g2": "video/3gpp2",
    "matroska": "video/x-matroska",
    "webm": "video/webm",
}


def _opened(media: Media) -> Any:
    return str(media) if isinstance(media, Path) else media


def _digest(data: memoryview) -> bytes:
    return hashlib.sha256(data).digest()


def _hashed(packets: Iterator[Any], digests: list[list[bytes]], index: Callable[[Any], int]) -> Iterator[Any]:
    """Yield each packet once its SHA-256 is known, appending it to ``digests[index(packet)]``.

    Packets are hashed one by one in worker threads, several at once, while FFmpeg reads and
    writes; the caller may hand a yielded packet to the muxer, which empties it.
    """
    window: deque[tuple[Future[bytes], Any, int]] = deque()
    with ThreadPoolExecutor(_HASHERS, thread_name_prefix="packet-hash") as pool:
        for packet in packets:
            if packet.dts is None and packet.size == 0:
                continue  # end-of-stream marker from the demuxer
            window.append((pool.submit(_digest, memoryview(packet)), packet, index(packet)))
            while len(window) > _WINDOW or (window and window[0][0].done()):
                hashing, ready, stream = window.popleft()
                digests[stream].append(hashing.result())
                yield ready
        while window:
            hashing, ready, stream = window.popleft()
            digests[stream].append(hashing.result())
            yield ready


def remux(inp: Media, out: Media, *, digest: bool = True) -> Cleaned:
    """Copy the primary video and audio packets of ``inp`` into a clean container on ``out``.

    With ``digest`` (the default), ``Cleaned.packets`` is a digest of the packets copied, for
    ``packet_digest`` of the output to match; without it, ``same_packets`` compares the files."""
    muxer = _brand_format(inp)
    try:
        source = av.open(_opened(inp), "r", options=dict(_PROBE))
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise Unsupported(f"FFmpeg cannot read it ({exc})") from None
    removed: list[str] = []
    digests: list[list[bytes]] = []  # per kept stream, each packet's SHA-256
    try:
        video, audio = _primary(source)
        if muxer == "ipod" and video is not None:
            muxer = "mp4"  # an M4A brand with a picture track: an MP4 holds both
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
        sink = av.open(_opened(out), "w", format=muxer, options=dict(MUXER_OPTIONS))
        try:
            mapping = {}
            digests = [[] for _ in kept]
            order = {s.index: n for n, s in enumerate(kept)}
            for stream in kept:
                try:
                    clone = sink.add_stream_from_template(stream)
                except ValueError as exc:  # the muxer of the input's family cannot hold it
                    what = _describe(stream)
                    raise Unsupported(f"its {what} cannot be written as {muxer} ({exc})") from None
                clone.metadata.clear()
                mapping[stream.index] = clone
            packets = source.demux(kept)
            if digest:
                packets = _hashed(packets, digests, lambda p: order[p.stream.index])
            for packet in packets:
                if packet.dts is None and packet.size == 0:
                    continue  # end-of-stream marker from the demuxer
                packet.stream = mapping[packet.stream.index]
                sink.mux(packet)
        finally:
            sink.close()
    except av.error.FFmpegError as exc:
        raise Unsupported(f"FFmpeg could not copy its streams ({exc})") from None
    finally:
        source.close()
    removed.append("creation and modification times (set to zero)")
    content_type = _CONTENT_TYPES.get(muxer, "video/mp4" if video else "audio/mp4")
    if muxer in ("3gp", "3g2", "matroska", "webm") and video is None:
        content_type = content_type.replace("video/", "audio/")
    packets = _combine(digests) if digest else None
    return Cleaned(None, muxer, content_type, removed=removed, packets=packets)


def _combine(digests: list[list[bytes]]) -> str:
    """One SHA-256 over the streams, each the SHA-256 of its packets' SHA-256s in order."""
    return hashlib.sha256(b"".join(hashlib.sha256(b"".join(d)).digest() for d in digests)).hexdigest()


def packet_digest(inp: Media) -> tuple[str, list[str]]:
    """SHA-256 over every packet of a (clean) file, and a description of each stream in it."""
    try:
        with av.open(_opened(inp), "r", options=dict(_PROBE)) as container:
            streams = list(container.streams)
            digests: list[list[bytes]] = [[] for _ in streams]
            for _packet in _hashed(container.demux(streams), digests, lambda p: int(p.stream.index)):
                pass
            described = [_describe(s) for s in streams]
    except av.error.FFmpegError as exc:
        raise Unsupported(f"the cleaned file cannot be read back ({exc})") from None
    return _combine(digests), described


_MAX_AHEAD = 256 << 20  # bytes of one stream's packets held while looking for another's


def same_packets(original: Path, cleaned: Path) -> list[str]:
    """Compare the cleaned file's packets with the original's kept streams, byte for byte.

    Faster than hashing both sides when both are files FFmpeg can read again: the two are
    read side by side and compared in memory. Returns the differences found (none: same)."""
    try:
        with (
            av.open(str(original), "r", options=dict(_PROBE)) as source,
            av.open(str(cleaned), "r", options=dict(_PROBE)) as copy,
        ):
            kept = [s for s in _primary(source) if s is not None]
            if len(copy.streams) != len(kept):
                described = ", ".join(_describe(s) for s in copy.streams)
                return [f"{len(copy.streams)} streams remain: {described}"]
            order = {s.index: n for n, s in enumerate(kept)}
            waiting: list[deque[bytes]] = [deque() for _ in kept]
            held = 0
            originals = (p for p in source.demux(kept) if not (p.dts is None and p.size == 0))
            for packet in copy.demux(list(copy.streams)):
                if packet.dts is None and packet.size == 0:
                    continue
                stream = packet.stream.index
                while not waiting[stream]:
                    earlier = next(originals, None)
                    if earlier is None:
                        return ["the cleaned file has packets the original does not"]
                    waiting[order[earlier.stream.index]].append(bytes(earlier))
                    held += earlier.size
                    if held > _MAX_AHEAD:
                        return ["the cleaned file's streams are interleaved too differently to compare"]
                expected = waiting[stream].popleft()
                held -= len(expected)
                if bytes(packet) != expected:
                    return [f"packet {packet.pts} of stream {stream} differs from the original's"]
            if any(waiting) or next(originals, None) is not None:
                return ["the cleaned file lacks packets the original has"]
    except av.error.FFmpegError as exc:
        return [f"the cleaned file cannot be read back ({exc})"]
    return []
