"""An exclusive, non-blocking lock that keeps a second program off an open vault."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import VaultLocked

# Windows byte-range locks are mandatory, so lock a byte far past the end of the
# key file, where no read or write of ours ever goes.
_WINDOWS_LOCK_OFFSET = 1 << 40


class ProcessLock:
    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            self._acquire()
        except OSError as exc:
            os.close(self._fd)
            raise VaultLocked(f"the vault at {path.parent} is already open in another program") from exc

    def _acquire(self) -> None:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(self._fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(self._fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self) -> None:
        if self._fd < 0:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                os.lseek(self._fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.close(self._fd)  # closing also drops a flock
            self._fd = -1
