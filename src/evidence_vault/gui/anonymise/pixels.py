"""Pictures between numpy and Qt, in memory only, and boxes kept inside a picture."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QImage

from ...core.anonymise.boxes import Box

RGB = npt.NDArray[np.uint8]


def qimage_from_rgb(rgb: RGB) -> QImage:
    """A QImage over an (h, w, 3) uint8 array, copied into Qt's memory (never to disk)."""
    if rgb.ndim == 2:
        rgb = np.repeat(rgb[:, :, None], 3, axis=2)
    if rgb.ndim != 3 or rgb.shape[2] < 3:
        raise ValueError(f"picture of shape {rgb.shape}: expected height x width x 3 (RGB)")
    rgb = np.ascontiguousarray(rgb[:, :, :3], dtype=np.uint8)
    height, width = rgb.shape[:2]
    image = QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: the array may go away


def rgb_from_qimage(image: QImage) -> RGB:
    """The (h, w, 3) uint8 pixels of a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    pixels: RGB = data.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()
    return pixels


def clipped(box: Box, width: int, height: int, min_side: float = 1.0) -> Box:
    """``box`` kept inside a width x height picture, at least ``min_side`` pixels each way."""
    w = min(max(box.w, min_side), float(width))
    h = min(max(box.h, min_side), float(height))
    x = min(max(box.x, 0.0), width - w)
    y = min(max(box.y, 0.0), height - h)
    return replace(box, x=x, y=y, w=w, h=h)
