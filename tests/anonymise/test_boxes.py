from __future__ import annotations

import pytest

from evidence_vault.core.anonymise.boxes import Box, iou, parse_box


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("10,20,30,40", Box(10, 20, 30, 40, None, None, None, "added")),
        (" 1, 2 ,3,4 ", Box(1, 2, 3, 4, None, None, None, "added")),
        ("0,0,8,9@5-12", Box(0, 0, 8, 9, None, 5, 12, "added")),
        ("0,0,8,9@7-7", Box(0, 0, 8, 9, None, 7, 7, "added")),
    ],
)
def test_good_specs(spec: str, expected: Box) -> None:
    assert parse_box(spec) == expected


@pytest.mark.parametrize(
    "spec",
    ["", "1,2,3", "1,2,3,4,5", "a,b,c,d", "-1,2,3,4", "1.5,2,3,4", "1,2,0,4", "1,2,3,4@9-3", "1,2,3,4@5"],
)
def test_bad_specs_name_the_text(spec: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_box(spec)
    assert repr(spec) in str(caught.value)


def test_spec_round_trips() -> None:
    assert parse_box(parse_box("3,4,50,60@2-9").spec()) == parse_box("3,4,50,60@2-9")


def test_frame_range_is_inclusive() -> None:
    box = parse_box("0,0,4,4@5-7")
    assert [f for f in range(10) if box.covers_frame(f)] == [5, 6, 7]
    assert all(parse_box("0,0,4,4").covers_frame(f) for f in (0, 10**6))


def test_padding_grows_and_clips() -> None:
    assert Box(100, 100, 50, 20).padded(0.2, 1000, 1000) == Box(90, 96, 70, 28)
    clipped = Box(5, 5, 50, 50).padded(0.5, 60, 1000)
    assert (clipped.x, clipped.y, clipped.x + clipped.w, clipped.y + clipped.h) == (0, 0, 60, 80)
    with pytest.raises(ValueError, match="outside"):
        Box(2000, 2000, 10, 10).padded(0.1, 100, 100)


def test_iou() -> None:
    assert iou(Box(0, 0, 10, 10), Box(0, 0, 10, 10)) == 1.0
    assert iou(Box(0, 0, 10, 10), Box(20, 20, 10, 10)) == 0.0
    assert iou(Box(0, 0, 10, 10), Box(5, 0, 10, 10)) == pytest.approx(1 / 3)
