"""Media analysis as a vault service: analyse pending items, store results, read them back.

Analysis runs after import, never inside it: storing an original is never delayed by a
parser. Each item's read-out (fields, facts, preview) and its ``item.metadata_read``
custody event are written in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import custody
from ..database import Connection
from ..items import ItemSummary, resolve
from ..vault import Vault
from .model import ANALYSER_VERSION, Analysis, MetadataField, Risk
from .sandbox import AnalysisFailed, AnalysisProcess

WORKERS = 2
FAILED_PREFIX = "metadata could not be read: "
_RUN_LOCK = threading.Lock()


@dataclass(frozen=True)
class AnalyseProgress:
    done: int
    total: int
    current: str


@dataclass
class AnalyseSummary:
    analysed: int = 0
    failed: int = 0
    partial: int = 0
    already_running: bool = False
    cancelled: bool = False
    errors: list[str] = field(default_factory=list)  # items whose result could not be saved


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


def save(
    vault: Vault, conn: Connection, item: ItemSummary, result: Analysis, status: str, reason: str | None
) -> None:
    """Replace the item's stored analysis and record it in the custody log, in one transaction."""
    ordered = sorted(result.fields, key=lambda f: f.risk.rank)
    facts = {k: v for k, v in result.facts.items() if not k.startswith("_")}
    preview_sha = hashlib.sha256(result.preview).hexdigest() if result.preview else None
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
    with vault.transaction(conn) as tx:
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
        tx.executemany(
            "INSERT INTO media_fields (item_id, seq, field, value, location, risk, rule) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(item.id, n, f.field, f.value, f.location, f.risk.value, f.rule) for n, f in enumerate(ordered)],
        )
        if result.preview:
            tx.execute(
                "INSERT INTO media_previews (item_id, mime, sha256, data) VALUES (?, 'image/jpeg', ?, ?)",
                (item.id, bytes.fromhex(preview_sha or ""), result.preview),
            )
        vault.record(tx, "item.metadata_read", params, items=[item.id], objects=[item.sha256])


def pending(conn: Connection) -> list[int]:
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(items)")}
    live = " AND i.deleted_at IS NULL" if "deleted_at" in columns else ""
    rows = conn.execute(
        "SELECT i.id FROM items i LEFT JOIN media_analysis m ON m.item_id = i.id "
        f"WHERE m.item_id IS NULL{live} ORDER BY i.id"
    ).fetchall()
    return [int(r[0]) for r in rows]


def analyse_item(
    vault: Vault,
    conn: Connection,
    item: ItemSummary,
    proc: AnalysisProcess,
    cancel: threading.Event | None = None,
) -> str:
    """Analyse one stored item in the child process and save the result. Returns the status."""

    def block(index: int) -> bytes:
        # Vault chunks and parser blocks are both 1 MiB: one chunk per request.
        row = conn.execute(
            "SELECT data FROM chunks WHERE blob_id = ? AND seq = ?", (item.blob_id, index)
        ).fetchone()
        return bytes(row[0]) if row is not None else b""

    try:
        result = proc.analyse(item.size, block, cancel=cancel)
        status, reason = status_of(result)
    except AnalysisFailed as exc:
        if cancel is not None and cancel.is_set():
            raise
        result, status, reason = Analysis(), "failed", FAILED_PREFIX + str(exc)
    save(vault, conn, item, result, status, reason)
    return status


def analyse_pending(
    vault: Vault,
    progress: Callable[[AnalyseProgress], None] | None = None,
    cancel: threading.Event | None = None,
    *,
    workers: int = WORKERS,
    process_options: dict[str, Any] | None = None,
) -> AnalyseSummary:
    """Analyse every item not analysed yet, with ``workers`` child processes.

    Items imported while this runs are picked up before it returns. A second call while
    one is running returns at once (``already_running``): the running one covers it.
    """
    summary = AnalyseSummary()
    if not _RUN_LOCK.acquire(blocking=False):
        summary.already_running = True
        return summary
    cancel = cancel or threading.Event()
    try:
        attempted: set[int] = set()
        done = 0
        lock = threading.Lock()
        while not cancel.is_set():
            todo = [i for i in pending(vault.conn) if i not in attempted]
            if not todo:
                break
            attempted.update(todo)
            total = done + len(todo)
            work: queue.SimpleQueue[int] = queue.SimpleQueue()
            for item_id in todo:
                work.put(item_id)

            def run(work: queue.SimpleQueue[int] = work, total: int = total) -> None:
                nonlocal done
                conn = vault.connect()
                proc = AnalysisProcess(**(process_options or {}))
                try:
                    while not cancel.is_set():
                        while vault.import_running and not cancel.is_set():
                            cancel.wait(0.05)  # an import goes first
                        if cancel.is_set():
                            return
                        try:
                            item_id = work.get_nowait()
                        except queue.Empty:
                            return
                        item = resolve(conn, str(item_id))
                        try:
                            status = analyse_item(vault, conn, item, proc, cancel)
                        except AnalysisFailed:
                            return  # cancelled
                        except Exception as exc:  # noqa: BLE001 - one item's failure must not stop the rest
                            with lock:
                                summary.errors.append(f"item {item.id}: {exc}")
                            continue
                        with lock:
                            done += 1
                            summary.analysed += 1
                            summary.failed += status == "failed"
                            summary.partial += status == "partial"
                            if progress is not None:
                                progress(AnalyseProgress(done, total, item.name))
                finally:
                    proc.kill() if cancel.is_set() else proc.close()
                    vault.release(conn)

            threads = [threading.Thread(target=run, name=f"media-{n}", daemon=True) for n in range(workers)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        summary.cancelled = cancel.is_set()
        return summary
    finally:
        _RUN_LOCK.release()


def load(conn: Connection, item_id: int) -> MediaInfo | None:
    row = conn.execute(
        "SELECT status, reason, analysed_at, capture_time, latitude, longitude, facts FROM media_analysis "
        "WHERE item_id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        return None
    status, reason, analysed_at, capture_time, lat, lon, facts = row
    fields = [
        MetadataField(str(f), str(v), str(loc), Risk(str(r)), str(rule))
        for f, v, loc, r, rule in conn.execute(
            "SELECT field, value, location, risk, rule FROM media_fields WHERE item_id = ? ORDER BY seq",
            (item_id,),
        )
    ]
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
