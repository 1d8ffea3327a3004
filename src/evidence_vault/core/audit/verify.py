"""Full verification: page authentication, database structure, every item's hash, custody."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..custody import log as custody
from ..errors import VaultError
from ..evidence import items
from ..session.vault import Vault
from ..store import blobstore, database


@dataclass
class VerifyReport:
    items_checked: int = 0
    events_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "items_checked": self.items_checked,
            "events_checked": self.events_checked,
            "problems": self.problems,
        }


def verify(vault: Vault, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """Check everything and record the run (and its result) in the custody log."""
    report = VerifyReport()
    conn = vault.conn
    try:
        for (message,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            report.problems.append(f"database page failed authentication: {message}")
        # FTS5's integrity check trusts the index structure cached by this connection, which is
        # stale when another connection (an import worker) wrote since; any read of the
        # table in the same read transaction refreshes it (SQLite 3.53, reproduced in tests).
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM search_index").fetchone()
            structure = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.execute("COMMIT")
        if structure != ["ok"]:
            report.problems.extend(f"database structure: {line}" for line in structure)
    except database.DatabaseError as exc:
        report.problems.append(f"database could not be checked: {exc}")

    try:
        all_items = items.list_items(conn)
    except Exception as exc:  # noqa: BLE001 - reported, not raised: verify must finish
        report.problems.append(f"items could not be listed: {exc}")
        all_items = []
    for index, item in enumerate(all_items):
        try:
            digest, size = blobstore.hash_blob(conn, item.blob_id)
            if size != item.size:
                report.problems.append(
                    f"item {item.id} ({item.name}): {size} bytes stored, {item.size} recorded"
                )
            elif digest.hex() != item.sha256:
                report.problems.append(
                    f"item {item.id} ({item.name}): SHA-256 does not match the import record"
                )
        except database.DatabaseError as exc:
            report.problems.append(f"item {item.id} ({item.name}): cannot be read: {exc}")
        report.items_checked += 1
        if progress:
            progress(index + 1, len(all_items))

    try:
        report.events_checked = custody.count(conn)
        report.problems.extend(custody.verify(conn, vault.verify_key))
    except (database.DatabaseError, VaultError) as exc:
        report.problems.append(f"custody log could not be read: {exc}")

    try:
        with vault.transaction(conn):
            vault.record(
                conn,
                "verification.run",
                {
                    "result": "pass" if report.ok else "fail",
                    "items_checked": report.items_checked,
                    "events_checked": report.events_checked,
                    "problems": report.problems[:50],
                },
            )
    except (database.DatabaseError, VaultError) as exc:
        report.problems.append(f"the verification could not be recorded: {exc}")
    return report


def last_result(vault: Vault) -> custody.Event | None:
    return custody.latest(vault.conn, "verification.run")
