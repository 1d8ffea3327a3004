"""Sealed bundles: evidence for investigators, checkable with age, minisign and sha256sum.

A bundle is one age v1 file encrypted to the chosen recipients (and the vault
itself). Inside is a tar, written as a stream straight into the encryptor (no
plaintext ever staged on disk):

    VERIFY.txt              how to check everything with standard tools
    manifest.json           what is inside, who sealed it, the custody proofs
    manifest.json.minisig   minisign signature by the vault's signing key
    signing-key.pub         that key, in minisign's format
    custody/events.jsonl    the included items' custody events, in full
    custody/event-hashes.txt  the hash of every event up to the tree head
    custody/tree-head.json  the signed tree head the proofs lead to
    SHA256SUMS              sha256sum -c format, for every file above and below
    files/…                 the originals (or sanitized derivatives)

docs/bundle-format.md specifies it. Reading is one streaming pass that checks the
signature, every hash and every proof, and hands file contents to a sink (nothing,
a folder, or the investigator's own vault) only after all of it passed.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib
import io
import json
import os
import queue
import re
import secrets
import select
import signal
import subprocess
import sys
import tarfile
import threading
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import nacl.signing
import pyrage

from . import blobstore, bundle_check, canonical, custody, merkle, minisign
from .errors import UsageError, VaultError
from .items import ItemSummary
from .placing import put_in_place
from .recipients import Recipient, named, own_identity, own_recipient
from .vault import Vault

FORMAT = "evidence-vault-bundle/1"
_META_LIMIT = 256 << 20  # metadata members are held in memory: refuse absurd sizes
_SAFE = re.compile(r"[^\w.\- ]", re.UNICODE)


class BundleError(VaultError):
    """A bundle failed a check; the message says which, in plain words."""

    exit_code = 1


class ExportCancelled(VaultError):
    """The user stopped a seal or folder export; whatever was half-written was deleted."""

    exit_code = 1

    def __init__(self, message: str = "cancelled; the half-written output was deleted") -> None:
        super().__init__(message)


def _check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled


@dataclass(frozen=True)
class _Member:
    path: str
    size: int
    sha256: str
    chunks: Callable[[], Iterable[bytes]]


def _safe_name(item: ItemSummary) -> str:
    name = _SAFE.sub("_", item.name.replace("\\", "_").replace("/", "_")).strip(". ") or "item"
    return f"files/{item.id:06d}-{name[:120]}"


def _bytes_member(path: str, data: bytes) -> _Member:
    return _Member(path, len(data), hashlib.sha256(data).hexdigest(), lambda: [data])


# -- sealing ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SealResult:
    bundle_id: str
    path: Path
    size: int
    sha256: str
    items: int
    recipients: list[Recipient]
    tree_head: custody.TreeHead


def seal(
    vault: Vault,
    selected: list[ItemSummary],
    recipient_names: list[str],
    out: Path,
    *,
    profile: str = "originals",
    statement_ids: Iterable[int] = (),
    include_identity: bool = False,
    withhold: AbstractSet[str] = frozenset(),
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> SealResult:
    """Seal ``selected`` items and statements for the named recipients into the new file ``out``.

    Statements go only where the witness's recorded consent covers these recipients
    (and the identity only where it allows naming); otherwise nothing is sealed.
    Setting ``cancel`` stops at the next chunk: ``ExportCancelled`` is raised and the
    half-written file is deleted.

    ``withhold`` (originals only; choices of ``sanitize.WITHHOLD_CHOICES``) seals, for each
    item holding such fields, a derivative with exactly those fields cut out instead of the
    original; an item whose fields cannot provably be cut out stops the seal
    (``SanitizeRefused``). The originals in the vault are never changed.
    """
    if profile not in ("originals", "sanitized"):
        raise UsageError(f"unknown profile {profile!r}: originals or sanitized")
    withhold = frozenset(withhold)
    if withhold and profile != "originals":
        raise UsageError("withholding fields applies to originals; sanitized copies lose them anyway")
    statement_ids = list(statement_ids)
    if not selected and not statement_ids:
        raise UsageError("nothing to seal: choose items, a case or statements")
    if out.exists():
        raise UsageError(f"{out} already exists; not overwriting it")
    chosen = named(vault, recipient_names) if recipient_names else []
    if not chosen:
        raise UsageError("seal to at least one recipient (--to NAME)")
    everyone = [*chosen, own_recipient(vault)]
    bundle_id = secrets.token_hex(16)
    created = custody.utc_now()

    statement_entries, statement_members, statement_hashes = _statement_part(
        vault, statement_ids, chosen, include_identity
    )
    entries, members = _file_entries(vault, selected, profile, cancel, withhold)
    head = vault.seal_log_head()
    custody_files, custody_info = _custody_part(vault, selected, head, chosen, statement_hashes)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "bundle_id": bundle_id,
        "created_at": created,
        "profile": profile,
        "withheld": sorted(withhold),
        "sealed_by": {
            "vault_id": vault.vault_id,
            "minisign_public_key": minisign.public_key_line(vault.verify_key),
            "ed25519_public_key": bytes(vault.verify_key).hex(),
            "fingerprint": minisign.fingerprint(vault.verify_key),
        },
        "recipients": [r.to_json() for r in everyone],
        "files": entries,
        "statements": statement_entries,
        "custody": custody_info,
    }
    manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    signature = minisign.sign(
        vault.signer, [manifest_bytes], f"evidence-vault bundle {bundle_id} sealed {created}"
    )
    head_members = [
        _bytes_member("VERIFY.txt", _verify_text(manifest).encode()),
        _bytes_member("manifest.json", manifest_bytes),
        _bytes_member("manifest.json.minisig", signature.encode()),
        _bytes_member("signing-key.pub", minisign.public_key_file(vault.verify_key).encode()),
        *(_bytes_member(path, data) for path, data in custody_files.items()),
    ]
    members = [*statement_members, *members]
    sums = "".join(f"{m.sha256}  {m.path}\n" for m in [*head_members, *members]).encode()
    all_members = [*head_members, _bytes_member("SHA256SUMS", sums), *members]

    # Written under a temporary name and put in place only once it verifies, so that a
    # crash or a full disk never leaves a half-written bundle under the chosen name.
    partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        # pyrage cannot report a failed final write: the file is read back and verified end to
        # end, by a reader that follows the writer and finishes only after close and fsync.
        report, manifest_sha256 = _encrypt(
            all_members, everyone, partial, progress, cancel, own_identity(vault)
        )
        _check_cancel(cancel)
        if not report.ok:
            raise BundleError("the bundle did not verify after sealing: " + "; ".join(report.problems))
        if report.bundle_id != bundle_id or manifest_sha256 != hashlib.sha256(manifest_bytes).hexdigest():
            raise BundleError("the bundle read back after sealing holds another manifest than the one signed")
        put_in_place(partial, out)  # never overwrites (also on FAT/exFAT sticks, without hard links)
        _fsync_directory(out.parent)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        # A full disk or a size limit (pyrage wraps the OSError): a message, not a traceback.
        if isinstance(exc, (OSError, pyrage.EncryptError)):
            cause = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise BundleError(f"cannot write {out}: {cause}; nothing was left behind") from exc
        raise
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO bundles_sealed (bundle_id, recipients, tree_size, created_at) VALUES (?, ?, ?, ?)",
            (bundle_id, json.dumps(sorted(r.public_key for r in chosen)), head.size, created),
        )
        vault.record(
            conn,
            "bundle.sealed",
            {
                "bundle_id": bundle_id,
                "profile": profile,
                "withheld": sorted(withhold),
                "recipients": [{"name": r.name, "fingerprint": r.fingerprint} for r in chosen],
                "files": [
                    {"path": e["path"], "sha256": e["sha256"], "original_sha256": e["original_sha256"]}
                    for e in entries
                ],
                "statements": [
                    {"id": e["id"], "version_sha256": e["version_sha256"], "identity": e["identity_included"]}
                    for e in statement_entries
                ],
                "tree_size": head.size,
                "bundle_sha256": report.file_sha256,
            },
            items=[item.id for item in selected],
            objects=[e["sha256"] for e in entries],
        )
    return SealResult(bundle_id, out, out.stat().st_size, report.file_sha256, len(selected), chosen, head)


def _file_entries(
    vault: Vault,
    selected: list[ItemSummary],
    profile: str,
    cancel: threading.Event | None = None,
    withhold: AbstractSet[str] = frozenset(),
) -> tuple[list[dict[str, Any]], list[_Member]]:
    entries: list[dict[str, Any]] = []
    members: list[_Member] = []
    for item in selected:
        _check_cancel(cancel)
        if item.deleted_at is not None:
            raise UsageError(f"item {item.id} was deleted; only its record remains")
        path = _safe_name(item)
        entry: dict[str, Any] = {
            "path": path,
            "item_id": item.id,
            "original_name": item.name,
            "original_name_hex": item.name_hex,
            "original_sha256": item.sha256,
            "content_type": item.content_type,
        }
        # The sanitizer (core/sanitize) makes and stores derivatives; loaded on use so that
        # sealing originals without withholding never depends on it.
        derivative = None
        if profile == "originals" and withhold:
            sanitize: Any = importlib.import_module(".sanitize", __package__)
            derivative = sanitize.make_withheld(vault, item, withhold)
        elif profile != "originals":
            sanitize = importlib.import_module(".sanitize", __package__)
            derivative = sanitize.make_derivative(vault, item)
        if derivative is None:
            entry |= {"sha256": item.sha256, "size": item.size, "derivative": None}
            members.append(
                _Member(path, item.size, item.sha256, functools.partial(_chunks, vault, item.blob_id))
            )
        else:
            entry |= {
                "sha256": derivative.sha256,
                "size": derivative.size,
                "content_type": derivative.content_type,
                "derivative": {"removed": derivative.removed, "reencoded": derivative.reencoded},
            }
            if profile == "originals":
                entry["derivative"]["withheld"] = sorted(withhold)
            members.append(
                _Member(
                    path,
                    derivative.size,
                    derivative.sha256,
                    functools.partial(_derivative_chunks, vault, derivative),
                )
            )
        entries.append(entry)
    return entries, members


def _chunks(vault: Vault, blob_id: int) -> Iterator[bytes]:
    conn = vault.connect()
    try:
        yield from blobstore.read_chunks(conn, blob_id)
    finally:
        vault.release(conn)


def _derivative_chunks(vault: Vault, derivative: Any) -> Iterator[bytes]:
    sanitize: Any = importlib.import_module(".sanitize", __package__)
    conn = vault.connect()  # read in the sealing's reader thread: a connection of its own
    try:
        yield from sanitize.derivative_chunks(conn, derivative)
    finally:
        vault.release(conn)


def _statement_part(
    vault: Vault, statement_ids: list[int], chosen: list[Recipient], include_identity: bool
) -> tuple[list[dict[str, Any]], list[_Member], set[str]]:
    """The chosen statements, refused unless consent covers these recipients."""
    from . import render, statements

    entries: list[dict[str, Any]] = []
    members: list[_Member] = []
    hashes: set[str] = set()
    names = [r.name for r in chosen]
    for statement_id in statement_ids:
        statement = statements.get(vault.conn, statement_id)
        allowed, reason = statements.export_allowed(
            statement, "named-investigators", names, include_identity=include_identity
        )
        if not allowed:
            raise UsageError(reason)
        document = statement.to_json()
        if include_identity:
            identity = statements.identity(vault.conn, statement.id)
            document["identity"] = None if identity is None else identity.to_json()
        base = f"statements/{statement.id:06d}"
        html = render.render_html(vault.conn, statement, include_identity=include_identity).encode("utf-8")
        data = (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
        members += [_bytes_member(base + ".json", data), _bytes_member(base + ".html", html)]
        hashes |= {v.sha256 for v in statement.versions}
        entries.append(
            {
                "id": statement.id,
                "pseudonym": statement.pseudonym,
                "version_sha256": statement.latest.sha256,
                "versions": [{"version": v.number, "sha256": v.sha256} for v in statement.versions],
                "json": {"path": base + ".json", "sha256": members[-2].sha256},
                "html": {"path": base + ".html", "sha256": members[-1].sha256},
                "consent": reason,
                "identity_included": include_identity,
            }
        )
    return entries, members, hashes


def _custody_part(
    vault: Vault,
    selected: list[ItemSummary],
    head: custody.TreeHead,
    chosen: list[Recipient],
    statement_hashes: AbstractSet[str] = frozenset(),
) -> tuple[dict[str, bytes], dict[str, Any]]:
    conn = vault.conn
    wanted = {item.id for item in selected}
    events = [
        e
        for e in custody.events(conn)
        if e.seq <= head.size and (wanted & set(e.body["items"]) or statement_hashes & set(e.body["objects"]))
    ]
    hashes = [
        bytes(r[0])
        for r in conn.execute("SELECT hash FROM custody WHERE seq <= ? ORDER BY seq", (head.size,))
    ]
    inclusion = {
        str(e.seq): [p.hex() for p in custody.inclusion_proof(conn, e.seq, head.size)] for e in events
    }
    previous = _previous_head(vault, chosen, head.size)
    consistency = None
    if previous is not None:
        consistency = {
            "from": previous.to_json(),
            "proof": [p.hex() for p in custody.consistency_proof(conn, previous.size, head.size)],
        }
    files = {
        "custody/events.jsonl": "".join(
            json.dumps(
                {"canonical": canonical_of(e), "hash": e.hash.hex(), "sig": e.sig.hex()}, ensure_ascii=False
            )
            + "\n"
            for e in events
        ).encode(),
        "custody/event-hashes.txt": "".join(h.hex() + "\n" for h in hashes).encode(),
        "custody/tree-head.json": (json.dumps(head.to_json(), indent=2, sort_keys=True) + "\n").encode(),
    }
    info = {
        "tree_head": head.to_json(),
        "events": "custody/events.jsonl",
        "event_hashes": "custody/event-hashes.txt",
        "inclusion_proofs": inclusion,
        "consistency_from_previous_bundle": consistency,
    }
    return files, info


def canonical_of(event: custody.Event) -> str:
    return canonical.encode(event.body).decode("utf-8")


def _previous_head(vault: Vault, chosen: list[Recipient], size: int) -> custody.TreeHead | None:
    keys = {r.public_key for r in chosen}
    rows = vault.conn.execute(
        "SELECT recipients, tree_size FROM bundles_sealed ORDER BY tree_size DESC"
    ).fetchall()
    for recipients_json, tree_size in rows:
        if keys & set(json.loads(recipients_json)) and int(tree_size) <= size:
            for candidate in custody.tree_heads(vault.conn):
                if candidate.size == int(tree_size):
                    return candidate
    return None


def _tar_stream(
    members: list[_Member],
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None = None,
) -> Iterator[bytes]:
    """The tar, produced on demand: a pax header, the data, padding to 512 bytes per member,
    and the end-of-archive blocks. Pulled by the encryptor in this same thread."""
    total = sum(m.size for m in members)
    done = 0
    written = 0
    for member in members:
        info = tarfile.TarInfo(member.path)
        info.size, info.mode, info.mtime = member.size, 0o644, 0
        header = info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")
        yield header
        # Each member's SHA-256 is not taken here: the read-back check hashes what landed in the
        # bundle and compares it with SHA256SUMS and the manifest (the hash taken at import).
        size = 0
        for chunk in member.chunks():
            _check_cancel(cancel)
            size += len(chunk)
            if size > member.size:
                break
            yield bytes(chunk)
            if progress and len(chunk) >= blobstore.CHUNK_SIZE:
                progress(done + size, total)  # large files move the bar chunk by chunk
        if size != member.size:
            raise BundleError(f"{member.path}: the vault's bytes do not match their recorded size")
        padding = -size % tarfile.BLOCKSIZE
        yield bytes(padding)
        written += len(header) + size + padding
        done += size
        if progress:
            progress(done, total)
    end = 2 * tarfile.BLOCKSIZE
    yield bytes(end + (-(written + end) % tarfile.RECORDSIZE))


_DONE = object()


class _Reader(io.RawIOBase):
    """A readable file over byte strings made by a producer thread (no copies of what remains).

    The producer reads the vault (SQLCipher decrypts pages and hashlib hashes without the
    GIL) while pyrage, which holds the GIL, encrypts what came before: the two overlap.
    """

    def __init__(self, progress: Callable[[int, int], None] | None) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=8)  # at most ~8 MiB in flight
        self._buffer = memoryview(b"")
        self._stop = threading.Event()
        self._progress = progress
        self._thread: threading.Thread | None = None

    def report(self, done: int, total: int) -> None:
        """Progress from the producer, shown by the consumer's thread (the caller's)."""
        self._put((done, total))

    def start(self, source: Iterator[bytes]) -> None:
        self._thread = threading.Thread(target=self._produce, args=(source,), name="bundle-read", daemon=True)
        self._thread.start()

    def _put(self, value: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self, source: Iterator[bytes]) -> None:
        try:
            for chunk in source:
                if not self._put(chunk):
                    return
            self._put(_DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            self._put(exc)

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            item = self._queue.get()
            if item is _DONE:
                self._queue.put(_DONE)
                return 0
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, tuple):  # progress, reported in the consumer's thread
                if self._progress is not None:
                    self._progress(*item)
                continue
            self._buffer = memoryview(item)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


_SYNC_EVERY = 64 << 20
_datasync = getattr(os, "fdatasync", os.fsync)


class _Writer(io.RawIOBase):
    """Writes the encryptor's output to the file, telling the checker how much has landed.

    Every 64 MiB it waits for what was written to reach the disk, while the vault is read in
    the other thread, so that the final ``fsync`` has little left to wait for.
    """

    def __init__(self, fd: int, landed: Callable[[int], None]) -> None:
        self.fd = fd
        self.size = 0
        self._synced = 0
        self._landed = landed

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        done = 0
        while done < len(view):
            done += os.write(self.fd, view[done:])
        self.size += done
        self._landed(self.size)
        if self.size - self._synced >= _SYNC_EVERY:
            _datasync(self.fd)
            self._synced = self.size
        return done


class _CheckerGone(Exception):
    """The read-back checker stopped before the bundle was written; it says why."""


# Where the read-back check runs: None chooses a child process where one can be started (a
# POSIX system; a frozen app runs ``-m`` helpers through evidence_vault.children); tests set
# True or False.
CHECK_IN_CHILD: bool | None = None


def _check_in_child() -> bool:
    if CHECK_IN_CHILD is not None:
        return CHECK_IN_CHILD
    return os.name == "posix" and bool(sys.executable)


class _ChildChecker:
    """The read-back check in a child process with a GIL of its own (``bundle_check``), so
    that it decrypts and checks while pyrage encrypts here, on another core."""

    def __init__(self, path: Path, identity: pyrage.x25519.Identity) -> None:
        fd = os.open(path, os.O_RDONLY)
        try:
            self._proc: subprocess.Popen[bytes] = subprocess.Popen(
                [sys.executable, "-m", bundle_check.MODULE, "--fd", str(fd)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                bufsize=0,
                close_fds=True,
                pass_fds=(fd,),
            )
        except OSError as exc:
            raise BundleError(f"cannot start the process that verifies the bundle: {exc}") from None
        finally:
            os.close(fd)
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._in, self._out = self._proc.stdin.fileno(), self._proc.stdout.fileno()
        self._told = 0
        self._gone = False
        try:
            # The key travels over the pipe only: never a file, the command line or the environment.
            self._send(bundle_check.frame(bundle_check.KEY, str(identity).encode("ascii")), None)
        except OSError:
            reason = self._death()
            self.kill()
            raise BundleError(f"the bundle cannot be verified: {reason}") from None
        except BaseException:
            self.kill()
            raise
        os.set_blocking(self._in, False)

    def landed(self, size: int) -> None:
        """After each write: tell the child at most once per MiB that more has landed."""
        if self._gone or size - self._told < blobstore.CHUNK_SIZE:
            return
        try:
            os.write(self._in, bundle_check.frame(bundle_check.WRITTEN, bundle_check.SIZE.pack(size)))
            self._told = size
        except BlockingIOError:
            pass  # the pipe is full: the child is behind and has messages to read
        except OSError:
            self._gone = True  # it ended early (a failed check) or died: stop encrypting
            raise _CheckerGone from None

    def gone_reason(self) -> str | None:
        if not self._gone and self._proc.poll() is None:
            return None
        return self._outcome_text()

    def finish(self, size: int, cancel: threading.Event | None) -> tuple[BundleReport, str]:
        """Tell the child the file is complete (flushed, fsynced, closed) and take its report."""
        try:
            if not self._gone:
                try:
                    self._send(bundle_check.frame(bundle_check.CLOSED, bundle_check.SIZE.pack(size)), cancel)
                except OSError:
                    self._gone = True
            return self._report(cancel)
        finally:
            self.kill()

    def _send(self, data: bytes, cancel: threading.Event | None) -> None:
        view = memoryview(data)
        while view:
            _check_cancel(cancel)
            _, ready, _ = select.select([], [self._in], [], 0.25)
            if ready:
                try:
                    view = view[os.write(self._in, view) :]
                except BlockingIOError:
                    continue

    def _read(self, size: int, cancel: threading.Event | None) -> bytes:
        data = bytearray()
        while len(data) < size:
            _check_cancel(cancel)
            ready, _, _ = select.select([self._out], [], [], 0.25)
            if ready:
                piece = os.read(self._out, size - len(data))
                if not piece:
                    raise EOFError
                data += piece
        return bytes(data)

    def _report(self, cancel: threading.Event | None) -> tuple[BundleReport, str]:
        try:
            kind, length = bundle_check.HEADER.unpack(self._read(bundle_check.HEADER.size, cancel))
            if length > bundle_check.MAX_PAYLOAD.get(kind, 0):
                raise BundleError(f"the verifying process sent {kind!r} of {length} bytes")
            payload = self._read(length, cancel)
        except EOFError:
            raise BundleError(f"the bundle could not be verified after sealing: {self._death()}") from None
        if kind == bundle_check.ERROR:
            text = payload.decode("utf-8", "replace")
            raise BundleError(f"the bundle could not be read back after sealing: {text}")
        if kind != bundle_check.REPORT:
            raise BundleError(f"the verifying process sent {kind!r} instead of its report")
        try:
            result = json.loads(payload)
            report = BundleReport(
                bundle_id=str(result["bundle_id"]),
                problems=[str(p) for p in result["problems"]],
                checks=[str(c) for c in result["checks"]],
                file_sha256=str(result["file_sha256"]),
            )
            return report, str(result["manifest_sha256"])
        except (ValueError, KeyError, TypeError) as exc:
            raise BundleError(f"the verifying process sent a malformed report ({exc})") from None

    def _outcome_text(self) -> str:
        """What the child said before it ended (a report's problems or an error), or how it died."""
        try:
            report, _ = self._report(None)
        except BundleError as exc:
            return str(exc)
        if not report.ok:
            return "the bundle did not verify while it was written: " + "; ".join(report.problems)
        return "the verifying process ended before the bundle was complete"

    def _death(self) -> str:
        try:
            code = self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            return "the verifying process stopped answering"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return f"the verifying process was killed ({name})"
        return f"the verifying process ended without a report (exit status {code})"

    def kill(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.wait()
        for stream in (self._proc.stdin, self._proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


class _ThreadChecker:
    """The read-back check in a thread of this process, where no child can be started."""

    def __init__(self, path: Path, identity: pyrage.x25519.Identity) -> None:
        self.changed = threading.Condition()
        self.size = 0
        self.closed_ok = False
        self.failed = False
        self._follower = _Follower(path, self)
        self._verified: list[BundleReport] = []
        self._error: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._verify, args=(identity,), name="bundle-verify", daemon=True
        )
        self._thread.start()

    def _verify(self, identity: pyrage.x25519.Identity) -> None:
        try:
            self._verified.append(_read_stream(self._follower, identity, None))
        except BaseException as exc:  # noqa: BLE001 - reported by the sealing thread
            self._error.append(exc)

    def landed(self, size: int) -> None:
        with self.changed:
            self.size = size
            self.changed.notify_all()

    def gone_reason(self) -> str | None:
        return None

    def _end(self, ok: bool, size: int) -> None:
        with self.changed:
            self.size = size
            self.closed_ok, self.failed = ok, not ok
            self.changed.notify_all()
        self._thread.join()
        self._follower.close()

    def finish(self, size: int, cancel: threading.Event | None) -> tuple[BundleReport, str]:
        self._end(True, size)
        if self._error:
            raise BundleError(f"the bundle could not be read back after sealing: {self._error[0]}")
        report = self._verified[0]
        return report, hashlib.sha256(report.manifest).hexdigest() if report.manifest else ""

    def kill(self) -> None:
        if self._thread.is_alive():
            self._end(False, self.size)
        self._thread.join()
        self._follower.close()


class _Follower(io.RawIOBase):
    """Reads the bundle file from disk as it is written, and ends only after the writer
    closed it (fsync done): at the file's real end, which must be the size written."""

    def __init__(self, path: Path, state: _ThreadChecker) -> None:
        self._handle = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by close()
        self._state = state
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while True:
            count = self._handle.readinto(target)
            if count:
                self._position += count
                return int(count)
            with self._state.changed:
                if self._state.failed:
                    raise OSError("the bundle could not be written")
                if self._state.closed_ok:
                    if self._handle.readinto(bytearray(1)):
                        raise OSError("the bundle file grew after it was closed")
                    if self._position != self._state.size:
                        raise OSError(
                            f"the file holds {self._position} bytes; {self._state.size} were written"
                        )
                    return 0
                if self._position >= self._state.size:
                    self._state.changed.wait(0.5)

    def close(self) -> None:
        self._handle.close()
        super().close()


def _encrypt(
    members: list[_Member],
    recipients: list[Recipient],
    out: Path,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
    identity: pyrage.x25519.Identity,
) -> tuple[BundleReport, str]:
    """Encrypt the tar into ``out`` and verify the file while it is written.

    The vault is read and hashed in a thread (``_Reader``) while pyrage encrypts here, and a
    checker reads the file back from disk as it grows, decrypts it and checks every member
    (``read``'s checks): a child process (``bundle_check``) with a GIL of its own, or where
    none can be started a thread. The checker finishes only after the file was flushed,
    fsynced and closed, at the file's real end, whose size must equal what was written. So
    every byte of the finished file has been read back and verified, as a second pass would,
    without one. Returns the checker's report and the SHA-256 of the manifest it found.
    """
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        checker: _ChildChecker | _ThreadChecker = (
            _ChildChecker(out, identity) if _check_in_child() else _ThreadChecker(out, identity)
        )
    except BaseException:
        os.close(fd)
        raise
    writer = _Writer(fd, checker.landed)
    source = _Reader(progress)
    finished = False
    try:
        try:
            source.start(_tar_stream(members, source.report if progress else None, cancel))
            try:
                pyrage.encrypt_io(
                    io.BufferedReader(source, 1 << 20),
                    writer,
                    [pyrage.x25519.Recipient.from_str(r.public_key) for r in recipients],
                )
            except Exception:
                _check_cancel(cancel)  # pyrage wraps the reader's ExportCancelled in its own error
                reason = checker.gone_reason()
                if reason is not None:
                    raise BundleError(reason) from None
                raise
            os.fsync(fd)
        finally:
            source.stop()
            os.close(fd)
        result = checker.finish(writer.size, cancel)
        finished = True
        return result
    finally:
        if not finished:
            checker.kill()


def _fsync_directory(directory: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- plain sanitized copies in a folder --------------------------------------------------
@dataclass(frozen=True)
class FolderExport:
    folder: Path
    files: list[dict[str, Any]]  # path, item_id, sha256, size, removed, reencoded


def export_sanitized_folder(
    vault: Vault,
    selected: list[ItemSummary],
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> FolderExport:
    """Write the sanitized copy of each item, unencrypted, into the new or empty folder ``out``.

    Every derivative is made (and checked) first, so a file the sanitizer refuses stops the
    export before anything is written. Each copy is re-hashed as it is written; on any failure
    or ``cancel``, everything written is deleted. Records ``item.extracted`` per item.
    """
    if not selected:
        raise UsageError("nothing to export: choose items or a case")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} is not an empty folder; not writing into it")
    sanitize: Any = importlib.import_module(".sanitize", __package__)
    made = []
    for item in selected:
        _check_cancel(cancel)
        made.append((item, sanitize.make_derivative(vault, item)))
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    files: list[dict[str, Any]] = []
    total, done = sum(d.size for _, d in made), 0
    try:
        for item, derivative in made:
            target = out / _safe_name(item).removeprefix("files/")
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            written.append(target)
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as handle:
                for chunk in sanitize.derivative_chunks(vault.conn, derivative):
                    _check_cancel(cancel)
                    digest.update(chunk)
                    handle.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                handle.flush()
                os.fsync(handle.fileno())
            _check_cancel(cancel)
            if digest.hexdigest() != derivative.sha256:
                raise BundleError(f"{target.name}: the vault's bytes do not match their hash")
            files.append(
                {
                    "path": target.name,
                    "item_id": item.id,
                    "sha256": derivative.sha256,
                    "size": derivative.size,
                    "removed": derivative.removed,
                    "reencoded": derivative.reencoded,
                }
            )
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()
        raise
    with vault.transaction() as conn:
        for (item, derivative), entry in zip(made, files, strict=True):
            vault.record(
                conn,
                "item.extracted",
                {
                    "sha256": derivative.sha256,
                    "original_sha256": item.sha256,
                    "derivative_id": derivative.id,
                    "destination_name": entry["path"],
                    "sanitized": True,
                },
                items=[item.id],
                objects=[item.sha256, derivative.sha256],
            )
    return FolderExport(out, files)


# -- reading -----------------------------------------------------------------------------
@dataclass
class BundleReport:
    bundle_id: str = ""
    created_at: str = ""
    profile: str = ""
    sealed_by: dict[str, str] = field(default_factory=dict)
    recipients: list[dict[str, str]] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)
    tree_head: dict[str, Any] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    manifest: bytes = b""
    signature: str = ""
    custody_files: dict[str, bytes] = field(default_factory=dict)
    small_files: dict[str, bytes] = field(default_factory=dict)  # every member but files/
    file_sha256: str = ""  # of the encrypted bundle file, hashed while it was decrypted
    statements: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.bundle_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "profile": self.profile,
            "sealed_by": self.sealed_by,
            "recipients": self.recipients,
            "files": self.files,
            "tree_head": self.tree_head,
            "statements": self.statements,
            "checks": self.checks,
            "problems": self.problems,
        }


class _Target(Protocol):
    def write(self, data: bytes, /) -> int: ...
    def close(self) -> None: ...


Sink = Callable[[dict[str, Any]], _Target | None]


def read(path: Path, identity: pyrage.x25519.Identity, sink: Sink | None = None) -> BundleReport:
    """Decrypt and check a bundle in one streaming pass. ``sink(entry)`` may return a
    binary file to receive that file's bytes; the caller discards what it received
    if the report is not ok."""
    with open(path, "rb") as raw:
        return _read_stream(raw, identity, sink)


def _read_stream(
    raw: BinaryIO | io.RawIOBase, identity: pyrage.x25519.Identity, sink: Sink | None
) -> BundleReport:
    report = BundleReport()
    read_fd, write_fd = os.pipe()
    _widen_pipe(write_fd)
    failure: list[BaseException] = []

    ciphertext = hashlib.sha256()

    def decrypt() -> None:
        try:
            with os.fdopen(write_fd, "wb", buffering=1 << 20) as pipe:
                pyrage.decrypt_io(io.BufferedReader(_Hashing(raw, ciphertext), 1 << 20), pipe, [identity])
        except Exception as exc:  # noqa: BLE001 - any failure is reported below, in plain words
            failure.append(exc)

    worker = threading.Thread(target=decrypt, name="bundle-decrypt", daemon=True)
    worker.start()
    stream_error: Exception | None = None
    try:
        with os.fdopen(read_fd, "rb") as plain:
            try:
                _check_stream(plain, report, sink)
            finally:
                # tar stops at its end-of-archive blocks; the record padding after them may still
                # be on its way. Closing the pipe early would fail the decryptor (EPIPE) at random.
                while plain.read(1 << 20):
                    pass
    except (tarfile.TarError, OSError, ValueError, BundleError) as exc:
        stream_error = exc
    finally:
        worker.join()
    report.file_sha256 = ciphertext.hexdigest()
    if failure:
        # Whatever the reader saw of a stream that failed to decrypt is a consequence, not news.
        report.problems = [_decrypt_problem(failure[0])]
    elif stream_error is not None:
        report.problems.append(f"the bundle's contents are malformed: {stream_error}")
    return report


def _widen_pipe(fd: int) -> None:
    """Linux: a 1 MiB pipe (not 64 KiB), so the decryptor's 1 MiB writes go in one piece."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            import fcntl

            fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ


class _Hashing(io.RawIOBase):
    """Reads through to a file, hashing what passes (the bundle's SHA-256 in the same pass)."""

    def __init__(self, raw: Any, digest: Any) -> None:
        self._raw = raw
        self._digest = digest

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        count = self._raw.readinto(target)
        if count:
            self._digest.update(memoryview(target)[:count])
        return int(count or 0)


def _decrypt_problem(exc: BaseException) -> str:
    text = str(exc)
    if "No matching keys" in text or "no identity matched" in text.lower():
        return "this bundle is not encrypted to the given identity"
    return f"the bundle is damaged or was altered (decryption failed: {text})"


class _Forward:
    """The decrypted stream as tarfile reads it: read, tell, and seek forward only.

    Instead of tarfile's own stream mode (``r|``), which gathers every read from 10 KiB
    pieces and copies the result three times, this hands tarfile the bytes as the pipe
    delivered them. Seeking backwards, which a tar read in order never needs, is an error.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._position = 0

    def tell(self) -> int:
        return self._position

    def seekable(self) -> bool:
        return False

    def seek(self, position: int, whence: int = io.SEEK_SET) -> int:
        if whence != io.SEEK_SET or position < self._position:
            raise tarfile.StreamError("seeking backwards in the decrypted stream")
        while self._position < position:
            if not self.read(min(position - self._position, 1 << 20)):
                break  # the next read reports the end of the data
        return self._position

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self._position += len(data)
        return data


def _check_stream(plain: BinaryIO, report: BundleReport, sink: Sink | None) -> None:
    small: dict[str, bytes] = {}
    seen: dict[str, str] = {}
    manifest: dict[str, Any] | None = None
    entries: dict[str, dict[str, Any]] = {}
    forward: Any = _Forward(plain)  # tarfile asks only for read, tell and seek
    with tarfile.open(fileobj=forward, mode="r:") as tar:
        for info in tar:
            if not info.isfile() or info.name.startswith("/") or ".." in info.name.split("/"):
                report.problems.append(f"unexpected member {info.name!r} (not a plain file)")
                continue
            source = tar.extractfile(info)
            assert source is not None
            if not info.name.startswith("files/"):
                if info.size > _META_LIMIT:
                    raise BundleError(f"{info.name} is implausibly large")
                data = source.read()
                small[info.name] = data
                seen[info.name] = hashlib.sha256(data).hexdigest()
                if info.name == "manifest.json.minisig":
                    manifest = _check_manifest(small, report)
                    entries = {e["path"]: e for e in (manifest or {}).get("files", [])}
                continue
            entry = entries.get(info.name)
            if manifest is None or entry is None:
                report.problems.append(f"{info.name} is not listed in a signed manifest")
                continue
            target = sink(entry) if sink is not None else None
            digest = hashlib.sha256()
            try:
                while chunk := source.read(1 << 20):
                    digest.update(chunk)
                    if target is not None:
                        target.write(chunk)
            finally:
                if target is not None:
                    target.close()  # each file is finished (and its lock released) before the next
            seen[info.name] = digest.hexdigest()
            if digest.hexdigest() != entry["sha256"]:
                report.problems.append(f"{info.name}: SHA-256 does not match the signed manifest")
    if manifest is None:
        report.problems.append("the bundle has no signed manifest")
        return
    for statement in manifest.get("statements", []):
        for part in ("json", "html"):
            path, digest = statement[part]["path"], statement[part]["sha256"]
            if seen.get(path) != digest:
                report.problems.append(f"{path}: missing, or SHA-256 does not match the signed manifest")
    _check_sums(small, seen, entries, report)
    _check_custody(manifest, small, report)
    report.small_files = small


def _check_manifest(small: dict[str, bytes], report: BundleReport) -> dict[str, Any] | None:
    raw, signature = (
        small.get("manifest.json"),
        small.get("manifest.json.minisig", b"").decode("utf-8", "replace"),
    )
    if raw is None:
        report.problems.append("the signature comes before any manifest")
        return None
    try:
        manifest = json.loads(raw)
        key = minisign.parse_public_key(manifest["sealed_by"]["minisign_public_key"])
        minisign.verify(key, [raw], signature)
    except (ValueError, KeyError, TypeError) as exc:
        report.problems.append(f"the manifest's signature does not verify: {exc}")
        return None
    if manifest.get("format") != FORMAT:
        report.problems.append(f"unknown bundle format {manifest.get('format')!r}")
    report.checks.append("manifest signature verified (minisign, Ed25519)")
    report.manifest, report.signature = raw, signature
    report.bundle_id = str(manifest.get("bundle_id", ""))
    report.created_at = str(manifest.get("created_at", ""))
    report.profile = str(manifest.get("profile", ""))
    report.sealed_by = dict(manifest.get("sealed_by", {}))
    report.recipients = list(manifest.get("recipients", []))
    report.files = list(manifest.get("files", []))
    report.tree_head = dict(manifest.get("custody", {}).get("tree_head", {}))
    report.statements = list(manifest.get("statements", []))
    return dict(manifest)


def _check_sums(
    small: dict[str, bytes], seen: dict[str, str], entries: dict[str, dict[str, Any]], report: BundleReport
) -> None:
    listed: dict[str, str] = {}
    for line in small.get("SHA256SUMS", b"").decode("utf-8", "replace").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    for name, digest in seen.items():
        if name != "SHA256SUMS" and listed.get(name) != digest:
            report.problems.append(f"{name}: not in SHA256SUMS or its hash differs")
    missing = [path for path in entries if path not in seen]
    if missing:
        report.problems.append("files listed in the manifest are missing: " + ", ".join(missing))
    if not report.problems:
        report.checks.append(f"SHA-256 of all {len(seen)} files matches SHA256SUMS and the manifest")


def _check_custody(manifest: dict[str, Any], small: dict[str, bytes], report: BundleReport) -> None:
    info = manifest.get("custody", {})
    try:
        key = nacl.signing.VerifyKey(bytes.fromhex(manifest["sealed_by"]["ed25519_public_key"]))
        head_json = info["tree_head"]
        head = custody.TreeHead(
            head_json["vault_id"],
            int(head_json["size"]),
            bytes.fromhex(head_json["root"]),
            head_json["time"],
            bytes.fromhex(head_json["sig"]),
        )
        hashes = [bytes.fromhex(h) for h in small.get(info["event_hashes"], b"").decode().split()]
        events = [json.loads(line) for line in small.get(info["events"], b"").decode().splitlines() if line]
    except (KeyError, ValueError, TypeError) as exc:
        report.problems.append(f"the custody part is malformed: {exc}")
        return
    if not head.verify(key):
        report.problems.append("the custody tree head's signature does not verify")
    leaves = merkle.LeafList([merkle.leaf_hash(h) for h in hashes])
    if len(hashes) != head.size or merkle.root(leaves, head.size) != head.root:
        report.problems.append("the event hashes do not produce the signed tree head")
    for event in events:
        raw = event["canonical"].encode("utf-8")
        digest = hashlib.sha256(raw).digest()
        seq = int(json.loads(raw)["seq"])
        if digest.hex() != event["hash"] or seq > len(hashes) or hashes[seq - 1] != digest:
            report.problems.append(f"custody event {seq} does not match its hash in the log")
            continue
        try:
            key.verify(custody.EVENT_DOMAIN + digest, bytes.fromhex(event["sig"]))
        except Exception:  # noqa: BLE001 - any failure is a bad signature here
            report.problems.append(f"custody event {seq}: signature does not verify")
        proof = [bytes.fromhex(p) for p in info.get("inclusion_proofs", {}).get(str(seq), [])]
        if not merkle.verify_inclusion(merkle.leaf_hash(digest), seq - 1, head.size, proof, head.root):
            report.problems.append(f"custody event {seq}: inclusion proof does not verify")
    consistency = info.get("consistency_from_previous_bundle")
    if consistency:
        old = consistency["from"]
        proof = [bytes.fromhex(p) for p in consistency["proof"]]
        if not merkle.verify_consistency(
            int(old["size"]), head.size, bytes.fromhex(old["root"]), head.root, proof
        ):
            report.problems.append("the log does not extend the one sent in the previous bundle")
        else:
            report.checks.append(f"the log extends the previous bundle's ({old['size']} events)")
    if not any(p.startswith("custody") or "tree head" in p for p in report.problems):
        report.checks.append(
            f"custody: {len(events)} events, their signatures and inclusion proofs, and the signed tree head "
            f"({head.size} events) verified"
        )
    report.custody_files = {name: data for name, data in small.items() if name.startswith("custody/")}


# -- opening and importing ---------------------------------------------------------------
def open_to_folder(path: Path, identity: pyrage.x25519.Identity, out: Path) -> BundleReport:
    """Verify and write the contents to a new folder; on any failure, remove all of it."""
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    handles: list[BinaryIO] = []

    def sink(entry: dict[str, Any]) -> _Target:
        target = out / entry["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = open(target, "xb")  # noqa: SIM115 - closed after the pass
        handles.append(handle)
        return handle

    try:
        report = read(path, identity, sink)
    finally:
        for handle in handles:
            handle.close()
    if not report.ok:
        _remove_tree(out)
        return report
    for name, data in report.small_files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    (out / "report.txt").write_text(report_text(report), encoding="utf-8")
    (out / "report.html").write_text(report_html(report), encoding="utf-8")
    return report


def _remove_tree(root: Path) -> None:
    for path in sorted(root.rglob("*"), reverse=True):
        with contextlib.suppress(OSError):
            path.unlink() if path.is_file() else path.rmdir()
    with contextlib.suppress(OSError):
        root.rmdir()


def report_text(report: BundleReport) -> str:
    lines = [
        f"Bundle {report.bundle_id}: {'VERIFIED' if report.ok else 'FAILED'}",
        f"Sealed {report.created_at} by signing key {report.sealed_by.get('fingerprint', '?')}",
        f"(minisign {report.sealed_by.get('minisign_public_key', '?')});",
        "compare this fingerprint with the sender's, by voice or another channel.",
        f"Profile: {report.profile}",
        "Recipients: " + ", ".join(f"{r.get('name')} ({r.get('fingerprint')})" for r in report.recipients),
        "",
        "Files:",
    ]
    for entry in report.files:
        lines.append(f"  {entry['path']}  {entry['size']} bytes  SHA-256 {entry['sha256']}")
        lines.append(
            f"    original name: {entry['original_name']}; original SHA-256 {entry['original_sha256']}"
        )
        if entry.get("derivative") and entry["derivative"].get("withheld"):
            lines.append(
                "    the original with device-identifying fields withheld; removed: "
                + ", ".join(entry["derivative"].get("removed", []))
            )
        elif entry.get("derivative"):
            lines.append("    sanitized copy; removed: " + ", ".join(entry["derivative"].get("removed", [])))
    for statement in report.statements:
        lines.append(
            f"Statement {statement['id']} ({statement['pseudonym']}), "
            f"version SHA-256 {statement['version_sha256']}"
            + (", with the witness's identity" if statement.get("identity_included") else "")
        )
    lines += ["", "Checks:"]
    lines += [f"  ok: {c}" for c in report.checks] + [f"  PROBLEM: {p}" for p in report.problems]
    return "\n".join(lines) + "\n"


def report_html(report: BundleReport) -> str:
    import html

    body = html.escape(report_text(report))
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Bundle report</title></head>"
        f"<body><pre>{body}</pre></body></html>\n"
    )


def import_into(vault: Vault, path: Path, identity: pyrage.x25519.Identity) -> BundleReport:
    """Verify, then import the files into this vault keeping the sender's proofs."""
    report = read(path, identity)  # first pass: nothing is stored unless all checks pass
    if not report.ok:
        return report
    if vault.conn.execute(
        "SELECT 1 FROM bundles_received WHERE bundle_id = ?", (report.bundle_id,)
    ).fetchone():
        raise UsageError(f"bundle {report.bundle_id} was already imported")
    from .importer import Importer

    importer = Importer(vault, case=f"Bundle {report.bundle_id[:8]}")
    received: list[dict[str, Any]] = []

    def sink(entry: dict[str, Any]) -> _Target:
        return _SpoolToImport(importer, entry, received)

    second = read(path, identity, sink)  # second pass streams the verified bytes in
    if not second.ok or second.bundle_id != report.bundle_id:
        raise BundleError("the bundle changed between verification and import")
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO bundles_received (bundle_id, manifest, signature, custody, received_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                report.bundle_id,
                report.manifest,
                report.signature,
                json.dumps({k: v.decode("utf-8") for k, v in report.custody_files.items()}).encode(),
                custody.utc_now(),
            ),
        )
        vault.record(
            conn,
            "bundle.imported",
            {
                "bundle_id": report.bundle_id,
                "sealed_by_fingerprint": report.sealed_by.get("fingerprint"),
                "sealed_by_minisign": report.sealed_by.get("minisign_public_key"),
                "sender_tree_head": report.tree_head,
                "files": received,
            },
            items=[int(r["item_id"]) for r in received if r.get("item_id")],
            objects=[r["sha256"] for r in received],
        )
    return report


class _SpoolToImport(io.RawIOBase):
    """Receives one file's verified bytes and stores them through the importer."""

    def __init__(self, importer: Any, entry: dict[str, Any], received: list[dict[str, Any]]) -> None:
        self._importer = importer
        self._entry = entry
        self._received = received
        self._writer = importer.begin_stream(entry["original_name_hex"], entry["sha256"])

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._writer.write(bytes(data))
        return len(data)

    def close(self) -> None:
        if not self.closed:
            result = self._writer.finish()
            self._received.append(
                {
                    "path": self._entry["path"],
                    "sha256": self._entry["sha256"],
                    "item_id": result.item_id,
                    "status": result.status.value,
                }
            )
        super().close()


def _verify_text(manifest: dict[str, Any]) -> str:
    fingerprint = manifest["sealed_by"]["fingerprint"]
    return f"""How to check this bundle without Evidence Vault
================================================

You need three standard tools: age, minisign and sha256sum.

1. Decrypt (you did, if you can read this):
       age -d -i your-identity.txt bundle.evb > bundle.tar && tar -xf bundle.tar

2. Check who sealed it. The manifest is signed with the sender's key:
       minisign -Vm manifest.json -p signing-key.pub
   Then compare the key with the sender by voice or another channel. Its fingerprint is:
       {fingerprint}
   (digits of SHA-256 of the Ed25519 public key, which is also in manifest.json).

3. Check that no file was altered:
       sha256sum -c SHA256SUMS
   Every file in files/ is listed in manifest.json with its SHA-256, which is the hash
   recorded when the evidence entered the sender's vault (for originals), or the hash of
   a sanitized copy, or of an original with device-identifying fields withheld, together
   with the original's hash and what was removed.

4. The chain of custody: custody/events.jsonl holds every custody event about the
   included items (canonical JSON, SHA-256, Ed25519 signature), custody/event-hashes.txt
   the hash of every event of the sender's log up to custody/tree-head.json, whose
   RFC 9162 Merkle root the signed tree head commits to; manifest.json holds an
   inclusion proof for each included event. docs/custody-format.md of Evidence Vault
   specifies all of it, so an independent verifier can be written from it.
"""
