"""Reading the decrypted tar stream, member by member, within fixed bounds.

Parsed by hand, not with ``tarfile``: tarfile reads pax and GNU long-name headers of any
size into memory, follows sparse maps (a 20 KB stream can claim terabytes), and accepts
links and devices that a caller must then remember to refuse. A bundle needs none of it:
this reader knows ustar headers, pax ``x`` headers of at most 64 KiB with the keys the
sealer writes, and plain files; anything else is an error naming the member.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

BLOCK = 512
MAX_PAX = 64 << 10
_PAX_KEYS = {"path", "size", "mtime"}
_PLAIN = (b"0", b"\0")
_KINDS = {b"1": "a hard link", b"2": "a symbolic link", b"3": "a character device", b"4": "a block device",
          b"5": "a folder", b"6": "a FIFO", b"7": "a contiguous file", b"g": "a global pax header",
          b"S": "a sparse file", b"L": "a GNU long name", b"K": "a GNU long link name"}  # fmt: skip


class TarFormatError(ValueError):
    """The stream is not a tar this reader accepts; the message names the member."""


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def _number(field: bytes, what: str) -> int:
    if field[:1] and field[0] & 0x80:
        raise TarFormatError(f"a {what} in base-256 form, which the sealer never writes")
    text = field.split(b"\0", 1)[0].strip(b" ")
    try:
        return int(text, 8) if text else 0
    except ValueError:
        raise TarFormatError(f"a malformed {what} field") from None


def _pax(data: bytes) -> dict[str, str]:
    records: dict[str, str] = {}
    while data:
        length_text, space, _ = data.partition(b" ")
        try:
            length = int(length_text)
        except ValueError:
            raise TarFormatError("a malformed pax header") from None
        record, data = data[:length], data[length:]
        if not space or length <= len(length_text) + 1 or not record.endswith(b"\n"):
            raise TarFormatError("a malformed pax header")
        key, eq, value = record[len(length_text) + 1 : -1].partition(b"=")
        name = key.decode("utf-8", "replace")
        if not eq or name not in _PAX_KEYS:
            raise TarFormatError(f"a pax header field {name!r} that bundles do not use")
        try:
            records[name] = value.decode("utf-8")
        except UnicodeDecodeError:
            raise TarFormatError("a pax header value that is not UTF-8") from None
    return records


class TarReader:
    """``next()`` gives each member's name and size; ``read`` gives its data, never past it.
    Whatever of a member is left unread is skipped (read and dropped) by the next ``next()``."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._left = 0
        self._padding = 0
        self._name = ""

    def _exact(self, size: int) -> bytes:
        data = self._raw.read(size)
        while len(data) < size:
            more = self._raw.read(size - len(data))
            if not more:
                raise TarFormatError(f"the stream ends in the middle of {self._name or 'the tar'}")
            data += more
        return data

    def read(self, size: int) -> bytes:
        if self._left <= 0:
            return b""
        data = self._raw.read(min(size, self._left))
        if not data:
            raise TarFormatError(f"the stream ends in the middle of {self._name}")
        self._left -= len(data)
        return data

    def next(self) -> Member | None:
        while self._left:
            self.read(1 << 20)
        self._exact(self._padding)
        self._padding = 0
        pax: dict[str, str] = {}
        while True:
            header = self._exact(BLOCK)
            if header == bytes(BLOCK):
                if self._exact(BLOCK) != bytes(BLOCK):
                    raise TarFormatError("a single zero block in the middle of the tar")
                if pax:
                    raise TarFormatError("a pax header with no member after it")
                return None
            stored = _number(header[148:156], "checksum")
            if stored != sum(header[:148]) + 8 * 32 + sum(header[156:]):
                raise TarFormatError(f"a damaged tar header after {self._name or 'the start'}")
            kind = header[156:157]
            size = _number(header[124:136], "size")
            name = header[:100].split(b"\0", 1)[0]
            if header[257:263] == b"ustar\0" and header[345:500].strip(b"\0"):
                name = header[345:500].split(b"\0", 1)[0] + b"/" + name
            shown = pax.get("path") or name.decode("utf-8", "replace")
            if kind == b"x":
                if size > MAX_PAX:
                    raise TarFormatError(f"a pax header of {size} bytes before {shown!r}")
                self._name = "a pax header"
                data = self._exact(size + (-size % BLOCK))[:size]
                pax = _pax(data)
                continue
            if kind not in _PLAIN:
                what = _KINDS.get(kind, f"tar type {kind!r}")
                raise TarFormatError(f"{shown!r} is {what}, not a plain file")
            if "size" in pax:
                try:
                    size = int(pax["size"])
                except ValueError:
                    raise TarFormatError(f"{shown!r}: a malformed size in its pax header") from None
            if "path" not in pax:
                try:
                    shown = name.decode("utf-8")
                except UnicodeDecodeError:
                    raise TarFormatError(f"{shown!r}: a name that is not UTF-8") from None
            self._name, self._left, self._padding = shown, size, -size % BLOCK
            return Member(shown, size)
