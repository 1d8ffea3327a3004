"""Audio tags: mutagen for ID3v2, APEv2, Vorbis comments, MP4 ilst; ID3v1 by hand."""

from __future__ import annotations

from typing import Any

import mutagen
import mutagen.apev2
import mutagen.id3

from .collect import Collector
from .source import Source

_ID3_NAMES = {
    "TIT2": "Title",
    "TPE1": "Artist",
    "TPE2": "Album artist",
    "TALB": "Album",
    "TCOM": "Composer",
    "TEXT": "Lyricist",
    "TDRC": "Recording time",
    "TDOR": "Original release time",
    "TYER": "Year",
    "TSSE": "Encoder settings (software)",
    "TENC": "Encoded by",
    "TCOP": "Copyright",
    "TOWN": "File owner",
    "TCON": "Genre",
    "COMM": "Comment",
    "USLT": "Lyrics",
    "APIC": "Embedded picture (cover)",
    "GEOB": "Embedded object (attachment)",
    "PRIV": "Private frame (PRIV)",
    "UFID": "Unique file identifier (UFID)",
    "WXXX": "Web address (comment)",
    "TXXX": "Custom text (TXXX)",
    "TLEN": "Length (duration)",
    "TSIZ": "Size",
}
_MP4_NAMES = {
    "©nam": "Title",
    "©ART": "Artist",
    "aART": "Album artist",
    "©alb": "Album",
    "©day": "Creation date (©day)",
    "©too": "Encoding tool",
    "©cmt": "Comment",
    "©wrt": "Writer",
    "©lyr": "Lyrics",
    "covr": "Cover picture",
    "cprt": "Copyright",
    "©xyz": "Position (©xyz)",
    "desc": "Description",
    "cpil": "Compilation (cpil)",
    "pgap": "Gapless playback (pgap)",
    "trkn": "Track number",
    "disk": "Disc number",
    "tmpo": "Tempo (tmpo)",
}


def _mp4_value(key: str, values: object) -> str:
    """One ilst entry as text. mutagen gives a list for most atoms but a bare bool for
    ``cpil``/``pgap``/``pcst`` and pairs for ``trkn``/``disk``; cover images and freeform
    data are bytes."""
    items = values if isinstance(values, list) else [values]
    shown = []
    for value in items:
        if key == "covr" and isinstance(value, bytes):
            shown.append(f"image, {len(value)} bytes")
        elif isinstance(value, bool):
            shown.append("yes" if value else "no")
        elif isinstance(value, tuple) and len(value) == 2 and key in ("trkn", "disk"):
            number, total = value
            shown.append(f"{number} of {total}" if total else str(number))
        elif isinstance(value, (bytes, bytearray)):
            shown.append(bytes(value).decode("utf-8", "replace"))
        else:
            shown.append(str(value))
    return "; ".join(shown)


def read_tags(col: Collector, source: Source) -> None:
    """Every tag mutagen finds, named by where it lives (ID3v2, APEv2, Vorbis, MP4 ilst ...)."""
    handle = source.file()
    found: Any = mutagen.File(handle)
    if found is None:
        return
    kind = type(found).__name__
    info = getattr(found, "info", None)
    if info is not None:
        for attr, fact in (
            ("length", "duration_s"),
            ("sample_rate", "sample_rate"),
            ("channels", "channels"),
        ):
            value = getattr(info, attr, None)
            if value:
                col.fact(fact, round(value, 3) if isinstance(value, float) else value)
    tags = found.tags
    if tags is None:
        return
    if isinstance(tags, mutagen.id3.ID3):
        _id3(col, tags, f"{kind} ID3v2.{tags.version[1]} tag")
    elif kind in ("MP4", "M4A"):
        for key, values in tags.items():
            if not key.strip() or not key.isprintable():
                continue  # entries named through a QuickTime 'keys' box: isobmff.py reads those
            name = _MP4_NAMES.get(key, key.replace("----:", "freeform "))
            col.add(name, _mp4_value(key, values), "MP4 moov/udta/meta/ilst (iTunes tags)")
    else:
        where = {"FLAC": "FLAC Vorbis comment", "OggVorbis": "Ogg Vorbis comment", "OggOpus": "Opus comment"}
        for key, value in tags.items():
            col.add(
                str(key),
                value if not isinstance(value, list) else "; ".join(map(str, value)),
                where.get(kind, f"{kind} tag"),
            )
    pictures = getattr(found, "pictures", None)
    if pictures:
        for picture in pictures:
            col.add(
                "Embedded picture (cover)",
                f"{picture.mime}, {len(picture.data)} bytes",
                f"{kind} PICTURE block",
            )


def _id3(col: Collector, tags: Any, where: str) -> None:
    for frame in tags.values():
        frame_id = frame.FrameID
        name = _ID3_NAMES.get(frame_id, frame_id)
        if frame_id in ("APIC", "GEOB"):
            data = getattr(frame, "data", b"")
            value = f"{getattr(frame, 'mime', '')}, {len(data)} bytes {getattr(frame, 'desc', '')}".strip()
        elif frame_id == "PRIV":
            value = f"owner {frame.owner}, {len(frame.data)} bytes"
        elif frame_id == "UFID":
            value = f"{frame.owner}: {frame.data!r}"
        elif frame_id == "TXXX":
            name = f"Custom text (TXXX) {frame.desc}"
            value = "; ".join(map(str, frame.text))
        elif hasattr(frame, "text"):
            value = "; ".join(map(str, frame.text))
        else:
            value = frame.pprint()
        col.add(name, value, where)


def read_id3v1(col: Collector, source: Source) -> None:
    """ID3v1 (last 128 bytes) by hand: mutagen folds it into its ID3v2 view, hiding where it was."""
    tail = source.tail(128)
    if len(tail) == 128 and tail.startswith(b"TAG"):
        where = "ID3v1 tag (end of file)"
        for name, start, end in (
            ("Title", 3, 33),
            ("Artist", 33, 63),
            ("Album", 63, 93),
            ("Year", 93, 97),
            ("Comment", 97, 127),
        ):
            text = tail[start:end].split(b"\x00", 1)[0].decode("latin-1").strip()
            if text:
                col.add(name, text, where)


def read_ape(col: Collector, source: Source) -> None:
    """APEv2 tags appended at the end (mutagen's generic File picks the format, not APE)."""
    reader: Any = mutagen.apev2.APEv2
    try:
        tags: Any = reader(source.file())
    except mutagen.apev2.APENoHeaderError:
        return
    for key, value in tags.items():
        shown = f"{len(bytes(value))} bytes" if value.kind == mutagen.apev2.BINARY else str(value)
        col.add(str(key), shown, "APEv2 tag")
