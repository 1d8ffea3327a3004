"""PNG, WebP and GIF by chunk/block surgery (image data copied as is); TIFF rewritten by Pillow.

PNG, WebP and GIF are walked by hand: Pillow re-compresses on save and keeps no record of
which chunks it dropped, while the compressed picture data can simply be copied. TIFF has
its metadata in the same IFDs as its strip offsets, so it is rebuilt by Pillow from the
decoded pixels with no tags but the ones the picture needs, and the pixels are compared.
"""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from .common import Cleaned, Unsupported
from .jpeg import icc_is_stock, stock_srgb

_PNG_SIG = b"\x89PNG\r\n\x1a\n"
PNG_KEEP = {
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs",
    b"bKGD", b"cICP", b"acTL", b"fcTL", b"fdAT", b"mDCV", b"cLLI",
}  # fmt: skip


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def sanitize_png(data: bytes) -> Cleaned:
    if not data.startswith(_PNG_SIG):
        raise Unsupported("not a PNG")
    out, removed = bytearray(_PNG_SIG), []
    pos, end, saw_end = 8, len(data), False
    while pos + 8 <= end:
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if len(body) != length or pos + 12 + length > end:
            raise Unsupported(f"PNG chunk {kind!r} is cut short")
        pos += 12 + length
        if kind in PNG_KEEP:
            out += _png_chunk(kind, body)  # fresh CRC over the same bytes
        elif kind == b"iCCP":
            name_end = body.find(b"\x00")
            try:
                profile = zlib.decompress(body[name_end + 2 :]) if name_end > 0 else b""
            except zlib.error:
                profile = b""
            if not icc_is_stock(profile) or body[:name_end] != b"ICC Profile":
                removed.append("ICC profile name or descriptive text (iCCP, replaced by stock sRGB)")
                if not icc_is_stock(profile):
                    profile = stock_srgb()
            out += _png_chunk(b"iCCP", b"ICC Profile\x00\x00" + zlib.compress(profile, 9))
        else:
            removed.append(f"{kind.decode('latin-1')} chunk")
        if kind == b"IEND":
            saw_end = True
            break
    if not saw_end:
        raise Unsupported("the PNG has no IEND chunk")
    if pos < end:
        removed.append(f"data after IEND ({end - pos} bytes)")
    return Cleaned(bytes(out), "png", "image/png", removed=list(dict.fromkeys(removed)))


def sanitize_webp(data: bytes) -> Cleaned:
    if not (data.startswith(b"RIFF") and data[8:12] == b"WEBP"):
        raise Unsupported("not a WebP")
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = min(len(data), 8 + riff_size)
    body, removed = bytearray(b"WEBP"), []
    pos = 12
    while pos + 8 <= end:
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        chunk = data[pos + 8 : pos + 8 + size]
        if len(chunk) != size:
            raise Unsupported(f"WebP chunk {kind!r} is cut short")
        pos += 8 + size + (size & 1)
        if kind == b"VP8X" and size >= 10:
            chunk = bytes([chunk[0] & ~0x0C]) + chunk[1:]  # clear the EXIF (0x08) and XMP (0x04) flags
        elif kind == b"ICCP" and not icc_is_stock(chunk):
            removed.append("ICC profile with descriptive text (ICCP, replaced by stock sRGB)")
            chunk = stock_srgb()
        elif kind not in (b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"):
            removed.append(f"{kind.decode('latin-1').strip()} chunk")
            continue
        body += kind + struct.pack("<I", len(chunk)) + chunk + (b"\x00" if len(chunk) & 1 else b"")
    if len(data) > end:
        removed.append(f"data after the RIFF chunk ({len(data) - end} bytes)")
    out = b"RIFF" + struct.pack("<I", len(body)) + bytes(body)
    return Cleaned(out, "webp", "image/webp", removed=list(dict.fromkeys(removed)))


def _gif_sub_blocks(data: bytes, pos: int) -> int:
    """Offset after a chain of GIF data sub-blocks starting at ``pos``."""
    while True:
        if pos >= len(data):
            raise Unsupported("GIF data is cut short")
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos


def sanitize_gif(data: bytes) -> Cleaned:
    if not data.startswith((b"GIF87a", b"GIF89a")) or len(data) < 13:
        raise Unsupported("not a GIF")
    flags = data[10]
    pos = 13 + (3 * (2 ** ((flags & 7) + 1)) if flags & 0x80 else 0)
    out, removed = bytearray(data[:pos]), []
    while True:
        if pos >= len(data):
            raise Unsupported("the GIF has no trailer")
        block = data[pos]
        if block == 0x3B:
            out.append(0x3B)
            pos += 1
            break
        if block == 0x2C:  # image descriptor, optional local colour table, LZW data
            if pos + 10 > len(data):
                raise Unsupported("GIF image descriptor is cut short")
            local = data[pos + 9]
            start = pos
            pos += 10 + (3 * (2 ** ((local & 7) + 1)) if local & 0x80 else 0) + 1
            pos = _gif_sub_blocks(data, pos)
            out += data[start:pos]
        elif block == 0x21:
            label = data[pos + 1] if pos + 1 < len(data) else -1
            start = pos
            end = _gif_sub_blocks(data, pos + 2)
            app = data[pos + 3 : pos + 14] if label == 0xFF else b""
            if label == 0xF9 or (label == 0xFF and app in (b"NETSCAPE2.0", b"ANIMEXTS1.0")):
                out += data[start:end]
            else:
                names = {0xFE: "comment extension", 0x01: "plain text extension"}
                removed.append(
                    f"application extension {app.decode('latin-1', 'replace')!r}"
                    if label == 0xFF
                    else names.get(label, f"extension 0x{label:02X}")
                )
            pos = end
        else:
            raise Unsupported(f"unknown GIF block 0x{block:02X}")
    if pos < len(data):
        removed.append(f"data after the GIF trailer ({len(data) - pos} bytes)")
    return Cleaned(bytes(out), "gif", "image/gif", removed=list(dict.fromkeys(removed)))


_LOSSLESS_TIFF = {"raw", "tiff_lzw", "tiff_adobe_deflate", "tiff_deflate", "packbits", "group4", "group3"}


def sanitize_tiff(data: bytes) -> Cleaned:
    frames: list[Image.Image] = []
    with Image.open(io.BytesIO(data)) as image:
        compression = str(image.info.get("compression", "raw"))
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            frame = image.copy()
            frame.info = {}
            frames.append(frame)
    if compression not in _LOSSLESS_TIFF:
        compression = "tiff_lzw"
    out = io.BytesIO()
    frames[0].save(out, "TIFF", compression=compression, save_all=len(frames) > 1, append_images=frames[1:])
    cleaned = out.getvalue()
    with Image.open(io.BytesIO(cleaned)) as again:
        for index, frame in enumerate(frames):
            again.seek(index)
            if again.tobytes() != frame.tobytes() or again.mode != frame.mode:
                raise Unsupported("rewriting the TIFF would change its pixels")
    return Cleaned(
        cleaned,
        "tiff",
        "image/tiff",
        removed=["every TIFF tag but the picture's structure (rewritten with identical pixels)"],
    )
