"""Metadata values as a person reads them: positions in degrees, times with their zone.

The vault stores each value exactly as the file holds it (``media_fields``); this module only
says how to show it. Where it cannot read a value it gives None and the value is shown as
stored, so nothing is ever hidden behind a conversion; the layers keep the stored value one
click away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

_DEGREES = re.compile(r"(?:GPS)?(?:Dest)?(Latitude|Longitude)$")
_RATIONAL = r"\s*(-?\d+(?:/\d+)?|-?\d+\.\d+)\s*"
_DMS = re.compile(rf"^\[{_RATIONAL},{_RATIONAL},{_RATIONAL}\]$")
_EXIF_TIME = re.compile(
    r"^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_TIME_FIELDS = re.compile(r"(DateTime|Date|CreateDate|ModifyDate|CreationDate|creation_time)", re.IGNORECASE)


@dataclass(frozen=True)
class Shown:
    """How to show a value; ``no_zone``: a time that does not say which zone it is in (the
    layer adds its own translated 'no zone recorded')."""

    text: str
    no_zone: bool = False


def _number(text: str) -> Fraction:
    if "/" in text:
        top, bottom = text.split("/")
        if int(bottom) == 0:
            raise ValueError("a zero denominator")
        return Fraction(int(top), int(bottom))
    return Fraction(text)


def degrees(value: str) -> str | None:
    """'[48, 51, 756/25]' (degrees, minutes, seconds as EXIF rationals) -> '48.858400°'."""
    found = _DMS.match(value.strip())
    if not found:
        return None
    try:
        d, m, s = (_number(part) for part in found.groups())
    except (ValueError, ZeroDivisionError):
        return None
    if not (0 <= m < 60 and 0 <= s < 60):
        return None
    return f"{float(d + m / 60 + s / 3600):.6f}°"


def time_text(value: str) -> Shown | None:
    """'2024:03:01 10:20:30' -> '2024-03-01 10:20:30' (no zone); '…+02:00' keeps its zone."""
    found = _EXIF_TIME.match(value.strip())
    if not found:
        return None
    year, month, day, hour, minute, second, _fraction, zone = found.groups()
    text = f"{year}-{month}-{day} {hour}:{minute}:{second}"
    if zone is None:
        return Shown(text, no_zone=True)
    if zone == "Z":
        return Shown(f"{text} UTC")
    return Shown(f"{text} {zone[:3]}:{zone[-2:]}")


def shown(field: str, value: str) -> Shown | None:
    """How to show metadata field ``field`` holding ``value``; None: as stored."""
    name = field.rsplit(" ", 1)[-1]
    if _DEGREES.search(name):
        text = degrees(value)
        return Shown(text) if text else None
    if name in ("GPSAltitude",):
        try:
            return Shown(f"{float(_number(value.strip())):.1f} m")
        except (ValueError, ZeroDivisionError):
            return None
    if _TIME_FIELDS.search(name) and not name.startswith("Offset"):
        return time_text(value)
    return None
