"""Each item's C2PA read-out as stored in the vault, with its ``item.provenance_read`` event.

A record keeps the digest of the trust anchors it was judged with: when the user installs or
removes an anchor, the records judged with the old set are read again (``pending``), since
"trusted" depends on them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..custody import log as custody
from ..evidence.items import ItemSummary
from ..session.vault import Vault
from ..store.database import Connection
from .model import Provenance


@dataclass(frozen=True)
class Stored:
    provenance: Provenance
    read_at: str
    anchors_current: bool  # judged with the anchors installed now

    def to_json(self) -> dict[str, Any]:
        return {**self.provenance.to_json(), "read_at": self.read_at, "anchors_current": self.anchors_current}


def write(vault: Vault, tx: Connection, item: ItemSummary, prov: Provenance, anchors_digest: str) -> None:
    """Replace the item's record and log it, inside the caller's transaction."""
    tx.execute("DELETE FROM provenance_c2pa WHERE item_id = ?", (item.id,))
    tx.execute(
        "INSERT INTO provenance_c2pa (item_id, verdict, read_at, anchors_sha256, record) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            item.id,
            prov.verdict,
            custody.utc_now(),
            anchors_digest,
            json.dumps(prov.to_json(), sort_keys=True),
        ),
    )
    params: dict[str, Any] = {
        "sha256": item.sha256,
        "verdict": prov.verdict,
        "anchors": prov.anchors,
        "anchors_sha256": anchors_digest,
        "reader": prov.reader,
    }
    m = prov.active_manifest
    if m is not None:
        params.update(manifest=m.label, claim_generator=m.claim_generator, signer=m.signer)
    if prov.state:
        params["state"] = prov.state
    if prov.failures:
        params["failures"] = sorted({f.code for f in prov.failures})
    if prov.problem:
        params["problem"] = prov.problem[:500]
    vault.record(tx, "item.provenance_read", params, items=[item.id], objects=[item.sha256])


def load(conn: Connection, item_id: int, anchors_digest: str | None = None) -> Stored | None:
    row = conn.execute(
        "SELECT read_at, anchors_sha256, record FROM provenance_c2pa WHERE item_id = ?", (item_id,)
    ).fetchone()
    if row is None:
        return None
    read_at, digest, record = row
    current = anchors_digest is None or str(digest) == anchors_digest
    return Stored(Provenance.from_json(json.loads(record)), str(read_at), current)


def pending(conn: Connection, anchors_digest: str) -> list[int]:
    """Items already analysed whose C2PA record is missing (a vault from before) or was judged
    with other trust anchors. New items get theirs with their metadata (stage 1)."""
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(items)")}
    live = " AND i.deleted_at IS NULL" if "deleted_at" in columns else ""
    rows = conn.execute(
        "SELECT i.id FROM items i JOIN media_analysis m ON m.item_id = i.id "
        "LEFT JOIN provenance_c2pa p ON p.item_id = i.id "
        f"WHERE (p.item_id IS NULL OR p.anchors_sha256 != ?){live} ORDER BY i.id",
        (anchors_digest,),
    ).fetchall()
    return [int(r[0]) for r in rows]
