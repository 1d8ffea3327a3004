"""The one way text taken from files (names, metadata values, bundle contents) is made
safe to show on a terminal or in a message. Kept free of other imports so that every
layer (importer, media read-out, the command line) can use it without import cycles."""

from __future__ import annotations

import unicodedata


def display_name(raw: bytes) -> str:
    """A file name made safe to show; undecodable bytes become \\xNN escapes."""
    return visible_text(raw.decode("utf-8", errors="backslashreplace"))


def visible_text(text: str, *, keep_newlines: bool = False) -> str:
    """Text made safe to show: control, zero-width and bidi characters (escape codes,
    U+200B, U+202E…) become visible escapes, so no text can rewrite a terminal or hide
    what it is."""
    out = []
    for char in text:
        if keep_newlines and char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
