"""Items that look alike (issue 22): pairs whose perceptual hashes are close, with the distance
and where each item came from. Nothing is merged or changed: this only reads.

The same video re-sent through a messenger is re-encoded, so its SHA-256 differs and the
vault keeps both as separate items. Their 64-bit pHashes (perceptual.py) differ in a few bits;
unrelated pictures in about half of them (32 of 64).

* Pictures: the Hamming distance between the two hashes.
* Videos: both have FRAMES frames sampled at the same relative positions (perceptual.py), so
  a re-encoding has a frame near each of the other's. At each position, the distance to the
  nearest of the other's frames at that or a neighbouring position (the samples of two
  encodings may fall a frame apart); the video's distance is the upper median over positions
  (the 9th smallest of 16: more than half of the positions must match, so a scene cut or a
  black frame can neither hide a match nor make one), the worse of the two directions so
  that the rule is symmetric. A trimmed excerpt has its samples elsewhere
  and is not found: a known limit.
Pictures are compared with pictures, videos with videos.

Cost: every pair is compared (O(n²)), vectorised with numpy in blocks of bounded memory;
docs/performance.md gives the measured times (10 000 pictures: 0.4 s).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from ..custody import log as custody
from ..store.database import Connection
from ..visible import display_name
from .hashes import ItemHashes, load_all
from .perceptual import FRAMES

# Of 64 bits. The tests' messenger copies (1280 px, JPEG 60; a clip at 320×240, 200 kbit/s)
# measured 0 (single frames 0-2); unrelated pictures 30-36, random hashes 32 on average.
DEFAULT_MAX_DISTANCE = 10
MAX_DISTANCE = 32  # beyond this, half the bits differ: no likeness is left to speak of
_BLOCK = 256  # rows compared with every column at once (pictures); memory ~ _BLOCK × n × 9 bytes
_VIDEO_BLOCK = 16  # videos compared with every video at once

U64 = npt.NDArray[np.uint64]


@dataclass(frozen=True)
class Origin:
    """How an item came into the vault: a received bundle (its id and the fingerprint of the
    key that sealed it: the sender), or imported here from files."""

    kind: str  # "bundle" or "import"
    at: str  # the custody event's time
    bundle_id: str | None = None
    sender: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "at": self.at, "bundle_id": self.bundle_id, "sender": self.sender}


@dataclass(frozen=True)
class Side:
    item_id: int
    name: str
    media: str  # "picture" or "video"
    origins: tuple[Origin, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item_id,
            "name": self.name,
            "media": self.media,
            "origins": [o.to_json() for o in self.origins],
        }


@dataclass(frozen=True)
class Pair:
    distance: int  # of 64 bits
    first: Side
    second: Side

    @property
    def across_bundles(self) -> bool:
        """The two came in different ways (no bundle or import in common)."""
        one = {(o.kind, o.bundle_id) for o in self.first.origins}
        return not one & {(o.kind, o.bundle_id) for o in self.second.origins}

    def to_json(self) -> dict[str, Any]:
        return {
            "distance": self.distance,
            "across_bundles": self.across_bundles,
            "items": [self.first.to_json(), self.second.to_json()],
        }


def popcount(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint8]:
    """Set bits of each 64-bit value."""
    if hasattr(np, "bitwise_count"):  # numpy 2
        counted_2: npt.NDArray[np.uint8] = np.bitwise_count(values)
        return counted_2
    as_bytes = values.reshape(*values.shape, 1).view(np.uint8)
    counted: npt.NDArray[np.uint8] = _BYTE_BITS[as_bytes].sum(axis=-1, dtype=np.uint8)
    return counted


_BYTE_BITS = np.array([bin(n).count("1") for n in range(256)], dtype=np.uint8)


def picture_pairs(hashes: U64, max_distance: int) -> Iterator[tuple[int, int, int]]:
    """(i, j, distance) for i < j with at most ``max_distance`` bits apart."""
    n = len(hashes)
    for start in range(0, n, _BLOCK):
        rows = hashes[start : start + _BLOCK]
        dist = popcount(rows[:, None] ^ hashes[None, start:])  # only the columns from here on
        for r, c in zip(*np.nonzero(dist <= max_distance), strict=True):
            i, j = start + int(r), start + int(c)
            if i < j:
                yield i, j, int(dist[r, c])


def video_frames(hashes: tuple[int, ...]) -> U64:
    """The video's frames at the FRAMES sample positions (a video with fewer frames has each
    repeated in proportion)."""
    count = len(hashes)
    return np.array([hashes[n * count // FRAMES] for n in range(FRAMES)], dtype=np.uint64)


def video_pairs(frames: U64, max_distance: int) -> Iterator[tuple[int, int, int]]:
    """(i, j, distance) for the videos whose (n, FRAMES) frames are at most ``max_distance``
    apart by the rule in the module's docstring."""
    n = len(frames)
    neighbours = [np.clip(np.arange(FRAMES) + s, 0, FRAMES - 1) for s in (-1, 0, 1)]
    for start in range(0, n, _VIDEO_BLOCK):
        rows = frames[start : start + _VIDEO_BLOCK]  # (b, F)
        cols = frames[start:]  # only the videos from here on
        forward = np.min([popcount(rows[:, None, :] ^ cols[None, :, idx]) for idx in neighbours], axis=0)
        backward = np.min([popcount(rows[:, None, idx] ^ cols[None, :, :]) for idx in neighbours], axis=0)
        # (b, n, F) per position; the upper median of the positions, the worse direction.
        median = FRAMES // 2
        dist = np.maximum(np.sort(forward, axis=2)[:, :, median], np.sort(backward, axis=2)[:, :, median])
        for r, c in zip(*np.nonzero(dist <= max_distance), strict=True):
            i, j = start + int(r), start + int(c)
            if i < j:
                yield i, j, int(dist[r, c])


def find(conn: Connection, max_distance: int = DEFAULT_MAX_DISTANCE) -> list[Pair]:
    """Every pair of live items that look alike, closest first (then by item number)."""
    if not 0 <= max_distance <= MAX_DISTANCE:
        raise ValueError(f"the distance is between 0 and {MAX_DISTANCE} bits")
    stored = load_all(conn)
    pictures = [h for h in stored if h.media == "picture"]
    videos = [h for h in stored if h.media == "video"]
    found: list[tuple[int, ItemHashes, ItemHashes]] = []
    if len(pictures) > 1:
        array = np.array([h.hashes[0] for h in pictures], dtype=np.uint64)
        found += [(d, pictures[i], pictures[j]) for i, j, d in picture_pairs(array, max_distance)]
    if len(videos) > 1:
        frames = np.stack([video_frames(h.hashes) for h in videos])
        found += [(d, videos[i], videos[j]) for i, j, d in video_pairs(frames, max_distance)]
    found.sort(key=lambda f: (f[0], f[1].item_id, f[2].item_id))
    involved = sorted({h.item_id for _, a, b in found for h in (a, b)})
    names = _names(conn, involved)
    origins = origins_of(conn, involved)

    def side(h: ItemHashes) -> Side:
        return Side(h.item_id, names.get(h.item_id, "?"), h.media, tuple(origins.get(h.item_id, ())))

    return [Pair(d, side(a), side(b)) for d, a, b in found]


def _names(conn: Connection, item_ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in _chunks(item_ids):
        marks = ",".join("?" * len(chunk))
        for item_id, raw in conn.execute(f"SELECT id, original_name FROM items WHERE id IN ({marks})", chunk):
            out[int(item_id)] = display_name(bytes(raw))
    return out


def origins_of(conn: Connection, item_ids: list[int]) -> dict[int, list[Origin]]:
    """Each item's bundles received (``bundle.imported`` events naming it), oldest first, or
    else its first import here (``item.imported``), from the custody log."""
    out: dict[int, list[Origin]] = {}
    for chunk in _chunks(item_ids):
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            "SELECT ci.item_id, c.seq, c.body, c.hash, c.sig FROM custody c "
            "JOIN custody_items ci ON ci.seq = c.seq "
            f"WHERE ci.item_id IN ({marks}) AND c.action IN ('bundle.imported', 'item.imported') "
            "ORDER BY c.seq",
            chunk,
        )
        for item_id, *event_row in rows:
            event = custody.Event(
                int(event_row[0]), _json(event_row[1]), bytes(event_row[2]), bytes(event_row[3])
            )
            params = event.body.get("params") or {}
            if event.action == "bundle.imported":
                origin = Origin(
                    "bundle", event.time, str(params.get("bundle_id", "")),
                    str(params.get("sealed_by_fingerprint") or "") or None,
                )  # fmt: skip
            else:
                origin = Origin("import", event.time)
            out.setdefault(int(item_id), []).append(origin)
    # A received file is also stored through the importer (an ``item.imported`` event that
    # names no bundle): an item that came in a bundle is shown by its bundles alone.
    return {item_id: [o for o in found if o.kind == "bundle"] or found[:1] for item_id, found in out.items()}


def _json(body: Any) -> dict[str, Any]:
    import json

    loaded = json.loads(bytes(body))
    return loaded if isinstance(loaded, dict) else {}


def _chunks(values: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
