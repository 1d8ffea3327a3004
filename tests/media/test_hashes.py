"""The stored perceptual hashes (core/media/hashes.py): a vault from before V12 is upgraded and
its items wait to be hashed; what a hijacked analysis child sends is bounded and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media import hashes, store
from evidence_vault.core.media.model import Analysis
from evidence_vault.core.media.perceptual import FRAMES, HASHES, MEDIA
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import schema
from tests.media import look_alike_media as media
from tests.support import PASSPHRASE


def test_a_vault_from_before_v12_is_upgraded_and_its_items_wait_for_their_hashes(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "a.jpg").write_bytes(media.photo_bytes(media.scene()))
    Importer(vault).run([tmp_path / "a.jpg"])
    store.analyse_pending(vault, perceptual=False)
    with vault.transaction() as tx:  # the vault as V11 left it (V12 and V13 undone)
        tx.execute("DROP TABLE media_hashes")
        tx.execute("DROP TABLE media_hash_runs")
        tx.execute("DROP INDEX bundles_received_by_file")
        tx.execute("ALTER TABLE bundles_received DROP COLUMN file_sha256")
        tx.execute("ALTER TABLE bundles_received DROP COLUMN file_size")
        tx.execute("PRAGMA user_version = 11")
    vault.lock()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert schema.version(again.conn) == schema.LATEST
        upgraded = custody.latest(again.conn, "vault.upgraded")
        assert upgraded is not None and upgraded.body["params"]["schema_version"] == schema.LATEST
        assert hashes.pending(again.conn) == [1]
        assert store.analyse_pending(again).hashed == 1
        assert hashes.pending(again.conn) == [] and len(hashes.load_all(again.conn)) == 1


def _answer(facts: dict[str, object]) -> Analysis:
    return Analysis(facts=facts)


def test_a_hijacked_childs_answer_is_bounded_and_checked(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "v.bin").write_bytes(b"x" * 100)
    Importer(vault).run([tmp_path / "v.bin"])
    item = items.resolve(vault.conn, "1")
    flood = [{"frame": n, "at_ms": n, "hash": f"{n:016x}"} for n in range(10 * FRAMES)]
    junk = [{"hash": "zz" * 8}, {"hash": "'; DROP TABLE items; --"}, "not a dict", {"hash": 12}]
    media_kind, rows = hashes.parse(_answer({MEDIA: "<b>picture</b>", HASHES: junk + flood}))
    assert media_kind is None  # only "picture" or "video"
    # At most FRAMES entries are read at all; the malformed ones among them are dropped.
    assert len(rows) == FRAMES - len(junk) and all(len(digest) == 8 for _, _, digest in rows)
    with vault.transaction() as tx:
        assert hashes.write_hashes(vault, tx, item, _answer({MEDIA: "video", HASHES: flood}), None)
    (stored,) = hashes.load_all(vault.conn)
    assert stored.media == "video" and len(stored.hashes) == FRAMES
    event = custody.latest(vault.conn, "item.perceptual_hash")
    assert event is not None and len(event.body["params"]["hashes"]) == FRAMES
    assert items.list_items(vault.conn)  # the table is still there


def test_a_child_that_crashes_while_hashing_is_recorded_and_not_retried(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EV_HOSTILE_MODE", "crash")
    (tmp_path / "x.jpg").write_bytes(media.photo_bytes(media.scene()))
    Importer(vault).run([tmp_path / "x.jpg"])
    summary = store.analyse_pending(vault, process_options={"module": "tests.media.hostile_worker"})
    assert summary.errors == [] and summary.hashed == 1
    event = custody.latest(vault.conn, "item.perceptual_hash")
    assert event is not None
    assert event.body["params"]["status"] == "failed" and "SIGABRT" in event.body["params"]["reason"]
    assert hashes.load_all(vault.conn) == [] and hashes.pending(vault.conn) == []
