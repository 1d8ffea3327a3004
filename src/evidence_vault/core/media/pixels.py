"""Decoding a picture to plain RGBA, in the analysis child only.

The vault process (the app, the CLI) never hands file bytes to a native image decoder: a
crash in one (Qt's TIFF plugin segfaulted on an ordinary Pillow-written TIFF) would end
the app, and the thumbnail asked for again at every unlock would lock the owner out. The
child decodes here, under its limits, and answers with width, height and raw RGBA bytes,
which the GUI only wraps (building a QImage from raw pixels parses nothing).
"""

from __future__ import annotations

import contextlib
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError

from .images import MAX_PIXELS

MAX_SIDE = 4096  # the full viewer's bound; thumbnails ask for far less
_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        with contextlib.suppress(ImportError):
            import pillow_heif

            pillow_heif.register_heif_opener()
        _heif_registered = True


def decode_rgba(file: BinaryIO, max_side: int) -> tuple[int, int, bytes]:
    """The first frame, EXIF orientation applied, at most ``max_side`` on its long side,
    as (width, height, RGBA bytes). Raises on anything Pillow cannot decode."""
    max_side = max(1, min(int(max_side), MAX_SIDE))
    _register_heif()
    try:
        opened = Image.open(file)
    except UnidentifiedImageError:
        # Its own message names the file object, which says nothing to the owner.
        raise ValueError("not a picture it can read") from None
    with opened as image:
        if image.width * image.height > MAX_PIXELS:
            raise ValueError(f"{image.width}×{image.height} pixels is more than is decoded")
        if image.format == "JPEG":
            image.draft("RGB", (max_side, max_side))  # DCT scaling: decode no larger than needed
        image.load()
        shown = ImageOps.exif_transpose(image) or image
        rgba = shown.convert("RGBA")
        rgba.thumbnail((max_side, max_side))
        return rgba.width, rgba.height, rgba.tobytes()
