"""JPEG: lossless segment surgery. The compressed picture data is copied byte for byte.

Done by hand because no library removes segments without decoding and re-encoding the
picture (Pillow re-compresses, changing pixels and hash; mat2 does the same), and none
exposes every APPn, COM, MPF or the bytes after the end-of-image marker.
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Callable

from ..media.jpegscan import next_marker
from .common import Cleaned, Unsupported

# Segments the decoder needs: frame headers, tables, restart interval, scans.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_TABLES = {0xC4, 0xCC, 0xDB, 0xDD, 0xDC}  # DHT, DAC, DQT, DRI, DNL
_SOS, _EOI = 0xDA, 0xD9
# Texts found in stock colour profiles; anything else in a profile is replaced.
_STOCK_ICC_TEXT = {
    "",
    "srgb",
    "srgb built-in",
    "srgb iec61966-2.1",
    "srgb iec61966-2-1 black scaled",
    "display p3",
    "adobe rgb (1998)",
    "no copyright, use freely",
    "copyright apple inc., 2017",
    "copyright apple inc., 2022",
    "copyright international color consortium, 2009",
    "copyright (c) 1998 hewlett-packard company",
    "copyright 2000 adobe systems incorporated",
    "iec http://www.iec.ch",
    "public domain",
}


def stock_srgb() -> bytes:
    from PIL import ImageCms  # only photos that carry a colour profile need it

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def icc_is_stock(icc: bytes) -> bool:
    """True when every text a profile carries is a stock profile's text."""
    from PIL import ImageCms

    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc)).profile
    except (OSError, ValueError, TypeError):
        return False
    texts = (profile.profile_description, profile.copyright, profile.manufacturer, profile.model)
    return all((text or "").strip().lower() in _STOCK_ICC_TEXT for text in texts)


def minimal_exif(orientation: int) -> bytes:
    """An APP1 EXIF body holding only IFD0 Orientation (little-endian TIFF)."""
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1)
    tiff += struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack("<I", 0)
    return b"Exif\x00\x00" + tiff


def orientation_of(exif_body: bytes) -> int:
    """IFD0 Orientation of an APP1 EXIF body, 1 if absent or unreadable."""
    tiff = exif_body[6:]
    if tiff[:4] not in (b"II*\x00", b"MM\x00*"):
        return 1
    order = "<" if tiff[:2] == b"II" else ">"
    try:
        (ifd,) = struct.unpack_from(order + "I", tiff, 4)
        (count,) = struct.unpack_from(order + "H", tiff, ifd)
        for n in range(min(count, 512)):
            tag, kind, _num, value = struct.unpack_from(order + "HHI4s", tiff, ifd + 2 + 12 * n)
            if tag == 0x0112 and kind == 3:
                (orientation,) = struct.unpack(order + "H", value[:2])
                return int(orientation) if 1 <= orientation <= 8 else 1
    except struct.error:
        return 1
    return 1


def is_adobe_app14(body: bytes) -> bool:
    """The Adobe APP14 segment exactly: ``Adobe``, version, flags0, flags1, colour transform
    (12 bytes, segment length 14). It tells the decoder how colours were transformed and
    names nothing; anything longer, shorter or labelled otherwise is removed."""
    return len(body) == 12 and body.startswith(b"Adobe")


def _segment(marker: int, body: bytes) -> bytes:
    if len(body) + 2 > 0xFFFF:
        raise Unsupported("a segment is too large to write")
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _scan_end(data: bytes, pos: int) -> int:
    """Offset of the first marker after entropy-coded data starting at ``pos``."""
    found = next_marker(data, pos)
    if found is None:
        raise Unsupported("the picture data ends without an end-of-image marker")
    return found


def sanitize(data: bytes) -> Cleaned:
    if not data.startswith(b"\xff\xd8"):
        raise Unsupported("not a JPEG")
    view = memoryview(data)
    out: list[bytes | memoryview] = [b"\xff\xd8"]  # joined once at the end: the scans are not copied twice
    removed: list[str] = []
    icc = bytearray()
    orientation = 1
    pos, end = 2, len(data)
    saw_frame = saw_eoi = False
    kept: list[bytes] = []  # segments before the frame header, written after the EXIF/ICC decision

    def emit(segment: bytes) -> None:
        if saw_frame:
            out.append(segment)
        else:
            kept.append(segment)

    while pos < end:
        if data[pos] != 0xFF:
            raise Unsupported(f"no segment marker at offset {pos}")
        while pos < end and data[pos] == 0xFF:
            pos += 1
        if pos >= end:
            break
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            saw_eoi = True
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            continue
        if pos + 2 > end:
            raise Unsupported("a segment is cut short")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        body = data[pos + 2 : pos + length]
        if length < 2 or pos + length > end:
            raise Unsupported("a segment is cut short")
        pos += length
        whole = _segment(marker, body)
        if marker in _SOF or marker in _TABLES:
            if marker in _SOF and not saw_frame:
                saw_frame = True
                out.append(_header_segments(kept, icc, orientation, removed))
            emit(whole)
        elif marker == _SOS:
            if not saw_frame:
                raise Unsupported("a scan comes before the frame header")
            stop = _scan_end(data, pos)
            out += [whole, view[pos:stop]]
            pos = stop
        elif marker == 0xE0 and body.startswith(b"JFIF\x00") and len(body) >= 14:
            if body[12] or body[13] or len(body) > 14:
                removed.append("JFIF thumbnail (APP0)")
            jfif = body[:12] + b"\x00\x00"
            emit(_segment(0xE0, jfif))
        elif marker == 0xEE and is_adobe_app14(body):
            emit(whole)
        elif marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00"):
            icc += body[14:]
        elif marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            orientation = orientation_of(body) if orientation == 1 else orientation
            removed.append("EXIF (APP1)")
        else:
            removed.append(_describe(marker, body))
    if not saw_frame:
        raise Unsupported("no frame header: not a picture")
    if not saw_eoi:
        raise Unsupported("no end-of-image marker")
    if pos < end:
        removed.append(f"data after the end-of-image marker ({end - pos} bytes)")
    out.append(b"\xff\xd9")
    return Cleaned(b"".join(out), "jpeg", "image/jpeg", removed=_dedupe(removed))


def _header_segments(kept: list[bytes], icc: bytearray, orientation: int, removed: list[str]) -> bytes:
    """APP0/APP14 kept in order, then a minimal EXIF (Orientation only) and the ICC profile."""
    head = bytearray(b"".join(kept))
    if orientation != 1:
        head += _segment(0xE1, minimal_exif(orientation))
    if icc:
        profile = bytes(icc)
        if not icc_is_stock(profile):
            removed.append("ICC profile with descriptive text (APP2, replaced by stock sRGB)")
            profile = stock_srgb()
        chunks = [profile[i : i + 65519] for i in range(0, len(profile), 65519)]
        for n, chunk in enumerate(chunks, 1):
            head += _segment(0xE2, b"ICC_PROFILE\x00" + bytes([n, len(chunks)]) + chunk)
    return bytes(head)


def _describe(marker: int, body: bytes) -> str:
    if marker == 0xFE:
        return "comment (COM)"
    if marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xap/1.0/"):
        return "XMP (APP1)"
    if marker == 0xE1 and body.startswith(b"http://ns.adobe.com/xmp/extension/"):
        return "extended XMP (APP1)"
    if marker == 0xED:
        return "IPTC / Photoshop (APP13)"
    if marker == 0xEB and body[:2] == b"JP" and body[12:16] == b"jumb":
        return "C2PA Content Credentials (APP11 JUMBF)" if body[20:28] == b"jumdc2pa" else "JUMBF (APP11)"
    if marker == 0xE2 and body.startswith(b"MPF\x00"):
        return "multi-picture data (MPF, APP2)"
    if 0xE0 <= marker <= 0xEF:
        return f"APP{marker - 0xE0} segment"
    return f"segment 0x{marker:02X}"


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# -- withholding chosen fields from an original (sanitize/withhold.py decides which) --------
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_SUB_IFDS = {0x8769: "Exif IFD"}  # followed; GPS (0x8825) and Interop (0xA005) are never touched
_XMP_HEAD = b"http://ns.adobe.com/xap/1.0/\x00"


def withhold(data: bytes, drop: Callable[[str, str], bool]) -> Cleaned:
    """Cut the EXIF entries and XMP properties ``drop(name, location)`` chooses out of a JPEG.

    Everything else is copied byte for byte: other segments, the picture data, anything after
    the end marker. Inside EXIF, entries are removed from their IFD in place and their values
    zeroed, so every other offset (maker notes included) stays valid.
    """
    if not data.startswith(b"\xff\xd8"):
        raise Unsupported("not a JPEG")
    out = bytearray(b"\xff\xd8")
    removed: list[str] = []
    pos, end = 2, len(data)
    while pos < end:
        if data[pos] != 0xFF:
            raise Unsupported(f"no segment marker at offset {pos}")
        start = pos
        while pos < end and data[pos] == 0xFF:
            pos += 1
        if pos >= end:
            raise Unsupported("the file ends inside a marker")
        marker = data[pos]
        pos += 1
        if marker in (_SOS, _EOI):
            out += data[start:]  # scans, end marker and any trailer: untouched
            return Cleaned(bytes(out), "jpeg", "image/jpeg", removed=_dedupe(removed))
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[start:pos]
            continue
        if pos + 2 > end:
            raise Unsupported("a segment is cut short")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > end:
            raise Unsupported("a segment is cut short")
        body = data[pos + 2 : pos + length]
        pos += length
        if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
            tiff = bytearray(body[6:])
            _withhold_tiff(tiff, drop, removed)
            out += _segment(0xE1, b"Exif\x00\x00" + bytes(tiff))
        elif marker == 0xE1 and body.startswith(_XMP_HEAD):
            packet = _withhold_xmp(body[len(_XMP_HEAD) :], drop, removed)
            out += _segment(0xE1, _XMP_HEAD + packet)
        else:
            out += data[start:pos]
    raise Unsupported("no picture data")


def _withhold_tiff(tiff: bytearray, drop: Callable[[str, str], bool], removed: list[str]) -> None:
    from exifread.tags.exif import EXIF_TAGS

    if bytes(tiff[:4]) not in (b"II*\x00", b"MM\x00*"):
        raise Unsupported("the EXIF block has no TIFF header")
    order = "<" if tiff[:2] == b"II" else ">"
    seen: set[int] = set()

    def walk(offset: int, where: str) -> int:
        """Edit one IFD in place; returns its 'next IFD' offset."""
        if offset in seen or len(seen) > 64:
            raise Unsupported("the EXIF IFD chain loops back on itself")
        seen.add(offset)
        try:
            (count,) = struct.unpack_from(order + "H", tiff, offset)
            entries = [bytes(tiff[offset + 2 + 12 * n : offset + 14 + 12 * n]) for n in range(count)]
            (following,) = struct.unpack_from(order + "I", tiff, offset + 2 + 12 * count)
        except struct.error:
            raise Unsupported("an EXIF IFD is cut short") from None
        if any(len(e) != 12 for e in entries):
            raise Unsupported("an EXIF IFD is cut short")
        kept: list[bytes] = []
        for entry in entries:
            tag, kind, number, value = struct.unpack(order + "HHI4s", entry)
            name = EXIF_TAGS.get(tag, (f"Tag0x{tag:04X}",))[0]
            if tag in _SUB_IFDS:
                (sub,) = struct.unpack(order + "I", value)
                walk(sub, f"JPEG APP1: EXIF {_SUB_IFDS[tag]}")
            if tag in (0x8769, 0x8825, 0xA005) or not drop(name, where):
                kept.append(entry)
                continue
            if kind not in _TYPE_SIZES:
                raise Unsupported(f"EXIF {name} has an unknown type, so it cannot be cut out safely")
            size = _TYPE_SIZES[kind] * number
            if size > 4:
                (at,) = struct.unpack(order + "I", value)
                if at + size > len(tiff):
                    raise Unsupported(f"EXIF {name} points outside the EXIF block")
                tiff[at : at + size] = bytes(size)  # the value is zeroed where it was
            removed.append(f"{name} [{where}]")
        table = struct.pack(order + "H", len(kept)) + b"".join(kept) + struct.pack(order + "I", following)
        tiff[offset : offset + 2 + 12 * count + 4] = table + bytes(12 * (count - len(kept)))
        return int(following)

    (first,) = struct.unpack_from(order + "I", tiff, 4)
    following = walk(first, "JPEG APP1: EXIF IFD0")
    if following:
        walk(following, "JPEG APP1: EXIF IFD1 (thumbnail)")


def _withhold_xmp(packet: bytes, drop: Callable[[str, str], bool], removed: list[str]) -> bytes:
    """Remove chosen properties (attribute or element form) from an XMP packet's text."""
    if b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        raise Unsupported("XMP with a DTD cannot be edited safely")
    try:
        text = packet.decode("utf-8")
    except UnicodeDecodeError:
        raise Unsupported("the XMP packet is not UTF-8") from None
    where = "JPEG APP1: XMP"
    names = set(re.findall(r"<([A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*)[\s/>]", text))
    names |= set(re.findall(r"\s([A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*)\s*=\s*[\"']", text))
    for name in sorted(names):
        if name.startswith(("rdf:", "x:", "xmlns:", "xml:")) or not drop(name, where):
            continue
        quoted = re.escape(name)
        text, attributes = re.subn(rf"\s{quoted}\s*=\s*(\"[^\"]*\"|'[^']*')", "", text)
        text, elements = re.subn(rf"<{quoted}(\s[^>]*)?(/>|>.*?</{quoted}\s*>)", "", text, flags=re.DOTALL)
        if attributes or elements:
            removed.append(f"{name} [{where}]")
    return text.encode("utf-8")
