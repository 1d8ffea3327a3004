"""QuickTime/MP4 boxes walked by hand.

Walked by hand because neither PyAV nor mutagen exposes them all: udta entries (©xyz,
loci, ©mak ...), Apple 'meta' keys, per-track creation times in mvhd/tkhd/mdhd, track
handlers and sample-entry formats of timed metadata tracks (GPMF, mebx, camm, text).
mutagen reads the iTunes-style 'ilst' (audio.py); this module reads the rest.
"""

from __future__ import annotations

import datetime as dt
import re
import struct

from .collect import Collector
from .model import C2PA_FIELD, C2PA_UUID, Risk
from .source import Source

_CONTAINERS = {
    b"moov",
    b"trak",
    b"mdia",
    b"minf",
    b"stbl",
    b"udta",
    b"edts",
    b"dinf",
    b"moof",
    b"traf",
    b"meco",
}
_EPOCH_1904 = dt.datetime(1904, 1, 1, tzinfo=dt.timezone.utc)
_XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
MAX_BOXES = 20000
MAX_DEPTH = 12
MAX_BOX_READ = 4 << 20
_HANDLERS = {
    b"vide": "video",
    b"soun": "audio",
    b"text": "text",
    b"sbtl": "subtitle",
    b"subt": "subtitle",
    b"clcp": "closed caption",
    b"meta": "timed metadata",
    b"tmcd": "timecode",
    b"hint": "hint",
    b"camm": "camera motion (camm)",
}
_UDTA_NAMES = {
    "©mak": "Make",
    "©mod": "Model",
    "©swr": "Software",
    "©day": "Creation date (©day)",
    "©nam": "Title",
    "©cmt": "Comment",
    "©des": "Description",
    "©inf": "Information (comment)",
    "©ART": "Artist",
    "©aut": "Author",
    "©cpy": "Copyright",
    "©enc": "Encoded by",
    "©too": "Encoding tool",
    "©req": "Requirements",
    "©fmt": "Format",
    "©src": "Source credits",
    "©wrt": "Writer",
    "©dir": "Director (person)",
}


def is_isobmff(head: bytes) -> bool:
    return len(head) >= 12 and head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot")


def mac_time(seconds: int) -> str | None:
    if seconds <= 0:
        return None
    try:
        return (_EPOCH_1904 + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")
    except OverflowError:
        return None


def parse_iso6709(text: str) -> tuple[float, float] | None:
    """'+48.8577+002.2950+035.000/' -> (48.8577, 2.295); decimal degrees form only."""
    match = re.match(r"^\s*([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)", text)
    if not match:
        return None
    return float(match.group(1)), float(match.group(2))


class _Walker:
    def __init__(
        self, col: Collector, source: Source, label: str = "MP4", only: frozenset[bytes] | None = None
    ) -> None:
        self.col = col
        self.source = source
        self.label = label  # how locations are named: "MP4 /moov/udta/..."
        self.only = only  # read only these kinds of box (None: every box)
        self.boxes = 0
        self.track = 0
        self.track_kind = ""
        self.keys: list[str] = []

    def walk(self, start: int, end: int, path: str, depth: int) -> None:
        pos = start
        while pos + 8 <= end:
            self.boxes += 1
            if self.boxes > MAX_BOXES:
                raise ValueError(f"more than {MAX_BOXES} boxes")
            head = self.source.read_at(pos, 16)
            size = int.from_bytes(head[0:4], "big")
            kind = head[4:8]
            header = 8
            if size == 1:
                size = int.from_bytes(head[8:16], "big")
                header = 16
            elif size == 0:
                size = end - pos
            if size < header:
                raise ValueError(f"corrupt box '{_name(kind)}' at byte {pos} (size {size})")
            if pos + size > end:
                self.col.problem(
                    f"{self.label}: box '{_name(kind)}' at byte {pos} runs past its parent (truncated?)"
                )
                size = end - pos
            if self.only is None or kind in self.only:
                self.box(kind, pos + header, pos + size, f"{path}/{_name(kind)}", depth)
            pos += size

    def body(self, start: int, end: int) -> bytes:
        return self.source.read_at(start, min(end - start, MAX_BOX_READ))

    def box(self, kind: bytes, start: int, end: int, path: str, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise ValueError("boxes nested too deeply")
        col = self.col
        if kind == b"trak":
            self.track += 1
            self.track_kind = ""
        if kind in _CONTAINERS:
            self.walk(start, end, path, depth + 1)
            return
        if kind == b"meta":
            # ISO 'meta' is a full box (4 bytes version/flags); QuickTime's is not.
            peek = self.source.read_at(start, 12)
            known = (b"hdlr", b"keys", b"ilst", b"iinf", b"pitm", b"free", b"iloc", b"dinf")
            offset = 0 if peek[4:8] in known else 4
            self.keys = []
            self.walk(start + offset, end, path, depth + 1)
            return
        where = f"{self.label} {path}"
        if kind in (b"mvhd", b"tkhd", b"mdhd"):
            self.times(kind, self.body(start, end), where)
        elif kind == b"hdlr":
            body = self.body(start, end)
            handler = body[8:12]
            name = (
                body[24:].split(b"\x00", 1)[0].lstrip(b"\x0b\x0c\x0d\x0e\x0f\x10").decode("utf-8", "replace")
            )
            if path.endswith("mdia/hdlr"):
                self.track_kind = _HANDLERS.get(handler, handler.decode("latin-1"))
                col.add(f"Track {self.track} handler", f"{self.track_kind} ({name})".strip(), where)
                if self.track_kind in (
                    "text",
                    "subtitle",
                    "closed caption",
                    "timed metadata",
                    "camera motion (camm)",
                ):
                    col.add(f"Track {self.track}: {self.track_kind} track", "present", where)
        elif kind == b"stsd" and self.track_kind not in ("video", "audio", ""):
            entry = self.body(start, end)[8:16]
            fmt = entry[4:8].decode("latin-1", "replace")
            label = {
                "gpmd": "GoPro GPMF data track",
                "mebx": "Apple mebx timed metadata",
                "camm": "camm data track",
            }
            col.add(
                f"Track {self.track} sample format", label.get(fmt, f"{fmt} data track"), where, Risk.HIGH
            )
        elif kind == b"stsd" and self.track_kind in ("video", "audio"):
            entry = self.body(start, end)[8:16]
            col.add(f"Track {self.track} codec", entry[4:8].decode("latin-1", "replace"), where)
        elif kind == b"keys":
            self.read_keys(self.body(start, end))
        elif kind == b"ilst" and self.keys:
            self.read_keyed_ilst(start, end, where)
        elif kind == b"ilst":
            pass  # iTunes-style tags: mutagen reads them (audio.py)
        elif kind == b"loci":
            self.read_loci(self.body(start, end), where)
        elif kind.startswith(b"\xa9") and path.split("/")[-2:-1] == ["udta"]:
            self.read_udta_string(kind, self.body(start, end), where)
        elif kind == b"uuid":
            body = self.body(start, end)
            if body[:16] == _XMP_UUID:
                from . import xmp

                fields, problems = xmp.parse(body[16:], f"{where} (XMP)")
                for item in fields:
                    col.add_field(item)
                for text in problems:
                    col.problem(text)
            elif body[:16] == C2PA_UUID:
                col.add(C2PA_FIELD, f"C2PA manifest store, {end - start} bytes", where, Risk.HIGH)
            else:
                col.add("UUID box", f"{body[:16].hex()}, {end - start} bytes", where)
        elif kind == b"c2pa":
            col.add(C2PA_FIELD, f"C2PA box, {end - start} bytes", where, Risk.HIGH)
        elif kind == b"ftyp":
            body = self.body(start, end)
            col.add("Major brand", body[:4].decode("latin-1", "replace"), where)
        elif path.count("/") >= 2 and "/udta/" in path + "/" and kind not in (b"free", b"skip", b"meta"):
            # Anything else a device put in user data: show that it is there.
            body = self.body(start, end)
            col.add(f"User data '{_name(kind)}'", body if len(body) < 200 else f"{len(body)} bytes", where)

    def times(self, kind: bytes, body: bytes, where: str) -> None:
        version = body[0] if body else 0
        if version == 1 and len(body) >= 20:
            created, modified = struct.unpack(">QQ", body[4:20])
            rest = body[20:]
        elif len(body) >= 12:
            created, modified = struct.unpack(">II", body[4:12])
            rest = body[12:]
        else:
            return
        label = kind.decode()
        owner = "movie" if kind == b"mvhd" else f"track {self.track}"
        self.col.add(f"CreationTime ({label}, {owner})", mac_time(created) or "not set", where)
        self.col.add(f"ModificationTime ({label}, {owner})", mac_time(modified) or "not set", where)
        if kind == b"mvhd" and len(rest) >= 8:
            scale = int.from_bytes(rest[0:4], "big")
            duration = int.from_bytes(rest[4:12] if version == 1 else rest[4:8], "big")
            if scale:
                self.col.fact("duration_s", round(duration / scale, 3))
            self.col.capture_time(mac_time(created))
        if kind == b"tkhd" and len(body) >= 84:
            w, h = struct.unpack(">II", body[-8:])
            if w and h:
                self.col.add(f"Track {self.track} size", f"{w >> 16}×{h >> 16}", where)
        if kind == b"mdhd" and len(rest) >= 10:
            code = int.from_bytes(rest[-4:-2], "big")
            lang = "".join(chr(((code >> s) & 31) + 0x60) for s in (10, 5, 0)) if code else ""
            if lang.isalpha() and lang != "und":
                self.col.add(f"Track {self.track} language", lang, where)

    def read_keys(self, body: bytes) -> None:
        count = int.from_bytes(body[4:8], "big")
        pos = 8
        for _ in range(min(count, 4096)):
            size = int.from_bytes(body[pos : pos + 4], "big")
            if size < 8:
                break
            self.keys.append(body[pos + 8 : pos + size].decode("utf-8", "replace"))
            pos += size

    def read_keyed_ilst(self, start: int, end: int, where: str) -> None:
        pos = start
        while pos + 8 <= end:
            head = self.source.read_at(pos, 8)
            size = int.from_bytes(head[:4], "big")
            if size < 8:
                raise ValueError("corrupt ilst entry")
            index = int.from_bytes(head[4:8], "big")
            body = self.body(pos + 8, min(pos + size, end))
            key = self.keys[index - 1] if 0 < index <= len(self.keys) else f"key #{index}"
            value = _data_value(body)
            self.col.add(key, value, f"{where} (QuickTime keys)")
            if key.endswith("location.ISO6709"):
                parsed = parse_iso6709(str(value))
                if parsed:
                    self.col.position(*parsed)
            elif key.endswith("creationdate"):
                self.col.result.capture_time = str(value)  # the device's local time, with zone
            pos += size

    def read_loci(self, body: bytes, where: str) -> None:
        # ISO 'loci': version/flags, language(2), name\0, role(1), lon, lat, alt (16.16 fixed)
        name, _, rest = body[6:].partition(b"\x00")
        if len(rest) >= 13:
            lon, lat, alt = (v / 65536 for v in struct.unpack(">iii", rest[1:13]))
            self.col.add(
                "Location (loci)",
                f"{name.decode('utf-8', 'replace')} {lat:.6f}, {lon:.6f}, {alt:.1f} m",
                where,
            )
            self.col.position(lat, lon)
        else:
            self.col.add("Location (loci)", name.decode("utf-8", "replace"), where)

    def read_udta_string(self, kind: bytes, body: bytes, where: str) -> None:
        # QuickTime international text: size(2) language(2) text; or an iTunes 'data' child.
        name = kind.decode("latin-1")
        if body[4:8] == b"data":
            text = str(_data_value(body))
        else:
            length = int.from_bytes(body[0:2], "big")
            text = body[4 : 4 + length].decode("utf-8", "replace")
        if kind == b"\xa9xyz":
            self.col.add("Position (©xyz)", text, where)
            parsed = parse_iso6709(text)
            if parsed:
                self.col.position(*parsed)
        else:
            self.col.add(_UDTA_NAMES.get(name, f"User data {name}"), text, where)


def _data_value(body: bytes) -> object:
    """Value of a 'data' atom: type(4) locale(4) payload."""
    if body[4:8] != b"data":
        return body
    size = int.from_bytes(body[0:4], "big")
    kind = int.from_bytes(body[9:12], "big")
    payload = body[16:size] if size >= 16 else body[16:]
    if kind in (1, 4, 5):
        return payload.decode("utf-8" if kind in (1, 4) else "utf-16-be", "replace")
    if kind in (21, 22) and 0 < len(payload) <= 8:
        return int.from_bytes(payload, "big", signed=kind == 21)
    if kind == 23 and len(payload) == 4:
        return struct.unpack(">f", payload)[0]
    if kind in (13, 14):
        return f"embedded image, {len(payload)} bytes"
    return payload


def _name(kind: bytes) -> str:
    return kind.decode("latin-1").replace("\x00", "?")


def read(col: Collector, source: Source) -> None:
    walker = _Walker(col, source)
    walker.walk(0, source.size, "", 0)


def read_top_level_uuid(col: Collector, source: Source, label: str) -> None:
    """Only the top-level 'uuid' and 'c2pa' boxes, read as in MP4: for HEIF, where C2PA puts
    its manifest store (the C2PA UUID) beside the items pillow-heif reads, and where an XMP
    or unknown 'uuid' box would otherwise go unseen."""
    walker = _Walker(col, source, label, only=frozenset((b"uuid", b"c2pa")))
    walker.walk(0, source.size, "", 0)
