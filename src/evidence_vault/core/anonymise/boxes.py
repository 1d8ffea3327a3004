"""Boxes around faces (detected or added by a person) and the CLI spec ``X,Y,W,H[@FROM-TO]``."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any, Literal

Source = Literal["detected", "added"]

_SPEC = re.compile(r"^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:@\s*(\d+)\s*-\s*(\d+)\s*)?$")


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels of the original picture (after EXIF orientation).

    ``first``/``last`` are the inclusive frame range of a video box (None: every frame);
    ``score`` is the detector's confidence (None for added boxes).
    """

    x: float
    y: float
    w: float
    h: float
    score: float | None = None
    first: int | None = None
    last: int | None = None
    source: Source = "detected"

    def __post_init__(self) -> None:
        if not (self.w > 0 and self.h > 0):
            raise ValueError(f"box {self.x},{self.y},{self.w},{self.h}: width and height must be positive")
        if self.first is not None and self.last is not None and self.last < self.first:
            raise ValueError(f"box frames {self.first}-{self.last}: the range ends before it starts")

    def covers_frame(self, frame: int) -> bool:
        return (self.first is None or frame >= self.first) and (self.last is None or frame <= self.last)

    def padded(self, fraction: float, width: int, height: int) -> Box:
        """Grown by ``fraction`` of its size on every side, clipped to a width x height picture."""
        dx, dy = self.w * fraction, self.h * fraction
        x0, y0 = max(0.0, self.x - dx), max(0.0, self.y - dy)
        x1, y1 = min(float(width), self.x + self.w + dx), min(float(height), self.y + self.h + dy)
        if x1 <= x0 or y1 <= y0:
            raise ValueError(f"box {self.spec()} lies outside the {width}x{height} picture")
        return replace(self, x=x0, y=y0, w=x1 - x0, h=y1 - y0)

    def pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """Integer (x0, y0, x1, y1) rounded outwards, clipped: every touched pixel is inside."""
        x0, y0 = max(0, math.floor(self.x)), max(0, math.floor(self.y))
        x1, y1 = min(width, math.ceil(self.x + self.w)), min(height, math.ceil(self.y + self.h))
        return x0, y0, max(x0, x1), max(y0, y1)

    def spec(self) -> str:
        """The CLI spec that gives this box back (rounded to whole pixels)."""
        text = f"{round(self.x)},{round(self.y)},{round(self.w)},{round(self.h)}"
        if self.first is not None or self.last is not None:
            text += f"@{self.first or 0}-{self.last if self.last is not None else ''}"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "x": round(self.x, 1),
            "y": round(self.y, 1),
            "w": round(self.w, 1),
            "h": round(self.h, 1),
            "score": None if self.score is None else round(self.score, 4),
            "first": self.first,
            "last": self.last,
            "source": self.source,
        }


def parse_box(spec: str) -> Box:
    """``X,Y,W,H`` or ``X,Y,W,H@FROM-TO`` (frames, inclusive) into an added box.

    Raises ValueError naming the text when it is not one.
    """
    match = _SPEC.match(spec)
    if match is None:
        raise ValueError(f"box {spec!r}: expected X,Y,W,H or X,Y,W,H@FROM-TO in whole pixels and frames")
    x, y, w, h = (int(group) for group in match.groups()[:4])
    if w == 0 or h == 0:
        raise ValueError(f"box {spec!r}: width and height must be at least 1 pixel")
    first = last = None
    if match.group(5) is not None:
        first, last = int(match.group(5)), int(match.group(6))
        if last < first:
            raise ValueError(f"box {spec!r}: the frame range ends before it starts")
    return Box(x, y, w, h, None, first, last, "added")


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two boxes (0 when apart)."""
    ix = max(0.0, min(a.x + a.w, b.x + b.w) - max(a.x, b.x))
    iy = max(0.0, min(a.y + a.h, b.y + b.h) - max(a.y, b.y))
    inter = ix * iy
    union = a.w * a.h + b.w * b.h - inter
    return inter / union if union > 0 else 0.0


def union_box(a: Box, b: Box) -> Box:
    """The smallest box holding both (keeps ``a``'s score, frames and source)."""
    x0, y0 = min(a.x, b.x), min(a.y, b.y)
    x1, y1 = max(a.x + a.w, b.x + b.w), max(a.y + a.h, b.y + b.h)
    return replace(a, x=x0, y=y0, w=x1 - x0, h=y1 - y0)
