"""Withholding device-identifying fields from an original, keeping everything else.

For the "originals for investigators" profile: the documenter may withhold what ties a file
to one device or person (serial numbers, make and model, software, owner names) while
positions and capture times, which investigators need, stay exactly as recorded.

Which fields belong to which choice comes from the read-out's own rules
(``media.risks``): a field is withheld when the rule that ranks it says it is a serial, a
maker note, a person or a device, never when it is a position or a time. The surgery is
the sanitizer's JPEG segment walk (``jpeg.withhold``): EXIF entries are cut out of their
IFDs in place (every other offset stays valid, the picture data is copied byte for byte)
and XMP properties are cut out of the packet. Fail closed: the output is read out again
and refused if any withheld field, or any withheld value anywhere in the bytes, remains, if
any kept field changed, or if the decoded pixels differ. Other formats are refused when
their read-out shows a field to withhold; an item with nothing to withhold is sent as is.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..media.model import Analysis, MetadataField
from ..media.risks import rule_for
from ..media.source import Source
from . import check, engine, jpeg
from .common import Cleaned, SanitizeRefused, Unsupported

CHOICES = ("serials", "make-model", "software", "owner")
LABELS = {
    "serials": "serial numbers and unique image or document IDs (and the maker note, which holds them)",
    "make-model": "camera or phone make and model, lens make and model",
    "software": "software, firmware and host computer",
    "owner": "owner, artist and author names",
}
ALIASES = {"device": CHOICES, "all": CHOICES}

_SOFTWARE = re.compile(
    r"software|firmware|encoder|producer|creatortool|tool|application|program|version|hostcomputer|handler",
    re.IGNORECASE,
)
_HOST = re.compile(r"hostcomputer", re.IGNORECASE)
_OWNER = re.compile(r"owner|artist|author", re.IGNORECASE)


def parse_choices(text: str | Iterable[str]) -> frozenset[str]:
    """``device`` or a comma-separated subset of CHOICES; raises ValueError on anything else."""
    words = text.split(",") if isinstance(text, str) else list(text)
    chosen: set[str] = set()
    for word in (w.strip().lower() for w in words):
        if not word:
            continue
        if word in ALIASES:
            chosen |= set(ALIASES[word])
        elif word in CHOICES:
            chosen.add(word)
        else:
            raise ValueError(f"cannot withhold {word!r}: choose device, or any of {', '.join(CHOICES)}")
    return frozenset(chosen)


def category(name: str, location: str) -> str | None:
    """Which withholding choice covers a field, by the read-out's rule for it (None: never withheld)."""
    where = location.lower()
    rule = rule_for(name, location).id
    if "gps" in where or rule in ("position", "gps-ifd", "time", "technical", "technical-name"):
        return None  # positions and times are what investigators need: never withheld
    if "maker note" in where or rule in ("serial", "maker-note"):
        return "serials"
    if rule == "person" or _OWNER.search(name):
        return "owner"
    if rule == "device" or _HOST.search(name):
        return "software" if _SOFTWARE.search(name) else "make-model"
    return None


def to_withhold(analysis: Analysis, chosen: frozenset[str]) -> list[MetadataField]:
    return [f for f in analysis.fields if category(f.field, f.location) in chosen]


class WithholdRefused(SanitizeRefused):
    """The chosen fields cannot be withheld from this file (provably); nothing is sent for it."""

    def __init__(self, name: str, reason: str, remaining: list[str] | None = None) -> None:
        super().__init__(name, reason, remaining)
        detail = f": {'; '.join(self.remaining[:20])}" if self.remaining else ""
        Exception.__init__(self, f"{name}: cannot withhold the chosen fields, {reason}{detail}")


@dataclass
class Withheld:
    """A checked result. ``data`` is None when there was nothing to withhold (send the original)."""

    data: bytes | None
    removed: list[str]  # "Field = 'value' [location]" for each field the read-out no longer finds
    fields: list[MetadataField]  # the withheld fields, as the read-out saw them in the original
    content_type: str = ""


def withhold_bytes(data: bytes, name: str, chosen: frozenset[str]) -> Withheld:
    """Cut the chosen device-identifying fields out of ``data``; refuse when that cannot be proven."""
    if not chosen:
        return Withheld(None, [], [])
    before = check.read_out(Source.of(data))
    if before.problems or before.truncated:
        raise WithholdRefused(
            name,
            "its metadata could not be read in full, so withheld fields cannot be shown gone",
            before.problems or ["the read-out was cut short"],
        )
    targets = to_withhold(before, chosen)
    if not targets:
        return Withheld(None, [], [])
    kind = engine.detect(data[:4096])
    if kind != "jpeg":
        raise WithholdRefused(
            name,
            f"fields cannot be withheld from a {kind} file by this version (only from JPEG photos); "
            "send it without withholding, or as a sanitized copy",
            [_describe(f) for f in targets],
        )
    try:
        cleaned = jpeg.withhold(data, lambda field, where: category(field, where) in chosen)
    except Unsupported as exc:
        raise WithholdRefused(name, str(exc)) from None
    assert cleaned.data is not None
    _verify(name, data, cleaned, before, chosen)
    removed = list(dict.fromkeys([_describe(f) for f in targets] + cleaned.removed))
    return Withheld(cleaned.data, removed, targets, "image/jpeg")


def _describe(found: MetadataField) -> str:
    return f"{found.field} [{found.location}]"


def _verify(name: str, original: bytes, cleaned: Cleaned, before: Analysis, chosen: frozenset[str]) -> None:
    out = cleaned.data
    assert out is not None
    after = check.read_out(Source.of(out))
    problems = [f"reader failed: {p}" for p in after.problems]
    left = [f for f in after.fields if category(f.field, f.location) in chosen]
    problems += [f"{f.field} = {f.value[:80]!r} [{f.location}] remained" for f in left]
    # Only the chosen fields go: every other field must still be there, with the same value.
    kept_after = {(f.field, f.location, f.value) for f in after.fields}
    for f in before.fields:
        if "maker note" in f.location.lower():
            continue  # decoded by make: the maker note's own entry (bytes untouched) is checked instead
        if category(f.field, f.location) not in chosen and (f.field, f.location, f.value) not in kept_after:
            problems.append(f"{f.field} [{f.location}] would have been lost or changed")
    if before.position != after.position:
        problems.append("the recorded position changed")
    if before.capture_time != after.capture_time:
        problems.append("the recorded capture time changed")
    # An independent search of the raw bytes for each withheld value (ASCII and UTF-16).
    for f in to_withhold(before, chosen):
        value = f.value.strip()
        if len(value) >= 6 and "bytes of camera-maker data" not in value:
            forms = (value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be"))
            if any(form in out for form in forms):
                problems.append(f"the value of {f.field} is still in the file's bytes")
    if not _same_pixels(original, out):
        problems.append("the decoded pixels differ")
    if problems:
        raise WithholdRefused(
            name, "withheld fields could not be removed cleanly, so nothing was kept", problems
        )


def _same_pixels(a: bytes, b: bytes) -> bool:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(a)) as first, Image.open(io.BytesIO(b)) as second:
            return bool(first.tobytes() == second.tobytes() and first.size == second.size)
    except (OSError, ValueError):
        return False
