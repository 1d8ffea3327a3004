"""Custody log: every change recorded, and edits, deletions, reordering and forged
signatures made by an insider holding the key are caught at the right event."""

from __future__ import annotations

import json
from pathlib import Path

import nacl.signing
import pytest

from evidence_vault.core.crypto import canonical
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import database


@pytest.fixture
def busy_vault(vault: Vault, tmp_path: Path) -> Vault:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_bytes(b"item %d" % n)
    Importer(vault, case="C").run([folder])
    return vault


def _problems(vault: Vault) -> list[str]:
    return custody.verify(vault.conn, vault.verify_key)


class TestCustodyLog:
    def test_intact_log_verifies(self, busy_vault: Vault) -> None:
        events = list(custody.events(busy_vault.conn))
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert [e.action for e in events][:3] == ["vault.created", "case.created", "item.imported"]
        assert _problems(busy_vault) == []

    def test_event_hash_is_sha256_of_canonical_body(self, busy_vault: Vault) -> None:
        import hashlib

        for event in custody.events(busy_vault.conn):
            assert hashlib.sha256(canonical.encode(event.body)).digest() == event.hash
            busy_vault.verify_key.verify(custody.DOMAIN + event.hash, event.sig)

    def test_edited_event_caught(self, busy_vault: Vault) -> None:
        conn = busy_vault.conn
        body = json.loads(conn.execute("SELECT body FROM custody WHERE seq = 3").fetchone()[0])
        body["params"]["size"] = 999
        with database.transaction(conn):
            conn.execute("UPDATE custody SET body = ? WHERE seq = 3", (canonical.encode(body),))
        problems = _problems(busy_vault)
        assert problems[0] == "custody event 3: content does not match its hash (edited)"

    def test_edited_and_rehashed_event_caught_by_signature_and_chain(self, busy_vault: Vault) -> None:
        import hashlib

        conn = busy_vault.conn
        body = json.loads(conn.execute("SELECT body FROM custody WHERE seq = 3").fetchone()[0])
        body["params"]["size"] = 999
        encoded = canonical.encode(body)
        with database.transaction(conn):
            conn.execute(
                "UPDATE custody SET body = ?, hash = ? WHERE seq = 3",
                (encoded, hashlib.sha256(encoded).digest()),
            )
        problems = _problems(busy_vault)
        assert problems[0] == "custody event 3: signature does not verify"
        assert "custody event 4: does not link to the previous event (chain broken)" in problems

    def test_deleted_event_caught(self, busy_vault: Vault) -> None:
        with database.transaction(busy_vault.conn) as conn:
            conn.execute("DELETE FROM custody WHERE seq = 4")
        problems = _problems(busy_vault)
        assert problems[0] == "custody event 5: expected event 4 here (events missing)"

    def test_reordered_events_caught(self, busy_vault: Vault) -> None:
        with database.transaction(busy_vault.conn) as conn:
            conn.execute("UPDATE custody SET seq = -4 WHERE seq = 4")
            conn.execute("UPDATE custody SET seq = 4 WHERE seq = 5")
            conn.execute("UPDATE custody SET seq = 5 WHERE seq = -4")
        problems = _problems(busy_vault)
        assert problems[0] == "custody event 4: records sequence number 5 (reordered)"

    def test_resigned_by_another_key_caught(self, busy_vault: Vault) -> None:
        other = nacl.signing.SigningKey.generate()
        conn = busy_vault.conn
        digest = bytes(conn.execute("SELECT hash FROM custody WHERE seq = 2").fetchone()[0])
        with database.transaction(conn):
            conn.execute(
                "UPDATE custody SET sig = ? WHERE seq = 2", (other.sign(custody.DOMAIN + digest).signature,)
            )
        assert _problems(busy_vault) == ["custody event 2: signature does not verify"]

    def test_failed_change_leaves_no_event(self, busy_vault: Vault) -> None:
        before = custody.count(busy_vault.conn)
        with pytest.raises(RuntimeError), database.transaction(busy_vault.conn) as conn:
            busy_vault.record(conn, "item.note_edited", {"note": "x"})
            raise RuntimeError("the change failed")
        assert custody.count(busy_vault.conn) == before


class TestEventPage:
    def test_newest_first_with_keyset_paging(self, busy_vault: Vault) -> None:
        everything = [e.seq for e in custody.events(busy_vault.conn)]
        first = custody.event_page(busy_vault.conn, limit=3)
        assert [e.seq for e in first] == everything[::-1][:3]
        rest = custody.event_page(busy_vault.conn, before=first[-1].seq, limit=1000)
        assert [e.seq for e in first + rest] == everything[::-1]

    def test_filters_by_item_action_and_date(self, busy_vault: Vault) -> None:
        conn = busy_vault.conn
        item_id = int(conn.execute("SELECT min(id) FROM items").fetchone()[0])
        mine = custody.event_page(conn, custody.EventFilter(item_id=item_id))
        assert [e.seq for e in mine] == [e.seq for e in custody.events(conn, item_id)][::-1]
        imported = custody.event_page(conn, custody.EventFilter(action="item.imported"))
        assert len(imported) == 4 and {e.action for e in imported} == {"item.imported"}
        today = custody.utc_now()[:10]
        assert len(custody.event_page(conn, custody.EventFilter(since=today, until=today))) == len(
            list(custody.events(conn))
        )
        assert custody.event_page(conn, custody.EventFilter(until="1999-12-31")) == []
        assert custody.event_page(conn, custody.EventFilter(since=today[:4] + "-99")) == []
        assert "item.imported" in custody.actions(conn) and "vault.created" in custody.actions(conn)
