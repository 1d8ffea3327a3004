"""Framing between the vault process and the analysis child: kind (1 byte), length (4), payload."""

from __future__ import annotations

import contextlib
import fcntl
import struct
from collections.abc import Mapping
from typing import BinaryIO

HEADER = struct.Struct(">cI")
# parent -> child
JOB = b"J"  # JSON: {"size": n, "preview": bool, "check": bool, "cpu_s": n, "decode": max_side}
BLOCK = b"B"  # bytes of the block asked for
WHOLE = b"L"  # the whole item, asked for with ALL
# child -> parent
READ = b"R"  # >Q block index
ALL = b"W"  # empty: send the whole item (readers that read everything: JPEG, PNG)
PREVIEW = b"P"  # JPEG bytes
RESULT = b"A"  # JSON Analysis
PIXELS = b"X"  # >II width, height, then width*height*4 bytes of RGBA (a "decode" job)
MAX_WHOLE = 256 << 20  # images.MAX_WHOLE: larger items are only ever read by blocks
PIXELS_HEADER = struct.Struct(">II")
MAX_DECODE_SIDE = 4096  # pixels.MAX_SIDE: the largest picture a "decode" job answers with
MAX_PAYLOAD = {
    READ: 8,
    ALL: 0,
    PREVIEW: 4 << 20,
    RESULT: 32 << 20,
    PIXELS: PIXELS_HEADER.size + MAX_DECODE_SIDE * MAX_DECODE_SIDE * 4,
    JOB: 4096,
    BLOCK: 1 << 20,
    WHOLE: MAX_WHOLE,
}


class ProtocolError(Exception):
    pass


def send(stream: BinaryIO, kind: bytes, payload: bytes) -> None:
    view = memoryview(HEADER.pack(kind, len(payload)) + payload)
    while view:  # unbuffered pipes may take less than asked
        written = stream.write(view)
        view = view[written if written is not None else 0 :]
    stream.flush()


def read_exact(stream: BinaryIO, size: int) -> bytes:
    data = bytearray(size)
    view = memoryview(data)
    got = 0
    while got < size:
        count = stream.readinto(view[got:])  # type: ignore[attr-defined]
        if not count:
            raise EOFError("the other side closed the pipe")
        got += count
    return bytes(data)


def widen(fd: int) -> None:
    """Ask Linux for a 1 MiB pipe buffer (default 64 KiB): fewer wake-ups per block."""
    with contextlib.suppress(OSError, AttributeError):
        fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ


def receive(stream: BinaryIO, limits: Mapping[bytes, int] = MAX_PAYLOAD) -> tuple[bytes, bytes]:
    """One message; ProtocolError for a kind not in ``limits`` or a payload over its limit."""
    kind, size = HEADER.unpack(read_exact(stream, HEADER.size))
    limit = limits.get(kind)
    if limit is None or size > limit:
        raise ProtocolError(f"unexpected message {kind!r} of {size} bytes")
    return kind, read_exact(stream, size)
