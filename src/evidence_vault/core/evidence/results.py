"""What importing one file came to."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.Enum):
    IMPORTED = "imported"
    DUPLICATE = "already present"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class ImportResult:
    path: str
    status: Status
    item_id: int | None = None
    sha256: str | None = None
    size: int = 0
    message: str = ""
