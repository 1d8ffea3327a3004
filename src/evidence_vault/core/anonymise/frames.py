"""Frames of a video by number, for a person reviewing face boxes on a timeline.

Frame ``n`` is the ``n``-th frame decoded from the start, as ``review_video`` and
``redact_video`` count them. A jump seeks to the key frame before it and decodes forward; a
step forward decodes on from where it is. Only the frame asked for is kept.
"""

from __future__ import annotations

from typing import Any, BinaryIO

import av
import numpy as np
import numpy.typing as npt

from .common import AnonymiseError

RGB = npt.NDArray[np.uint8]
_AV_ERRORS = (av.error.FFmpegError, OSError, ValueError, EOFError)
_NEAR = 30  # frames: closer than this ahead, decoding on is cheaper than a seek


class FrameReader:
    def __init__(self, source: BinaryIO, name: str = "video") -> None:
        self.name = name
        try:
            self._container: Any = av.open(source)
            self._stream = self._container.streams.video[0]
        except (*_AV_ERRORS, IndexError) as exc:
            raise AnonymiseError(name, f"cannot be read as a video ({exc})") from None
        rate = self._stream.average_rate or self._stream.guessed_rate
        self.fps = float(rate) if rate else 25.0
        self.width = int(self._stream.codec_context.width)
        self.height = int(self._stream.codec_context.height)
        self._start = self._stream.start_time or 0
        self._time_base = float(self._stream.time_base or 1)
        self._frames: Any = None
        self._next = 0  # number of the frame the open decoder gives next

    def _pts_of(self, index: int) -> int:
        return int(self._start + index / self.fps / self._time_base)

    def _index_of(self, pts: int | None) -> int:
        if pts is None:
            return self._next
        return round((pts - self._start) * self._time_base * self.fps)

    def frame_at(self, index: int) -> RGB:
        """The RGB pixels of frame ``index`` (the last frame for a number past the end)."""
        index = max(0, index)
        try:
            if self._frames is None or not self._next <= index < self._next + _NEAR:
                self._container.seek(self._pts_of(index), stream=self._stream, backward=True, any_frame=False)
                self._frames = self._container.decode(self._stream)
                self._next = -1  # known from the first frame's time
            last = None
            for frame in self._frames:
                number = self._index_of(frame.pts) if self._next < 0 else self._next
                self._next = number + 1
                last = frame
                if number >= index:
                    break
            else:
                self._frames = None  # the end: the next call seeks again
        except _AV_ERRORS as exc:
            raise AnonymiseError(self.name, f"frame {index} cannot be decoded ({exc})") from None
        if last is None:
            raise AnonymiseError(self.name, f"there is no frame {index}")
        pixels: RGB = last.to_ndarray(format="rgb24")
        return pixels

    def close(self) -> None:
        self._container.close()
