"""Still images: EXIF (ExifRead), Pillow facts, and the JPEG/PNG/RIFF places libraries skip."""

from __future__ import annotations

import io
import logging
import re
import struct
from typing import Any, BinaryIO

import exifread
from PIL import Image, ImageCms

from . import xmp
from .collect import Collector
from .jpegscan import next_marker
from .model import C2PA_FIELD, FROM_PICTURE, PREVIEW_SOURCE, THUMBNAIL_CHECK, Analysis, Risk
from .previews import (
    add_preview,
    embedded_view,
    encode,
    orientation_of,
    picture_view,
    record_check,
)
from .source import Source

logging.getLogger("exifread").setLevel(logging.CRITICAL)

MAX_PIXELS = 120_000_000  # larger declared sizes are refused (decompression bombs)
MAX_WHOLE = 256 << 20  # JPEG/PNG/WebP are walked whole up to this size
MAX_INFLATE = 8 << 20  # compressed PNG text is inflated to at most this much
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


def read_jpeg(col: Collector, data: bytes) -> None:
    """Walk JPEG segments by hand: libraries expose APP1 EXIF but not COM, the other APPn,
    MPF, extended XMP or the bytes after the end-of-image marker."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG (no start-of-image marker)")
    pos, icc, extended, exif_done = 2, bytearray(), [], False
    eoi = -1
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            found = next_marker(data, pos)
            if found is None:
                break
            pos = found
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
        elif marker == 0xEE and len(body) == 12 and body.startswith(b"Adobe"):
            # Exactly Adobe's structure: version, two flag words, the colour transform.
            transform = {0: "none (RGB or CMYK)", 1: "YCbCr", 2: "YCCK"}.get(body[11], f"code {body[11]}")
            col.add("Adobe colour transform", transform, where, Risk.LOW)
        elif marker == 0xEB and body[:2] == b"JP" and body[12:16] == b"jumb":
            # JPEG XT APP11: 'JP', box instance, sequence number, then a JUMBF superbox.
            kind = "C2PA manifest store" if body[20:28] == b"jumdc2pa" else "JUMBF box"
            name = C2PA_FIELD if kind.startswith("C2PA") else "JUMBF box (APP11)"
            col.add(name, kind, "JPEG APP11 (JUMBF)", Risk.HIGH)
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
            found = next_marker(data, pos)
            if found is None:
                break
            pos = found
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
        trailer(col, data[eoi:], "JPEG after end-of-image marker")


def trailer(col: Collector, rest: bytes, where: str) -> None:
    if not rest.strip(b"\x00\xff \r\n"):
        return
    kind = "unknown data"
    if rest[4:8] == b"ftyp" or b"ftyp" in rest[:64]:
        kind = "an MP4/MOV video (motion photo)"
    elif rest.startswith(b"\xff\xd8"):
        kind = "another JPEG image"
    col.add("Data after end of image", f"{len(rest)} bytes, looks like {kind}", where)


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
            add_preview(col, image)


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
            orientation = orientation_of(image)
            embedded = embedded_view(found.thumbnail, image.size, orientation) if found.thumbnail else None
            shown = picture_view(image)
        col.result.preview = encode(shown)
        col.fact(PREVIEW_SOURCE, FROM_PICTURE)
        if embedded is None:
            col.fact(THUMBNAIL_CHECK, "not found")
        record_check(col, embedded, shown)
    return col.result
