"""An unlocked vault session: creation, unlock, passphrase changes, lock.

A vault is a directory with ``vault.keys`` (key slots, see keyfile.py) and
``vault.db`` (SQLCipher). The random 256-bit vault key lives only in key slots
and in this object's memory; every other key is derived from it for one purpose.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nacl.signing

from ... import __version__
from ..crypto import canonical, kdf, keyfile, recovery
from ..crypto.keyfile import SlotKind, SlotPayload
from ..custody import log as custody
from ..errors import (
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from ..store import database, schema, search
from ..store.database import Connection
from ..store.oslock import ProcessLock
from . import unlockwork
from .slots import KeySlots, check_new_passphrase

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
APP_VERSION_META = "created_by"


def subkey(vault_key: bytes | bytearray, purpose: bytes) -> bytearray:
    """Purpose-bound key: BLAKE2b keyed with the vault key, personalised by purpose."""
    return bytearray(hashlib.blake2b(b"", key=bytes(vault_key), person=purpose, digest_size=32).digest())


class Vault(KeySlots):
    """One unlocked vault. Use ``create`` or ``unlock``; call ``lock`` when done."""

    def __init__(
        self,
        directory: Path,
        header: keyfile.Header,
        vault_key: bytearray,
        opened_slot: int,
        opened_kind: SlotKind,
        process_lock: ProcessLock,
    ) -> None:
        self.directory = directory
        self._header = header
        self._vault_key = vault_key
        self.opened_slot = opened_slot
        self.opened_kind = opened_kind
        self._process_lock: ProcessLock | None = process_lock
        self._connections: list[Connection] = []
        self._conn_lock = threading.Lock()
        self._imports = 0  # imports running now (see importing)
        # One writer at a time inside this process (other processes are kept out by
        # the process lock). Writers queue here instead of polling SQLite's busy
        # handler, which a long import would starve; see BlobWriter.
        self.write_lock = threading.Lock()
        self.conn = self.connect()
        self._signer: nacl.signing.SigningKey | None = None
        # Things the user must be told after unlocking (older copy of the vault...).
        self.warnings: list[str] = []
        # Bytes every unlock rewrites (unlockwork.py), sealed with the log's head.
        self.work_size = unlockwork.typical_work()
        self._tidy: threading.Thread | None = None  # see _give_back_tail

    # -- paths ---------------------------------------------------------------
    @staticmethod
    def db_path_of(directory: Path) -> Path:
        return directory / DB_NAME

    @staticmethod
    def keys_path_of(directory: Path) -> Path:
        return directory / KEYS_NAME

    @property
    def db_path(self) -> Path:
        return self.db_path_of(self.directory)

    @property
    def keys_path(self) -> Path:
        return self.keys_path_of(self.directory)

    @property
    def is_open(self) -> bool:
        return self._process_lock is not None

    # -- creation and unlock -------------------------------------------------
    @classmethod
    def create(
        cls,
        directory: Path,
        passphrase: str,
        *,
        params: kdf.KdfParams | None = None,
        aged_like: custody.Event | None = None,
    ) -> tuple[Vault, str]:
        """Create a vault; returns it unlocked and the recovery code (shown once).

        ``aged_like`` (a vault.created event) makes it as old as that vault, made by the same
        program version at the same moment of both clocks: a decoy (duress.py)."""
        secret = check_new_passphrase(passphrase)
        params = params or kdf.default_params()
        kdf.check_creatable(params)
        directory = Path(directory)
        keys_path, db_path = cls.keys_path_of(directory), cls.db_path_of(directory)
        if keys_path.exists() or db_path.exists():
            raise VaultExists(f"a vault already exists at {directory}")
        created_dir = not directory.exists()
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        code = recovery.generate()
        lock: ProcessLock | None = None
        try:
            header = keyfile.create(keys_path, params)
            vault_key = bytearray(secrets.token_bytes(32))
            pass_slot, code_slot = secrets.SystemRandom().sample(range(keyfile.SLOT_COUNT), 2)
            for slot, kind, slot_secret in (
                (pass_slot, SlotKind.PASSPHRASE, secret),
                (code_slot, SlotKind.RECOVERY, recovery.normalize(code)),
            ):
                root = keyfile.root_key(slot_secret, header)
                keyfile.write_slot(keys_path, root, slot, SlotPayload(kind, bytes(vault_key)))
            lock = ProcessLock(keys_path)
            conn = database.connect(db_path, subkey(vault_key, b"ev-sqlcipher"), create=True)
            conn.close()
            vault = cls(directory, header, vault_key, pass_slot, SlotKind.PASSPHRASE, lock)
            vault._initialise(
                params,
                {pass_slot: SlotKind.PASSPHRASE, code_slot: SlotKind.RECOVERY},
                aged_like,
            )
            # Sealed now, not only at lock: the first unlock needs the work size.
            vault.seal_log_head(when=None if aged_like is None else aged_like.time)
        except BaseException:
            if lock is not None:
                lock.release()
            for path in (db_path, keys_path):
                path.unlink(missing_ok=True)
            if created_dir:
                directory.rmdir()
            raise
        return vault, code

    def _initialise(
        self,
        params: kdf.KdfParams,
        slots: dict[int, SlotKind],
        aged_like: custody.Event | None,
    ) -> None:
        signer = custody.new_signing_key()
        now, mono_ns, version = custody.utc_now(), None, __version__
        if aged_like is not None:
            now, mono_ns = aged_like.time, int(aged_like.body["mono_ns"])
            version = str(aged_like.body["params"].get("program_version", __version__))
        vault_id = secrets.token_hex(16)
        with self.transaction() as conn:
            for index in schema.pending(conn):
                schema.apply(conn, index, search.rebuild)
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("vault_id", vault_id),
                    ("created_at", now),
                    ("signing_seed", bytes(signer)),
                    (APP_VERSION_META, version),
                ],
            )
            conn.executemany(
                "INSERT INTO key_slots (slot, kind, created_at) VALUES (?, ?, ?)",
                [(slot, kind.name.lower(), now) for slot, kind in slots.items()],
            )
            self._signer = signer
            self.record(
                conn,
                "vault.created",
                {
                    "vault_id": vault_id,
                    "program_version": version,
                    "signing_public_key": bytes(signer.verify_key).hex(),
                    "kdf": {
                        "algorithm": "argon2id",
                        "opslimit": params.opslimit,
                        "memlimit": params.memlimit,
                    },
                },
                when=now,
                mono_ns=mono_ns,
            )

    @classmethod
    def unlock(cls, directory: Path, passphrase: str) -> Vault:
        return cls._open(Path(directory), kdf.normalize_passphrase(passphrase))

    @classmethod
    def unlock_with_recovery(cls, directory: Path, code: str) -> Vault:
        return cls._open(Path(directory), recovery.normalize(code))

    @classmethod
    def _open(cls, directory: Path, secret: bytes) -> Vault:
        keys_path, db_path = cls.keys_path_of(directory), cls.db_path_of(directory)
        if not keys_path.is_file():
            raise VaultNotFound(f"no vault at {directory} (create one with 'evidence-vault init')")
        lock = ProcessLock(keys_path)
        try:
            header, data = keyfile.read(keys_path)
            root = keyfile.root_key(secret, header)
            opened = keyfile.open_slots(data, root)
            if not opened:
                raise WrongPassphrase()
            slot, payload = opened[0]
            decoy = unlockwork.pending_decoy(
                keyfile.read_reserve(keys_path, keyfile.STATE_SIZE), root, slot, payload
            )
            if decoy is None:
                found = keyfile.read_state(data, payload.vault_key)
                work = unlockwork.work_of(None if found is None else found[1]) or unlockwork.typical_work()
                kind = payload.kind
                if not db_path.is_file():
                    raise VaultDamaged(f"{db_path} is missing")
            else:
                work, kind = decoy.work, decoy.opened_kind
            unlockwork.refresh(keys_path, db_path, data, payload.vault_key, work, decoy)
            vault = cls(directory, header, bytearray(payload.vault_key), slot, kind, lock)
            vault.work_size = work
        except BaseException:
            lock.release()
            raise
        try:
            vault._after_open()
        except BaseException:
            vault.lock()
            raise
        vault._tidy = threading.Thread(target=vault._give_back_tail, name="tidy-db")
        vault._tidy.start()
        return vault

    def _give_back_tail(self) -> None:
        """Truncate vault.db to its last page, in the background, on every unlock.

        A decoy written over a larger vault leaves the old file's tail (random bytes now that
        its key is gone) past the decoy's last page. Freeing it takes time that grows with its
        size (0.3 s per GiB on ext4), so it is not part of the unlock; and every vault does it
        (a no-op for all but a decoy just switched in), so doing it tells nothing."""
        with contextlib.suppress(database.DatabaseError, VaultError, OSError):
            conn = self.connect()
            try:
                with self.transaction(conn):  # no writer may add pages meanwhile
                    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
                    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
                    fd = os.open(self.db_path, os.O_RDWR | getattr(os, "O_BINARY", 0))
                    try:
                        os.ftruncate(fd, min(pages * page_size, os.fstat(fd).st_size))
                        os.fsync(fd)
                    finally:
                        os.close(fd)
            finally:
                self.release(conn)

    def wait_for_tidying(self) -> None:
        if self._tidy is not None and self._tidy is not threading.current_thread():
            self._tidy.join()

    def _after_open(self) -> None:
        with database.damage_as_error("opening"), self.transaction() as conn:
            # Load the signing key now, on the main connection: loading it later from
            # inside another connection's write transaction would wait on that very lock.
            self._signer = nacl.signing.SigningKey(bytes(self.meta("signing_seed")))
            steps = schema.pending(conn)
            for index in steps:
                schema.apply(conn, index, search.rebuild)
            if steps:
                self.record(conn, "vault.upgraded", {"schema_version": schema.LATEST})
            self._collect_interrupted_imports(conn)
            self._settle_slot_journal(conn)
            self._check_sealed_state(conn)

    # -- the log's head, sealed in vault.keys ------------------------------------------
    # SQLCipher cannot tell an older copy of vault.db from the current one. The size
    # and root of the log at the last lock are sealed in vault.keys (under a key from
    # the vault key), so replacing vault.db with an older copy is noticed at unlock.
    def _sealed_state(self) -> tuple[int, bytes] | None:
        _, data = keyfile.read(self.keys_path)
        found = keyfile.read_state(data, bytes(self._vault_key))
        if found is None:
            return None
        state = json.loads(found[1])
        return int(state["size"]), bytes.fromhex(state["root"])

    def _log_extends(self, conn: Connection, size: int, root: bytes) -> bool:
        return size <= custody.count(conn) and custody.root_at(conn, size) == root

    def _check_sealed_state(self, conn: Connection) -> None:
        sealed = self._sealed_state()
        if sealed is None or self._log_extends(conn, *sealed):
            return
        size, root = sealed
        current = custody.count(conn)
        self.warnings.append(
            "this vault is older than the last one opened here: its custody log has "
            f"{current} events and does not contain the {size} events recorded at the last lock"
        )
        self.record(
            conn,
            "vault.older_copy_opened",
            {"sealed_size": size, "sealed_root": root.hex(), "current_size": current},
        )

    def seal_log_head(self, when: str | None = None) -> custody.TreeHead:
        """Sign the log's current head and seal it in vault.keys (unless this is an older copy)."""
        with self.transaction() as conn:
            head = custody.sign_tree_head(conn, self.signer, self.vault_id, when)
        sealed = self._sealed_state()
        if sealed is None or self._log_extends(self.conn, *sealed):
            record = self.state_record(head)
            keyfile.write_state(self.keys_path, bytes(self._vault_key), 0, canonical.encode(record))
        return head

    def state_record(self, head: custody.TreeHead) -> dict[str, Any]:
        return {"v": 1, "size": head.size, "root": head.root.hex(), "time": head.time, "work": self.work_size}

    @property
    def vault_id(self) -> str:
        return str(self.meta("vault_id"))

    def _collect_interrupted_imports(self, conn: Connection) -> None:
        """Drop chunks of imports that never completed (process killed, power lost)."""
        # Blobs first: the join reads a page of every chunk when the planner scans chunks,
        # which made every unlock of a 1 GiB vault 20 ms slower than a decoy's.
        leftovers = conn.execute("SELECT count(*) FROM blobs WHERE complete = 0").fetchone()[0]
        if leftovers:
            row = conn.execute(
                "SELECT count(*), coalesce(sum(length(c.data)), 0) FROM blobs b "
                "JOIN chunks c ON c.blob_id = b.id WHERE b.complete = 0"
            ).fetchone()
            conn.execute("DELETE FROM blobs WHERE complete = 0")
            self.record(
                conn,
                "import.leftovers_collected",
                {"incomplete_imports": int(leftovers), "chunks": int(row[0]), "bytes": int(row[1])},
            )

    # -- connections and keys --------------------------------------------------
    def _require_open(self) -> bytearray:
        if self._process_lock is None:
            raise VaultLocked("the vault is locked")
        return self._vault_key

    def connect(self) -> Connection:
        """A new connection for a worker thread (SQLite connections are per thread)."""
        db_key = subkey(self._require_open(), b"ev-sqlcipher")
        try:
            conn = database.connect(self.db_path, db_key)
        finally:
            db_key[:] = bytes(len(db_key))
        with self._conn_lock:
            self._connections.append(conn)
        return conn

    def release(self, conn: Connection) -> None:
        with self._conn_lock:
            if conn in self._connections:
                self._connections.remove(conn)
        conn.close()

    @property
    def signer(self) -> nacl.signing.SigningKey:
        if self._signer is None:
            raise VaultLocked("the vault is locked")
        return self._signer

    @property
    def verify_key(self) -> nacl.signing.VerifyKey:
        return self.signer.verify_key

    def meta(self, key: str) -> Any:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise VaultDamaged(f"vault metadata '{key}' is missing")
        return row[0]

    @contextlib.contextmanager
    def importing(self) -> Iterator[None]:
        """Mark an import as running: background work (the media analysis) waits meanwhile,
        so storing originals never competes with it for the disk, the CPU or the write lock."""
        with self._conn_lock:
            self._imports += 1
        try:
            yield
        finally:
            with self._conn_lock:
                self._imports -= 1

    @property
    def import_running(self) -> bool:
        return self._imports > 0

    @contextlib.contextmanager
    def transaction(self, conn: Connection | None = None) -> Iterator[Connection]:
        """A write transaction on ``conn`` (default: the main connection), one writer at a time."""
        conn = self.conn if conn is None else conn
        with self.write_lock, database.transaction(conn):
            yield conn

    def record(
        self,
        conn: Connection,
        action: str,
        params: dict[str, Any] | None = None,
        *,
        items: tuple[int, ...] | list[int] = (),
        objects: tuple[str, ...] | list[str] = (),
        when: str | None = None,
        mono_ns: int | None = None,
    ) -> custody.Event:
        """Append a custody event inside the caller's transaction on ``conn``."""
        return custody.append(
            conn, self.signer, action, params, items=items, objects=objects, when=when, mono_ns=mono_ns
        )

    # -- lock ------------------------------------------------------------------
    def lock(self) -> None:
        """Seal the log's head, close every connection, release the process lock, wipe the key."""
        self.wait_for_tidying()
        if self._process_lock is not None and self._signer is not None:
            # Locking must always succeed: a damaged database only loses the seal.
            with contextlib.suppress(database.DatabaseError, VaultError, OSError):
                self.seal_log_head()
        with self._conn_lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            # A WAL only exists if something switched journal modes; truncate it if so.
            with contextlib.suppress(database.DatabaseError):  # closing is what matters
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        self._vault_key[:] = bytes(len(self._vault_key))
        self._signer = None
        if self._process_lock is not None:
            self._process_lock.release()
            self._process_lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def vault_exists(directory: Path) -> bool:
    return Vault.keys_path_of(Path(directory)).is_file()
