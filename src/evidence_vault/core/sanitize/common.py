"""What every format's sanitizer returns, and the one error that stops an export."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import VaultError

PDF_STATIC_ID = "31415926535897932384626433832795"  # qpdf's fixed /ID: the same in every file


class SanitizeRefused(VaultError):
    """A file could not be made clean (unknown format, residual risky fields, parser failure).

    Nothing is written or stored for it. ``name`` is the file or item, ``remaining`` lists
    the fields (or the reason) that stopped it.
    """

    exit_code = 1

    def __init__(self, name: str, reason: str, remaining: list[str] | None = None) -> None:
        self.name = name
        self.reason = reason
        self.remaining = list(remaining or [])
        detail = f": {'; '.join(self.remaining[:20])}" if self.remaining else ""
        more = f" (and {len(self.remaining) - 20} more)" if len(self.remaining) > 20 else ""
        super().__init__(f"{name}: not sanitized, {reason}{detail}{more}")


class Unsupported(Exception):
    """Raised inside a sanitizer: this file cannot be cleaned; ``str`` says why."""


@dataclass
class Cleaned:
    """A sanitizer's output: the bytes (None when streamed elsewhere) and what was done."""

    data: bytes | None
    kind: str
    content_type: str
    removed: list[str] = field(default_factory=list)
    reencoded: bool = False
    notes: list[str] = field(default_factory=list)
    packets: str | None = None  # SHA-256 over the kept streams' packets, for video/audio remuxes
