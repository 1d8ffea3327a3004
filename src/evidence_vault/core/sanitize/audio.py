"""Audio: MP3 and FLAC by hand (tags cut, frames copied), WAV by RIFF chunk, Ogg through mutagen.

MP3 tags are cut by hand because mutagen's delete can leave the appended ID3v1 and APEv2
tags (field notes); FLAC metadata blocks and WAV chunks are simple enough that copying
only the ones the decoder needs is shorter than configuring a library. M4A goes through
the MP4 remux in video.py.
"""

from __future__ import annotations

import io
import struct
from typing import Any

import mutagen
import mutagen.ogg

from .common import Cleaned, Unsupported


def _syncsafe(raw: bytes) -> int:
    return (raw[0] << 21) | (raw[1] << 14) | (raw[2] << 7) | raw[3]


def _strip_id3v2(data: bytes, removed: list[str]) -> bytes:
    while data.startswith(b"ID3") and len(data) >= 10:
        size = 10 + _syncsafe(data[6:10]) + (10 if data[5] & 0x10 else 0)
        removed.append("ID3v2 tag")
        data = data[size:]
    return data


def _strip_trailing_tags(data: bytes, removed: list[str]) -> bytes:
    while True:
        if len(data) >= 128 and data[-128:-125] == b"TAG":
            removed.append("ID3v1 tag")
            data = data[:-128]
        elif len(data) >= 32 and data[-32:-24] == b"APETAGEX":
            (size,) = struct.unpack("<I", data[-20:-16])
            (flags,) = struct.unpack("<I", data[-12:-8])
            total = size + (32 if flags & 0x80000000 else 0)
            removed.append("APEv2 tag")
            data = data[:-total]
        elif len(data) >= 15 and data[-9:] == b"LYRICS200":
            size = int(data[-15:-9].decode("ascii", "replace") or 0) if data[-15:-9].isdigit() else 0
            removed.append("Lyrics3 tag")
            data = data[: -(15 + size)]
        elif len(data) >= 10 and data[-10:-7] == b"3DI":  # ID3v2 footer of an appended tag
            size = 20 + _syncsafe(data[-4:])
            removed.append("appended ID3v2 tag")
            data = data[:-size]
        else:
            return data


def sanitize_mp3(data: bytes) -> Cleaned:
    removed: list[str] = []
    body = _strip_trailing_tags(_strip_id3v2(data, removed), removed)
    if len(body) < 4 or body[0] != 0xFF or body[1] & 0xE0 != 0xE0:
        raise Unsupported("no MPEG audio frame where the audio should start")
    return Cleaned(body, "mp3", "audio/mpeg", removed=removed)


def sanitize_flac(data: bytes) -> Cleaned:
    removed: list[str] = []
    data = _strip_trailing_tags(_strip_id3v2(data, removed), removed)
    if not data.startswith(b"fLaC"):
        raise Unsupported("not a FLAC stream")
    pos, blocks = 4, []
    names = {1: "padding", 2: "application block", 4: "Vorbis comments", 5: "cue sheet", 6: "picture"}
    while True:
        if pos + 4 > len(data):
            raise Unsupported("FLAC metadata is cut short")
        header = data[pos]
        kind, last = header & 0x7F, bool(header & 0x80)
        size = int.from_bytes(data[pos + 1 : pos + 4], "big")
        body = data[pos + 4 : pos + 4 + size]
        pos += 4 + size
        if kind in (0, 3):  # STREAMINFO, SEEKTABLE
            blocks.append((kind, body))
        else:
            removed.append(f"FLAC {names.get(kind, f'block type {kind}')}")
        if last:
            break
    if not blocks or blocks[0][0] != 0:
        raise Unsupported("FLAC stream without STREAMINFO first")
    out = bytearray(b"fLaC")
    for n, (kind, body) in enumerate(blocks):
        out += bytes([kind | (0x80 if n == len(blocks) - 1 else 0)]) + len(body).to_bytes(3, "big") + body
    out += data[pos:]
    return Cleaned(bytes(out), "flac", "audio/flac", removed=list(dict.fromkeys(removed)))


def sanitize_wav(data: bytes) -> Cleaned:
    if not (data.startswith(b"RIFF") and data[8:12] == b"WAVE"):
        raise Unsupported("not a WAV file")
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = min(len(data), 8 + riff_size)
    body, removed = bytearray(b"WAVE"), []
    pos = 12
    while pos + 8 <= end:
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        chunk = data[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size & 1)
        if kind in (b"fmt ", b"data", b"fact"):
            body += kind + struct.pack("<I", len(chunk)) + chunk + (b"\x00" if len(chunk) & 1 else b"")
        else:
            removed.append(
                f"{kind.decode('latin-1').strip()} chunk" + (" (RIFF INFO)" if kind == b"LIST" else "")
            )
    if len(data) > end:
        removed.append(f"data after the RIFF chunk ({len(data) - end} bytes)")
    if b"data" not in body:
        raise Unsupported("the WAV has no data chunk")
    return Cleaned(b"RIFF" + struct.pack("<I", len(body)) + bytes(body), "wav", "audio/wav", removed=removed)


def sanitize_ogg(data: bytes) -> Cleaned:
    buffer = io.BytesIO(data)
    try:
        handle = mutagen.File(buffer)
    except mutagen.MutagenError as exc:
        raise Unsupported(f"mutagen cannot read the Ogg stream ({exc})") from None
    if handle is None or not isinstance(handle, mutagen.ogg.OggFileType):
        raise Unsupported("an Ogg stream of a kind we do not clean")
    tags: Any = handle.tags or {}
    removed = [f"Vorbis comment {key}" for key in sorted({str(k) for k, _v in tags.items()})]
    if handle.tags is not None:
        if handle.tags.vendor:
            removed.append("Vorbis comment vendor string")
        handle.tags.clear()
        handle.tags.vendor = ""
        buffer.seek(0)
        handle.save(buffer)
    content_type = "audio/ogg"
    return Cleaned(buffer.getvalue(), "ogg", content_type, removed=removed)
