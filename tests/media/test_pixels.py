"""Pictures decoded to RGBA in the analysis child (sandbox.Decoders), for the interface."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from evidence_vault.core.media.sandbox import Decoders, bytes_reader


def _png(size: tuple[int, int]) -> bytes:
    image = Image.new("RGB", size, (10, 20, 30))
    image.putpixel((0, 0), (250, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_decoded_to_rgba_within_the_bound() -> None:
    decoders = Decoders()
    try:
        data = _png((400, 100))
        pixels = decoders.decode(len(data), bytes_reader(data), 200)
        assert pixels.problem is None
        assert (pixels.width, pixels.height) == (200, 50)
        assert len(pixels.rgba) == 200 * 50 * 4
        assert pixels.rgba[4 * 100 + 3] == 255  # opaque
        assert tuple(pixels.rgba[4 * 60 : 4 * 60 + 3]) == (10, 20, 30)
    finally:
        decoders.close()


def test_not_a_picture_is_an_answer_with_a_reason() -> None:
    decoders = Decoders()
    try:
        data = b"II*\x00" + bytes(200)
        pixels = decoders.decode(len(data), bytes_reader(data), 128)
        assert pixels.problem is not None and "the decoder failed" in pixels.problem
        assert "object at 0x" not in pixels.problem
        good = _png((20, 20))
        assert decoders.decode(len(good), bytes_reader(good), 128).width == 20  # the same child goes on
    finally:
        decoders.close()


def test_a_crashing_decoder_costs_one_picture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EV_HOSTILE_MODE", "crash")
    decoders = Decoders(module="tests.media.hostile_worker")
    try:
        for _ in range(2):  # the crashed child is replaced for the next picture
            pixels = decoders.decode(10, lambda i: b"x" * 10, 128)
            assert pixels.problem is not None and "crashed (SIGABRT)" in pixels.problem
            assert pixels.rgba == b""
    finally:
        decoders.close()


def test_closed_decoders_decode_nothing() -> None:
    decoders = Decoders()
    decoders.close()
    data = _png((20, 20))
    assert decoders.decode(len(data), bytes_reader(data), 128).problem == "cancelled"
