"""Pictures and clips for the near-duplicate tests: a structured scene (scikit-image's sample
photographs, not noise), the copy a messenger sends of it, and an unrelated one."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image
from skimage import data

MESSENGER_SIDE = 1280  # what messengers scale a photo down to
MESSENGER_QUALITY = 60


def scene() -> Image.Image:
    """A phone-sized photograph (the astronaut sample, scaled up to 2400 px)."""
    return Image.fromarray(data.astronaut()).resize((2400, 2400), Image.Resampling.BICUBIC)


def unrelated() -> Image.Image:
    return Image.fromarray(data.coffee()).resize((2400, 1600), Image.Resampling.BICUBIC)


def photo_bytes(image: Image.Image) -> bytes:
    """As a camera writes it: high quality, with EXIF naming the device."""
    exif = Image.Exif()
    exif[0x010F] = "ExampleCam"  # Make
    exif[0x0110] = "Model 7"  # Model
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, exif=exif.tobytes())
    return out.getvalue()


def messenger_copy(original: bytes) -> bytes:
    """What a messenger sends on: scaled to 1280 px, JPEG quality 60, metadata stripped."""
    with Image.open(io.BytesIO(original)) as image:
        image.load()
        small = image.convert("RGB")
        small.thumbnail((MESSENGER_SIDE, MESSENGER_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=MESSENGER_QUALITY)  # no exif= : nothing carried over
    return out.getvalue()


def clip(
    path: Path, source: Image.Image, *, seconds: float = 3.0, size: tuple[int, int] = (640, 480)
) -> Path:
    """A short H.264 clip panning across ``source`` (a moving camera, so frames differ)."""
    fps = 25
    width, height = size
    base = np.asarray(source.convert("RGB").resize((width * 2, height * 2)))
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        frames = int(seconds * fps)
        for n in range(frames):
            x = int(n / frames * width)
            y = int(n / frames * height / 2)
            window = np.ascontiguousarray(base[y : y + height, x : x + width])
            for packet in stream.encode(av.VideoFrame.from_ndarray(window, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path


def reencoded(original: Path, path: Path, *, size: tuple[int, int] = (320, 240)) -> Path:
    """The clip as a messenger re-sends it: smaller, another codec, a low bitrate."""
    with av.open(str(original)) as source, av.open(str(path), "w") as container:
        rate = source.streams.video[0].average_rate or Fraction(25)
        stream = container.add_stream("mpeg4", rate=rate)
        stream.width, stream.height, stream.pix_fmt = size[0], size[1], "yuv420p"
        stream.bit_rate = 200_000
        for n, frame in enumerate(source.decode(video=0)):
            small = frame.reformat(width=size[0], height=size[1], format="yuv420p")
            small.pts, small.time_base = n, 1 / Fraction(rate)
            for packet in stream.encode(small):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return path
