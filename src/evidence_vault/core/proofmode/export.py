"""A ProofMode export on disk, a folder or a .zip: its files listed, checked and read, bounded.

The whole listing is checked before anything is read, so that an export refused (a name that
climbs out of it, a link, too many files, a zip bomb) is refused whole, naming the file, and
nothing of it is stored. Reading a member never yields more than its declared size, and a
.zip member never decompresses past ``MAX_RATIO`` times its compressed size.
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MAX_ENTRIES = 10_000
MAX_SIDECAR = 4 << 20  # a proof, signature, key or timestamp file; real ones are a few KiB
MAX_TOTAL = 256 << 30
MAX_RATIO = 200  # compressed media hardly shrinks; a bomb shrinks a thousandfold
READ = 1 << 20


class ExportRefused(Exception):
    """The export as a whole is refused; ``str`` names the file and says why."""


@dataclass(frozen=True)
class Entry:
    name: str  # the path inside the export, '/'-separated
    size: int

    @property
    def base(self) -> str:
        return PurePosixPath(self.name).name


def _check_name(name: str) -> str:
    shown = name.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
    if "\\" in name or "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise ExportRefused(f"{shown}: the name is not a plain relative path")
    parts = PurePosixPath(name).parts
    if not parts or any(part in ("..", ".") for part in parts):
        raise ExportRefused(f"{shown}: the name leads outside the export")
    if any(not c.isprintable() for c in name):
        raise ExportRefused(f"{shown}: the name holds control characters")
    return name


class Export:
    """Open with ``Export.open(path)``; ``entries`` lists the files; ``read``/``chunks`` read one."""

    def __init__(self, path: Path, entries: list[Entry], archive: zipfile.ZipFile | None) -> None:
        self.path = path
        self.entries = entries
        self._zip = archive
        self._by_name = {e.name: e for e in entries}

    @classmethod
    def open(cls, path: Path) -> Export:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return cls(path, _walk(path), None)
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise ExportRefused(f"{path.name}: not a readable .zip ({exc})") from None
        try:
            return cls(path, _listing(archive), archive)
        except BaseException:
            archive.close()
            raise

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> Export:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def is_zip(self) -> bool:
        return self._zip is not None

    def file_path(self, name: str) -> Path | None:
        """The file on disk (a folder export), for a reader that streams it itself."""
        return None if self._zip is not None else self.path.joinpath(*name.split("/"))

    def chunks(self, name: str) -> Iterator[bytes]:
        entry = self._by_name[name]
        left = entry.size
        if self._zip is not None:
            handle = self._zip.open(name)
        else:
            path = self.file_path(name)
            assert path is not None
            handle = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below
        try:
            while left > 0:
                piece = handle.read(min(READ, left))
                if not piece:
                    break
                left -= len(piece)
                yield piece
            if left != 0 or handle.read(1):
                raise ExportRefused(f"{name}: its size changed while it was read")
        except zipfile.BadZipFile as exc:
            raise ExportRefused(f"{name}: damaged in the .zip ({exc})") from None
        finally:
            handle.close()

    def read(self, name: str, limit: int = MAX_SIDECAR) -> bytes:
        entry = self._by_name[name]
        if entry.size > limit:
            raise ExportRefused(f"{name}: {entry.size} bytes, over the limit of {limit} for such a file")
        return b"".join(self.chunks(name))


def _walk(root: Path) -> list[Entry]:
    entries: list[Entry] = []
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs.sort()
        for name in [*sorted(dirs), *sorted(names)]:
            path = Path(folder) / name
            relative = path.relative_to(root).as_posix()
            mode = os.lstat(path).st_mode
            if stat.S_ISLNK(mode):
                raise ExportRefused(f"{_check_name(relative)}: a symbolic link; links are not followed")
            if stat.S_ISDIR(mode):
                continue
            if not stat.S_ISREG(mode):
                raise ExportRefused(f"{_check_name(relative)}: not a regular file")
            entries.append(Entry(_check_name(relative), os.lstat(path).st_size))
            if len(entries) > MAX_ENTRIES:
                raise ExportRefused(f"{root.name}: more than {MAX_ENTRIES} files")
    return _totals(root.name, entries)


def _listing(archive: zipfile.ZipFile) -> list[Entry]:
    members = archive.infolist()
    if len(members) > MAX_ENTRIES:
        raise ExportRefused(f"the .zip holds {len(members)} entries, more than {MAX_ENTRIES}")
    entries: list[Entry] = []
    seen: set[str] = set()
    for member in members:
        name = _check_name(member.filename.rstrip("/") if member.is_dir() else member.filename)
        kind = (member.external_attr >> 16) & 0o170000
        if kind == stat.S_IFLNK:
            raise ExportRefused(f"{name}: a symbolic link in the .zip")
        if member.is_dir():
            continue
        if kind not in (0, stat.S_IFREG):
            raise ExportRefused(f"{name}: not a regular file")
        if member.flag_bits & 0x1:
            raise ExportRefused(f"{name}: encrypted in the .zip")
        if name in seen:
            raise ExportRefused(f"{name}: appears twice in the .zip")
        seen.add(name)
        ratio_floor = max(member.compress_size, 1) * MAX_RATIO
        if member.file_size > (1 << 20) and member.file_size > ratio_floor:
            raise ExportRefused(
                f"{name}: would expand {member.file_size // max(member.compress_size, 1)} times (a zip bomb?)"
            )
        entries.append(Entry(name, member.file_size))
    return _totals("the .zip", entries)


def _totals(where: str, entries: list[Entry]) -> list[Entry]:
    total = sum(e.size for e in entries)
    if total > MAX_TOTAL:
        raise ExportRefused(f"{where}: {total} bytes in all, over the limit of {MAX_TOTAL}")
    return entries
