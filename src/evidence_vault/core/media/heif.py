"""HEIC/HEIF through pillow-heif: EXIF and XMP items, thumbnails, depth and auxiliary images."""

from __future__ import annotations

from typing import Any

import pillow_heif

from . import xmp
from .collect import Collector
from .images import read_exif, read_icc
from .previews import thumbnail
from .source import Source

pillow_heif.register_heif_opener()


def read(col: Collector, source: Source, preview: bool) -> None:
    heif: Any = pillow_heif.open_heif(source.file(), convert_hdr_to_8bit=True)
    col.fact("format", "HEIF")
    col.fact("images", len(heif))
    primary = heif.primary_index if hasattr(heif, "primary_index") else 0
    for index, image in enumerate(heif):
        where = f"HEIF image item {index}" + (" (primary)" if index == primary else "")
        if index == primary:
            col.fact("width", image.size[0])
            col.fact("height", image.size[1])
        else:
            col.add("Further image", f"{image.size[0]}×{image.size[1]}", where)
        info = image.info
        if info.get("exif"):
            with col.guard("HEIF EXIF"):
                read_exif(col, bytes(info["exif"]), f"{where} EXIF item")
        if info.get("xmp"):
            fields, problems = xmp.parse(bytes(info["xmp"]), f"{where} XMP item")
            for item in fields:
                col.add_field(item)
            for text in problems:
                col.problem(text)
        for block in info.get("metadata", []) or []:
            col.add(
                f"Metadata item ({block.get('type', '?')})", f"{len(block.get('data', b''))} bytes", where
            )
        for thumb in info.get("thumbnails", []) or []:
            col.add("Embedded thumbnail", f"HEIF thumbnail item {thumb}", where)
        for depth in info.get("depth_images", []) or []:
            col.add("Depth map (auxiliary image)", str(getattr(depth, "size", depth)), where)
        for urn, ids in dict(info.get("aux", {}) or {}).items():
            col.add("Auxiliary image", f"{urn}: {len(ids)} images", where)
        if info.get("icc_profile"):
            with col.guard("ICC profile"):
                read_icc(col, bytes(info["icc_profile"]), f"{where} ICC profile")
    if preview:
        from PIL import Image

        with Image.open(source.file()) as pil:
            col.result.preview = thumbnail(pil)
