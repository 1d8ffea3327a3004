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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import av

from ..media.source import BLOCK, Source
from ..sanitize import check, engine
from ..sanitize.common import SanitizeRefused
from .boxes import Box
from .common import AnonymiseError, Cancel, Progress
from .reviewed import Review, matches, picture_review, video_review, well_formed

if TYPE_CHECKING:
    from . import photo
    from .voice import Blank

PICTURES = ("jpeg", "png", "heif", "webp", "tiff")
AUDIO = ("mp3", "ogg", "flac", "wav")
CONTENT_TYPES = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png")}
VIDEO_OUT = ("video/mp4", ".mp4")
AUDIO_OUT = ("audio/mp4", ".m4a")


@dataclass(frozen=True)
class Request:
    """What a person asked for, after reviewing (or without review: detection as is).

    ``drop`` holds the numbers shown by ``review``: boxes of a picture, tracks of a video;
    ``reviewed`` the fingerprint of that review (``Review.fingerprint``, or a prefix of at
    least 16 hex characters). A drop needs it: the copy is made only if detection, run
    again, finds exactly what was reviewed (see reviewed.py). Given without a drop, it is
    checked all the same (a face the review showed covered must not go missing).
    ``voice``: disguise the voice (audio files, and the soundtrack of a video); otherwise a
    video's sound is kept or, with ``audio="remove"``, removed.
    """

    add: tuple[Box, ...] = ()
    drop: tuple[int, ...] = ()
    voice: bool = False
    audio: str = "keep"
    confirmed_by: str = ""
    blank: tuple[tuple[float, float, str], ...] = ()  # (start_s, end_s, "silence" | "tone")
    reviewed: str = ""

    def check(self, kind: str, name: str) -> None:
        if self.audio not in ("keep", "remove"):
            raise AnonymiseError(name, f"audio {self.audio!r}: keep or remove")
        if kind == "picture" and any(b.first is not None for b in self.add):
            raise AnonymiseError(name, "a frame range (@FROM-TO) applies to videos, not pictures")
        if self.blank and not self.voice:
            raise AnonymiseError(name, "--silence and --tone replace parts of a disguised voice: add --voice")
        if kind == "audio" and (self.add or self.drop or self.reviewed):
            raise AnonymiseError(name, "boxes apply to pictures and videos, not to audio")
        if self.drop and not self.reviewed:
            raise AnonymiseError(
                name, "a box is dropped by the number its review showed: give that review's fingerprint "
                "(--reviewed, printed by --review)",
            )  # fmt: skip
        if self.reviewed and not well_formed(self.reviewed):
            raise AnonymiseError(name, "the reviewed fingerprint must be 16 to 64 hexadecimal characters")
        if kind == "audio" and not self.voice:
            raise AnonymiseError(
                name, "an audio file has no faces: use --voice to disguise the voice, or strip"
            )


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
    from . import photo, video

    if kind == "picture":
        return picture_found(photo.load_picture(source, name), name)[1]
    if kind == "video":
        return video_review(video.review_video(source, progress=progress, cancel=cancel, name=name))
    return Review(kind)


def picture_found(picture: photo.Picture, name: str) -> tuple[list[Box], Review]:
    """The faces detection finds in a picture, and their review (numbered, fingerprinted):
    the one detection behind ``review``, ``anonymise`` and the vault's review step."""
    from . import faces, photo

    settings = faces.DetectorSettings()
    boxes = photo.detect_photo(picture, settings, name=name)
    height, width = picture.rgb.shape[:2]
    return boxes, picture_review(width, height, boxes, settings, faces.model_sha256())


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


def _verified(fresh: Review, request: Request, name: str) -> str:
    """The fingerprint of the fresh detection, if it is the one the person reviewed (none was
    given: ""); otherwise the copy is refused, since a number they dropped may now be a face."""
    if not request.reviewed:
        return ""
    if not matches(request.reviewed, fresh.fingerprint):
        raise AnonymiseError(
            name,
            f"detection found something other than what was reviewed (fingerprint {fresh.fingerprint[:16]}, "
            f"reviewed {request.reviewed[:16]}); review it again (--review) before dropping boxes",
        )
    return fresh.fingerprint


def _picture(source: BinaryIO | Path, out: BinaryIO, name: str, request: Request) -> Done:
    from . import photo

    picture = photo.load_picture(source, name)
    detected, fresh = picture_found(picture, name)
    reviewed = _verified(fresh, request, name)
    boxes = [*_kept(detected, request.drop, "box", name), *request.add]
    record = photo.redact_photo(picture, boxes, out, name=name)
    content_type, suffix = CONTENT_TYPES[record.format]
    details = {**record.to_dict(), "dropped": list(request.drop)}
    if reviewed:
        details["reviewed_detection"] = reviewed
    return Done("picture", content_type, suffix, details)


def _video(source: BinaryIO | Path, out: BinaryIO, name: str, request: Request,
           progress: Progress | None, cancel: Cancel | None) -> Done:  # fmt: skip
    from . import video

    settings = video.VideoSettings(audio="remove" if request.audio == "remove" else "keep")
    tracks, reviewed = None, ""
    if request.drop or request.reviewed:
        # The tracks reviewed, found again and covered exactly (no second detection while
        # writing that could differ from them).
        found = video.review_video(source, settings, progress=progress, cancel=cancel, name=name)
        reviewed = _verified(video_review(found), request, name)
        tracks = _kept(found.tracks, request.drop, "track", name)
        if not isinstance(source, Path):
            source.seek(0)
    hook, voice = _soundtrack(request)
    record = video.redact_video(
        source, out, settings, tracks=tracks, added=request.add, audio_hook=hook,
        progress=progress, cancel=cancel, name=name,
    )  # fmt: skip
    details = {**record.to_dict(), "dropped_tracks": list(request.drop)}
    if reviewed:
        details["reviewed_detection"] = reviewed
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
