"""Face tracks between detections, so a face the detector misses in a frame stays covered.

Detection runs every N frames. Frames in between are held back (N of them at most, so memory
stays flat) until the next detection, then covered with what is known on both sides: a
track seen at both ends gets the union of its two boxes; one first seen at the later end is
covered back to the earlier one (it may have been there already, unnoticed); one not seen
again is held for ``hold_frames`` after it was last seen, moved along its last velocity and
grown with its motion. Detections are matched to tracks greedily by IoU with the box each
track predicts, falling back to centre distance for fast motion.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .boxes import Box, iou, union_box

MATCH_IOU = 0.2


@dataclass
class Track:
    """One face over time: the box covering it in each frame it is covered.

    ``boxes_at`` holds one box per covered frame (compact arrays, for a timeline view and
    for ``redact_video``, which covers exactly these); ``detections`` counts frames where
    the detector saw it.
    """

    id: int
    frames: array[int] = field(default_factory=lambda: array("l"))
    coords: array[float] = field(default_factory=lambda: array("f"))
    detections: int = 0
    best_score: float = 0.0

    @property
    def first(self) -> int:
        return self.frames[0] if self.frames else -1

    @property
    def last(self) -> int:
        return self.frames[-1] if self.frames else -1

    def record(self, frame: int, box: Box) -> None:
        if self.frames and frame <= self.frames[-1]:
            return  # already covered in this frame
        self.frames.append(frame)
        self.coords.extend((box.x, box.y, box.w, box.h))

    def box_at(self, frame: int) -> Box | None:
        i = bisect.bisect_left(self.frames, frame)
        if i == len(self.frames) or self.frames[i] != frame:
            return None
        x, y, w, h = self.coords[4 * i : 4 * i + 4]
        return Box(x, y, w, h, None, frame, frame, "detected")

    def boxes(self) -> Iterator[Box]:
        for i, frame in enumerate(self.frames):
            x, y, w, h = self.coords[4 * i : 4 * i + 4]
            yield Box(x, y, w, h, None, frame, frame, "detected")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "first": self.first,
            "last": self.last,
            "frames": len(self.frames),
            "detections": self.detections,
            "best_score": round(self.best_score, 4),
        }


@dataclass
class _State:
    track: Track
    box: Box  # at ``seen``
    seen: int
    prev_box: Box | None = None
    prev_seen: int = -1
    vx: float = 0.0  # centre motion, pixels per frame
    vy: float = 0.0


def _moved(box: Box, vx: float, vy: float, frames: int, grow: float) -> Box:
    """``box`` carried ``frames`` frames along (vx, vy), grown by the distance and ``grow``."""
    dx, dy = vx * frames, vy * frames
    gx, gy = abs(dx) / 2 + box.w * grow, abs(dy) / 2 + box.h * grow
    return replace(box, x=box.x + dx - gx, y=box.y + dy - gy, w=box.w + 2 * gx, h=box.h + 2 * gy)


def _centre(box: Box) -> tuple[float, float]:
    return box.x + box.w / 2, box.y + box.h / 2


class Tracker:
    """Turns detections every few frames into cover boxes for every frame."""

    def __init__(self, hold_frames: int = 15, grow: float = 0.05) -> None:
        self.hold_frames = hold_frames
        self.grow = grow  # per-frame growth fraction while a face is only predicted, capped below
        self.live: list[_State] = []
        self.tracks: list[Track] = []
        self.last_detection = -1

    def _predict(self, state: _State, frame: int) -> Box:
        gap = frame - state.seen
        return _moved(state.box, state.vx, state.vy, gap, min(0.5, self.grow * gap))

    def update(self, frame: int, detections: Sequence[Box]) -> None:
        """Take the detections at ``frame`` (after every earlier detection frame)."""
        pairs = []
        for si, state in enumerate(self.live):
            guess = self._predict(state, frame)
            for di, det in enumerate(detections):
                overlap = iou(guess, det)
                (cx, cy), (dx, dy) = _centre(guess), _centre(det)
                near = abs(cx - dx) < state.box.w * 0.75 and abs(cy - dy) < state.box.h * 0.75
                if overlap >= MATCH_IOU or near:
                    pairs.append((overlap, si, di))
        taken_s: set[int] = set()
        taken_d: set[int] = set()
        for _, si, di in sorted(pairs, reverse=True):
            if si in taken_s or di in taken_d:
                continue
            taken_s.add(si)
            taken_d.add(di)
            state, det = self.live[si], detections[di]
            gap = max(1, frame - state.seen)
            (ox, oy), (nx, ny) = _centre(state.box), _centre(det)
            state.vx, state.vy = (nx - ox) / gap, (ny - oy) / gap
            state.prev_box, state.prev_seen = state.box, state.seen
            state.box, state.seen = det, frame
            state.track.detections += 1
            state.track.best_score = max(state.track.best_score, det.score or 0.0)
        for di, det in enumerate(detections):
            if di not in taken_d:
                track = Track(len(self.tracks), detections=1, best_score=det.score or 0.0)
                self.tracks.append(track)
                self.live.append(_State(track, det, frame))
        # Frames held back since the previous detection still need the tracks seen before it.
        reach = self.hold_frames + max(0, frame - self.last_detection)
        self.live = [s for s in self.live if frame - s.seen <= reach]
        self.last_detection = frame

    def cover(self, frame: int) -> list[tuple[Track, Box]]:
        """The boxes for ``frame``, at or before the last detection frame and after the one
        before it. Recorded in each track."""
        out = []
        for state in self.live:
            if state.seen == frame:
                box = state.box
            elif state.seen > frame:  # seen at the next detection: cover from the previous one on
                box = state.box
                if state.prev_box is not None and frame - state.prev_seen <= self.hold_frames:
                    box = union_box(box, self._predict_from_prev(state, frame))
            elif frame - state.seen <= self.hold_frames:
                box = self._predict(state, frame)
            else:
                continue
            box = replace(box, score=None, first=frame, last=frame, source="detected")
            state.track.record(frame, box)
            out.append((state.track, box))
        return out

    def _predict_from_prev(self, state: _State, frame: int) -> Box:
        assert state.prev_box is not None
        gap = frame - state.prev_seen
        return _moved(state.prev_box, state.vx, state.vy, gap, min(0.5, self.grow * gap))
