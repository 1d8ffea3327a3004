"""Irreversible redaction of boxes in an RGB picture.

Never a light Gaussian blur and never a plain mosaic: both keep the face's coarse shape,
which correlates with the original and can be matched against candidate photos or partly
restored (deblurring, and recognisers trained on blurred and pixelated faces, recover
identities from exactly such patches, small faces most of all). Here the padded box is cut
into coarse blocks (a box/8 grid, at least 8 px a block) whose values are thrown away: each
block gets the region's average colour plus strong random noise, and every pixel more noise
on top. Only the average colour survives; nothing of the face's structure does.
``fill`` paints the box one solid colour instead.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from .boxes import Box

RGB = npt.NDArray[np.uint8]
Mode = Literal["noise", "fill"]


@dataclass(frozen=True)
class RedactSettings:
    """How a box is made unreadable; recorded with every result.

    ``padding`` grows each box by that fraction of its size on every side (the detector's
    box runs from brows to chin; hair, ears and jaw identify too); ``mode`` is ``noise``
    (blocks of random noise) or ``fill`` (``fill_colour``).
    """

    padding: float = 0.2
    mode: Mode = "noise"
    fill_colour: tuple[int, int, int] = (0, 0, 0)
    block_divisor: int = 8
    min_block: int = 8
    block_noise: int = 40  # +- per block and channel
    pixel_noise: int = 72  # +- per pixel and channel: dominates, so no block pattern carries over

    def __post_init__(self) -> None:
        if not 0.0 <= self.padding <= 2.0:
            raise ValueError(f"padding {self.padding}: must be between 0 and 2")
        if self.mode not in ("noise", "fill"):
            raise ValueError(f"redaction mode {self.mode!r}: must be 'noise' or 'fill'")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def block_size(w: float, h: float, settings: RedactSettings) -> int:
    return max(settings.min_block, math.ceil(max(w, h) / settings.block_divisor))


def redact_box(
    rgb: RGB, box: Box, settings: RedactSettings | None = None, rng: np.random.Generator | None = None
) -> None:
    """Redact ``box`` (padded by the settings) in place."""
    settings = settings or RedactSettings()
    height, width = rgb.shape[:2]
    try:
        area = box.padded(settings.padding, width, height)
    except ValueError:
        return  # wholly outside the picture: nothing there to hide
    x0, y0, x1, y1 = area.pixels(width, height)
    if x1 <= x0 or y1 <= y0:
        return
    region = rgb[y0:y1, x0:x1]
    if settings.mode == "fill":
        region[:] = np.array(settings.fill_colour, dtype=np.uint8)
        return
    rng = rng if rng is not None else np.random.default_rng()
    h, w = region.shape[:2]
    block = block_size(w, h, settings)
    mean = region.reshape(-1, 3).mean(axis=0)
    rows, cols = -(-h // block), -(-w // block)
    tiles = rng.integers(-settings.block_noise, settings.block_noise + 1, size=(rows, cols, 3))
    tiles = np.repeat(np.repeat(tiles, block, axis=0), block, axis=1)[:h, :w]
    grain = rng.integers(-settings.pixel_noise, settings.pixel_noise + 1, size=(h, w, 3))
    region[:] = np.clip(mean + tiles + grain, 0, 255).astype(np.uint8)


def redact_all(
    rgb: RGB,
    boxes: Iterable[Box],
    settings: RedactSettings | None = None,
    rng: np.random.Generator | None = None,
) -> None:
    """Redact every box in place."""
    for box in boxes:
        redact_box(rgb, box, settings, rng)
