"""Reading a bundle: decrypt in one streaming pass and run every check (``walk``).

File contents reach a receiver (nothing, a folder, the investigator's own vault) only
after the signed manifest was verified and said how much will come; the caller discards
what it received if the report is not ok.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from ..child import protocol
from . import walk
from .errors import BundleError
from .outcome import BundleReport, Receiver
from .tar_read import TarFormatError


def read(path: Path, identity: pyrage.x25519.Identity, receiver: Receiver | None = None) -> BundleReport:
    """Decrypt and check a bundle in one streaming pass."""
    with open(path, "rb") as raw:
        return read_stream(raw, identity, receiver)


def read_stream(
    raw: BinaryIO | io.RawIOBase, identity: pyrage.x25519.Identity, receiver: Receiver | None
) -> BundleReport:
    report = BundleReport()
    read_fd, write_fd = os.pipe()
    protocol.widen(write_fd)  # the decryptor's 1 MiB writes in one piece
    failure: list[BaseException] = []
    ciphertext = hashlib.sha256()

    def decrypt() -> None:
        try:
            with os.fdopen(write_fd, "wb", buffering=1 << 20) as pipe:
                pyrage.decrypt_io(io.BufferedReader(_Hashing(raw, ciphertext), 1 << 20), pipe, [identity])
        except Exception as exc:  # noqa: BLE001 - any failure is reported below, in plain words
            failure.append(exc)

    worker = threading.Thread(target=decrypt, name="bundle-decrypt", daemon=True)
    worker.start()
    stream_error: Exception | None = None
    try:
        with os.fdopen(read_fd, "rb") as plain:
            try:
                walk.check_stream(plain, report, receiver)
            finally:
                # The reader stops at the end-of-archive blocks, or at the first failure; the rest
                # is drained so the decryptor is not failed by a closed pipe (EPIPE) at random.
                while plain.read(1 << 20):
                    pass
    except (OSError, ValueError, BundleError) as exc:
        stream_error = exc
    finally:
        worker.join()
    report.file_sha256 = ciphertext.hexdigest()
    if failure:
        # Whatever the reader saw of a stream that failed to decrypt is a consequence, not news.
        report.problems = [_decrypt_problem(failure[0])]
    elif isinstance(stream_error, BundleError):
        report.problems.append(str(stream_error))
    elif isinstance(stream_error, TarFormatError):
        report.problems.append(f"the bundle's tar is malformed: {stream_error}")
    elif stream_error is not None:
        report.problems.append(f"the bundle's contents are malformed: {stream_error}")
    return report


class _Hashing(io.RawIOBase):
    """Reads through to a file, hashing what passes (the bundle's SHA-256 in the same pass)."""

    def __init__(self, raw: Any, digest: Any) -> None:
        self._raw = raw
        self._digest = digest

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        count = self._raw.readinto(target)
        if count:
            self._digest.update(memoryview(target)[:count])
        return int(count or 0)


def _decrypt_problem(exc: BaseException) -> str:
    text = str(exc)
    if "No matching keys" in text or "no identity matched" in text.lower():
        return "this bundle is not encrypted to the given identity"
    return f"the bundle is damaged or was altered (decryption failed: {text})"
