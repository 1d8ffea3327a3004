"""Perceptual hashes as stored in the vault: writing one item's hashing run with its custody
event (``item.perceptual_hash``) in the caller's transaction, what is still to hash, and
reading every hash back for similar.py.

Items analysed before hashes existed (schema V12) have no run yet: ``pending`` lists them,
so the next background analysis (``store.analyse_pending``, stage 4; ``evidence-vault
analyse`` or ``similar``) hashes them through the same sandboxed child.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..custody import log as custody
from ..evidence.items import ItemSummary
from ..session.vault import Vault
from ..store.database import Connection
from .model import Analysis
from .perceptual import FRAMES, HASHES, KIND, MEDIA

_HEX64 = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class ItemHashes:
    item_id: int
    media: str  # "picture" or "video"
    hashes: tuple[int, ...]  # 64-bit pHashes, one for a picture, a video's frames in order


def parse(result: Analysis) -> tuple[str | None, list[tuple[int, int | None, bytes]]]:
    """The media kind and the (frame, at_ms, hash) rows the child sent; anything malformed
    is dropped (the child is not trusted to send well-formed answers)."""
    media = result.facts.get(MEDIA)
    rows: list[tuple[int, int | None, bytes]] = []
    for entry in list(result.facts.get(HASHES) or [])[:FRAMES]:
        if not isinstance(entry, dict) or not _HEX64.match(str(entry.get("hash", ""))):
            continue
        at_ms = entry.get("at_ms")
        rows.append((len(rows), int(at_ms) if isinstance(at_ms, int) else None, bytes.fromhex(entry["hash"])))
    return (str(media) if media in ("picture", "video") else None), rows


def write_hashes(
    vault: Vault, tx: Connection, item: ItemSummary, result: Analysis, reason: str | None
) -> bool:
    """Replace the item's hashes and record the run, inside the caller's transaction. Returns
    False (nothing written) when the item was deleted meanwhile."""
    if tx.execute("SELECT 1 FROM items WHERE id = ? AND deleted_at IS NULL", (item.id,)).fetchone() is None:
        return False
    media, rows = parse(result)
    problems = "; ".join(result.problems)
    if reason is None and problems:
        reason = problems
    status = "done" if rows else ("failed" if reason else "none")
    tx.execute("DELETE FROM media_hashes WHERE item_id = ?", (item.id,))
    tx.execute("DELETE FROM media_hash_runs WHERE item_id = ?", (item.id,))
    tx.executemany(
        "INSERT INTO media_hashes (item_id, kind, frame, at_ms, hash) VALUES (?, ?, ?, ?, ?)",
        [(item.id, KIND, frame, at_ms, digest) for frame, at_ms, digest in rows],
    )
    tx.execute(
        "INSERT INTO media_hash_runs (item_id, kind, media, status, reason, hashed_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (item.id, KIND, media, status, reason[:1000] if reason else None, custody.utc_now()),
    )
    params: dict[str, Any] = {"sha256": item.sha256, "kind": KIND, "status": status}
    if media:
        params["media"] = media
    if rows:
        params["hashes"] = [digest.hex() for _, _, digest in rows]
    if reason and status == "failed":
        params["reason"] = reason[:1000]
    vault.record(tx, "item.perceptual_hash", params, items=[item.id], objects=[item.sha256])
    return True


def pending(conn: Connection) -> list[int]:
    """Live items whose pictures were never hashed (imported, or analysed, before V12)."""
    rows = conn.execute(
        "SELECT i.id FROM items i LEFT JOIN media_hash_runs r ON r.item_id = i.id "
        "WHERE r.item_id IS NULL AND i.deleted_at IS NULL ORDER BY i.id"
    ).fetchall()
    return [int(r[0]) for r in rows]


def load_all(conn: Connection) -> list[ItemHashes]:
    """Every live item's hashes, in item order."""
    found: dict[int, tuple[str, list[int]]] = {}
    for item_id, media, digest in conn.execute(
        "SELECT h.item_id, r.media, h.hash FROM media_hashes h "
        "JOIN media_hash_runs r ON r.item_id = h.item_id "
        "JOIN items i ON i.id = h.item_id AND i.deleted_at IS NULL "
        "WHERE h.kind = ? ORDER BY h.item_id, h.frame",
        (KIND,),
    ):
        entry = found.setdefault(int(item_id), (str(media), []))
        entry[1].append(int.from_bytes(bytes(digest), "big"))
    return [ItemHashes(item_id, media, tuple(values)) for item_id, (media, values) in found.items()]
