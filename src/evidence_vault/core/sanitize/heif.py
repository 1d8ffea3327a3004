"""HEIC/HEIF: decode the primary image and re-encode it (JPEG by default, or HEIC) with no
EXIF, XMP, thumbnails, depth maps or auxiliary images. The pixels change: the report says so.

Re-encoding is the reliable cleaner here: metadata, thumbnails and depth maps are separate
items in the file, and no maintained library rewrites a HEIF container item by item.
"""

from __future__ import annotations

import io
from typing import Any

import pillow_heif
from PIL import Image

from .common import Cleaned, Unsupported

JPEG_QUALITY = 92
HEIC_QUALITY = 90


def sanitize(data: bytes, *, to: str = "jpeg") -> Cleaned:
    if to not in ("jpeg", "heic"):
        raise Unsupported(f"cannot re-encode HEIC to {to!r} (choose jpeg or heic)")
    try:
        heif = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
        primary = heif.primary_image if hasattr(heif, "primary_image") else heif[heif.primary_index]
        image = primary.to_pillow()
    except (ValueError, RuntimeError, OSError) as exc:
        raise Unsupported(f"the HEIF image cannot be decoded ({exc})") from None
    removed = ["EXIF item", "XMP item"] if primary.info.get("exif") or primary.info.get("xmp") else []
    thumbs: Any = primary.info.get("thumbnails") or []
    removed += [f"{len(thumbs)} thumbnails"] if thumbs else []
    depth = getattr(primary, "depth_images", [])
    removed += [f"{len(depth)} depth maps"] if depth else []
    if len(heif) > 1:
        removed.append(f"{len(heif) - 1} other images in the file")
    pixels = Image.frombytes(image.mode, image.size, image.tobytes())  # no info, no EXIF carried over
    if pixels.mode not in ("RGB", "L"):
        pixels = pixels.convert("RGB")
    out = io.BytesIO()
    if to == "jpeg":
        pixels.save(out, "JPEG", quality=JPEG_QUALITY)
        kind, content_type = "jpeg", "image/jpeg"
    else:
        pillow_heif.from_pillow(pixels).save(out, quality=HEIC_QUALITY, save_nclx_profile=False)
        kind, content_type = "heif", "image/heic"
    removed.append("pixels were re-encoded")
    return Cleaned(out.getvalue(), kind, content_type, removed=removed, reencoded=True)
