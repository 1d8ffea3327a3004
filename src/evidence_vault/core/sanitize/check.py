"""The fail-closed check: the project's read-out, then a raw-byte walk that shares no code with it.

A cleaned file passes only if the read-out finds no HIGH or MEDIUM field (apart from the
few NEUTRAL ones below, whose values are the same in every cleaned file and so say nothing)
and reports no reader failure, and if the structure walk finds only the pieces the
sanitizer is allowed to keep.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from dataclasses import dataclass

from ..media.extract import analyse
from ..media.jpegscan import next_marker
from ..media.model import Analysis, Risk
from ..media.source import Source
from .common import PDF_STATIC_ID
from .jpeg import is_adobe_app14, minimal_exif
from .raster import PNG_KEEP, sanitize_gif


@dataclass(frozen=True)
class Neutral:
    field: re.Pattern[str]
    value: re.Pattern[str]
    why: str


def _n(field: str, value: str, why: str) -> Neutral:
    return Neutral(re.compile(field), re.compile(value), why)


NEUTRAL: tuple[Neutral, ...] = (
    _n(r"^(Creation|Modification)Time \((mvhd|tkhd|mdhd)", r"^not set$", "the time is zero: not recorded"),
    _n(
        r"^Track \d+ handler$",
        r"^(video \(VideoHandler\)|audio \(SoundHandler\))$",
        "FFmpeg's default handler name, the same in every remuxed file",
    ),
    _n(
        r"^encoder$",
        r"^Lavf$",
        "FFmpeg's bit-exact muxing-application name, the same in every remuxed Matroska",
    ),
    _n(r"^PDF version$", r"^\d\.\d+$", "the PDF format version, not a program's"),
    _n(r"^Document ID$", rf"^{PDF_STATIC_ID}$", "qpdf's fixed identifier, the same in every cleaned PDF"),
)

# Strings that mark a metadata block wherever they appear (at least 8 bytes: no false alarms in
# compressed data in practice).
_RAW_MARKERS = (
    b"<x:xmpmeta",
    b"http://ns.adobe.com/xap/1.0/",
    b"http://ns.adobe.com/xmp/extension/",
    b"Photoshop 3.0\x00",
    b"APETAGEX",
    b"LYRICSBEGIN",
    b"com.apple.quicktime",
)


def is_neutral(field: str, value: str) -> bool:
    return any(rule.field.search(field) and rule.value.search(value) for rule in NEUTRAL)


def residual(result: Analysis) -> list[str]:
    """HIGH/MEDIUM fields and reader failures left in a cleaned file's read-out."""
    left = [
        f"{f.field} = {f.value[:80]!r} [{f.location}]"
        for f in result.fields
        if f.risk in (Risk.HIGH, Risk.MEDIUM) and not is_neutral(f.field, f.value)
    ]
    left += [f"reader failed: {problem}" for problem in result.problems]
    if result.truncated:
        left.append("the read-out was cut short")
    return left


def read_out(source: Source) -> Analysis:
    # No C2PA reader here: every cleaned format's raw check below is a list of what may stay,
    # which no C2PA carrier is on (tests/provenance: c2pa itself finds nothing in the copies).
    return analyse(source, preview=False, provenance=False)


# -- raw-byte walks -----------------------------------------------------------------------
def raw_problems(kind: str, data: bytes) -> list[str]:
    """Pieces found by walking the bytes that a clean file of ``kind`` must not have."""
    if kind == "jpeg":
        # A JPEG's compressed picture data is copied unchanged from the original and is only
        # ever decoded as pixels, so the marker search covers everything but the scans.
        problems, outside = _raw_jpeg(data)
        return _marker_problems(outside) + problems
    walker = _WALKERS.get(kind)
    if walker is None:
        return [*_marker_problems(data), f"no raw check for {kind}"]
    return _marker_problems(data) + walker(data)


def _marker_problems(data: bytes) -> list[str]:
    return [f"marker {m!r} in the bytes" for m in _RAW_MARKERS if m in data]


def _raw_jpeg(data: bytes) -> tuple[list[str], bytes]:
    """Problems in a cleaned JPEG's segments, and its bytes outside the compressed scans."""
    problems: list[str] = []
    outside = bytearray(data[:2])
    pos = 2
    allowed_exif = {minimal_exif(n) for n in range(2, 9)}
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            return [*problems, f"no segment marker at offset {pos}"], bytes(outside + data[pos:])
        marker = data[pos + 1]
        if marker == 0xD9:
            if pos + 2 != len(data):
                problems.append("bytes after the end-of-image marker")
                outside += data[pos:]
            return problems, bytes(outside)
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        body = data[pos + 4 : pos + 2 + length]
        outside += data[pos : pos + 2 + length]
        pos += 2 + length
        if marker == 0xDA:
            found = next_marker(data, pos)
            pos = len(data) - 1 if found is None else found
            continue
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            ok = (
                (marker == 0xE0 and body.startswith(b"JFIF\x00") and len(body) == 14)
                or (marker == 0xEE and is_adobe_app14(body))
                or (marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00"))
                or (marker == 0xE1 and body in allowed_exif)
            )
            if not ok:
                problems.append(f"segment 0x{marker:02X} ({body[:12]!r})")
    outside += data[pos:]
    return [*problems, "no end-of-image marker"], bytes(outside)


def _raw_png(data: bytes) -> list[str]:
    problems, pos = [], 8
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind not in PNG_KEEP and kind != b"iCCP":
            problems.append(f"PNG chunk {kind!r}")
        pos += 12 + length
        if kind == b"IEND":
            break
    if pos != len(data):
        problems.append("bytes after IEND")
    return problems


def _riff_kinds(data: bytes) -> list[bytes]:
    kinds, pos = [], 12
    while pos + 8 <= len(data):
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        kinds.append(data[pos : pos + 4])
        pos += 8 + size + (size & 1)
    return kinds


def _raw_webp(data: bytes) -> list[str]:
    allowed = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
    return [f"WebP chunk {k!r}" for k in _riff_kinds(data) if k not in allowed]


def _raw_wav(data: bytes) -> list[str]:
    return [f"WAV chunk {k!r}" for k in _riff_kinds(data) if k not in (b"fmt ", b"data", b"fact")]


def _raw_gif(data: bytes) -> list[str]:
    return sanitize_gif(data).removed


def _raw_tiff(data: bytes) -> list[str]:
    import io

    from PIL import Image

    structural = {254, 256, 257, 258, 259, 262, 266, 273, 274, 277, 278, 279, 280, 281, 282, 283, 284}
    structural |= {286, 287, 290, 291, 296, 317, 318, 319, 320, 322, 323, 324, 325, 338, 339, 340, 341}
    structural |= {529, 530, 531, 532}
    problems = []
    with Image.open(io.BytesIO(data)) as image:
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            problems += [f"TIFF tag {tag}" for tag in image.tag_v2 if tag not in structural]
    return problems


def _raw_mp3(data: bytes) -> list[str]:
    problems = []
    if data.startswith(b"ID3"):
        problems.append("ID3v2 tag")
    if data[-128:-125] == b"TAG":
        problems.append("ID3v1 tag")
    if b"3DI" in data[-10:-7]:
        problems.append("appended ID3v2 tag")
    return problems


def _raw_flac(data: bytes) -> list[str]:
    problems, pos = [], 4
    while pos + 4 <= len(data):
        kind = data[pos] & 0x7F
        if kind not in (0, 3):
            problems.append(f"FLAC metadata block type {kind}")
        if data[pos] & 0x80:
            break
        pos += 4 + int.from_bytes(data[pos + 1 : pos + 4], "big")
    return problems


def _raw_ogg(data: bytes) -> list[str]:
    import io

    import mutagen

    handle = mutagen.File(io.BytesIO(data))
    tags = getattr(handle, "tags", None)
    if tags is None:
        return []
    return [f"Vorbis comment {k}" for k, _v in tags.items()] + (["vendor string"] if tags.vendor else [])


def _raw_pdf(data: bytes) -> list[str]:
    problems = [f"{data.count(b'%%EOF')} revisions"] if data.count(b"%%EOF") != 1 else []
    for token in (b"/JavaScript", b"/JS", b"/EmbeddedFile", b"/Metadata", b"/Info", b"/AcroForm", b"/AA"):
        if re.search(re.escape(token) + rb"[\s/<\[(]", data):
            problems.append(f"{token.decode()} in the file")
    return problems


def _raw_heif(data: bytes) -> list[str]:
    import io

    import pillow_heif

    heif = pillow_heif.open_heif(io.BytesIO(data))
    problems = []
    for image in heif:
        for key in ("exif", "xmp", "thumbnails"):
            if image.info.get(key):
                problems.append(f"HEIF {key}")
        if image.info.get("depth_images"):
            problems.append("HEIF depth map")
    # What libheif writes, and nothing beside it: a 'uuid' (C2PA, XMP) or any other box is refused.
    pos = 0
    while pos + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if size == 1:
            (size,) = struct.unpack(">Q", data[pos + 8 : pos + 16])
        if kind not in (b"ftyp", b"meta", b"mdat"):
            problems.append(f"HEIF top-level box {kind!r}")
        if size < 8:
            problems.append(f"HEIF box {kind!r} of size {size}")
            break
        pos += size
    if pos != len(data):
        problems.append("the HEIF boxes do not end where the file does")
    return problems


_MP4_FORBIDDEN = {
    b"keys", b"loci", b"\xa9xyz", b"uuid", b"tx3g", b"mebx", b"gpmd",
    b"camm", b"chpl", b"tref", b"XMP_", b"free", b"skip",
}  # fmt: skip
_MP4_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf"}


def mp4_problems(read_at: Callable[[int, int], bytes], size: int) -> list[str]:
    """Walk the box tree (moov only; media data is not looked into)."""
    problems: list[str] = []
    tracks = 0

    def walk(start: int, end: int, depth: int, parent: bytes = b"") -> None:
        nonlocal tracks
        pos = start
        while pos + 8 <= end and depth < 12:
            head = read_at(pos, 16)
            (box_size,) = struct.unpack(">I", head[:4])
            kind = head[4:8]
            header = 8
            if box_size == 1:
                (box_size,) = struct.unpack(">Q", head[8:16])
                header = 16
            elif box_size == 0:
                box_size = end - pos
            if box_size < header:
                problems.append(f"bad box size at {pos}")
                return
            if kind in _MP4_FORBIDDEN and depth > 0:
                problems.append(f"box {kind!r}")
            # FFmpeg's mp4 muxer writes an empty udta/meta(hdlr mdir, ilst): allowed only empty.
            if parent in (b"udta", b"meta") and kind not in (b"meta", b"hdlr", b"ilst"):
                problems.append(f"box {kind!r} in {parent!r}")
            if kind == b"ilst" and box_size > header:
                problems.append("iTunes-style tags (ilst)")
            if kind == b"udta":
                walk(pos + header, pos + box_size, depth + 1, kind)
            if kind == b"meta":
                walk(pos + header + 4, pos + box_size, depth + 1, kind)
            if kind in (b"mvhd", b"tkhd", b"mdhd"):
                body = read_at(pos + header, 20)
                version = body[0]
                times = struct.unpack(">QQ", body[4:20]) if version == 1 else struct.unpack(">II", body[4:12])
                if any(times):
                    problems.append(f"{kind.decode()} time not zero")
            if kind == b"hdlr":
                handler = read_at(pos + header + 8, 4)
                if handler not in (b"vide", b"soun", b"alis", b"url ", b"mdir", b""):
                    problems.append(f"handler {handler!r}")
            if kind == b"trak":
                tracks += 1
            if kind in _MP4_CONTAINERS:
                walk(pos + header, pos + box_size, depth + 1, kind)
            if depth == 0 and kind not in (b"ftyp", b"moov", b"mdat", b"wide", b"free"):
                problems.append(f"top-level box {kind!r}")
            pos += box_size

    walk(0, size, 0)
    if tracks > 2:
        problems.append(f"{tracks} tracks")
    return problems


# -- Matroska / WebM: an EBML walk ------------------------------------------------------------
_EBML_HEADER, _SEGMENT = 0x1A45DFA3, 0x18538067
_MKV_SKIPPED = {0x114D9B74, 0x1C53BB6B, 0x1F43B675, 0xEC, 0xBF}  # SeekHead, Cues, Cluster, Void, CRC-32
_MKV_INFO = {0x2AD7B1, 0x4489, 0x4D80, 0x5741, 0xEC, 0xBF}  # scale, duration, muxing/writing app
_MKV_APPS = {0x4D80, 0x5741}  # must read "Lavf": FFmpeg's bit-exact name, the same in every file
_MKV_NAMED = {
    0x1549A966: "Info",
    0x1654AE6B: "Tracks",
    0x1254C367: "Tags",
    0x1941A469: "attachments",
    0x1043A770: "chapters",
}


def _vint(read_at: Callable[[int, int], bytes], pos: int, keep_marker: bool) -> tuple[int, int, bool]:
    """An EBML variable-length integer at ``pos``: value, length, and whether it is 'unknown'."""
    first = read_at(pos, 1)
    if not first or first[0] == 0:
        raise ValueError(f"bad EBML number at {pos}")
    length = 9 - first[0].bit_length()
    raw = read_at(pos, length)
    if len(raw) < length:
        raise ValueError(f"EBML number cut short at {pos}")
    value = int.from_bytes(raw, "big")
    if not keep_marker:
        value &= (1 << (7 * length)) - 1
    unknown = not keep_marker and value == (1 << (7 * length)) - 1
    return value, length, unknown


def mkv_problems(read_at: Callable[[int, int], bytes], size: int) -> list[str]:
    """Walk a Matroska/WebM file's elements (cluster data is not looked into): only the EBML
    header and one Segment; in it no attachments, chapters, titles, dates or tags other than
    each track's DURATION; at most two tracks, none named."""
    problems: list[str] = []
    tracks = 0

    def children(start: int, end: int) -> list[tuple[int, int, int]]:
        found, pos = [], start
        while pos < end:
            element, id_len, _ = _vint(read_at, pos, True)
            length, size_len, unknown = _vint(read_at, pos + id_len, False)
            if unknown:
                raise ValueError(f"element 0x{element:X} of unknown size at {pos}")
            body = pos + id_len + size_len
            if body + length > end:
                raise ValueError(f"element 0x{element:X} at {pos} runs past its parent")
            found.append((element, body, body + length))
            pos = body + length
        return found

    try:
        top = children(0, size)
        if [e for e, _s, _e in top] != [_EBML_HEADER, _SEGMENT]:
            problems.append("not one EBML header and one Segment")
        for element, start, end in (c for e, s, x in top if e == _SEGMENT for c in children(s, x)):
            name = _MKV_NAMED.get(element, f"element 0x{element:X}")
            if element in _MKV_SKIPPED:
                continue
            if element == 0x1549A966:
                for child, s, x in children(start, end):
                    if child not in _MKV_INFO or (child in _MKV_APPS and read_at(s, x - s) != b"Lavf"):
                        problems.append(f"Matroska Info element 0x{child:X}")
            elif element == 0x1654AE6B:
                for entry, s, x in children(start, end):
                    tracks += entry == 0xAE
                    if entry == 0xAE and any(c == 0x536E for c, _s, _x in children(s, x)):
                        problems.append("a named track")
            elif element == 0x1254C367:
                problems += _mkv_tags(children, read_at, start, end)
            else:
                problems.append(f"Matroska {name}")
    except ValueError as exc:
        problems.append(f"the Matroska structure cannot be walked ({exc})")
    if tracks > 2:
        problems.append(f"{tracks} tracks")
    return problems


def _mkv_tags(
    children: Callable[[int, int], list[tuple[int, int, int]]],
    read_at: Callable[[int, int], bytes],
    start: int,
    end: int,
) -> list[str]:
    problems = []
    for tag, s, x in children(start, end):
        if tag in (0xBF, 0xEC):  # CRC-32, Void
            continue
        if tag != 0x7373:
            problems.append(f"Matroska Tags element 0x{tag:X}")
            continue
        for child, cs, cx in children(s, x):
            if child == 0x63C0:  # Targets
                continue
            names = [read_at(ns, nx - ns) for n, ns, nx in children(cs, cx) if n == 0x45A3]
            if child != 0x67C8 or names != [b"DURATION"]:
                problems.append(f"Matroska tag {names[0][:20]!r}" if names else f"Matroska tag 0x{child:X}")
    return problems


def container_problems(kind: str, read_at: Callable[[int, int], bytes], size: int) -> list[str]:
    """The structure walk of a remuxed file of ``kind`` (a muxer name)."""
    walker = mkv_problems if kind in ("matroska", "webm") else mp4_problems
    return walker(read_at, size)


def _raw_mkv(data: bytes) -> list[str]:
    return mkv_problems(lambda offset, length: data[offset : offset + length], len(data))


def _raw_mp4(data: bytes) -> list[str]:
    return mp4_problems(lambda offset, length: data[offset : offset + length], len(data))


_WALKERS: dict[str, Callable[[bytes], list[str]]] = {
    "png": _raw_png,
    "webp": _raw_webp,
    "wav": _raw_wav,
    "gif": _raw_gif,
    "tiff": _raw_tiff,
    "mp3": _raw_mp3,
    "flac": _raw_flac,
    "ogg": _raw_ogg,
    "pdf": _raw_pdf,
    "heif": _raw_heif,
    "mp4": _raw_mp4,
    "mov": _raw_mp4,
    "ipod": _raw_mp4,
    "3gp": _raw_mp4,
    "3g2": _raw_mp4,
    "matroska": _raw_mkv,
    "webm": _raw_mkv,
}
