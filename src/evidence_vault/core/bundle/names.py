"""Member names: what the sealer writes, and the one rule every name read must meet.

A bundle is opened on Windows, macOS and Linux, so a name must mean the same plain file
inside the chosen folder on all of them. The rule is strict rather than clever: forward
slashes only; no backslash, colon (drives, alternate data streams), characters Windows
forbids, control, zero-width or bidi characters; no empty, ``.`` or ``..`` component; no
reserved device name (CON, NUL, COM1, …, with or without an extension); no component
ending in a dot or a space; bounded length and depth.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

MAX_NAME_BYTES = 1024
MAX_COMPONENT_BYTES = 200  # under every file system's 255, leaving room for a temporary suffix
MAX_DEPTH = 8
_FORBIDDEN = set('\\:*?"<>|')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{kind}{n}" for kind in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]
}
_SAFE = re.compile(r"[^\w.\- ]", re.UNICODE)
# What a sanitized copy re-encoded into another format is named with.
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "audio/wav": ".wav", "audio/x-wav": ".wav"}


def problem(name: str) -> str | None:
    """Why ``name`` is not a portable member name, or None when it is."""
    if not name or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return "empty or too long"
    parts = name.split("/")
    if len(parts) > MAX_DEPTH:
        return f"deeper than {MAX_DEPTH} folders"
    for part in parts:
        if part in ("", ".", ".."):
            return "an empty, '.' or '..' path component (or an absolute path)"
        if len(part.encode("utf-8", "surrogatepass")) > MAX_COMPONENT_BYTES:
            return "a path component longer than a file system allows"
        for char in part:
            if char in _FORBIDDEN:
                return f"the character {char!r}, which Windows reads as a path or drive separator or forbids"
            if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
                return f"a control, zero-width or bidi character (U+{ord(char):04X})"
        if part[-1] in ". ":
            return "a component ending in a dot or a space (Windows drops them)"
        if part.split(".")[0].rstrip(" ").upper() in _RESERVED:
            return f"the reserved device name {part.split('.')[0]!r}"
    return None


def inside(root: Path, name: str) -> Path:
    """The path ``name`` (already checked by ``problem``) names under ``root``; ValueError
    if, resolved, it would lie outside it (a link planted in the folder, say)."""
    base = root.resolve()
    target = (base / name).resolve()
    if target == base or not target.is_relative_to(base):
        raise ValueError(f"{name!r} would be written outside {root}")
    return target


def tame(part: str) -> str:
    """A name component with every character but letters, digits, ``.``, ``-``, ``_`` and
    spaces made ``_``, without leading or trailing dots and spaces ("" if nothing is left)."""
    return _SAFE.sub("_", part).strip(". ")


def for_item(item_id: int, name: str, new_type: str | None = None) -> str:
    """The member name an item's file gets: its number and a tamed copy of its name. A
    sanitized copy re-encoded into another format (``new_type``, a HEIC made a JPEG)
    takes that format's extension, so the name does not claim what the file is not."""
    tamed = tame(name.replace("\\", "_").replace("/", "_")) or "item"
    extension = EXTENSIONS.get(new_type or "", "")
    if extension:
        stem, dot, _old = tamed.rpartition(".")
        tamed = stem if dot and stem else tamed
    prefix = f"{item_id:06d}-"
    room = MAX_COMPONENT_BYTES - len(prefix) - len(extension)
    if len(tamed.encode("utf-8")) > room:  # cut by bytes (a file system's limit), keeping the extension
        stem, dot, old = tamed.rpartition(".")
        suffix = dot + old if dot and len(old) <= 8 else ""
        cut = (stem if suffix else tamed).encode("utf-8")[: room - len(suffix)].decode("utf-8", "ignore")
        tamed = (cut.rstrip(". ") or "item") + suffix
    return f"files/{prefix}{tamed}{extension}"
