"""Anonymising one file: the one implementation behind ``evidence-vault anonymise`` and the
vault's anonymised derivatives.

A picture has its faces found, the person's corrections applied (boxes dropped by number,
boxes added), the faces redacted and the result re-encoded; a video the same over time,
with its soundtrack kept, removed or disguised; an audio file has its voice disguised.
Every output then goes through the sanitizer's own fail-closed read-out: anything it still
finds that could identify (a tag, a position, a device) refuses the file, and nothing is
kept.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import av

from ..media.source import BLOCK, Source
from ..sanitize import check, engine
from ..sanitize.common import SanitizeRefused
from .boxes import Box
from .common import AnonymiseError, Cancel, Progress

if TYPE_CHECKING:
    from .voice import Blank

PICTURES = ("jpeg", "png", "heif", "webp", "tiff")
AUDIO = ("mp3", "ogg", "flac", "wav")
CONTENT_TYPES = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png")}
VIDEO_OUT = ("video/mp4", ".mp4")
AUDIO_OUT = ("audio/mp4", ".m4a")


@dataclass(frozen=True)
class Request:
    """What a person asked for, after reviewing (or without review: detection as is).

    ``drop`` holds the numbers shown by ``review``: boxes of a picture, tracks of a video.
    ``voice``: disguise the voice (audio files, and the soundtrack of a video); otherwise a
    video's sound is kept or, with ``audio="remove"``, removed.
    """

    add: tuple[Box, ...] = ()
    drop: tuple[int, ...] = ()
    voice: bool = False
    audio: str = "keep"
    confirmed_by: str = ""
    blank: tuple[tuple[float, float, str], ...] = ()  # (start_s, end_s, "silence" | "tone")

    def check(self, kind: str, name: str) -> None:
        if self.audio not in ("keep", "remove"):
            raise AnonymiseError(name, f"audio {self.audio!r}: keep or remove")
        if kind == "picture" and any(b.first is not None for b in self.add):
            raise AnonymiseError(name, "a frame range (@FROM-TO) applies to videos, not pictures")
        if self.blank and not self.voice:
            raise AnonymiseError(name, "--silence and --tone replace parts of a disguised voice: add --voice")
        if kind == "audio" and (self.add or self.drop):
            raise AnonymiseError(name, "boxes apply to pictures and videos, not to audio")
        if kind == "audio" and not self.voice:
            raise AnonymiseError(
                name, "an audio file has no faces: use --voice to disguise the voice, or strip"
            )


@dataclass
class Review:
    """What detection found, numbered for the person: boxes of a picture or tracks of a video."""

    kind: str  # "picture", "video" or "audio"
    width: int = 0
    height: int = 0
    frames: int = 0
    found: list[dict[str, Any]] = field(default_factory=list)  # number, box (spec), score or frames
    model_sha256: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "width": self.width,
            "height": self.height,
            "frames": self.frames,
            "found": self.found,
            "model_sha256": self.model_sha256,
        }


@dataclass
class Done:
    """One anonymised output: its type and file suffix, and the record for custody."""

    kind: str
    content_type: str
    suffix: str
    record: dict[str, Any]


def kind_of(head: bytes, source: BinaryIO | Path, name: str) -> str:
    """ "picture", "video" or "audio" from the bytes; AnonymiseError for anything else."""
    detected = engine.detect(head)
    if detected in PICTURES:
        return "picture"
    if detected in AUDIO:
        return "audio"
    if detected == "mp4":
        return "video" if _has_video(source, name) else "audio"
    raise AnonymiseError(name, "only pictures, videos and audio can be anonymised; strip cleans other files")


def _has_video(source: BinaryIO | Path, name: str) -> bool:
    try:
        with av.open(source if isinstance(source, Path) else _rewound(source)) as container:
            return bool(container.streams.video)
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise AnonymiseError(name, f"cannot be read ({exc})") from None
    finally:
        if not isinstance(source, Path):
            source.seek(0)


def _rewound(stream: BinaryIO) -> BinaryIO:
    stream.seek(0)
    return stream


def review(source: BinaryIO | Path, kind: str, name: str, progress: Progress | None = None,
           cancel: Cancel | None = None) -> Review:  # fmt: skip
    """The boxes (picture) or tracks (video) found, numbered from 1; writes nothing."""
    # Imported on first use here and below: onnxruntime and Praat load only for the files
    # that need them, not for every command's start.
    from . import faces, photo, video

    if kind == "picture":
        picture = photo.load_picture(source, name)
        height, width = picture.rgb.shape[:2]
        found = [
            {"number": n, "box": b.spec(), "score": round(b.score or 0.0, 3)}
            for n, b in enumerate(photo.detect_photo(picture, name=name), 1)
        ]
        return Review(kind, width, height, 1, found, faces.model_sha256())
    if kind == "video":
        result = video.review_video(source, progress=progress, cancel=cancel, name=name)
        found = [
            {"number": n, "first": t.first, "last": t.last, "box": _track_extent(t).spec()}
            for n, t in enumerate(result.tracks, 1)
        ]
        return Review(kind, result.width, result.height, result.frames, found, result.model_sha256)
    return Review(kind)


def _track_extent(track: Any) -> Box:
    """The area a track ever covers (for the person to recognise it)."""
    boxes = list(track.boxes())
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes)
    return Box(x0, y0, x1 - x0, y1 - y0, None, track.first, track.last)


def anonymise(
    source: BinaryIO | Path,
    out: BinaryIO,
    kind: str,
    name: str,
    request: Request,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Done:
    """Write the anonymised file to ``out`` (writable, seekable, from its position) and
    return what was done. On any failure, a refusal by the read-out included, ``out`` is cut
    back to where it started and the error raised."""
    request.check(kind, name)
    start = out.tell()
    try:
        if kind == "picture":
            done = _picture(source, out, name, request)
        elif kind == "video":
            done = _video(source, out, name, request, progress, cancel)
        else:
            done = _audio(source, out, name, request, progress, cancel)
        _audit(out, start, done, name)
    except BaseException:
        out.seek(start)
        out.truncate()
        raise
    done.record["confirmed_by"] = request.confirmed_by
    return done


def _kept(found: list[Any], drop: tuple[int, ...], what: str, name: str) -> list[Any]:
    unknown = [n for n in drop if not 1 <= n <= len(found)]
    if unknown:
        raise AnonymiseError(
            name, f"there is no {what} {unknown[0]} to drop (found {len(found)}; --review lists them)"
        )
    return [item for n, item in enumerate(found, 1) if n not in drop]


def _picture(source: BinaryIO | Path, out: BinaryIO, name: str, request: Request) -> Done:
    from . import photo

    picture = photo.load_picture(source, name)
    detected = photo.detect_photo(picture, name=name)
    boxes = [*_kept(detected, request.drop, "box", name), *request.add]
    record = photo.redact_photo(picture, boxes, out, name=name)
    content_type, suffix = CONTENT_TYPES[record.format]
    return Done("picture", content_type, suffix, {**record.to_dict(), "dropped": list(request.drop)})


def _video(source: BinaryIO | Path, out: BinaryIO, name: str, request: Request,
           progress: Progress | None, cancel: Cancel | None) -> Done:  # fmt: skip
    from . import video

    settings = video.VideoSettings(audio="remove" if request.audio == "remove" else "keep")
    tracks = None
    if request.drop:
        found = video.review_video(source, settings, progress=progress, cancel=cancel, name=name)
        tracks = _kept(found.tracks, request.drop, "track", name)
        if not isinstance(source, Path):
            source.seek(0)
    hook, voice = _soundtrack(request)
    record = video.redact_video(
        source, out, settings, tracks=tracks, added=request.add, audio_hook=hook,
        progress=progress, cancel=cancel, name=name,
    )  # fmt: skip
    details = {**record.to_dict(), "dropped_tracks": list(request.drop)}
    if voice is not None:
        details["voice"] = voice
    return Done("video", *VIDEO_OUT, details)


def _soundtrack(request: Request) -> tuple[Callable[[Any], list[Any]] | None, dict[str, Any] | None]:
    """The voice disguise as the video writer's audio hook, with its settings drawn for
    this file (recorded in custody, never in the published file)."""
    if not request.voice or request.audio == "remove":
        return None, None
    from .voice import VoiceSettings
    from .voice_file import SoundtrackDisguiser

    settings = VoiceSettings(ranges=_blanks(request)).draw()
    disguiser = SoundtrackDisguiser(settings)

    def hook(frame: Any) -> list[Any]:
        return disguiser.flush() if frame is None else disguiser.process(frame)

    return hook, settings.to_record()


def _blanks(request: Request) -> tuple[Blank, ...]:
    return tuple((start, end, "tone" if kind == "tone" else "silence") for start, end, kind in request.blank)


def _audio(source: BinaryIO | Path, out: BinaryIO, name: str, request: Request,
           progress: Progress | None, cancel: Cancel | None) -> Done:  # fmt: skip
    from .voice import VoiceSettings
    from .voice_file import disguise_audio

    def seconds(done: float, total: float | None) -> None:
        if progress is not None:
            progress(int(done), None if total is None else int(total))

    settings = VoiceSettings(ranges=_blanks(request)).draw()
    record = disguise_audio(source, out, settings, progress=seconds, cancel=cancel)
    return Done("audio", *AUDIO_OUT, {"voice": record})


def _audit(out: BinaryIO, start: int, done: Done, name: str) -> None:
    """The sanitizer's read-out of what was written, fail-closed: the picture or film we
    encoded should carry nothing, and if the read-out finds anything, nothing is kept."""
    out.flush()
    size = out.seek(0, io.SEEK_END) - start

    def fetch(index: int) -> bytes:
        out.seek(start + index * BLOCK)
        return out.read(BLOCK)

    def read_at(offset: int, length: int) -> bytes:
        out.seek(start + offset)
        return out.read(length)

    readable = out.readable()
    if not readable:
        raise AnonymiseError(name, "the output must be readable for its check")
    result = check.read_out(Source(size, fetch))
    remaining = check.residual(result)
    if done.kind == "picture":
        remaining += check.raw_problems("jpeg" if done.suffix == ".jpg" else "png", read_at(0, size))
    else:
        remaining += check.mp4_problems(read_at, size)
    if remaining:
        raise SanitizeRefused(name, "identifying data remained after anonymising, so nothing was kept",
                              remaining)  # fmt: skip
    out.seek(start + size)
    done.record["metadata_check"] = "nothing identifying found by the read-out"
