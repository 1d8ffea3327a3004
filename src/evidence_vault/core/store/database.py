"""Opening the SQLCipher database with a raw key, in the one safe order."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

import sqlcipher3

from ..errors import VaultDamaged

# 64 KiB pages: large media is stored as 1 MiB chunks, and bigger pages write
# about 1.5x faster than the 4 KiB default here (docs/performance.md).
PAGE_SIZE = 65536
# Commit the chunks of a large import every so often so the rollback journal
# stays small and other connections are not kept waiting long.
BUSY_TIMEOUT_S = 30.0
# SQLCipher wipes (and mlocks) every allocation it frees, so decrypted pages do not
# linger in freed memory after lock. It costs ~40% of bulk write speed (measured in
# docs/performance.md) and is worth it. Process-wide and sticky once on; only the
# ingest benchmark turns it off, in its own process, to measure that cost.
MEMORY_SECURITY = True

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its API is the standard library's.
    from sqlite3 import Connection as Connection
    from sqlite3 import DatabaseError as DatabaseError
else:
    Connection = sqlcipher3.Connection
    DatabaseError = sqlcipher3.DatabaseError


def connect(path: Path, db_key: bytes | bytearray, *, create: bool = False) -> Connection:
    """Open (or create) the vault database. Raises VaultDamaged if the key does not fit.

    Callers only get here after a key slot opened, so a database that refuses the
    key is damaged, never a "wrong passphrase".
    """
    if create:
        # Create the file ourselves so it is 0600 from the first byte; SQLite's
        # journal files then inherit the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    elif not path.exists():
        raise VaultDamaged(f"{path} is missing")
    conn = cast(
        Connection,
        sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S),
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        # A raw 256-bit key: used as-is, no PBKDF2 (set_key() would treat it as a passphrase).
        conn.execute(f"PRAGMA key = \"x'{bytes(db_key).hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        # The first read proves the key: PRAGMA key itself never fails.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # 16 MiB of decrypted pages per connection (SQLite's default, 2 MiB, is only 31 of
        # our 64 KiB pages): a search's scattered lookups then decrypt each page once.
        conn.execute("PRAGMA cache_size = -16384")
        conn.execute("PRAGMA foreign_keys = ON")
        # Rollback journal, not WAL: imports are mostly appends of new pages, which a
        # rollback journal does not copy, while WAL writes every page twice (WAL, then
        # checkpoint). Measured ~25% faster for bulk imports (docs/performance.md).
        # The journal only exists during a write and is deleted at commit.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
    except DatabaseError as exc:
        conn.close()
        raise VaultDamaged(f"{path} is damaged: {exc}") from exc
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def damage_as_error(what: str) -> Iterator[None]:
    """Turn SQLite corruption reports into VaultDamaged naming the operation."""
    try:
        yield
    except DatabaseError as exc:
        text = str(exc)
        if any(marker in text for marker in ("malformed", "not a database", "corrupt", "hmac", "HMAC")):
            raise VaultDamaged(f"vault database is damaged ({what}): {text}") from exc
        raise
