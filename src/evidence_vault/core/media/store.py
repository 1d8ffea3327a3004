"""Media analysis as a vault service: analyse pending items, store results, read them back.

Analysis runs after import, never inside it: storing an original is never delayed by a
parser. It has four stages, all in the sandboxed child:

1. the read-out (fields, facts, preview) of each item not analysed yet. A JPEG's preview is
   its embedded EXIF thumbnail when that is usable (``previews.add_preview``), so no picture is
   decoded here;
2. when stage 1 has nothing pending, at lower priority, the check of those previews: the
   picture is decoded for a preview that replaces the thumbnail, and the two are compared
   (a difference becomes a HIGH field);
3. the C2PA read again, for items read before C2PA was, or with other trust anchors;
4. last, the perceptual hashes (perceptual.py) of items not hashed yet, for near-duplicates.

Each item's changes and their custody event (``item.metadata_read``, ``item.preview_checked``,
``item.provenance_read``, ``item.perceptual_hash``) are written together; several items share
one transaction (``_Writer``), committed at least every BATCH_SECONDS, at the end, on cancel
and when an import starts.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..evidence.items import ItemSummary, resolve
from ..provenance import store as provenance_store
from ..provenance import trust
from ..provenance.model import UNREADABLE, Provenance
from ..session.vault import Vault
from ..store.database import Connection
from . import hashes as hash_store
from .model import Analysis
from .results import (
    FAILED_PREFIX,
    pending,
    pending_checks,
    status_of,
    write_analysis,
    write_check,
    write_provenance,
)
from .sandbox import AnalysisFailed, AnalysisProcess

WORKERS = 2
CHECK_NICE = 19  # stage 2 yields the CPU even to stage 1
BATCH_ITEMS = 64  # results saved per transaction, at most
BATCH_SECONDS = 0.25  # and committed at least this often
# The readers' page cache: each page of an item is read once, and SQLite drops the whole
# cache when another connection commits (with memory security, wiping every page), so a
# small one is cheaper than the default 16 MiB (measured: 4.7 -> 0.4 ms per item).
READER_CACHE = -1024  # KiB
_RUN_LOCK = threading.Lock()


@dataclass(frozen=True)
class AnalyseProgress:
    done: int
    total: int
    current: str
    stage: int = 1  # 1: reading metadata; 2: checking previews; 3: C2PA again; 4: perceptual hashes


@dataclass
class AnalyseSummary:
    analysed: int = 0
    failed: int = 0
    partial: int = 0
    checked: int = 0  # stage 2: previews decoded from the picture and compared
    differs: int = 0  # of which the embedded thumbnail showed something else
    provenance: int = 0  # stage 3: items whose C2PA provenance was read again (new anchors, older vault)
    hashed: int = 0  # stage 4: items whose perceptual hashes were computed (with or without a hash)
    already_running: bool = False
    cancelled: bool = False
    errors: list[str] = field(default_factory=list)  # items whose result could not be saved


def save(
    vault: Vault, conn: Connection, item: ItemSummary, result: Analysis, status: str, reason: str | None
) -> None:
    """Replace the item's stored analysis and record it in the custody log, in one transaction."""
    with vault.transaction(conn) as tx:
        write_analysis(vault, tx, item, result, status, reason)


def item_reader(conn: Connection, item: ItemSummary) -> Callable[[int], bytes]:
    """``read_block`` for the analysis child: the item's stored chunk ``index``, decrypted."""
    return _reader(conn, item)


def _reader(conn: Connection, item: ItemSummary) -> Callable[[int], bytes]:
    def block(index: int) -> bytes:
        # Vault chunks and parser blocks are both 1 MiB: one chunk per request.
        row = conn.execute(
            "SELECT data FROM chunks WHERE blob_id = ? AND seq = ?", (item.blob_id, index)
        ).fetchone()
        return bytes(row[0]) if row is not None else b""

    return block


def _run(
    conn: Connection,
    item: ItemSummary,
    proc: AnalysisProcess,
    cancel: threading.Event | None,
    *,
    check: bool = False,
    anchors: trust.Bundle | None = None,
    provenance_only: bool = False,
    perceptual: bool = False,
) -> tuple[Analysis, str, str | None]:
    if perceptual:
        try:
            return proc.perceptual(item.size, _reader(conn, item), cancel=cancel), "done", None
        except AnalysisFailed as exc:
            if cancel is not None and cancel.is_set():
                raise
            return Analysis(), "failed", str(exc)
    anchors = anchors or trust.bundle(conn)
    try:
        result = proc.analyse(
            item.size, _reader(conn, item), check=check, cancel=cancel, anchors_pem=anchors.pem,
            anchors=anchors.count, provenance_only=provenance_only,
        )  # fmt: skip
        status, reason = status_of(result)
    except AnalysisFailed as exc:
        if cancel is not None and cancel.is_set():
            raise
        result, status, reason = Analysis(), "failed", FAILED_PREFIX + str(exc)
        if not check:  # the reader never answered: said so, never taken for the file's state
            problem = f"the analysis process failed: {exc}"
            result.provenance = Provenance(UNREADABLE, problem=problem[:500], anchors=anchors.count).to_json()
    result.anchors_digest = anchors.digest
    return result, status, reason


def analyse_item(
    vault: Vault,
    conn: Connection,
    item: ItemSummary,
    proc: AnalysisProcess,
    cancel: threading.Event | None = None,
) -> str:
    """Analyse one stored item in the child process and save the result. Returns the status."""
    result, status, reason = _run(conn, item, proc, cancel)
    save(vault, conn, item, result, status, reason)
    return status


@dataclass
class _Done:
    """One item's result, waiting for the writer."""

    item: ItemSummary
    result: Analysis
    status: str
    reason: str | None
    stage: int


class _Writer(threading.Thread):
    """Saves results in batches on a connection of its own.

    Each item keeps its own writes and custody event (a savepoint each, so one item that
    cannot be saved does not take the others with it); a batch is one transaction, so one
    fsync serves many items. A batch is committed when it holds BATCH_ITEMS items or is
    BATCH_SECONDS old, when an import starts, on cancel and at every ``sync``.
    """

    def __init__(
        self,
        vault: Vault,
        summary: AnalyseSummary,
        progress: Callable[[AnalyseProgress], None] | None,
        cancel: threading.Event,
    ) -> None:
        super().__init__(name="media-writer", daemon=True)
        self.vault = vault
        self.summary = summary
        self.progress = progress
        self.cancel = cancel
        self.inbox: queue.SimpleQueue[_Done | threading.Event | None] = queue.SimpleQueue()
        self.batch: list[_Done] = []
        self.since = 0.0
        self.done = {1: 0, 2: 0, 3: 0, 4: 0}
        self.total = {1: 0, 2: 0, 3: 0, 4: 0}
        self.failure: BaseException | None = None

    def put(self, done: _Done) -> None:
        self.inbox.put(done)

    def sync(self) -> None:
        """Return once everything put so far is committed."""
        flushed = threading.Event()
        self.inbox.put(flushed)
        while not flushed.wait(0.5):
            if not self.is_alive():
                return

    def stop(self) -> None:
        self.inbox.put(None)
        self.join()

    def run(self) -> None:
        conn = self.vault.connect()
        try:
            while True:
                wait = max(0.0, self.since + BATCH_SECONDS - time.monotonic()) if self.batch else 0.05
                message: _Done | threading.Event | bool | None
                try:
                    message = self.inbox.get(timeout=min(wait, 0.05))
                except queue.Empty:
                    message = False  # nothing new: only the clock and the import flag changed
                if message is None:
                    self.flush(conn)
                    return
                if isinstance(message, threading.Event):
                    self.flush(conn)
                    message.set()
                    continue
                if isinstance(message, _Done):
                    if not self.batch:
                        self.since = time.monotonic()
                    self.batch.append(message)
                if self.batch and (
                    len(self.batch) >= BATCH_ITEMS
                    or time.monotonic() - self.since >= BATCH_SECONDS
                    or self.vault.import_running
                    or self.cancel.is_set()
                ):
                    self.flush(conn)
        except BaseException as exc:  # noqa: BLE001 - reported by analyse_pending
            self.failure = exc
        finally:
            self.vault.release(conn)

    def flush(self, conn: Connection) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        saved: list[tuple[_Done, bool]] = []
        errors: list[str] = []
        try:
            with self.vault.transaction(conn) as tx:
                for done in batch:
                    tx.execute("SAVEPOINT media_item")
                    try:
                        if done.stage == 1:
                            write_analysis(self.vault, tx, done.item, done.result, done.status, done.reason)
                            wrote = True
                        elif done.stage == 3:
                            wrote = write_provenance(self.vault, tx, done.item, done.result)
                        elif done.stage == 4:
                            wrote = hash_store.write_hashes(
                                self.vault, tx, done.item, done.result, done.reason
                            )
                        else:
                            wrote = write_check(self.vault, tx, done.item, done.result, done.reason)
                    except Exception as exc:  # noqa: BLE001 - one item's failure must not stop the rest
                        tx.execute("ROLLBACK TO media_item")
                        errors.append(f"item {done.item.id}: {exc}")
                    else:
                        saved.append((done, wrote))
                    tx.execute("RELEASE media_item")
        except Exception as exc:  # noqa: BLE001 - the commit itself failed: none of these is saved
            self.summary.errors.extend(f"item {d.item.id}: {exc}" for d in batch)
            return
        self.summary.errors.extend(errors)
        for done, wrote in saved:
            self.done[done.stage] += 1
            if done.stage == 1:
                self.summary.analysed += 1
                self.summary.failed += done.status == "failed"
                self.summary.partial += done.status == "partial"
            elif done.stage == 3:
                self.summary.provenance += wrote
            elif done.stage == 4:
                self.summary.hashed += wrote
            elif wrote:
                self.summary.checked += 1
                self.summary.differs += bool(done.result.fields)
            if self.progress is not None:
                self.progress(
                    AnalyseProgress(self.done[done.stage], self.total[done.stage], done.item.name, done.stage)
                )


def analyse_pending(
    vault: Vault,
    progress: Callable[[AnalyseProgress], None] | None = None,
    cancel: threading.Event | None = None,
    *,
    workers: int = WORKERS,
    process_options: dict[str, Any] | None = None,
    check: bool = True,
    perceptual: bool = True,
    read_out: bool = True,
) -> AnalyseSummary:
    """Analyse every item not analysed yet, then (``check``) check the previews taken from
    embedded thumbnails, then (``perceptual``) hash the pictures and videos not hashed yet,
    with ``workers`` child processes. ``read_out=False`` skips the read-out and C2PA stages
    (``evidence-vault similar`` only needs the hashes).

    Items imported while this runs are picked up before it returns, and go before the
    checks. A second call while one is running returns at once (``already_running``):
    the running one covers it.
    """
    summary = AnalyseSummary()
    if not _RUN_LOCK.acquire(blocking=False):
        summary.already_running = True
        return summary
    cancel = cancel or threading.Event()
    writer = _Writer(vault, summary, progress, cancel)
    writer.start()
    try:
        attempted: dict[int, set[int]] = {1: set(), 2: set(), 3: set(), 4: set()}
        while not cancel.is_set():
            stage = 1
            todo = [i for i in pending(vault.conn) if i not in attempted[1]] if read_out else []
            if not todo and read_out:
                # Analysed before C2PA was read, or judged with other trust anchors than now.
                stage = 3
                digest = trust.bundle(vault.conn).digest
                todo = [i for i in provenance_store.pending(vault.conn, digest) if i not in attempted[3]]
            if not todo and check:
                stage = 2
                todo = [i for i in pending_checks(vault.conn) if i not in attempted[2]]
            if not todo and perceptual:
                stage = 4
                todo = [i for i in hash_store.pending(vault.conn) if i not in attempted[4]]
            if not todo:
                break
            writer.total[stage] = writer.done[stage] + len(todo)
            _pool(vault, stage, todo, attempted[stage], writer, cancel, workers, process_options or {})
            writer.sync()  # stage 2 starts from what stage 1 saved
            if writer.failure is not None:
                raise writer.failure
        summary.cancelled = cancel.is_set()
        return summary
    finally:
        writer.stop()  # commits whatever is left, also on cancel
        _RUN_LOCK.release()


def _newest_item(conn: Connection) -> int:
    row = conn.execute("SELECT max(id) FROM items").fetchone()
    return int(row[0] or 0)


def _pool(
    vault: Vault,
    stage: int,
    todo: list[int],
    attempted: set[int],
    writer: _Writer,
    cancel: threading.Event,
    workers: int,
    options: dict[str, Any],
) -> None:
    """Run one stage over ``todo`` with ``workers`` children. Stages 2 and 4 stop taking items
    as soon as new ones are imported: their read-out goes first."""
    work: queue.SimpleQueue[int] = queue.SimpleQueue()
    for item_id in todo:
        work.put(item_id)
    newest = _newest_item(vault.conn)
    lock = threading.Lock()
    anchors = trust.bundle(vault.conn)
    if stage in (2, 4):
        options = {**options, "nice": max(int(options.get("nice", CHECK_NICE)), CHECK_NICE)}

    def run() -> None:
        conn = vault.connect()
        conn.execute(f"PRAGMA cache_size = {READER_CACHE}")
        proc = AnalysisProcess(**options)
        try:
            while not cancel.is_set():
                while vault.import_running and not cancel.is_set():
                    cancel.wait(0.05)  # an import goes first (the writer commits meanwhile)
                if cancel.is_set() or (stage in (2, 4) and _newest_item(conn) != newest):
                    return
                try:
                    item_id = work.get_nowait()
                except queue.Empty:
                    return
                with lock:
                    attempted.add(item_id)
                try:
                    item = resolve(conn, str(item_id))
                    result, status, reason = _run(
                        conn,
                        item,
                        proc,
                        cancel,
                        check=stage == 2,
                        anchors=anchors,
                        provenance_only=stage == 3,
                        perceptual=stage == 4,
                    )
                except AnalysisFailed:
                    return  # cancelled
                except Exception as exc:  # noqa: BLE001 - one item's failure must not stop the rest
                    with lock:
                        writer.summary.errors.append(f"item {item_id}: {exc}")
                    continue
                writer.put(_Done(item, result, status, reason, stage))
        finally:
            proc.kill() if cancel.is_set() else proc.close()
            vault.release(conn)

    threads = [threading.Thread(target=run, name=f"media-{stage}-{n}", daemon=True) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
