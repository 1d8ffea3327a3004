"""The media analysis as stored in the vault: writing a result (or a preview check) with its
custody event in the caller's transaction, what is still pending, and reading it back."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..custody import log as custody
from ..evidence.items import ItemSummary
from ..provenance import store as provenance_store
from ..provenance.model import Provenance
from ..session.vault import Vault
from ..store.database import Connection
from .model import (
    ANALYSER_VERSION,
    FROM_PICTURE,
    FROM_THUMBNAIL,
    PREVIEW_SOURCE,
    THUMBNAIL_CHECK,
    Analysis,
    MetadataField,
    Risk,
)

FAILED_PREFIX = "metadata could not be read: "


@dataclass(frozen=True)
class MediaInfo:
    """What the vault knows from an item's analysis."""

    status: str  # "done", "partial", "failed", "unsupported"
    reason: str | None
    analysed_at: str
    capture_time: str | None
    position: tuple[float, float] | None
    facts: dict[str, Any]
    fields: list[MetadataField] = field(default_factory=list)
    has_preview: bool = False

    @property
    def preview_unchecked(self) -> bool:
        """The preview is the file's embedded thumbnail, not yet compared with the picture."""
        return self.facts.get(PREVIEW_SOURCE) == FROM_THUMBNAIL and THUMBNAIL_CHECK not in self.facts

    @property
    def preview_check(self) -> str | None:
        """How the embedded thumbnail compared with the picture ("matches", "differs", ...)."""
        value = self.facts.get(THUMBNAIL_CHECK)
        return None if value is None else str(value)

    def to_json(self) -> dict[str, Any]:
        return {
            "metadata": [f.to_json() for f in self.fields],
            "media": {
                **self.facts,
                "capture_time": self.capture_time,
                "position": {"latitude": self.position[0], "longitude": self.position[1]}
                if self.position
                else None,
                "preview": self.has_preview,
            },
            "analysis": {"status": self.status, "reason": self.reason, "analysed_at": self.analysed_at},
        }


def status_of(result: Analysis) -> tuple[str, str | None]:
    if result.facts.get("unsupported"):
        return "unsupported", None
    if result.problems:
        reason = FAILED_PREFIX + "; ".join(result.problems)
        return ("partial" if result.fields else "failed"), reason
    return "done", None


def _preview_sha(result: Analysis) -> str | None:
    return hashlib.sha256(result.preview).hexdigest() if result.preview else None


def write_analysis(
    vault: Vault, tx: Connection, item: ItemSummary, result: Analysis, status: str, reason: str | None
) -> None:
    """Stage 1's writes and their custody event, inside the caller's transaction."""
    ordered = sorted(result.fields, key=lambda f: f.risk.rank)
    facts = {k: v for k, v in result.facts.items() if not k.startswith("_")}
    preview_sha = _preview_sha(result)
    lat, lon = result.position if result.position else (None, None)
    params: dict[str, Any] = {
        "sha256": item.sha256,
        "status": status,
        "analyser": ANALYSER_VERSION,
        "fields": result.counts(),
    }
    if result.capture_time:
        params["capture_time"] = result.capture_time
    if result.position:
        # Canonical JSON has no floats: degrees as decimal strings.
        params["position"] = {"latitude": f"{lat:.7f}", "longitude": f"{lon:.7f}"}
    if reason:
        params["reason"] = reason[:1000]
    if preview_sha:
        params["preview_sha256"] = preview_sha
        if facts.get(PREVIEW_SOURCE):
            params["preview_source"] = str(facts[PREVIEW_SOURCE])
    for table in ("media_fields", "media_previews", "media_analysis"):
        tx.execute(f"DELETE FROM {table} WHERE item_id = ?", (item.id,))
    tx.execute(
        "INSERT INTO media_analysis (item_id, status, reason, analysed_at, analyser, capture_time, "
        "latitude, longitude, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            item.id,
            status,
            reason,
            custody.utc_now(),
            ANALYSER_VERSION,
            result.capture_time,
            lat,
            lon,
            json.dumps(facts, sort_keys=True, default=str),
        ),
    )
    _write_fields(tx, item.id, ordered)
    if result.preview:
        tx.execute(
            "INSERT INTO media_previews (item_id, mime, sha256, data) VALUES (?, 'image/jpeg', ?, ?)",
            (item.id, bytes.fromhex(preview_sha or ""), result.preview),
        )
    vault.record(tx, "item.metadata_read", params, items=[item.id], objects=[item.sha256])
    write_provenance(vault, tx, item, result)


def write_provenance(vault: Vault, tx: Connection, item: ItemSummary, result: Analysis) -> bool:
    """The C2PA record and its ``item.provenance_read`` event, when the read-out has one."""
    if result.provenance is None:
        return False
    if tx.execute("SELECT 1 FROM items WHERE id = ? AND deleted_at IS NULL", (item.id,)).fetchone() is None:
        return False  # deleted meanwhile: nothing derived from its bytes is kept
    provenance_store.write(vault, tx, item, Provenance.from_json(result.provenance), result.anchors_digest)
    return True


def _write_fields(tx: Connection, item_id: int, ordered: list[MetadataField]) -> None:
    tx.executemany(
        "INSERT INTO media_fields (item_id, seq, field, value, location, risk, rule) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(item_id, n, f.field, f.value, f.location, f.risk.value, f.rule) for n, f in enumerate(ordered)],
    )


def write_check(
    vault: Vault, tx: Connection, item: ItemSummary, result: Analysis, reason: str | None
) -> bool:
    """Stage 2's writes and their ``item.preview_checked`` event, inside the caller's transaction.

    The preview decoded from the picture replaces the embedded thumbnail; a thumbnail that
    differs adds its HIGH field. Returns False (nothing written) when the item no longer
    waits for the check (deleted, or analysed again meanwhile)."""
    row = tx.execute("SELECT facts FROM media_analysis WHERE item_id = ?", (item.id,)).fetchone()
    if row is None:
        return False
    facts = json.loads(row[0])
    if facts.get(PREVIEW_SOURCE) != FROM_THUMBNAIL or THUMBNAIL_CHECK in facts:
        return False
    params: dict[str, Any] = {"sha256": item.sha256}
    if reason is not None or not result.preview:
        # The picture could not be decoded: the thumbnail stays, marked as not checkable.
        facts[THUMBNAIL_CHECK] = "failed"
        facts["thumbnail_check_reason"] = (reason or "no preview")[:1000]
        params.update(check="failed", reason=facts["thumbnail_check_reason"])
    else:
        check = str(result.facts.get(THUMBNAIL_CHECK, "not found"))
        facts[PREVIEW_SOURCE] = FROM_PICTURE
        facts[THUMBNAIL_CHECK] = check
        preview_sha = _preview_sha(result)
        tx.execute("DELETE FROM media_previews WHERE item_id = ?", (item.id,))
        tx.execute(
            "INSERT INTO media_previews (item_id, mime, sha256, data) VALUES (?, 'image/jpeg', ?, ?)",
            (item.id, bytes.fromhex(preview_sha or ""), result.preview),
        )
        params.update(check=check, preview_sha256=preview_sha, preview_source=FROM_PICTURE)
        if result.fields:
            fields = sorted(_fields(tx, item.id) + result.fields, key=lambda f: f.risk.rank)
            tx.execute("DELETE FROM media_fields WHERE item_id = ?", (item.id,))
            _write_fields(tx, item.id, fields)
            params["fields_added"] = Analysis(fields=result.fields).counts()
    tx.execute(
        "UPDATE media_analysis SET facts = ? WHERE item_id = ?",
        (json.dumps(facts, sort_keys=True, default=str), item.id),
    )
    vault.record(tx, "item.preview_checked", params, items=[item.id], objects=[item.sha256])
    return True


def _live(conn: Connection) -> str:
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(items)")}
    return " AND i.deleted_at IS NULL" if "deleted_at" in columns else ""


def pending(conn: Connection) -> list[int]:
    """Items not analysed yet (stage 1)."""
    rows = conn.execute(
        "SELECT i.id FROM items i LEFT JOIN media_analysis m ON m.item_id = i.id "
        f"WHERE m.item_id IS NULL{_live(conn)} ORDER BY i.id"
    ).fetchall()
    return [int(r[0]) for r in rows]


def pending_checks(conn: Connection) -> list[int]:
    """Items whose preview is their embedded thumbnail, not yet checked (stage 2)."""
    rows = conn.execute(
        "SELECT i.id FROM media_analysis m JOIN items i ON i.id = m.item_id "
        f"WHERE json_extract(m.facts, '$.{PREVIEW_SOURCE}') = ? "
        f"AND json_extract(m.facts, '$.{THUMBNAIL_CHECK}') IS NULL{_live(conn)} ORDER BY i.id",
        (FROM_THUMBNAIL,),
    ).fetchall()
    return [int(r[0]) for r in rows]


def _fields(conn: Connection, item_id: int) -> list[MetadataField]:
    return [
        MetadataField(str(f), str(v), str(loc), Risk(str(r)), str(rule))
        for f, v, loc, r, rule in conn.execute(
            "SELECT field, value, location, risk, rule FROM media_fields WHERE item_id = ? ORDER BY seq",
            (item_id,),
        )
    ]


def load(conn: Connection, item_id: int) -> MediaInfo | None:
    row = conn.execute(
        "SELECT status, reason, analysed_at, capture_time, latitude, longitude, facts FROM media_analysis "
        "WHERE item_id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        return None
    status, reason, analysed_at, capture_time, lat, lon, facts = row
    fields = _fields(conn, item_id)
    has_preview = conn.execute("SELECT 1 FROM media_previews WHERE item_id = ?", (item_id,)).fetchone()
    return MediaInfo(
        str(status),
        None if reason is None else str(reason),
        str(analysed_at),
        None if capture_time is None else str(capture_time),
        (float(lat), float(lon)) if lat is not None and lon is not None else None,
        json.loads(facts),
        fields,
        has_preview is not None,
    )


def preview(conn: Connection, item_id: int) -> bytes | None:
    """The stored preview (JPEG), decrypted into memory only."""
    row = conn.execute("SELECT data FROM media_previews WHERE item_id = ?", (item_id,)).fetchone()
    return None if row is None else bytes(row[0])
