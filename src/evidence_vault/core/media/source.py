"""Random access to an item's bytes for parsers, without files.

In the analysis child, a ``Source`` fetches blocks from the parent over a pipe; in
tests and fuzzing it wraps bytes. ``SourceFile`` makes either look like a read-only,
seekable binary file for libraries (Pillow, ExifRead, PyAV, pikepdf, mutagen).
"""

from __future__ import annotations

import io
from collections import OrderedDict
from collections.abc import Callable
from typing import BinaryIO, cast

BLOCK = 1 << 20
CACHE_BLOCKS = 48  # at most 48 MiB of an item in memory at once


class Source:
    """An item's bytes, read by 1 MiB blocks through ``fetch(block_index)``."""

    def __init__(
        self,
        size: int,
        fetch: Callable[[int], bytes],
        *,
        whole: bytes | None = None,
        fetch_all: Callable[[], bytes] | None = None,
    ) -> None:
        self.size = size
        self._fetch = fetch
        self._whole = whole  # set when the bytes are already in memory: read without blocks
        self._fetch_all = fetch_all  # the whole item in one transfer, for ``all``
        self._cache: OrderedDict[int, bytes] = OrderedDict()

    @classmethod
    def of(cls, data: bytes) -> Source:
        data = bytes(data)
        return cls(len(data), lambda index: data[index * BLOCK : (index + 1) * BLOCK], whole=data)

    def _block(self, index: int) -> bytes:
        block = self._cache.get(index)
        if block is None:
            block = self._fetch(index)
            self._cache[index] = block
            while len(self._cache) > CACHE_BLOCKS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(index)
        return block

    def read_at(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset``; short at the end, never past it."""
        if offset < 0 or offset >= self.size or length <= 0:
            return b""
        length = min(length, self.size - offset)
        if self._whole is not None:
            return self._whole[offset : offset + length]
        index, start = divmod(offset, BLOCK)
        if start + length <= BLOCK:  # within one block: one copy, not two
            return self._block(index)[start : start + length]
        out = bytearray()
        while length > 0:
            index, start = divmod(offset, BLOCK)
            piece = self._block(index)[start : start + length]
            if not piece:
                break
            out += piece
            offset += len(piece)
            length -= len(piece)
        return bytes(out)

    def head(self, length: int) -> bytes:
        return self.read_at(0, length)

    def tail(self, length: int) -> bytes:
        return self.read_at(max(0, self.size - length), length)

    def all(self, limit: int) -> bytes:
        """The whole item if it is at most ``limit`` bytes; else ValueError."""
        if self.size > limit:
            raise ValueError(f"too large to read whole ({self.size} bytes, limit {limit})")
        if self._whole is None and self._fetch_all is not None:
            # One transfer instead of a request per block; later reads come from memory.
            self._whole = self._fetch_all()
            self._cache.clear()
        if self._whole is not None and len(self._whole) == self.size:
            return self._whole
        return self.read_at(0, self.size)

    def file(self) -> BinaryIO:
        return cast(BinaryIO, SourceFile(self))


class SourceFile(io.RawIOBase):
    """A read-only, seekable file over a Source."""

    def __init__(self, source: Source) -> None:
        super().__init__()
        self._source = source
        self._pos = 0
        self.name = "<evidence item>"

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def writable(self) -> bool:
        return False

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            pos = offset
        elif whence == io.SEEK_CUR:
            pos = self._pos + offset
        elif whence == io.SEEK_END:
            pos = self._source.size + offset
        else:
            raise ValueError(f"bad whence {whence}")
        if pos < 0:
            raise OSError("seek before the start of the item")
        self._pos = pos
        return pos

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            size = self._source.size - self._pos
        data = self._source.read_at(self._pos, size)
        self._pos += len(data)
        return data

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(buffer))
        view = memoryview(buffer).cast("B")
        view[: len(data)] = data
        return len(data)

    def __len__(self) -> int:
        return self._source.size
