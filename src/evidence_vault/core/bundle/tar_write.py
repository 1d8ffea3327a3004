"""The tar a bundle holds, produced on demand as the encryptor pulls it."""

from __future__ import annotations

import hashlib
import tarfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ..store import blobstore
from .errors import BundleError, check_cancel


@dataclass(frozen=True)
class Member:
    path: str
    size: int
    sha256: str
    chunks: Callable[[], Iterable[bytes]]


def bytes_member(path: str, data: bytes) -> Member:
    return Member(path, len(data), hashlib.sha256(data).hexdigest(), lambda: [data])


def tar_stream(
    members: list[Member],
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None = None,
) -> Iterator[bytes]:
    """A pax header, the data, padding to 512 bytes per member, and the end-of-archive
    blocks: only what ``tar_read`` accepts."""
    total = sum(m.size for m in members)
    done = 0
    written = 0
    for member in members:
        info = tarfile.TarInfo(member.path)
        info.size, info.mode, info.mtime = member.size, 0o644, 0
        header = info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")
        yield header
        # Each member's SHA-256 is not taken here: the read-back check hashes what landed in the
        # bundle and compares it with the signed manifest (the hash taken at import).
        size = 0
        for chunk in member.chunks():
            check_cancel(cancel)
            size += len(chunk)
            if size > member.size:
                break
            yield bytes(chunk)
            if progress and len(chunk) >= blobstore.CHUNK_SIZE:
                progress(done + size, total)  # large files move the bar chunk by chunk
        if size != member.size:
            raise BundleError(f"{member.path}: the vault's bytes do not match their recorded size")
        padding = -size % tarfile.BLOCKSIZE
        yield bytes(padding)
        written += len(header) + size + padding
        done += size
        if progress:
            progress(done, total)
    end = 2 * tarfile.BLOCKSIZE
    yield bytes(end + (-(written + end) % tarfile.RECORDSIZE))
