"""Previews of still pictures: the picture decoded small, or its embedded EXIF thumbnail
(oriented like the picture, under its own limits), and the comparison of the two."""

from __future__ import annotations

import io

from PIL import Image, ImageOps

from .collect import Collector
from .model import FROM_PICTURE, FROM_THUMBNAIL, PREVIEW_SOURCE, THUMBNAIL_CHECK

THUMB_SIDE = 256


# -- Previews: the picture, or its embedded thumbnail ---------------------------------------
# An EXIF IFD1 thumbnail (about 160×120 in phone JPEGs) costs ~1 ms to decode; the picture
# costs ~50 ms even at 1/8 DCT scale. So the first preview of a JPEG is its thumbnail when
# that decodes cleanly within the limits below and has the picture's shape; the background
# check (check_preview) later replaces it with one decoded from the picture and compares
# the two. The thumbnail is as attacker-controlled as the rest of the file.
THUMB_MAX_BYTES = 1 << 20
THUMB_MAX_PIXELS = 1 << 20  # a "thumbnail" over 1024×1024 is not used as one
THUMB_MIN_SIDE = 16
SHAPE_TOLERANCE = 0.04  # relative difference of the width/height ratios
GRID = 16  # both pictures are compared as 16×16 grey grids
DIFF_MEAN = 12.0  # mean absolute difference of the grids (0-255) above which they differ
DIFF_CELL = 100  # or any one cell this far apart (something added or painted over)
DIFFERS_FIELD = "Embedded thumbnail differs from the picture"
DIFFERS_WHERE = "EXIF IFD1"
_TURN = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def orientation_of(image: Image.Image) -> int:
    try:
        value = image.getexif().get(0x0112, 1)
        return int(value) if int(value) in _TURN else 1
    except Exception:  # noqa: BLE001 - unreadable orientation: shown as stored
        return 1


def _same_shape(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ra, rb = a[0] / max(a[1], 1), b[0] / max(b[1], 1)
    return abs(ra - rb) <= SHAPE_TOLERANCE * max(ra, rb)


def _shown_size(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    return (size[1], size[0]) if orientation >= 5 else size


class Embedded:
    """The embedded thumbnail as it would be shown, and whether it can stand in for the picture."""

    def __init__(self, view: Image.Image | None, problem: str | None) -> None:
        self.view = view  # RGB, orientation applied; None when it could not be decoded
        self.problem = problem  # None: usable as the preview; else why not


def embedded_view(data: bytes, picture_size: tuple[int, int], orientation: int) -> Embedded:
    """Decode an embedded JPEG thumbnail under its own limits and orient it like the picture.

    A thumbnail stored already turned (its shape is the shown picture's) is taken as it is;
    one with the stored picture's shape gets the picture's EXIF orientation.
    """
    if len(data) > THUMB_MAX_BYTES:
        return Embedded(None, f"{len(data)} bytes, too large for a thumbnail")
    try:
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as thumb:
            width, height = thumb.size
            if min(width, height) < THUMB_MIN_SIDE or width * height > THUMB_MAX_PIXELS:
                return Embedded(None, f"{width}×{height} is not a thumbnail's size")
            thumb.load()
            view = thumb.convert("RGB")
    except Exception as exc:  # noqa: BLE001 - corrupt, truncated or not a JPEG: not used
        return Embedded(None, f"not decodable ({type(exc).__name__})")
    shown = _shown_size(picture_size, orientation)
    if _same_shape(view.size, picture_size) and orientation in _TURN:
        view = view.transpose(_TURN[orientation])
    if not _same_shape(view.size, shown):
        return Embedded(
            view,
            f"its shape ({view.width}×{view.height}) differs from the picture's "
            f"({shown[0]}×{shown[1]}): it may show what was cropped out",
        )
    return Embedded(view, None)


def _grid(image: Image.Image) -> bytes:
    return image.convert("L").resize((GRID, GRID), Image.Resampling.BOX).tobytes()


def compare(embedded: Embedded, picture: Image.Image) -> str | None:
    """Why the embedded thumbnail shows something other than ``picture`` (shown, small), or None."""
    if embedded.view is None:
        return None
    if embedded.problem is not None:
        return embedded.problem
    a, b = _grid(embedded.view), _grid(picture)
    diffs = [abs(x - y) for x, y in zip(a, b, strict=True)]
    mean, worst = sum(diffs) / len(diffs), max(diffs)
    if mean > DIFF_MEAN or worst > DIFF_CELL:
        return (
            f"it shows a different picture (mean difference {mean:.0f} of 255, up to {worst} in one "
            "part): the photo may have been edited or cropped after the thumbnail was made"
        )
    return None


def picture_view(image: Image.Image) -> Image.Image:
    """The picture decoded small (JPEG DCT scaling), orientation applied, at most THUMB_SIDE."""
    if image.format == "JPEG":
        image.draft("RGB", (THUMB_SIDE, THUMB_SIDE))  # DCT scaling: 1/8 of 12 MP still covers it
    shown = ImageOps.exif_transpose(image) or image
    if shown.mode not in ("RGB", "L"):
        shown = shown.convert("RGBA")
        flat = Image.new("RGB", shown.size, (255, 255, 255))
        flat.paste(shown, mask=shown.getchannel("A"))
        shown = flat
    shown = shown.convert("RGB")
    shown.thumbnail((THUMB_SIDE, THUMB_SIDE))
    return shown


def encode(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def thumbnail(image: Image.Image) -> bytes:
    """A JPEG at most THUMB_SIDE on a side, with EXIF orientation applied."""
    return encode(picture_view(image))


def record_check(col: Collector, embedded: Embedded | None, picture: Image.Image) -> None:
    """Compare the embedded thumbnail with the picture; a difference is a HIGH field."""
    if embedded is None:
        return
    if embedded.view is None:
        col.fact(THUMBNAIL_CHECK, "not decodable")
        return
    differs = compare(embedded, picture)
    col.fact(THUMBNAIL_CHECK, "differs" if differs else "matches")
    if differs:
        col.add(DIFFERS_FIELD, differs, DIFFERS_WHERE)


def add_preview(col: Collector, image: Image.Image) -> None:
    embedded = None
    if col.thumbnail is not None:
        embedded = embedded_view(col.thumbnail, image.size, orientation_of(image))
        if image.format == "JPEG" and embedded.view is not None and embedded.problem is None:
            view = embedded.view.copy()
            view.thumbnail((THUMB_SIDE, THUMB_SIDE))
            col.result.preview = encode(view)
            col.fact(PREVIEW_SOURCE, FROM_THUMBNAIL)  # checked later by check_preview
            return
    shown = picture_view(image)
    col.result.preview = encode(shown)
    col.fact(PREVIEW_SOURCE, FROM_PICTURE)
    record_check(col, embedded, shown)
