"""Frames by number for the review timeline: the same pixels as decoding from the start, in
any order of asking (jumps back, steps forward, jumps far ahead), from a file object."""

from __future__ import annotations

import io

import numpy as np
import pytest

from evidence_vault.core.anonymise.common import AnonymiseError
from evidence_vault.core.anonymise.frames import FrameReader
from tests.anonymise import scenes


def test_any_order_gives_the_decoded_frames() -> None:
    clip, _ = scenes.moving_face_clip(frames=60)
    expected = list(scenes.decoded(clip))
    reader = FrameReader(io.BytesIO(clip), "clip.mp4")
    try:
        for index in (10, 3, 11, 12, 59, 0, 45, 46, 20):
            assert np.array_equal(reader.frame_at(index), expected[index]), f"frame {index}"
        assert np.array_equal(reader.frame_at(500), expected[-1])  # past the end: the last
        assert (reader.width, reader.height) == (640, 360)
    finally:
        reader.close()


def test_not_a_video_is_refused_by_name() -> None:
    with pytest.raises(AnonymiseError, match=r"notes\.mp4: not anonymised, cannot be read as a video"):
        FrameReader(io.BytesIO(b"not a video at all" * 100), "notes.mp4")
