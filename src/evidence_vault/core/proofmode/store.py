"""A ProofMode export imported as one unit: media as items, proof files as their attachments,
the verdicts stored and in the custody log.

Order: the whole export is checked first in the checker process (``check_child``): an export
refused as a whole stores nothing. Then each media file is imported through the importer
(byte-exact, its SHA-256 must equal the one checked, the usual ``item.imported`` event), and
in one further transaction its attachments (each with its SHA-256, ``item.attachments_added``)
and the check's result (``item.proof_checked``). A signature that does not verify, a proof
for another hash or a missing key is a verdict stored and shown: it never keeps the media out.
An interruption between the two transactions leaves the item imported without its proof;
importing the export again adds them (the item is then "already present").
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..crypto import canonical
from ..custody import log as custody
from ..evidence.importer import Importer, ImportResult, Status
from ..session.vault import Vault
from ..store.blobstore import CHUNK_SIZE
from ..store.database import Connection
from . import check_child
from .export import Export, ExportRefused


@dataclass
class MediaOutcome:
    result: ImportResult
    report: dict[str, Any]
    problems: list[str] = field(default_factory=list)  # attachments not stored, and why


@dataclass
class ProofImport:
    media: list[MediaOutcome] = field(default_factory=list)
    unclaimed: list[dict[str, str]] = field(default_factory=list)
    not_imported: list[dict[str, str]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for m in self.media if m.result.status is Status.FAILED)


def import_export(
    vault: Vault,
    path: Path,
    *,
    case: str | None = None,
    tags: list[str] | None = None,
    on_media: Callable[[MediaOutcome], None] | None = None,
    cancel: threading.Event | None = None,
) -> ProofImport:
    """Check and import the export at ``path``; ExportRefused (nothing stored) or CheckFailed."""
    report = check_child.run(path, cancel=cancel)
    outcome = ProofImport(unclaimed=report["unclaimed"], not_imported=report["not_imported"])
    importer = Importer(vault, case=case, tags=tags or [])
    with vault.importing(), Export.open(path) as export:
        for media in report["media"]:
            if cancel is not None and cancel.is_set():
                break
            one = MediaOutcome(_import_media(importer, export, media), media)
            if one.result.item_id is not None and one.result.status is not Status.FAILED:
                one.problems = _attach(vault, export, one.result.item_id, media)
            outcome.media.append(one)
            if on_media:
                on_media(one)
    return outcome


def _import_media(importer: Importer, export: Export, media: dict[str, Any]) -> ImportResult:
    name = media["name"].rsplit("/", 1)[-1].encode("utf-8")
    stream = importer.begin_stream(name.hex(), media["sha256"])
    try:
        for chunk in export.chunks(media["name"]):
            stream.write(chunk)
    except (ExportRefused, OSError) as exc:
        stream.abort()
        return ImportResult(media["name"], Status.FAILED, message=str(exc))
    result = stream.finish()
    if result.status is Status.FAILED:  # the bytes are not those the checker saw
        return ImportResult(media["name"], Status.FAILED, message="the file changed after it was checked")
    return result


def _attach(vault: Vault, export: Export, item_id: int, media: dict[str, Any]) -> list[str]:
    """Store the media's attachments and the check's result in one transaction."""
    problems: list[str] = []
    stored: list[tuple[dict[str, Any], bytes]] = []
    for wanted in media["attachments"]:
        try:
            data = export.read(wanted["name"])
        except (ExportRefused, OSError) as exc:
            problems.append(f"{wanted['name']}: not stored ({exc})")
            continue
        if hashlib.sha256(data).hexdigest() != wanted["sha256"]:
            problems.append(f"{wanted['name']}: not stored (it changed after it was checked)")
            continue
        stored.append((wanted, data))
    result = canonical.encode(_result(media, problems))
    result_sha = hashlib.sha256(result).hexdigest()
    now = custody.utc_now()
    conn = vault.connect()
    try:
        with vault.transaction(conn):
            added = [a for a, data in stored if store_attachment(conn, item_id, a, data, now)]
            if added:
                vault.record(
                    conn,
                    "item.attachments_added",
                    {"attachments": [{k: a[k] for k in ("name", "kind", "sha256", "size")} for a in added]},
                    items=[item_id],
                    objects=[a["sha256"] for a in added],
                )
            conn.execute(
                "INSERT INTO proof_checks (item_id, checker, result, sha256, checked_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (item_id, check_child.CHECKER, result, bytes.fromhex(result_sha), now),
            )
            vault.record(
                conn,
                "item.proof_checked",
                {"checker": check_child.CHECKER, "result_sha256": result_sha, **_verdicts(media)},
                items=[item_id],
                objects=[media["sha256"], result_sha],
            )
    finally:
        vault.release(conn)
    return problems


def _result(media: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    kept = {k: media[k] for k in ("name", "sha256", "size", "signatures", "proofs", "timestamps")}
    kept["keys"] = media.get("keys")
    kept["problems"] = problems
    return kept


def _verdicts(media: dict[str, Any]) -> dict[str, Any]:
    """The verdicts in short, for the custody event (the full result is its ``result_sha256``)."""
    return {
        "signatures": [
            {"file": s["file"], "verdict": s["verdict"], "key": s.get("key")} for s in media["signatures"]
        ],
        "proofs": [{"file": p["file"], "verdict": p["verdict"]} for p in media["proofs"]],
        "timestamps": [
            {"file": t["file"], "verdict": t["verdict"], "state": t.get("state")} for t in media["timestamps"]
        ],
    }


def store_attachment(
    conn: Connection, item_id: int, attachment: dict[str, Any], data: bytes, now: str
) -> bool:
    """One attachment (its bytes shared with any blob of the same content); False if present."""
    sha = hashlib.sha256(data).digest()
    name = attachment["name"].encode("utf-8")
    if conn.execute(
        "SELECT 1 FROM attachments WHERE item_id = ? AND name = ? AND sha256 = ?", (item_id, name, sha)
    ).fetchone():
        return False
    row = conn.execute("SELECT id FROM blobs WHERE sha256 = ? AND complete = 1", (sha,)).fetchone()
    if row is not None:
        blob_id = int(row[0])
    else:
        blob_id = int(
            conn.execute(
                "INSERT INTO blobs (sha256, size, complete) VALUES (?, ?, 1)", (sha, len(data))
            ).lastrowid
            or 0
        )
        conn.executemany(
            "INSERT INTO chunks (blob_id, seq, data) VALUES (?, ?, ?)",
            [(blob_id, seq, data[start : start + CHUNK_SIZE]) for seq, start in
             enumerate(range(0, max(len(data), 1), CHUNK_SIZE))],
        )  # fmt: skip
    conn.execute(
        "INSERT INTO attachments (item_id, blob_id, sha256, size, kind, name, added_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (item_id, blob_id, sha, len(data), attachment["kind"], name, now),
    )
    return True


@dataclass(frozen=True)
class Attachment:
    id: int
    name: str
    kind: str
    sha256: str
    size: int
    added_at: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def attachments(conn: Connection, item_id: int) -> list[Attachment]:
    rows = conn.execute(
        "SELECT id, name, kind, sha256, size, added_at FROM attachments WHERE item_id = ? ORDER BY id",
        (item_id,),
    ).fetchall()
    return [
        Attachment(
            int(r[0]), bytes(r[1]).decode("utf-8", "replace"), r[2], bytes(r[3]).hex(), int(r[4]), r[5]
        )
        for r in rows
    ]


def latest_check(conn: Connection, item_id: int) -> dict[str, Any] | None:
    """The item's latest ProofMode check (the stored result, with when), or None."""
    import json

    row = conn.execute(
        "SELECT result, checked_at FROM proof_checks WHERE item_id = ? ORDER BY id DESC LIMIT 1", (item_id,)
    ).fetchone()
    if row is None:
        return None
    result: dict[str, Any] = json.loads(bytes(row[0]))
    result["checked_at"] = row[1]
    return result
