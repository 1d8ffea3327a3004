"""Choose the sanitizer by the bytes, run it, and check the result fail-closed.

Shared by the vault (derivatives) and the standalone ``strip`` command.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..media.extract import kind_of
from ..media.model import Analysis
from ..media.source import BLOCK, Source
from . import check, jpeg, raster
from .common import Cleaned, SanitizeRefused, Unsupported

MAX_IN_MEMORY = 512 << 20  # images, audio and PDF are cleaned in memory up to this size
STREAMED = ("mp4", "matroska")


@dataclass
class Outcome:
    """A verified clean result. ``removed`` names each field the read-out no longer finds,
    then each place the sanitizer cut; ``data`` is None when the output was streamed."""

    data: bytes | None
    kind: str
    content_type: str
    removed: list[str] = field(default_factory=list)
    reencoded: bool = False
    packets: str | None = None


def detect(head: bytes) -> str:
    """The sanitizer for a file, from its first bytes (at least 4 KiB when available)."""
    kind = kind_of(head)
    if kind == "audio":
        if head.startswith(b"fLaC") or (head.startswith(b"ID3") and b"fLaC" in head[:4096]):
            return "flac"
        if head.startswith(b"OggS"):
            return "ogg"
        return "mp3"
    return kind


def _source_of(stream: BinaryIO, size: int) -> Source:
    def fetch(index: int) -> bytes:
        stream.seek(index * BLOCK)
        return stream.read(BLOCK)

    return Source(size, fetch)


def _removed_fields(before: Analysis, after: Analysis) -> list[str]:
    left = {(f.field, f.location) for f in after.fields}
    return list(
        dict.fromkeys(f"{f.field} [{f.location}]" for f in before.fields if (f.field, f.location) not in left)
    )


def _verify(name: str, kind: str, source: Source, raw: list[str]) -> Analysis:
    after = check.read_out(source)
    remaining = check.residual(after) + raw
    if remaining:
        raise SanitizeRefused(name, "risky data remained after cleaning, so nothing was kept", remaining)
    return after


def _cleaner(kind: str, *, heic_to: str, flatten_pdf: bool) -> Callable[[bytes], Cleaned] | None:
    """The in-memory cleaner for ``kind``. Audio, PDF and HEIF cleaners are imported on first
    use, so cleaning photos never loads mutagen, pikepdf or libheif."""
    simple: dict[str, Callable[[bytes], Cleaned]] = {
        "jpeg": jpeg.sanitize,
        "png": raster.sanitize_png,
        "webp": raster.sanitize_webp,
        "gif": raster.sanitize_gif,
        "tiff": raster.sanitize_tiff,
    }
    if kind in simple:
        return simple[kind]
    if kind in ("wav", "mp3", "flac", "ogg"):
        from . import audio

        cleaners = {
            "wav": audio.sanitize_wav,
            "mp3": audio.sanitize_mp3,
            "flac": audio.sanitize_flac,
            "ogg": audio.sanitize_ogg,
        }
        return cleaners[kind]
    if kind == "pdf":
        from . import pdf

        return lambda data: pdf.sanitize(data, flatten=flatten_pdf)
    if kind == "heif":
        from . import heif

        return lambda data: heif.sanitize(data, to=heic_to)
    return None


def sanitize_bytes_detailed(
    data: bytes, name: str, *, heic_to: str = "jpeg", flatten_pdf: bool = False
) -> Outcome:
    kind = detect(data[:4096])
    if kind in STREAMED:
        out = io.BytesIO()
        outcome = sanitize_stream(_source_of(io.BytesIO(data), len(data)), out, name)
        outcome.data = out.getvalue()
        return outcome
    cleaner = _cleaner(kind, heic_to=heic_to, flatten_pdf=flatten_pdf)
    if cleaner is None:
        raise SanitizeRefused(name, f"its format ({kind}) is not one this program can clean")
    before = check.read_out(Source.of(data))
    try:
        cleaned = cleaner(data)
    except Unsupported as exc:
        raise SanitizeRefused(name, str(exc)) from None
    except (ValueError, OSError, RuntimeError, KeyError, IndexError) as exc:  # library failures
        raise SanitizeRefused(name, f"cleaning failed ({type(exc).__name__}: {exc})") from None
    assert cleaned.data is not None
    out_kind = detect(cleaned.data[:4096])
    try:
        raw = check.raw_problems(out_kind, cleaned.data)
    except Exception as exc:  # noqa: BLE001 - a check that cannot run is a failed check
        raw = [f"the raw check failed ({type(exc).__name__}: {exc})"]
    after = _verify(name, out_kind, Source.of(cleaned.data), raw)
    removed = _removed_fields(before, after) + cleaned.removed
    return Outcome(cleaned.data, out_kind, cleaned.content_type, removed, cleaned.reencoded)


def sanitize_bytes(
    data: bytes,
    content_type: str = "",
    *,
    heic_to: str = "jpeg",
    flatten_pdf: bool = False,
    name: str = "file",
) -> tuple[bytes, list[str], bool]:
    """Clean ``data`` (the format is taken from the bytes; ``content_type`` is only a hint)
    and check it. Returns the clean bytes, what was removed, and whether pixels were re-encoded.
    Raises SanitizeRefused when the result is not provably clean."""
    del content_type  # the bytes decide, never a label
    outcome = sanitize_bytes_detailed(data, name, heic_to=heic_to, flatten_pdf=flatten_pdf)
    assert outcome.data is not None
    return outcome.data, outcome.removed, outcome.reencoded


def sanitize_stream(source: Source, out: BinaryIO, name: str) -> Outcome:
    """Remux a video/M4A from ``source`` into ``out`` (readable, writable, seekable), then
    read ``out`` back and check it. ``out`` must be discarded by the caller on refusal."""
    from . import video  # PyAV: loaded only for video and MP4 audio

    before = _streamed_read_out(source, name)
    try:
        cleaned = video.remux(source.file(), out)
    except Unsupported as exc:
        raise SanitizeRefused(name, str(exc)) from None
    out.seek(0, io.SEEK_END)
    written = _source_of(out, out.tell())
    out.seek(0)
    # The original is in the vault: its packets were hashed while copied, so that it is not
    # decrypted a second time; the output's packets read back must give the same digest.
    try:
        digest, streams = video.packet_digest(written.file())
    except Unsupported as exc:
        raise SanitizeRefused(name, str(exc)) from None
    problems = [] if digest == cleaned.packets else ["the copied packets differ from the original's"]
    if len(streams) > 2:
        problems.append(f"{len(streams)} streams remain: {', '.join(streams)}")
    return _checked_remux(name, before, cleaned, written, problems)


def sanitize_file(inp: Path, out: Path, name: str) -> Outcome:
    """Remux the video or MP4 audio file ``inp`` into the new file ``out``, FFmpeg reading
    and writing both itself (the standalone ``strip``), then read ``out`` back, check it and
    compare every packet with the original's, byte for byte. The caller deletes ``out`` on
    refusal.

    The original's read-out runs while FFmpeg copies the streams, and the packet comparison
    while the copy is read out: FFmpeg lets go of the interpreter while it reads and writes,
    so on two cores the checks cost little more than the copy."""
    from . import video

    with inp.open("rb") as handle:
        _streamed_kind(handle.read(4096), name)
    from concurrent.futures import ThreadPoolExecutor  # only files cleaned as streams need it

    with ThreadPoolExecutor(1, thread_name_prefix="strip-check") as pool:
        before = pool.submit(_file_read_out, inp)
        try:
            cleaned = video.remux(inp, out, digest=False)
        except Unsupported as exc:
            raise SanitizeRefused(name, str(exc)) from None
        compared = pool.submit(video.same_packets, inp, out)
        with out.open("rb") as handle:
            written = _source_of(handle, os.fstat(handle.fileno()).st_size)
            raw = check.container_problems(cleaned.kind, written.read_at, written.size)
            after = _verify(name, cleaned.kind, written, raw + compared.result())
        return _remux_outcome(before.result(), cleaned, after)


def _file_read_out(path: Path) -> Analysis:
    with path.open("rb") as handle:
        return check.read_out(_source_of(handle, os.fstat(handle.fileno()).st_size))


def _streamed_kind(head: bytes, name: str) -> str:
    kind = detect(head)
    if kind not in STREAMED:
        raise SanitizeRefused(name, f"its format ({kind}) is not a video, MP4 audio or Matroska file")
    return kind


def _streamed_read_out(source: Source, name: str) -> Analysis:
    _streamed_kind(source.head(4096), name)
    return check.read_out(source)


def _checked_remux(
    name: str, before: Analysis, cleaned: Cleaned, written: Source, problems: list[str]
) -> Outcome:
    """The fail-closed check of a remux's output: the box walk, the packets, the read-out."""
    raw = check.container_problems(cleaned.kind, written.read_at, written.size) + problems
    return _remux_outcome(before, cleaned, _verify(name, cleaned.kind, written, raw))


def _remux_outcome(before: Analysis, cleaned: Cleaned, after: Analysis) -> Outcome:
    removed = _removed_fields(before, after) + cleaned.removed
    removed = [
        r
        for r in removed
        if not r.startswith("container tag ") or ("brand" not in r and "minor_version" not in r)
    ]
    return Outcome(None, cleaned.kind, cleaned.content_type, removed, False, cleaned.packets)
