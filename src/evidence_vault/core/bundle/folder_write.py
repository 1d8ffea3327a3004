"""Writing a verified bundle's files into a folder the user chose: room checked first, every
file new (0600, in folders 0700 made here), never over anything, never outside the folder,
and the whole folder removed again after a failure. Used by ``intake`` (open into a folder)
and ``bag`` (a BagIt package for an archive)."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from . import names
from .errors import BundleError
from .manifest import total_size

KEEP_FREE = 64 << 20  # room left on the disk after the bundle's files


def check_room(manifest: dict[str, Any], where: Path, max_bytes: int) -> None:
    """Refuse, before a byte is written, more than ``max_bytes`` or more than the disk holds."""
    total = total_size(manifest)
    if total > max_bytes:
        raise BundleError(
            f"the signed manifest declares {total} bytes of files, more than the limit of {max_bytes}; "
            "nothing was written (raise the limit with --max-size if you expected this)"
        )
    free = shutil.disk_usage(where).free
    if total + KEEP_FREE > free:
        raise BundleError(
            f"the signed manifest declares {total} bytes of files; {where} has {free} bytes free; "
            "nothing was written"
        )


def write_new(root: Path, name: str) -> BinaryIO:
    """A new file for member ``name`` under ``root``: every folder made 0700 and every step
    checked to be a real folder inside ``root``, the file created 0600, never over anything."""
    target = names.inside(root, name)
    folder = root.resolve()
    for part in PurePosixPath(name).parts[:-1]:
        folder = folder / part
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
        if folder.is_symlink() or not folder.is_dir():
            raise BundleError(f"{name}: {folder} is not a folder made by this bundle")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(target, flags, 0o600), "wb")


def remove_tree(root: Path) -> None:
    """Remove ``root`` and everything in it (links themselves, never what they point to)."""
    for path in sorted(root.rglob("*"), reverse=True):
        with contextlib.suppress(OSError):
            path.unlink() if path.is_file() or path.is_symlink() else path.rmdir()
    with contextlib.suppress(OSError):
        root.rmdir()
