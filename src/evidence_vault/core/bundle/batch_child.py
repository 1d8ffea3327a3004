"""Batch intake's verifier: ``python -m evidence_vault.core.bundle.batch_child``.

One process verifies bundle after bundle, so that a batch of many small bundles does not
pay an interpreter's start (most of a second) for each. Like ``check_child`` it has a GIL
of its own (pyrage holds the GIL while it decrypts), and it holds plaintext and a key: it
never dumps core and may write no file at all.

Over its stdin (parent to child), messages of a kind byte, a 4-byte length and a payload:

    K  the age identity (``AGE-SECRET-KEY-1…``), first and once: the key travels over this
       pipe only, never through a file, the command line or the environment
    P  a bundle file's path (bytes, as the file system spells it): verify it

Over its stdout, one answer per ``P``:

    R  JSON: problems, checks, bundle_id, file_sha256 (of every byte read, to the file's
       end), size (how many) and manifest_sha256 (of the manifest found inside)
    E  text: why this file could not be read at all (the next ``P`` is still answered)

It ends when its stdin closes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import Any, BinaryIO

import pyrage

from ..child import limits, protocol
from ..child.protocol import ProtocolError
from .outcome import to_wire
from .reading import read_stream

MODULE = "evidence_vault.core.bundle.batch_child"
KEY = b"K"
PATH = b"P"
REPORT = b"R"
ERROR = b"E"
MAX_PAYLOAD = {KEY: 4096, PATH: 64 << 10, REPORT: 64 << 20, ERROR: 64 << 10}


def frame(kind: bytes, payload: bytes) -> bytes:
    return protocol.HEADER.pack(kind, len(payload)) + payload


class _Counted:
    """A file read through, counting the bytes (the size the hash covers)."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle, self.size = handle, 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        count = int(self.handle.readinto(target) or 0)  # type: ignore[attr-defined]
        self.size += count
        return count


def check(path: bytes, identity: pyrage.x25519.Identity) -> dict[str, Any]:
    with open(os.fsdecode(path), "rb", buffering=0) as handle:
        counted = _Counted(handle)
        report = read_stream(counted, identity, None)  # type: ignore[arg-type]
    return to_wire(report, size=counted.size)


def serve(inp: BinaryIO, out: BinaryIO) -> None:
    kind, key = protocol.receive(inp, MAX_PAYLOAD)
    if kind != KEY:
        raise ProtocolError("the identity must come first")
    identity = pyrage.x25519.Identity.from_str(key.decode("ascii"))
    del key
    while True:
        try:
            kind, path = protocol.receive(inp, MAX_PAYLOAD)
        except EOFError:
            return
        if kind != PATH:
            raise ProtocolError(f"unexpected message {kind!r}")
        try:
            answer = frame(REPORT, json.dumps(check(path, identity)).encode("utf-8"))
        except OSError as exc:
            answer = frame(ERROR, f"cannot read the file: {exc.strerror or exc}".encode()[: 64 << 10])
        view = memoryview(answer)
        while view:
            view = view[out.write(view) or 0 :]


def main() -> int:
    limits.no_core_dumps()  # it holds plaintext and a key
    inp, out = protocol.take_stdio()
    limits.no_files()  # and nothing here may write a file at all
    try:
        serve(inp, out)
    except (EOFError, BrokenPipeError):
        return 0  # the batch is gone or gave up: nobody to answer
    except Exception as exc:  # noqa: BLE001 - reported to the batch in words
        with contextlib.suppress(OSError):
            out.write(frame(ERROR, f"{type(exc).__name__}: {exc}".encode()[: 64 << 10]))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
