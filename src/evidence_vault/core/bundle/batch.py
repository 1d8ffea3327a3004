"""Batch intake: many received bundles verified and taken into the investigator's vault.

Each bundle gets one line (``Line``): imported, skipped (taken in before: the same bundle id
from a file of the same SHA-256), refused (a bundle id taken in before, from a file of other
bytes: not the bundle that came in, so nothing of it is stored) or failed (with the reason).
A bad bundle never stops the batch and leaves nothing in the vault.

Bundles are imported one at a time in the caller's thread (one SQLCipher writer), through
``intake.import_into``, which verifies each as it stores it, in one pass, and stores nothing of
a bundle that fails. With ``jobs`` above 0, that many bundles are also verified ahead, in
child processes with a GIL of their own (``batch_child``, each verifying bundle after
bundle: ``batch_verify``), so a bad bundle is found without touching the vault; the import
still checks what it stores. Memory stays flat: a verification streams, and a line holds no
more than a report's words.

Resuming is recognising: a file whose size is that of a bundle taken in is hashed (no
decryption) and skipped when its SHA-256 is known. A bundle's items, custody events and
record are committed in one transaction, so an interrupted run leaves each bundle whole or
absent (its stored bytes are incomplete blobs, collected at unlock), and a rerun takes in
what is absent. Cancel stops between imports: verifications in flight are killed, an import
that has begun is completed, so nothing is ever half taken in.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from ..child.channel import Cancelled
from ..custody import log as custody
from ..errors import UsageError
from ..evidence.importer import Status
from ..session.vault import Vault
from .batch_verify import Verifiers
from .errors import BundleError
from .intake import DEFAULT_MAX_BYTES, KnownBundle, import_into
from .outcome import BundleReport

IMPORTED, SKIPPED, REFUSED, FAILED = "imported", "skipped", "refused", "failed"
OUTCOMES = (IMPORTED, SKIPPED, REFUSED, FAILED)
SUFFIX = ".evb"
_HASH_CHUNK = 1 << 20


# No verification ahead of the import by default: ``import_into`` verifies each bundle as it
# stores it, in one pass, and that pass is bound by SQLCipher's writes, so a verifying process
# ahead of it only decrypts every good bundle a second time on the same cores (measured in
# benchmarks/batch_intake.py: docs/bundle-format.md). ``jobs`` asks for verifiers ahead, which
# find a bad bundle without touching the vault, where cores are spare.
DEFAULT_JOBS = 0


@dataclass
class Line:
    """What happened to one bundle: one line of the JSON-lines report."""

    path: str
    outcome: str = FAILED
    reason: str = ""
    file_sha256: str = ""
    size: int = 0
    bundle_id: str = ""
    files: int = 0
    new_items: int = 0
    duplicate_items: int = 0
    seconds: float = 0.0
    verified: bool = False  # decrypted and checked in this run (False: recognised, or unreadable)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Summary:
    lines: list[Line] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False
    not_done: int = 0  # bundles not reached because of a cancel

    def count(self, outcome: str) -> int:
        return sum(1 for line in self.lines if line.outcome == outcome)

    @property
    def ok(self) -> bool:
        return not (self.count(FAILED) or self.count(REFUSED) or self.cancelled)

    @property
    def size(self) -> int:
        return sum(line.size for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "bundles": len(self.lines),
            **{outcome: self.count(outcome) for outcome in OUTCOMES},
            "bytes": self.size,
            "bytes_imported": sum(line.size for line in self.lines if line.outcome == IMPORTED),
            "new_items": sum(line.new_items for line in self.lines),
            "duplicate_items": sum(line.duplicate_items for line in self.lines),
            "seconds": round(self.seconds, 3),
            "cancelled": self.cancelled,
            "not_done": self.not_done,
        }


@dataclass(frozen=True)
class Progress:
    """After each line: how far the batch is, by bundles and by bytes."""

    line: Line
    done: int
    total: int
    done_bytes: int
    total_bytes: int
    elapsed: float


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[Line]]:
    """The bundles named: files as given (a named link is followed: the user chose it), and
    in each folder, and its subfolders, every ``*.evb`` that is a regular file. Links inside
    a folder are not followed (they could lead anywhere: listed as failed, to be named
    instead), files come in name order, and a file named twice is taken once."""
    found: list[Path] = []
    problems: list[Line] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            found.append(path)

    for path in paths:
        if path.is_dir():
            for folder, dirs, names in os.walk(path, onerror=None, followlinks=False):
                dirs.sort()
                for name in sorted(names):
                    if not name.lower().endswith(SUFFIX):
                        continue
                    entry = Path(folder) / name
                    if entry.is_symlink():
                        problems.append(
                            Line(
                                str(entry), reason="a symbolic link inside the folder: not followed (name it)"
                            )
                        )
                    elif entry.is_file():
                        add(entry)
                for name in dirs:
                    if (Path(folder) / name).is_symlink():
                        problems.append(
                            Line(str(Path(folder) / name), reason="a linked folder: not followed (name it)")
                        )
        elif path.is_file():
            add(path)
        else:
            problems.append(Line(str(path), reason="no such file or folder"))
    return found, problems


class _Known:
    """The bundles this vault took in: by file SHA-256, by id, and the sizes of their files."""

    def __init__(self, vault: Vault) -> None:
        self.by_file: dict[str, str] = {}
        self.by_id: dict[str, str | None] = {}
        self.manifests: dict[str, str] = {}
        self.sizes: set[int] = set()
        # The manifest (up to 16 MiB) is read only for a bundle whose file was not hashed here.
        rows = vault.conn.execute(
            "SELECT bundle_id, CASE WHEN file_sha256 IS NULL THEN manifest END, file_sha256, file_size "
            "FROM bundles_received"
        )
        for bundle_id, manifest, file_sha256, file_size in rows:
            digest = hashlib.sha256(bytes(manifest)).hexdigest() if manifest is not None else ""
            self.add(str(bundle_id), file_sha256, file_size, digest)

    def add(self, bundle_id: str, file_sha256: str | None, size: int | None, manifest_sha256: str) -> None:
        self.by_id[bundle_id] = file_sha256
        self.manifests[bundle_id] = manifest_sha256
        if file_sha256:
            self.by_file[file_sha256] = bundle_id
        if size is not None:
            self.sizes.add(int(size))


@dataclass
class _Checked:
    """A worker's finding about one bundle, before the serial part decides."""

    line: Line
    report: BundleReport | None = None
    manifest_sha256: str = ""
    unverified: bool = False  # to be verified as it is stored (no verification ahead)


def hash_file(path: Path, cancel: threading.Event | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(_HASH_CHUNK):  # hashlib lets go of the GIL for large updates
            if cancel is not None and cancel.is_set():
                raise Cancelled
            digest.update(chunk)
    return digest.hexdigest()


class _Batch:
    def __init__(
        self,
        vault: Vault,
        identity: pyrage.x25519.Identity,
        max_bytes: int,
        cancel: threading.Event,
        ahead: bool,
    ) -> None:
        self.vault, self.identity, self.max_bytes, self.cancel = vault, identity, max_bytes, cancel
        self.known = _Known(vault)
        self.verifiers = Verifiers(identity) if ahead else None
        self.conn = vault.connect()  # one for every import of the batch

    def close(self) -> None:
        if self.verifiers is not None:
            self.verifiers.close()
        self.vault.release(self.conn)

    def check(self, path: Path) -> _Checked:
        """In a worker: recognise the bundle by its file's hash, or verify it."""
        started = time.monotonic()
        line = Line(str(path))
        try:
            line.size = path.stat().st_size
            if line.size in self.known.sizes:  # only then can it be a bundle taken in before
                line.file_sha256 = hash_file(path, self.cancel)
                bundle_id = self.known.by_file.get(line.file_sha256)
                if bundle_id is not None:
                    line.bundle_id, line.outcome = bundle_id, SKIPPED
                    line.reason = "taken in before (the same bundle id and file SHA-256)"
                    return _Checked(line)
            if self.verifiers is None:
                return _Checked(line, unverified=True)
            report, manifest_sha256 = self.verifiers.verify(path, self.cancel)
            line.verified = True
            if not report.ok:  # the id it claims is not shown: nothing of it was verified
                line.reason = "; ".join(report.problems) or "the bundle holds no manifest"
                # What was hashed while decrypting stops where decryption failed: hash it all.
                line.file_sha256 = hash_file(path, self.cancel)
                return _Checked(line)
            line.file_sha256, line.bundle_id = report.file_sha256, report.bundle_id
            return _Checked(line, report, manifest_sha256)
        except Cancelled:
            raise
        except (BundleError, OSError) as exc:
            line.reason = str(exc) if isinstance(exc, BundleError) else f"cannot read the file: {exc}"
            return _Checked(line)
        except Exception as exc:  # noqa: BLE001 - one bundle's failure must not stop the batch
            line.reason = f"could not be checked ({type(exc).__name__}: {exc})"
            return _Checked(line)
        finally:
            line.seconds = time.monotonic() - started

    def take_in(self, checked: _Checked) -> Line:
        """In the caller's thread, one at a time: decide against what is known now, import."""
        line = checked.line
        if checked.unverified:  # verified as it is stored, in one pass
            return self._import(line, None)
        if checked.report is None:
            return line
        bundle_id = line.bundle_id
        if self.known.by_file.get(line.file_sha256) == bundle_id:
            line.outcome, line.reason = SKIPPED, "taken in before (the same bundle id and file SHA-256)"
            return line
        known = self._known_id(line, checked.manifest_sha256)
        if known is not None:
            return known
        return self._import(line, (line.file_sha256, line.size))

    def _known_id(self, line: Line, manifest_sha256: str) -> Line | None:
        """A verified bundle whose id was taken in before: skipped if it is the same, else refused."""
        bundle_id = line.bundle_id
        if bundle_id not in self.known.by_id:
            return None
        earlier = self.known.by_id[bundle_id]
        if earlier == line.file_sha256 or (
            earlier is None and self.known.manifests.get(bundle_id) == manifest_sha256
        ):
            line.outcome = SKIPPED
            line.reason = (
                "taken in before (the same bundle id and file SHA-256)"
                if earlier
                else "taken in before this vault kept files' hashes; the signed manifest is the same"
            )
            return line
        line.outcome = REFUSED
        line.reason = (
            f"bundle {bundle_id} was taken in before from a file with other bytes "
            f"(SHA-256 {earlier or 'not recorded'}): this is not that file; nothing was "
            "stored: ask the sender which is theirs"
        )
        return line

    def _import(self, line: Line, file_digest: tuple[str, int] | None) -> Line:
        """``import_into``, and its outcome on the line. ``file_digest``: the file as a
        verification ahead found it (None: verified only now, as it is stored)."""
        started = time.monotonic()
        try:
            report = import_into(
                self.vault,
                Path(line.path),
                self.identity,
                max_bytes=self.max_bytes,
                file_digest=file_digest,
                conn=self.conn,
            )
        except KnownBundle as known:
            line.verified = True
            line.file_sha256, line.bundle_id = known.report.file_sha256, known.report.bundle_id
            return self._known_id(line, _manifest_sha256(known.report)) or line
        except (BundleError, UsageError) as exc:
            line.reason = str(exc)
            return line
        except OSError as exc:
            line.reason = f"cannot read the file: {exc}"
            return line
        except Exception as exc:  # noqa: BLE001 - the import rolled back; the batch goes on
            line.reason = f"could not be imported ({type(exc).__name__}: {exc})"
            return line
        finally:
            line.seconds += time.monotonic() - started
        line.verified = True
        if not report.ok:  # the id it claims is not shown: nothing of it was verified
            line.reason = "; ".join(report.problems) or "the bundle holds no manifest"
            # What was hashed while decrypting stops where decryption failed: hash it all.
            line.file_sha256 = hash_file(Path(line.path), self.cancel)
            return line
        line.file_sha256, line.bundle_id = report.file_sha256, report.bundle_id
        line.outcome = IMPORTED
        line.files, line.new_items, line.duplicate_items = _counts(self.vault, report.bundle_id)
        self.known.add(report.bundle_id, line.file_sha256, line.size, _manifest_sha256(report))
        return line


def _manifest_sha256(report: BundleReport) -> str:
    return hashlib.sha256(report.manifest).hexdigest() if report.manifest else ""


def _counts(vault: Vault, bundle_id: str) -> tuple[int, int, int]:
    """Files, new items and duplicates, as the import's own custody event says."""
    event = custody.latest(vault.conn, "bundle.imported")
    params = event.body["params"] if event is not None else {}
    if params.get("bundle_id") != bundle_id:
        return 0, 0, 0
    files = params.get("files") or []
    duplicates = sum(1 for f in files if f.get("status") == Status.DUPLICATE.value)
    new = sum(1 for f in files if f.get("status") == Status.IMPORTED.value)
    return len(files), new, duplicates


def intake(
    vault: Vault,
    paths: Sequence[Path],
    identity: pyrage.x25519.Identity,
    *,
    jobs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Progress], None] | None = None,
    cancel: threading.Event | None = None,
) -> Summary:
    """Take in every bundle under ``paths``; ``progress`` is called in this thread after each."""
    started = time.monotonic()
    cancel = cancel or threading.Event()
    bundles, lines = collect(paths)
    summary = Summary()
    sizes = {path: _size(path) for path in bundles}
    total, total_bytes = len(bundles) + len(lines), sum(sizes.values())
    done_bytes = 0

    def finished(line: Line) -> None:
        nonlocal done_bytes
        summary.lines.append(line)
        done_bytes += sizes.get(Path(line.path), 0)
        if progress is not None:
            elapsed = time.monotonic() - started
            progress(Progress(line, len(summary.lines), total, done_bytes, total_bytes, elapsed))

    for line in lines:
        finished(line)
    ahead = DEFAULT_JOBS if jobs is None else jobs
    batch = _Batch(vault, identity, max_bytes, cancel, ahead > 0)
    workers = max(1, ahead)
    waiting = list(reversed(bundles))
    with (
        contextlib.closing(batch),
        concurrent.futures.ThreadPoolExecutor(workers, thread_name_prefix="bundle-verify") as pool,
    ):
        # Taken in in the order named (sorted within a folder), whichever verification ends
        # first: the same batch gives the same lines, and the first of two copies is the one
        # imported. Verified bundles may wait for the writer: a few beyond the workers.
        pending: collections.deque[concurrent.futures.Future[_Checked]] = collections.deque()
        try:
            while (waiting or pending) and not cancel.is_set():
                while waiting and len(pending) < 2 * workers:
                    pending.append(pool.submit(batch.check, waiting.pop()))
                try:
                    checked = pending[0].result()
                except Cancelled:
                    break
                pending.popleft()
                if cancel.is_set():
                    break
                finished(batch.take_in(checked))
        except BaseException:
            cancel.set()  # Ctrl+C or a failing callback: the workers stop now, not after their bundle
            raise
        if cancel.is_set():
            summary.cancelled = True
            for future in pending:
                future.cancel()
    summary.not_done = total - len(summary.lines)
    summary.seconds = time.monotonic() - started
    return summary


class ReportFile:
    """The JSON-lines report: one line per bundle, written and flushed as each finishes, so
    a run killed half way leaves every finished line whole. An existing report is added to,
    never overwritten: a rerun after an interruption continues the same record (its lines
    say ``skipped`` for what the first run took in), and each line names its run."""

    def __init__(self, path: Path) -> None:
        self.run = utc_now()
        try:
            self._handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed by close()
        except OSError as exc:
            raise UsageError(f"cannot write the report {path}: {exc.strerror or exc}") from None
        if self._handle.tell() and not _ends_with_newline(path):
            self._handle.write("\n")  # a line cut by a kill stays a line of its own (and invalid)

    def write(self, line: Line) -> None:
        self._handle.write(report_line(line, self.run))
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


def save_report(path: Path, lines: Iterable[Line]) -> None:
    """The JSON lines of a finished batch, to a file the user chose (the app's "Save report…")."""
    run = utc_now()
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(report_line(line, run) for line in lines)


def report_line(line: Line, run: str) -> str:
    return json.dumps({**line.to_json(), "run": run}, ensure_ascii=False, sort_keys=True) + "\n"


def utc_now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
