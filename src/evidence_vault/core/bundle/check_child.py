"""The sealing's read-back verifier: ``python -m evidence_vault.core.bundle.check_child --fd N``.

pyrage holds the GIL while it encrypts and decrypts, so a verifier thread in the sealing
process only takes turns with the encryptor. This child has a GIL of its own: it follows
the bundle file (inherited as the read-only descriptor ``N``) as the sealing process writes
it, decrypts what has landed with the vault's own age identity and runs every check a
recipient runs (``reading.read_stream``), then answers with the report.

Over its stdin (parent to child), messages of a kind byte, a 4-byte length and a payload:

    K  the vault's age identity (``AGE-SECRET-KEY-1…``), first and once: the key travels
       over this pipe only, never through a file, the command line or the environment
    W  >Q bytes written so far (sent at most once per MiB; a hint that more has landed)
    C  >Q bytes written in all, sent only after the file was flushed, fsynced and closed

Over its stdout (child to parent), one message:

    R  JSON: problems, checks, bundle_id, file_sha256 (of the bytes read back) and
       manifest_sha256 (of the manifest found inside)
    E  text: why the check could not run at all

It reads to the file's real end only after ``C``, and that end must be exactly the number of
bytes written. It holds plaintext and a key: it never dumps core (``RLIMIT_CORE`` 0, and not
dumpable on Linux), and it may write no file at all (``RLIMIT_FSIZE`` 0). It ends when its
stdin closes; the sealing process kills it on cancel or any failure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import struct
import sys
from typing import Any, BinaryIO

import pyrage

from ..child import limits, protocol
from ..child.protocol import ProtocolError
from .follow import Follower
from .outcome import to_wire
from .reading import read_stream

MODULE = "evidence_vault.core.bundle.check_child"
HEADER = protocol.HEADER
SIZE = struct.Struct(">Q")
KEY = b"K"
WRITTEN = b"W"
CLOSED = b"C"
REPORT = b"R"
ERROR = b"E"
MAX_PAYLOAD = {KEY: 4096, WRITTEN: SIZE.size, CLOSED: SIZE.size, REPORT: 64 << 20, ERROR: 64 << 10}


def frame(kind: bytes, payload: bytes) -> bytes:
    return HEADER.pack(kind, len(payload)) + payload


def receive(stream: BinaryIO) -> tuple[bytes, bytes]:
    return protocol.receive(stream, MAX_PAYLOAD)  # the one framing, with these kinds


def follower(fd: int, messages: BinaryIO) -> Follower:
    """The bundle file (descriptor ``fd``) followed through the sealing process's messages:
    ``W`` means more has landed, ``C`` gives the size written in all."""

    def more(_position: int) -> int | None:
        kind, payload = receive(messages)
        if kind == CLOSED:
            return int(SIZE.unpack(payload)[0])
        if kind != WRITTEN:
            raise ProtocolError(f"unexpected message {kind!r}")
        return None

    return Follower(fd, more)


def check(fd: int, inp: BinaryIO) -> dict[str, Any]:
    kind, key = receive(inp)
    if kind != KEY:
        raise ProtocolError("the identity must come first")
    identity = pyrage.x25519.Identity.from_str(key.decode("ascii"))
    del key
    followed = follower(fd, inp)
    try:
        report = read_stream(followed, identity, None)
    finally:
        followed.close()
    return to_wire(report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fd", type=int, required=True)
    args = parser.parse_args(argv)
    limits.no_core_dumps()  # it holds plaintext and a key
    inp, out = protocol.take_stdio()
    limits.no_files()  # and nothing here may write a file at all
    try:
        result = check(args.fd, inp)
    except (EOFError, BrokenPipeError):
        return 0  # the sealing process is gone or gave up: nobody to answer
    except Exception as exc:  # noqa: BLE001 - reported to the sealing process in words
        with contextlib.suppress(OSError):
            out.write(frame(ERROR, f"{type(exc).__name__}: {exc}".encode()[: 64 << 10]))
        return 2
    data = frame(REPORT, json.dumps(result).encode("utf-8"))
    view = memoryview(data)
    with contextlib.suppress(BrokenPipeError):
        while view:
            view = view[out.write(view) or 0 :]
    return 0


if __name__ == "__main__":
    sys.exit(main())
