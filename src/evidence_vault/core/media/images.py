"""Still images: EXIF (ExifRead), Pillow facts, and the JPEG/PNG/RIFF places libraries skip."""

from __future__ import annotations

import io
import logging
import re
import struct
import zlib
from typing import Any, BinaryIO

import exifread
from PIL import Image, ImageCms, ImageOps

from . import xmp
from .collect import Collector
from .model import FROM_PICTURE, FROM_THUMBNAIL, PREVIEW_SOURCE, THUMBNAIL_CHECK, Analysis
from .source import Source

logging.getLogger("exifread").setLevel(logging.CRITICAL)

MAX_PIXELS = 120_000_000  # larger declared sizes are refused (decompression bombs)
MAX_WHOLE = 256 << 20  # JPEG/PNG/WebP are walked whole up to this size
MAX_INFLATE = 8 << 20  # compressed PNG text is inflated to at most this much
THUMB_SIDE = 256
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
_POINTERS = {
    "ApplicationNotes",  # TIFF tag 700 is XMP, read as such elsewhere
    "ExifOffset",
    "GPSInfo",
    "InteroperabilityOffset",
    "JPEGInterchangeFormat",
    "JPEGInterchangeFormatLength",
}
_GROUPS = {
    "Image": "EXIF IFD0",
    "Thumbnail": "EXIF IFD1 (thumbnail)",
    "EXIF": "EXIF Exif IFD",
    "GPS": "EXIF GPS IFD",
    "Interoperability": "EXIF Interop IFD",
    "MakerNote": "EXIF maker note",
}


# -- EXIF ----------------------------------------------------------------------------
def _ifd_chain_ok(tiff: bytes) -> str | None:
    """Reason to refuse the TIFF/EXIF block, or None.

    Checked by hand because ExifRead follows the IFD chain with no loop detection:
    an IFD whose 'next' points back makes it loop forever.
    """
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return "not a TIFF/EXIF header"
    order = "<" if tiff[:2] == b"II" else ">"
    offset = struct.unpack(order + "I", tiff[4:8])[0]
    seen: set[int] = set()
    while offset:
        if offset in seen:
            return "the EXIF IFD chain loops back on itself"
        if len(seen) >= 64:
            return "more than 64 IFDs in the EXIF chain"
        if offset + 2 > len(tiff):
            return None  # truncated: ExifRead reports what it can
        seen.add(offset)
        count = struct.unpack(order + "H", tiff[offset : offset + 2])[0]
        end = offset + 2 + 12 * count
        if end + 4 > len(tiff):
            return None
        offset = struct.unpack(order + "I", tiff[end : end + 4])[0]
    return None


def _ratio(value: Any) -> float:
    return float(value.num) / float(value.den) if hasattr(value, "num") else float(value)


def _dms(tag: Any) -> float | None:
    values = list(getattr(tag, "values", []) or [])
    if len(values) < 3 or any(getattr(v, "den", 1) == 0 for v in values[:3]):
        return None
    d, m, s = (_ratio(v) for v in values[:3])
    return d + m / 60 + s / 3600


def exif_date(text: str, offset: str | None = None) -> str | None:
    """'2008:10:22 16:28:39' (+ '+02:00') as ISO 8601; None if it is not a date."""
    match = re.match(r"^\s*(\d{4})[:\-](\d\d)[:\-](\d\d)[ T](\d\d):(\d\d):(\d\d)", text)
    if not match or match.group(1) == "0000":
        return None
    y, mo, d, h, mi, s = match.groups()
    zone = offset.strip() if offset and re.match(r"^[+-]\d\d:\d\d$", offset.strip()) else ""
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"


def read_exif(col: Collector, tiff_or_file: bytes | BinaryIO, where: str) -> None:
    """EXIF from a TIFF block (bytes) or from a whole TIFF/JPEG file object, every IFD."""
    if isinstance(tiff_or_file, bytes):
        # EXIF blocks come with or without an "Exif\0\0" (or HEIF offset) prefix.
        starts = [
            i for i in (tiff_or_file.find(b"MM\x00*", 0, 16), tiff_or_file.find(b"II*\x00", 0, 16)) if i >= 0
        ]
        tiff = tiff_or_file[min(starts) :] if starts else tiff_or_file
        refused = _ifd_chain_ok(tiff)
        if refused:
            col.problem(f"{where}: {refused}")
            col.add("EXIF block", f"{len(tiff)} bytes, not read: {refused}", where)
            return
        handle: Any = io.BytesIO(tiff)
    else:
        handle = tiff_or_file
    tags = exifread.process_file(handle, details=True, extract_thumbnail=True, strict=False)
    values: dict[str, Any] = {}
    for key, tag in tags.items():
        if key == "JPEGThumbnail":
            _embedded_thumbnail(col, bytes(tag), f"{where}: EXIF IFD1")
            continue
        if key == "TIFFThumbnail":
            col.add("Embedded thumbnail", f"TIFF, {len(tag)} bytes", f"{where}: EXIF IFD1")
            continue
        group, _, name = key.partition(" ")
        if name in _POINTERS:
            continue
        location = f"{where}: {_GROUPS.get(group, 'EXIF ' + group)}"
        values[key] = tag
        if name == "MakerNote":
            raw = list(getattr(tag, "values", []) or [])
            col.add("MakerNote", f"{len(raw)} bytes of camera-maker data", location)
            continue
        col.add(name.replace(" ", ""), getattr(tag, "printable", tag), location)
    lat, lon = _dms(values.get("GPS GPSLatitude")), _dms(values.get("GPS GPSLongitude"))
    if lat is not None and lon is not None:
        if str(values.get("GPS GPSLatitudeRef", "N")).strip().upper().startswith("S"):
            lat = -lat
        if str(values.get("GPS GPSLongitudeRef", "E")).strip().upper().startswith("W"):
            lon = -lon
        col.position(lat, lon)
    for date_key, zone_key in (
        ("EXIF DateTimeOriginal", "EXIF OffsetTimeOriginal"),
        ("EXIF DateTimeDigitized", "EXIF OffsetTimeDigitized"),
        ("Image DateTime", "EXIF OffsetTime"),
    ):
        if date_key in values:
            zone = values.get(zone_key)
            col.capture_time(exif_date(str(values[date_key]), str(zone) if zone else None))
    orientation = values.get("Image Orientation")
    if orientation is not None:
        col.fact("orientation", str(orientation))


def _embedded_thumbnail(col: Collector, data: bytes, where: str) -> None:
    text = f"JPEG, {len(data)} bytes"
    try:
        with Image.open(io.BytesIO(data)) as thumb:
            text += f", {thumb.width}×{thumb.height}"
    except Exception:  # noqa: BLE001 - a broken thumbnail is still reported as present
        text += ", not decodable"
    col.add("Embedded thumbnail", text, where)
    if col.thumbnail is None:
        col.thumbnail = data


# -- ICC and IPTC ------------------------------------------------------------------------
def read_icc(col: Collector, data: bytes, where: str) -> None:
    profile = ImageCms.ImageCmsProfile(io.BytesIO(data)).profile
    for name, value in (
        ("ICCProfileDescription", profile.profile_description),
        ("ICCDeviceManufacturer", profile.manufacturer),
        ("ICCDeviceModel", profile.model),
        ("ICCCopyright", profile.copyright),
        ("ICCColourSpace", profile.xcolor_space),
    ):
        if value and str(value).strip():
            col.add(name, str(value).strip(), where)


_IPTC = {
    5: "ObjectName (title)",
    25: "Keywords",
    40: "SpecialInstructions",
    55: "DateCreated",
    60: "TimeCreated",
    62: "DigitalCreationDate",
    63: "DigitalCreationTime",
    65: "OriginatingProgram",
    70: "ProgramVersion",
    80: "By-line (author)",
    85: "By-lineTitle",
    90: "City",
    92: "Sub-location",
    95: "Province-State",
    100: "Country code",
    101: "Country",
    103: "OriginalTransmissionReference (identifier)",
    105: "Headline",
    110: "Credit",
    115: "Source",
    116: "CopyrightNotice",
    118: "Contact",
    120: "Caption-Abstract",
    122: "Writer-Editor",
}


def read_photoshop(col: Collector, data: bytes, where: str) -> None:
    """Photoshop image resources (APP13): 8BIM blocks; 0x0404 is IPTC-IIM, 0x040C a thumbnail."""
    pos = 0
    while pos + 12 <= len(data) and data[pos : pos + 4] == b"8BIM":
        rid = int.from_bytes(data[pos + 4 : pos + 6], "big")
        name_len = data[pos + 6]
        pos += 6 + 1 + name_len + ((1 + name_len) % 2)
        size = int.from_bytes(data[pos : pos + 4], "big")
        body = data[pos + 4 : pos + 4 + size]
        pos += 4 + size + (size % 2)
        if rid == 0x0404:
            _read_iim(col, body, f"{where}: IPTC-IIM")
        elif rid in (0x0409, 0x040C):
            col.add("Embedded thumbnail", f"Photoshop thumbnail, {len(body)} bytes", where)
        elif rid == 0x0424:
            packet_fields, problems = xmp.parse(body, f"{where}: XMP")
            for item in packet_fields:
                col.add_field(item)
            for text in problems:
                col.problem(text)


def _read_iim(col: Collector, data: bytes, where: str) -> None:
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, dataset = data[pos + 1], data[pos + 2]
        size = int.from_bytes(data[pos + 3 : pos + 5], "big")
        pos += 5
        if size & 0x8000:  # extended length: the next (size & 0x7fff) bytes hold it
            count = size & 0x7FFF
            size = int.from_bytes(data[pos : pos + count], "big") if count <= 4 else len(data)
            pos += count
        value = data[pos : pos + size]
        pos += size
        if record == 2 and dataset != 0:
            name = _IPTC.get(dataset, f"IPTC 2:{dataset}")
            col.add(name, value.decode("utf-8", errors="replace"), where)


# -- JPEG --------------------------------------------------------------------------------
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def read_jpeg(col: Collector, data: bytes) -> None:
    """Walk JPEG segments by hand: libraries expose APP1 EXIF but not COM, the other APPn,
    MPF, extended XMP or the bytes after the end-of-image marker."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG (no start-of-image marker)")
    pos, icc, extended, exif_done = 2, bytearray(), [], False
    eoi = -1
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            found = _MARKER.search(data, pos)
            if not found:
                break
            pos = found.start()
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xD9:
            eoi = pos + 2
            break
        if marker == 0xD8 or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if length < 2:
            raise ValueError(f"corrupt JPEG segment length at byte {pos}")
        body = data[pos + 4 : pos + 2 + length]
        where = f"JPEG APP{marker - 0xE0}" if 0xE0 <= marker <= 0xEF else "JPEG"
        if marker == 0xE1 and body.startswith(b"Exif\x00") and not exif_done:
            exif_done = True
            with col.guard("EXIF"):
                read_exif(col, bytes(body), "JPEG APP1")
        elif marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
            fields, problems = xmp.parse(body[29:], "JPEG APP1 XMP")
            for item in fields:
                col.add_field(item)
            for text in problems:
                col.problem(text)
        elif marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xmp/extension/\x00"):
            extended.append(bytes(body[35:]))
        elif marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00"):
            icc += body[14:]
        elif marker == 0xE2 and body.startswith(b"MPF\x00"):
            col.add(
                "Multi-picture (MPF) index", f"{len(body)} bytes: further images follow the main one", where
            )
        elif marker == 0xED and body.startswith(b"Photoshop 3.0\x00"):
            with col.guard("IPTC"):
                read_photoshop(col, bytes(body[14:]), "JPEG APP13")
        elif marker == 0xE0 and body.startswith(b"JFXX\x00"):
            col.add("Embedded thumbnail", f"JFIF extension thumbnail, {len(body)} bytes", where)
        elif marker == 0xE0 and body.startswith(b"JFIF\x00") and len(body) >= 14:
            col.add("JFIFVersion", f"{body[5]}.{body[6]:02d}", where)
            if body[12] and body[13]:
                col.add("Embedded thumbnail", f"JFIF thumbnail {body[12]}×{body[13]}", where)
        elif 0xE0 <= marker <= 0xEF:
            label = bytes(body[:24]).split(b"\x00", 1)[0].decode("latin-1", errors="replace")
            col.add(f"APP{marker - 0xE0} segment", f"{label or 'unlabelled'}, {len(body)} bytes", where)
        elif marker == 0xFE:
            col.add("JPEG comment", bytes(body), "JPEG COM")
        elif marker in _SOF and len(body) >= 5:
            col.fact("height", int.from_bytes(body[1:3], "big"))
            col.fact("width", int.from_bytes(body[3:5], "big"))
        pos += 2 + length
        if marker == 0xDA:  # entropy-coded data follows: jump to the next real marker
            found = _MARKER.search(data, pos)
            if not found:
                break
            pos = found.start()
    if icc:
        with col.guard("ICC profile"):
            read_icc(col, bytes(icc), "JPEG APP2 ICC profile")
    for guid, packet in xmp.reassemble_extended(extended).items():
        fields, problems = xmp.parse(packet, f"JPEG APP1 extended XMP {guid[:8]}")
        for item in fields:
            col.add_field(item)
        for text in problems:
            col.problem(text)
    if eoi < 0:
        col.problem("JPEG: no end-of-image marker (truncated file)")
    elif eoi < len(data):
        _trailer(col, data[eoi:], "JPEG after end-of-image marker")


def _trailer(col: Collector, rest: bytes, where: str) -> None:
    if not rest.strip(b"\x00\xff \r\n"):
        return
    kind = "unknown data"
    if rest[4:8] == b"ftyp" or b"ftyp" in rest[:64]:
        kind = "an MP4/MOV video (motion photo)"
    elif rest.startswith(b"\xff\xd8"):
        kind = "another JPEG image"
    col.add("Data after end of image", f"{len(rest)} bytes, looks like {kind}", where)


# -- PNG ---------------------------------------------------------------------------------
def _inflate(data: bytes) -> bytes:
    out = zlib.decompressobj().decompress(data, MAX_INFLATE)
    return out


def read_png(col: Collector, data: bytes) -> None:
    """Walk PNG chunks by hand: Pillow keeps only some text chunks and drops tIME's place."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("not a PNG")
    pos = 8
    ended = False
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8].decode("latin-1")
        body = data[pos + 8 : pos + 8 + size]
        pos += 12 + size
        where = f"PNG {kind} chunk"
        if kind == "IHDR" and len(body) >= 8:
            col.fact("width", int.from_bytes(body[0:4], "big"))
            col.fact("height", int.from_bytes(body[4:8], "big"))
        elif kind == "tEXt":
            key, _, text = body.partition(b"\x00")
            _png_text(col, key.decode("latin-1"), text.decode("latin-1"), where)
        elif kind == "zTXt":
            key, _, rest = body.partition(b"\x00")
            _png_text(col, key.decode("latin-1"), _inflate(rest[1:]).decode("latin-1"), where)
        elif kind == "iTXt":
            key, _, rest = body.partition(b"\x00")
            compressed, rest = rest[:1] == b"\x01", rest[2:]
            _lang, _, rest = rest.partition(b"\x00")
            _translated, _, text = rest.partition(b"\x00")
            raw = _inflate(text) if compressed else text
            _png_text(col, key.decode("latin-1"), raw.decode("utf-8", errors="replace"), where)
        elif kind == "eXIf":
            with col.guard("EXIF"):
                read_exif(col, bytes(body), "PNG eXIf chunk")
        elif kind == "tIME" and len(body) >= 7:
            y = int.from_bytes(body[0:2], "big")
            stamp = f"{y:04d}-{body[2]:02d}-{body[3]:02d}T{body[4]:02d}:{body[5]:02d}:{body[6]:02d}Z"
            col.add("Last modification time (tIME)", stamp, where)
        elif kind == "iCCP":
            name, _, rest = body.partition(b"\x00")
            col.add("ICCProfileName", name.decode("latin-1"), where)
            with col.guard("ICC profile"):
                read_icc(col, _inflate(rest[1:]), where)
        elif kind == "IEND":
            ended = True
            break
        elif kind in ("caNv", "orNT", "vpAg") or (kind[:1].islower() and kind not in _PNG_TECH):
            col.add(f"Private chunk {kind}", f"{size} bytes", where)
    if not ended:
        col.problem("PNG: no IEND chunk (truncated file)")
    elif pos < len(data):
        _trailer(col, data[pos:], "PNG after IEND chunk")


_PNG_TECH = {"pHYs", "sRGB", "gAMA", "cHRM", "sBIT", "bKGD", "hIST", "sPLT", "tRNS", "acTL", "fcTL", "fdAT"}


def _png_text(col: Collector, key: str, text: str, where: str) -> None:
    if key == "XML:com.adobe.xmp":
        fields, problems = xmp.parse(text.encode("utf-8"), f"{where} (XMP)")
        for item in fields:
            col.add_field(item)
        for problem in problems:
            col.problem(problem)
    elif key.startswith("Raw profile type"):
        col.add(key, f"{len(text)} characters of hex-encoded metadata", where)
    else:
        col.add(key or "PNG text", text, where)


# -- RIFF (WebP, WAV, AVI) ------------------------------------------------------------------
_INFO = {
    "INAM": "Title",
    "IART": "Artist",
    "ICMT": "Comment",
    "ICRD": "Creation date",
    "ISFT": "Software",
    "IENG": "Engineer",
    "ICOP": "Copyright",
    "IPRD": "Product (album)",
    "ISBJ": "Subject",
    "IKEY": "Keywords",
    "ITCH": "Technician (encoded by)",
    "ISRC": "Source",
    "IGNR": "Genre",
    "ICMS": "Commissioned by (person)",
    "IARL": "Archival location",
}


def read_riff(col: Collector, source: Source) -> None:
    """Walk RIFF chunks by hand: RIFF INFO, bext and iXML in WAV, EXIF/XMP/ICC in WebP."""
    head = source.head(12)
    if head[:4] != b"RIFF":
        raise ValueError("not a RIFF file")
    form = head[8:12].decode("latin-1")
    _riff_chunks(col, source, 12, min(source.size, 8 + int.from_bytes(head[4:8], "little")), form, 0)


def _riff_chunks(col: Collector, source: Source, pos: int, end: int, form: str, depth: int) -> None:
    count = 0
    while pos + 8 <= end and depth < 4 and count < 10000:
        count += 1
        head = source.read_at(pos, 12)
        kind = head[:4].decode("latin-1")
        size = int.from_bytes(head[4:8], "little")
        body_at = pos + 8
        pos = body_at + size + (size % 2)
        where = f"{form} {kind.strip()} chunk"
        if kind == "LIST" and size >= 4:
            list_type = head[8:12].decode("latin-1")
            if list_type == "INFO":
                _riff_info(col, source.read_at(body_at + 4, min(size - 4, 1 << 20)), f"{form} LIST INFO")
            elif list_type in ("hdrl", "strl", "movi") and list_type != "movi":
                _riff_chunks(col, source, body_at + 4, min(end, body_at + size), form, depth + 1)
        elif kind == "EXIF":
            with col.guard("EXIF"):
                read_exif(col, source.read_at(body_at, min(size, 16 << 20)), f"{form} EXIF chunk")
        elif kind == "XMP ":
            fields, problems = xmp.parse(source.read_at(body_at, min(size, xmp.MAX_XMP)), where)
            for item in fields:
                col.add_field(item)
            for text in problems:
                col.problem(text)
        elif kind == "ICCP":
            with col.guard("ICC profile"):
                read_icc(col, source.read_at(body_at, min(size, 4 << 20)), where)
        elif kind == "bext":
            body = source.read_at(body_at, min(size, 1 << 20))
            for name, start, length in (
                ("Description", 0, 256),
                ("Originator", 256, 32),
                ("OriginatorReference (identifier)", 288, 32),
                ("OriginationDate", 320, 10),
                ("OriginationTime", 330, 8),
            ):
                text = body[start : start + length].split(b"\x00", 1)[0].decode("latin-1").strip()
                if text:
                    col.add(name, text, "WAV bext chunk (Broadcast WAV)")
            if len(body) > 602:
                history = body[602:].split(b"\x00", 1)[0].decode("latin-1").strip()
                if history:
                    col.add("CodingHistory", history, "WAV bext chunk (Broadcast WAV)")
        elif kind in ("iXML", "_PMX", "axml"):
            body = source.read_at(body_at, min(size, xmp.MAX_XMP))
            if kind == "_PMX":
                fields, problems = xmp.parse(body, where)
                for item in fields:
                    col.add_field(item)
            else:
                col.add(f"{kind} document", body, where)
        elif kind == "VP8X" and size >= 10:
            body = source.read_at(body_at, 10)
            col.fact("width", 1 + int.from_bytes(body[4:7], "little"))
            col.fact("height", 1 + int.from_bytes(body[7:10], "little"))
        if size > end:
            break


def _riff_info(col: Collector, data: bytes, where: str) -> None:
    pos = 0
    while pos + 8 <= len(data):
        kind = data[pos : pos + 4].decode("latin-1")
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        text = data[pos + 8 : pos + 8 + size].split(b"\x00", 1)[0].decode("utf-8", errors="replace")
        col.add(f"{_INFO.get(kind, 'INFO')} ({kind})", text, where)
        pos += 8 + size + (size % 2)


# -- Pillow: facts, TIFF/GIF extras and the thumbnail ----------------------------------------
def read_with_pillow(col: Collector, source: Source, make_preview: bool) -> None:
    with Image.open(source.file()) as image:
        col.fact("format", image.format)
        col.fact("width", image.width)
        col.fact("height", image.height)
        col.add("ColourMode", image.mode, f"{image.format} image")
        frames = getattr(image, "n_frames", 1)
        if frames > 1:
            col.fact("frames", frames)
        if image.format == "TIFF":
            _tiff_extras(col, image)
        if image.format == "GIF":
            if image.info.get("comment"):
                col.add("GIF comment", image.info["comment"], "GIF comment extension")
            if image.info.get("xmp"):
                fields, _ = xmp.parse(bytes(image.info["xmp"]), "GIF XMP application extension")
                for item in fields:
                    col.add_field(item)
        if make_preview:
            _preview(col, image)


def _tiff_extras(col: Collector, image: Image.Image) -> None:
    tags = getattr(image, "tag_v2", {})
    packet = tags.get(700)
    if packet:
        fields, _ = xmp.parse(bytes(packet), "TIFF XMP tag (700)")
        for item in fields:
            col.add_field(item)
    iptc = tags.get(33723)
    if iptc:
        raw = bytes(iptc) if isinstance(iptc, (bytes, bytearray)) else b""
        _read_iim(col, raw, "TIFF IPTC tag (33723)")
    photoshop = tags.get(34377)
    if photoshop:
        read_photoshop(col, bytes(photoshop), "TIFF Photoshop tag (34377)")
    icc = tags.get(34675)
    if icc:
        read_icc(col, bytes(icc), "TIFF ICC tag (34675)")


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


def _orientation(image: Image.Image) -> int:
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


def _record_check(col: Collector, embedded: Embedded | None, picture: Image.Image) -> None:
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


def _preview(col: Collector, image: Image.Image) -> None:
    embedded = None
    if col.thumbnail is not None:
        embedded = embedded_view(col.thumbnail, image.size, _orientation(image))
        if image.format == "JPEG" and embedded.view is not None and embedded.problem is None:
            view = embedded.view.copy()
            view.thumbnail((THUMB_SIDE, THUMB_SIDE))
            col.result.preview = encode(view)
            col.fact(PREVIEW_SOURCE, FROM_THUMBNAIL)  # checked later by check_preview
            return
    shown = picture_view(image)
    col.result.preview = encode(shown)
    col.fact(PREVIEW_SOURCE, FROM_PICTURE)
    _record_check(col, embedded, shown)


def check_preview(source: Source) -> Analysis:
    """The background check of a JPEG whose preview is its embedded thumbnail.

    Decodes the picture (1/8 DCT scale) for the preview that replaces it, and compares the
    thumbnail with it: ``fields`` holds DIFFERS_FIELD when they differ. Never raises.
    """
    col = Collector()
    with col.guard("preview"):
        data = source.all(MAX_WHOLE)
        found = Collector()  # the thumbnail, found exactly as the read-out found it
        with found.guard("JPEG"):
            read_jpeg(found, data)
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as image:
            orientation = _orientation(image)
            embedded = embedded_view(found.thumbnail, image.size, orientation) if found.thumbnail else None
            shown = picture_view(image)
        col.result.preview = encode(shown)
        col.fact(PREVIEW_SOURCE, FROM_PICTURE)
        if embedded is None:
            col.fact(THUMBNAIL_CHECK, "not found")
        _record_check(col, embedded, shown)
    return col.result
