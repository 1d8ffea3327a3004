"""Content type from the bytes themselves, never from the file name."""

from __future__ import annotations

import filetype

SNIFF_BYTES = 8192
UNKNOWN = "application/octet-stream"


def content_type(head: bytes) -> str:
    """MIME type of a file from its first bytes (at least ``SNIFF_BYTES`` when available)."""
    if not head:
        return "application/x-empty"
    kind = filetype.guess(head)
    if kind is not None:
        return str(kind.mime)
    if _looks_like_text(head):
        return "text/plain"
    return UNKNOWN


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True
