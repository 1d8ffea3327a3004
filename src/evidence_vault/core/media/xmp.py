"""XMP packets (RDF/XML) flattened to fields, including extended XMP reassembled."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .model import MetadataField
from .risks import ranked

MAX_XMP = 16 << 20
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PREFIXES = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/xap/1.0/mm/": "xmpMM",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://cipa.jp/exif/1.0/": "exifEX",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
    "http://ns.adobe.com/xmp/note/": "xmpNote",
    "http://ns.adobe.com/camera-raw-settings/1.0/": "crs",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
    "http://ns.google.com/photos/1.0/camera/": "GCamera",
    "http://ns.google.com/photos/1.0/container/": "Container",
    "http://ns.google.com/photos/1.0/container/item/": "Item",
    "http://ns.apple.com/faceinfo/1.0/": "apple-fi",
    "http://www.dji.com/drone-dji/1.0/": "drone-dji",
    "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#": "stEvt",
    "http://ns.adobe.com/xap/1.0/sType/ResourceRef#": "stRef",
    "http://ns.adobe.com/xmp/1.0/DynamicMedia/": "xmpDM",
}


def _name(tag: str) -> str:
    if tag.startswith("{"):
        uri, local = tag[1:].split("}", 1)
        prefix = _PREFIXES.get(uri) or uri.rstrip("/#").rsplit("/", 1)[-1] or "ns"
        return f"{prefix}:{local}"
    return tag


def parse(packet: bytes, location: str) -> tuple[list[MetadataField], list[str]]:
    """Fields of one XMP packet. Returns (fields, problems)."""
    if len(packet) > MAX_XMP:
        return [ranked("XMP packet", f"{len(packet)} bytes, too large to read", location)], []
    # A DTD is never legitimate in XMP; refusing it rules out entity expansion bombs.
    if b"<!DOCTYPE" in packet or b"<!ENTITY" in packet:
        return [], [f"{location}: XMP with a DTD was not parsed"]
    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    end_marker = b"</x:xmpmeta>" if packet[start : start + 10] == b"<x:xmpmeta" else b"</rdf:RDF>"
    end = packet.rfind(end_marker)
    if start < 0 or end < 0:
        return [ranked("XMP packet", packet[:400], location)], [f"{location}: XMP is not well-formed"]
    try:
        root = ET.fromstring(packet[start : end + len(end_marker)])
    except ET.ParseError as exc:
        return [ranked("XMP packet", packet[:400], location)], [f"{location}: XMP is not well-formed ({exc})"]
    fields: list[MetadataField] = []
    for desc in root.iter(f"{{{RDF}}}Description"):
        for attr, value in desc.attrib.items():
            if not attr.startswith(f"{{{RDF}}}"):
                fields.append(ranked(_name(attr), value, location))
        for prop in desc:
            fields.append(ranked(_name(prop.tag), _value(prop), location))
    return fields, []


def _value(element: ET.Element) -> str:
    """Text of a property: simple value, array (Seq/Bag/Alt) joined, or a struct flattened."""
    parts: list[str] = []
    for node in element.iter():
        if node is element:
            if node.text and node.text.strip():
                parts.append(node.text.strip())
            for attr, value in node.attrib.items():
                if not attr.startswith(f"{{{RDF}}}") and not attr.startswith("{http://www.w3.org/XML"):
                    parts.append(f"{_name(attr)}={value}")
            continue
        if node.text and node.text.strip():
            parts.append(
                node.text.strip() if node.tag == f"{{{RDF}}}li" else f"{_name(node.tag)}={node.text.strip()}"
            )
        for attr, value in node.attrib.items():
            if not attr.startswith(f"{{{RDF}}}") and not attr.startswith("{http://www.w3.org/XML"):
                parts.append(f"{_name(attr)}={value}")
        if len(parts) > 500:
            parts.append("…")
            break
    return "; ".join(parts)


def reassemble_extended(chunks: list[bytes]) -> dict[str, bytes]:
    """Extended XMP (JPEG APP1 'http://ns.adobe.com/xmp/extension/\\0'): GUID(32) size(4) offset(4) data.

    Returns GUID -> reassembled packet; gaps are left as zero bytes.
    """
    parts: dict[str, dict[int, bytes]] = {}
    sizes: dict[str, int] = {}
    for chunk in chunks:
        if len(chunk) < 40:
            continue
        guid = chunk[:32].decode("ascii", errors="replace")
        total = int.from_bytes(chunk[32:36], "big")
        offset = int.from_bytes(chunk[36:40], "big")
        sizes[guid] = min(total, MAX_XMP)
        parts.setdefault(guid, {})[offset] = chunk[40:]
    out: dict[str, bytes] = {}
    for guid, pieces in parts.items():
        buffer = bytearray(sizes[guid])
        for offset, data in pieces.items():
            if offset < len(buffer):
                piece = data[: len(buffer) - offset]
                buffer[offset : offset + len(piece)] = piece
        out[guid] = bytes(buffer)
    return out
