"""The normalised read-out: what a file says, where it says it, and how risky that is."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from ..visible import visible_text

# Bump when the read-out changes in a way worth re-running on old items.
ANALYSER_VERSION = 1
# Bounds on what one item can produce, whatever the file claims.
MAX_VALUE_CHARS = 2000
MAX_FIELDS = 4000
# Where an image's stored preview came from (fact "preview_source"), and the result of
# comparing the file's embedded thumbnail with the picture (fact "thumbnail_check").
PREVIEW_SOURCE = "preview_source"
FROM_THUMBNAIL = "exif-thumbnail"  # the EXIF IFD1 thumbnail: fast, not yet checked
FROM_PICTURE = "picture"  # decoded from the picture itself
THUMBNAIL_CHECK = "thumbnail_check"  # "matches", "differs", "not decodable" or "failed"
C2PA_FIELD = "C2PA Content Credentials (may name the device, owner or account)"
C2PA_IDENTITY = "C2PA identity"  # a name, account or device serial inside a manifest (field prefix)
C2PA_UUID = bytes.fromhex("d8fec3d61b0e483c92975828877ec481")  # the ISO BMFF 'uuid' box of C2PA


class Risk(enum.Enum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.value]


@dataclass(frozen=True)
class MetadataField:
    field: str  # what it is, e.g. "GPSLatitude"
    value: str  # shown as text, bounded in length
    location: str  # where it was found, e.g. "EXIF GPS IFD (JPEG APP1)"
    risk: Risk
    rule: str = ""  # id of the rule in risks.RULES that ranked it

    def to_json(self) -> dict[str, str]:
        return {
            "field": self.field,
            "value": self.value,
            "location": self.location,
            "risk": self.risk.value,
            "rule": self.rule,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MetadataField:
        return cls(
            str(data["field"]),
            str(data["value"]),
            str(data["location"]),
            Risk(data["risk"]),
            str(data["rule"]),
        )


@dataclass
class Analysis:
    """Everything one item's read-out produced. ``problems`` name readers that failed."""

    fields: list[MetadataField] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # width, height, duration_s, codecs, pages ...
    capture_time: str | None = None
    position: tuple[float, float] | None = None  # latitude, longitude in degrees
    problems: list[str] = field(default_factory=list)
    preview: bytes | None = None  # JPEG thumbnail or waveform, in memory only
    truncated: bool = False
    provenance: dict[str, Any] | None = None  # the C2PA read-out (core/provenance), None if not read
    anchors_digest: str = ""  # vault side only: the trust anchors the provenance was judged with

    def counts(self) -> dict[str, int]:
        out = {risk.value: 0 for risk in Risk}
        for item in self.fields:
            out[item.risk.value] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "fields": [f.to_json() for f in self.fields],
            "facts": self.facts,
            "capture_time": self.capture_time,
            "position": list(self.position) if self.position else None,
            "problems": self.problems,
            "truncated": self.truncated,
            "provenance": self.provenance,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        position = data.get("position")
        return cls(
            fields=[MetadataField.from_json(f) for f in data.get("fields", [])],
            facts=dict(data.get("facts") or {}),
            capture_time=data.get("capture_time"),
            position=(float(position[0]), float(position[1])) if position else None,
            problems=[str(p) for p in data.get("problems", [])],
            truncated=bool(data.get("truncated", False)),
            provenance=dict(data["provenance"]) if isinstance(data.get("provenance"), dict) else None,
        )


def bounded(value: object) -> str:
    """A value as text, with control characters made visible and length bounded."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        if len(raw) > 64 and not _mostly_text(raw):
            return f"<{len(raw)} bytes of binary data>"
        text = raw.decode("utf-8", errors="replace")
    else:
        text = str(value)
    text = text.strip("\x00 ")
    cleaned = visible_text(text, keep_newlines=True)
    if len(cleaned) > MAX_VALUE_CHARS:
        cleaned = cleaned[:MAX_VALUE_CHARS] + f"… ({len(cleaned)} characters in all)"
    return cleaned


def _mostly_text(raw: bytes) -> bool:
    sample = raw[:256]
    printable = sum(1 for b in sample if 32 <= b < 127 or b in (9, 10, 13) or b >= 0xC0)
    return printable >= 0.85 * len(sample)
