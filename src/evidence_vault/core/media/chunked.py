"""PNG and RIFF (WebP, WAV, AVI): formats of chunks, walked by hand for the places libraries
skip (text chunks, eXIf, iCCP, XMP, INFO lists, whatever follows the last chunk). Walked by
hand because no maintained library reports every chunk with its position, bounded."""

from __future__ import annotations

import zlib

from . import xmp
from .collect import Collector
from .images import MAX_INFLATE, read_exif, read_icc, trailer
from .source import Source


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
        trailer(col, data[pos:], "PNG after IEND chunk")


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
