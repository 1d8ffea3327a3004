"""Reading the bundle file while the seal writes it: the one follower both checkers use."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import Any


class Follower(io.RawIOBase):
    """Reads a file as another party writes it. At the end of what has landed it calls
    ``more(position)``, which waits and returns None while writing goes on, or the number
    of bytes written in all once the writer has flushed, synced and closed the file. The
    end comes only then, at the file's real end, which must be exactly that size."""

    def __init__(self, fd: int, more: Callable[[int], int | None]) -> None:
        self._file = os.fdopen(fd, "rb", buffering=0)
        self._more = more
        self._position = 0
        self._final: int | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while True:
            count = self._file.readinto(target)
            if count:
                self._position += count
                return int(count)
            if self._final is not None:
                if self._position != self._final:
                    raise OSError(f"the file holds {self._position} bytes; {self._final} were written")
                return 0
            self._final = self._more(self._position)

    def close(self) -> None:
        self._file.close()
        super().close()
