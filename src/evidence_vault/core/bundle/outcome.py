"""What reading a bundle found (``BundleReport``), and where verified file bytes go."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class BundleReport:
    bundle_id: str = ""
    format: str = ""
    created_at: str = ""
    profile: str = ""
    sealed_by: dict[str, str] = field(default_factory=dict)
    recipients: list[dict[str, str]] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)
    tree_head: dict[str, Any] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the checks could not cover (format 1)
    manifest: bytes = b""
    signature: str = ""
    custody_files: dict[str, bytes] = field(default_factory=dict)
    small_files: dict[str, bytes] = field(default_factory=dict)  # verified members to write besides files/
    file_sha256: str = ""  # of the encrypted bundle file, hashed while it was decrypted
    statements: list[dict[str, Any]] = field(default_factory=list)
    withheld_events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.bundle_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "bundle_id": self.bundle_id,
            "format": self.format,
            "created_at": self.created_at,
            "profile": self.profile,
            "sealed_by": self.sealed_by,
            "recipients": self.recipients,
            "files": self.files,
            "tree_head": self.tree_head,
            "statements": self.statements,
            "checks": self.checks,
            "problems": self.problems,
            "notes": self.notes,
        }


def to_wire(report: BundleReport, **extra: Any) -> dict[str, Any]:
    """What a verifying process sends back of its report (``check_child``, ``batch_child``):
    the verdict and the hashes, never the bundle's contents."""
    return {
        "problems": report.problems,
        "checks": report.checks,
        "bundle_id": report.bundle_id,
        "file_sha256": report.file_sha256,
        "manifest_sha256": hashlib.sha256(report.manifest).hexdigest() if report.manifest else "",
        **extra,
    }


def from_wire(payload: bytes) -> tuple[BundleReport, str]:
    """A verifying process's report and its manifest's SHA-256; ValueError if malformed."""
    try:
        result = json.loads(payload)
        report = BundleReport(
            bundle_id=str(result["bundle_id"]),
            problems=[str(p) for p in result["problems"]],
            checks=[str(c) for c in result["checks"]],
            file_sha256=str(result["file_sha256"]),
        )
        return report, str(result["manifest_sha256"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"the verifying process sent a malformed report ({exc})") from None


class Target(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def close(self) -> None: ...


class Receiver(Protocol):
    """Where a verified file's bytes go. ``begin`` sees the signed manifest before the first
    byte and may refuse it (too large, not enough room); ``open`` is called per file."""

    def begin(self, manifest: dict[str, Any]) -> None: ...
    def open(self, entry: dict[str, Any]) -> Target: ...


class Counting:
    """A receiver that keeps nothing and counts the bytes passing (a progress bar's)."""

    def __init__(self, passed: Callable[[int], None]) -> None:
        self._passed = passed

    def begin(self, manifest: dict[str, Any]) -> None:
        pass

    def open(self, entry: dict[str, Any]) -> Target:
        return _Count(self._passed)


class _Count:
    def __init__(self, passed: Callable[[int], None]) -> None:
        self._passed = passed

    def write(self, data: bytes, /) -> int:
        self._passed(len(data))
        return len(data)

    def close(self) -> None:
        pass
