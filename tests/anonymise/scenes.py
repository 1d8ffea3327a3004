"""Synthetic test pictures and clips from images shipped in scikit-image (no downloads)."""

from __future__ import annotations

import io
import math
from collections.abc import Iterator

import av
import numpy as np
from PIL import Image
from skimage import data

# Face boxes (x0, y0, x1, y1) in the 512x512 originals, checked against the detector.
ASTRONAUT_FACE = (180, 55, 272, 180)
CAMERA_FACE = (200, 115, 260, 200)


def _rgb(image: np.ndarray) -> np.ndarray:
    return np.stack([image] * 3, axis=-1) if image.ndim == 2 else image[..., :3]


def face_crops() -> list[np.ndarray]:
    """The two faces with some margin around them (a face alone looks like no face)."""
    out = []
    for image, (x0, y0, x1, y1) in ((data.astronaut(), ASTRONAUT_FACE), (_rgb(data.camera()), CAMERA_FACE)):
        mx, my = (x1 - x0) // 2, (y1 - y0) // 3
        out.append(image[max(0, y0 - my) : y1 + my, max(0, x0 - mx) : x1 + mx].copy())
    return out


def face_free() -> list[np.ndarray]:
    """Pictures with no face in them (a cat, coffee, a rocket, coins, textures)."""
    return [
        _rgb(image)
        for image in (
            data.coffee(),
            data.chelsea(),
            data.rocket(),
            data.coins(),
            data.brick(),
            data.grass(),
            data.gravel(),
            data.hubble_deep_field(),
            data.immunohistochemistry(),
            data.moon(),
            data.page(),
            data.text(),
        )
    ]


def background(width: int, height: int, seed: int) -> np.ndarray:
    """A face-free picture stretched to width x height."""
    pictures = face_free()
    picture = pictures[seed % len(pictures)]
    return np.asarray(Image.fromarray(picture).resize((width, height), Image.Resampling.BILINEAR)).copy()


def paste(
    frame: np.ndarray, crop: np.ndarray, size: int, x: int, y: int, angle: float = 0.0
) -> tuple[int, int, int, int]:
    """Paste ``crop`` scaled so its face is ``size`` pixels wide at (x, y); returns the face box."""
    ch, cw = crop.shape[:2]
    face_w = cw / 2  # the crop is twice the face's width (margin either side)
    scale = size / face_w
    image = Image.fromarray(crop).resize((max(2, round(cw * scale)), max(2, round(ch * scale))))
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False)
    pw, ph = image.size
    h, w = frame.shape[:2]
    x, y = min(max(0, x), w - pw), min(max(0, y), h - ph)
    frame[y : y + ph, x : x + pw] = np.asarray(image)
    # The face sits in the middle half horizontally and the middle 3/5 vertically.
    return x + pw // 4, y + ph // 5, x + 3 * pw // 4, y + 4 * ph // 5


def moving_face_clip(frames: int = 64, width: int = 640, height: int = 360, size: int = 90, fps: int = 25):
    """MP4 bytes of the astronaut's face moving left to right, and its box per frame."""
    crop = face_crops()[0]
    buffer = io.BytesIO()
    boxes = []
    with av.open(buffer, "w", format="mp4") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"preset": "ultrafast", "crf": "18"}
        for i in range(frames):
            frame = background(width, height, 1)
            x = int(20 + (width - 3 * size) * i / max(1, frames - 1))
            y = int(height / 2 - size + 30 * math.sin(i / 6))
            boxes.append(paste(frame, crop, size, x, y))
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue(), boxes


def decoded(clip: bytes) -> Iterator[np.ndarray]:
    with av.open(io.BytesIO(clip)) as container:
        for frame in container.decode(video=0):
            yield frame.to_ndarray(format="rgb24")
