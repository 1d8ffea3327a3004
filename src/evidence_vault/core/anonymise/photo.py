"""One picture: detect faces for review, then write a redacted copy with no metadata.

``detect_photo`` returns the boxes a person reviews (adding and dropping boxes);
``redact_photo`` applies the reviewed list and re-encodes: JPEG quality 90 for JPEG and HEIC
inputs, PNG for PNG (and other lossless inputs). Nothing of the original's metadata (EXIF,
XMP, ICC, comments, thumbnails) is written; EXIF orientation is applied to the pixels first.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from .boxes import Box
from .common import AnonymiseError
from .faces import RGB, DetectorSettings, FaceDetector, model_sha256
from .redact import RedactSettings, redact_all

JPEG_QUALITY = 90
_MAX_PIXELS = 200_000_000  # a decompression bomb is refused, not decoded


@dataclass
class Picture:
    """A decoded picture: RGB pixels (orientation applied) and the format to write back."""

    rgb: RGB
    format: str  # "JPEG" or "PNG"


@dataclass
class PhotoRecord:
    """What was done, for the custody record: JSON-able through ``to_dict``."""

    model_sha256: str
    detector: DetectorSettings
    redaction: RedactSettings
    boxes: list[Box]
    width: int
    height: int
    format: str
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": "centerface",
            "model_sha256": self.model_sha256,
            "detector": self.detector.to_dict(),
            "redaction": self.redaction.to_dict(),
            "boxes": [box.to_dict() for box in self.boxes],
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "notes": list(self.notes),
        }


def load_picture(source: bytes | BinaryIO | Path | str, name: str = "picture") -> Picture:
    """Decode through Pillow (HEIC through pillow-heif) with EXIF orientation applied.

    Raises AnonymiseError naming ``name`` for anything that is not a readable picture.
    """
    try:
        if isinstance(source, (str, Path)):
            data: bytes | BinaryIO = Path(source).read_bytes()
        else:
            data = source
        stream = io.BytesIO(data) if isinstance(data, bytes) else data
        with Image.open(stream) as image:
            if image.width * image.height > _MAX_PIXELS:
                raise AnonymiseError(name, f"the picture is too large ({image.width}x{image.height})")
            kind = (image.format or "").upper()
            if kind in ("HEIF", "HEIC", "AVIF") or kind == "":
                _register_heif()
            image.load()
            upright = ImageOps.exif_transpose(image)
            rgb = np.array(upright.convert("RGB"), dtype=np.uint8)
    except UnidentifiedImageError:
        try:
            return _load_heif(source, name)
        except AnonymiseError:
            raise AnonymiseError(name, "not a picture this program can read") from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise AnonymiseError(name, f"the picture is damaged or unreadable ({error})") from None
    return Picture(rgb, "JPEG" if kind in ("JPEG", "MPO", "HEIF", "HEIC", "AVIF", "WEBP") else "PNG")


def _register_heif() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _load_heif(source: bytes | BinaryIO | Path | str, name: str) -> Picture:
    """A second try after registering the HEIF opener (Pillow does not know HEIC by itself)."""
    _register_heif()
    if not isinstance(source, (bytes, str, Path)):
        source.seek(0)
    try:
        data = Path(source).read_bytes() if isinstance(source, (str, Path)) else source
        stream = io.BytesIO(data) if isinstance(data, bytes) else data
        with Image.open(stream) as image:
            image.load()
            rgb = np.array(ImageOps.exif_transpose(image).convert("RGB"), dtype=np.uint8)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise AnonymiseError(name, f"not a picture this program can read ({error})") from None
    return Picture(rgb, "JPEG")


def _picture(source: Picture | RGB | bytes | BinaryIO | Path | str, name: str) -> Picture:
    if isinstance(source, Picture):
        return source
    if isinstance(source, np.ndarray):
        if source.ndim != 3 or source.shape[2] != 3 or source.dtype != np.uint8:
            raise AnonymiseError(name, f"expected RGB uint8 pixels, got {source.dtype} {source.shape}")
        return Picture(source, "PNG")
    return load_picture(source, name)


def detect_photo(
    source: Picture | RGB | bytes | BinaryIO | Path | str,
    settings: DetectorSettings | None = None,
    *,
    detector: FaceDetector | None = None,
    name: str = "picture",
) -> list[Box]:
    """The faces found, for a person to review before ``redact_photo``."""
    picture = _picture(source, name)
    detector = detector or FaceDetector(settings)
    return detector.detect(picture.rgb)


def redact_photo(
    source: Picture | RGB | bytes | BinaryIO | Path | str,
    boxes: Sequence[Box],
    out: BinaryIO,
    *,
    detector_settings: DetectorSettings | None = None,
    redaction: RedactSettings | None = None,
    name: str = "picture",
    rng: np.random.Generator | None = None,
) -> PhotoRecord:
    """Write the picture with every box redacted to ``out``; return the record.

    ``boxes`` is the reviewed list (detected boxes kept plus added ones). The bytes are
    encoded in memory and written in one call, so a failure writes nothing.
    """
    picture = _picture(source, name)
    redaction = redaction or RedactSettings()
    rgb = picture.rgb.copy()
    redact_all(rgb, boxes, redaction, rng)
    buffer = io.BytesIO()
    image = Image.fromarray(rgb, "RGB")
    if picture.format == "JPEG":
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        image.save(buffer, "PNG", optimize=False)
    out.write(buffer.getvalue())
    height, width = rgb.shape[:2]
    return PhotoRecord(
        model_sha256(),
        detector_settings or DetectorSettings(),
        redaction,
        list(boxes),
        width,
        height,
        picture.format,
    )
