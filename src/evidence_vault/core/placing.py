"""Putting a finished file in place under its final name, never over an existing file.

Outputs are written under a temporary name beside the target and moved into place only
once checked, so a crash or a refusal never leaves a half-written file under the name the
user chose. A hard link is the atomic "create only if absent" move. File systems without
hard links (FAT and exFAT, as on most USB sticks) get a rename after an existence check:
not atomic against another program racing for the same name, but never an overwrite of a
file that existed before the check.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK}


def put_in_place(partial: Path, target: Path) -> None:
    """Give ``partial`` the name ``target``; FileExistsError if ``target`` exists."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.replace(partial, target)
        return
    partial.unlink()


def fsync_directory(directory: Path) -> None:
    """Make a rename or link in ``directory`` durable (Windows has no directory handles to sync)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
