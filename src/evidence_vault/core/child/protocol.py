"""Framing between the vault process and its helper processes: kind (1 byte), length (4),
payload. Each helper names its own kinds and their size limits (media/messages.py,
bundle/check_child.py); a kind it does not expect, or a payload over its limit, is an error."""

from __future__ import annotations

import contextlib
import os
import struct
import sys
from collections.abc import Mapping
from typing import BinaryIO

HEADER = struct.Struct(">cI")


class ProtocolError(Exception):
    pass


def take_stdio() -> tuple[BinaryIO, BinaryIO]:
    """In a helper: the pipes from and to the parent (its original stdin and stdout), and
    stdout pointed at stderr, so that anything a C library prints cannot break the framing."""
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(os.dup(0), "rb", buffering=0), out


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
    with contextlib.suppress(OSError, AttributeError, ImportError):
        import fcntl  # POSIX only: elsewhere the pipe keeps its size

        fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ


def receive(stream: BinaryIO, limits: Mapping[bytes, int]) -> tuple[bytes, bytes]:
    """One message; ProtocolError for a kind not in ``limits`` or a payload over its limit."""
    kind, size = HEADER.unpack(read_exact(stream, HEADER.size))
    limit = limits.get(kind)
    if limit is None or size > limit:
        raise ProtocolError(f"unexpected message {kind!r} of {size} bytes")
    return kind, read_exact(stream, size)
