"""What a person reviewed: detection's result, numbered, and its fingerprint.

A person drops a box (a picture) or a track (a video) by the number a review showed them.
That number means something only together with the detection it came from: when the copy is
made detection runs again, and if it finds anything else (another model file, other
settings, a changed input, floating-point differences), number N may be a real face. So a
review carries a fingerprint, the SHA-256 of the canonical JSON of everything in it: the
kind, the size, the frames, the numbered list found (for a video with every track's boxes,
frame by frame), the model's SHA-256 and the detection settings. ``one_file.anonymise``
carries out a drop only when its own fresh detection has the fingerprint the person
reviewed; anything else is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..crypto import canonical
from .boxes import Box

if TYPE_CHECKING:
    from .faces import DetectorSettings
    from .tracking import Track
    from .video import VideoReview

FULL = 64  # hex characters of a SHA-256
SHORTEST = 16  # the shortest prefix accepted for a fingerprint: 64 bits


@dataclass
class Review:
    """What detection found, numbered for the person: boxes of a picture or tracks of a video."""

    kind: str  # "picture", "video" or "audio"
    width: int = 0
    height: int = 0
    frames: int = 0
    found: list[dict[str, Any]] = field(default_factory=list)  # number, box (spec), score or frames
    model_sha256: str = ""
    settings: dict[str, Any] = field(default_factory=dict)  # what decides detection

    def content(self) -> dict[str, Any]:
        """Everything the fingerprint covers."""
        return {
            "kind": self.kind,
            "width": self.width,
            "height": self.height,
            "frames": self.frames,
            "found": self.found,
            "model_sha256": self.model_sha256,
            "settings": self.settings,
        }

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.content())

    def to_json(self) -> dict[str, Any]:
        return {**self.content(), "fingerprint": self.fingerprint}


def fingerprint(content: dict[str, Any]) -> str:
    """Hex SHA-256 of the canonical JSON of a review's content; a number (a score, a
    setting) enters as its shortest exact decimal text, as canonical JSON takes no floats."""
    return hashlib.sha256(canonical.encode(_decimal_text(content))).hexdigest()


def _decimal_text(value: Any) -> Any:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {key: _decimal_text(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_decimal_text(item) for item in value]
    return value


def picture_review(width: int, height: int, boxes: Sequence[Box], settings: DetectorSettings,
                   model_sha256: str) -> Review:  # fmt: skip
    """The review of a picture's detected ``boxes``, numbered from 1 in their order."""
    found = [
        {"number": n, "box": b.spec(), "score": round(b.score or 0.0, 3)} for n, b in enumerate(boxes, 1)
    ]
    return Review("picture", width, height, 1, found, model_sha256, {"detector": settings.to_dict()})


def video_review(result: VideoReview) -> Review:
    """The review of a video's tracks, numbered from 1 in their order."""
    found = [
        {
            "number": n,
            "first": t.first,
            "last": t.last,
            "box": _extent(t).spec(),
            "boxes_sha256": _boxes_sha256(t),
        }
        for n, t in enumerate(result.tracks, 1)
    ]
    settings = result.settings
    detection = {
        "detect_every": settings.detect_every,
        "hold_frames": settings.hold_frames,
        "detector": settings.detector.to_dict(),
    }
    return Review("video", result.width, result.height, result.frames, found, result.model_sha256, detection)


def _extent(track: Track) -> Box:
    """The area a track ever covers (for the person to recognise it)."""
    boxes = list(track.boxes())
    x0, y0 = min(b.x for b in boxes), min(b.y for b in boxes)
    x1, y1 = max(b.x + b.w for b in boxes), max(b.y + b.h for b in boxes)
    return Box(x0, y0, x1 - x0, y1 - y0, None, track.first, track.last)


def _boxes_sha256(track: Track) -> str:
    """SHA-256 over the track's box in every frame it covers (to a tenth of a pixel): what a
    drop leaves uncovered, beyond the extent and frames the person is shown."""
    digest = hashlib.sha256()
    for box in track.boxes():
        digest.update(f"{box.first}:{box.x:.1f},{box.y:.1f},{box.w:.1f},{box.h:.1f};".encode("ascii"))
    return digest.hexdigest()


def well_formed(reviewed: str) -> bool:
    """A fingerprint as a person may give it: 16 to 64 lowercase hex characters."""
    return SHORTEST <= len(reviewed) <= FULL and all(c in "0123456789abcdef" for c in reviewed)


def matches(reviewed: str, fresh: str) -> bool:
    """Whether a given fingerprint (or its prefix of at least 16 characters) is ``fresh``."""
    return well_formed(reviewed) and fresh.startswith(reviewed)
