"""The custody tree, tree heads, sealed head and anchors against an insider who holds
the key: truncation, a consistently rewritten history, an older copy of the vault."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from evidence_vault.core.audit import anchor, verify
from evidence_vault.core.crypto import canonical, merkle, minisign
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer, Status
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import database
from tests.support import PASSPHRASE


def _fill(vault: Vault, folder: Path, count: int, prefix: str = "f") -> None:
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"{prefix}{n}.txt").write_bytes(f"{prefix} evidence {n}".encode())
    Importer(vault).run([folder / f"{prefix}{n}.txt" for n in range(count)])


def _rewrite_history(vault: Vault, change_seq: int) -> None:
    """What an insider with the vault key can do: edit an event, then re-hash, re-link,
    re-sign and rebuild the tree for everything after it, leaving no internal trace."""
    conn = vault.conn
    rows = conn.execute("SELECT seq, body FROM custody ORDER BY seq").fetchall()
    with database.transaction(conn):
        conn.execute("DELETE FROM merkle_nodes")
        conn.execute("DELETE FROM tree_heads")
        prev = custody.GENESIS
        accumulator = merkle.RootAccumulator()
        for seq, raw in rows:
            body = json.loads(bytes(raw))
            if seq == change_seq:
                body["params"]["source_name"] = "forged.txt"
            body["prev"] = prev.hex()
            encoded = canonical.encode(body)
            digest = hashlib.sha256(encoded).digest()
            sig = vault.signer.sign(custody.EVENT_DOMAIN + digest).signature
            conn.execute(
                "UPDATE custody SET body = ?, hash = ?, sig = ? WHERE seq = ?", (encoded, digest, sig, seq)
            )
            conn.executemany(
                "INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)",
                accumulator.push(merkle.leaf_hash(digest)),
            )
            prev = digest


class TestStoredTree:
    def test_stored_tree_matches_a_recomputation_at_every_size(self, vault: Vault, tmp_path: Path) -> None:
        _fill(vault, tmp_path / "in", 12)
        leaves = [e.leaf_hash for e in custody.events(vault.conn)]
        assert len(leaves) == 13
        memory = merkle.LeafList(leaves)
        for size in range(1, 14):
            assert custody.root_at(vault.conn, size) == merkle.root(memory, size)
            for seq in range(1, size + 1):
                proof = custody.inclusion_proof(vault.conn, seq, size)
                assert merkle.verify_inclusion(
                    leaves[seq - 1], seq - 1, size, proof, merkle.root(memory, size)
                )
        proof = custody.consistency_proof(vault.conn, 5, 13)
        assert merkle.verify_consistency(5, 13, merkle.root(memory, 5), merkle.root(memory, 13), proof)

    def test_tree_heads_are_signed_and_verified(self, vault: Vault, tmp_path: Path) -> None:
        _fill(vault, tmp_path / "in", 3)
        head = vault.seal_log_head()
        assert head.size == 4 and head.verify(vault.verify_key)
        assert custody.latest_tree_head(vault.conn) == head
        assert vault.seal_log_head() == head  # nothing new: the same head
        assert verify.verify(vault).ok

    def test_truncated_log_caught_by_tree_head(self, vault: Vault, tmp_path: Path) -> None:
        _fill(vault, tmp_path / "in", 5)
        vault.seal_log_head()
        with database.transaction(vault.conn) as conn:
            conn.execute("DELETE FROM custody WHERE seq >= 5")
        problems = custody.verify(vault.conn, vault.verify_key)
        assert any("covers 6 events but the log has only 4 (log truncated)" in p for p in problems)

    def test_forged_tree_head_signature_caught(self, vault: Vault, tmp_path: Path) -> None:
        _fill(vault, tmp_path / "in", 2)
        vault.seal_log_head()
        with database.transaction(vault.conn) as conn:
            conn.execute("UPDATE tree_heads SET sig = ? WHERE size = 3", (bytes(64),))
        problems = custody.verify(vault.conn, vault.verify_key)
        assert problems == ["signed tree head at size 3: signature does not verify"]

    def test_edited_event_caught_by_tree_head_too(self, vault: Vault, tmp_path: Path) -> None:
        _fill(vault, tmp_path / "in", 4)
        vault.seal_log_head()
        conn = vault.conn
        body = json.loads(conn.execute("SELECT body FROM custody WHERE seq = 2").fetchone()[0])
        body["params"]["size"] = 1
        encoded = canonical.encode(body)
        with database.transaction(conn):
            conn.execute(
                "UPDATE custody SET body = ?, hash = ?, sig = ? WHERE seq = 2",
                (
                    encoded,
                    hashlib.sha256(encoded).digest(),
                    vault.signer.sign(custody.EVENT_DOMAIN + hashlib.sha256(encoded).digest()).signature,
                ),
            )
        problems = custody.verify(vault.conn, vault.verify_key)
        # The re-hashed, re-signed event is caught where it stands, by the stored tree.
        assert problems[0] == "custody event 2: the stored Merkle tree does not match the events"
        assert "custody event 3: does not link to the previous event (chain broken)" in problems
        assert "signed tree head at size 5 does not match events 1-5 (log rewritten)" in problems


class TestAnchors:
    def test_code_round_trip_and_typing_tolerance(self) -> None:
        original = anchor.Anchor(1234, bytes(range(32)))
        head, groups = original.code.split("-", 2)[:2], original.code.split("-", 2)[2]
        typed = "-".join(head) + "-" + groups.lower().replace("1", "l").replace("0", "o").replace("-", " - ")
        parsed = anchor.Anchor.parse(typed)
        assert parsed.size == 1234 and parsed.root == original.root[:15]
        assert anchor.Anchor.parse(original.qr_payload) == original
        with pytest.raises(UsageError):
            anchor.Anchor.parse("EV1-12-ABCD")

    def test_anchor_holds_while_the_log_grows(self, vault: Vault, tmp_path: Path) -> None:
        _fill(vault, tmp_path / "in", 3)
        code = anchor.Anchor.from_head(vault.seal_log_head()).code
        _fill(vault, tmp_path / "more", 3, prefix="g")
        result = anchor.check(vault.conn, anchor.Anchor.parse(code))
        assert result.ok, result.message
        assert result.anchored_root is not None
        assert merkle.verify_consistency(
            result.anchored_size, result.current_size, result.anchored_root, result.current_root, result.proof
        )

    def test_consistent_rewrite_by_an_insider_fails_the_anchor(self, vault: Vault, tmp_path: Path) -> None:
        _fill(vault, tmp_path / "in", 4)
        code = anchor.Anchor.from_head(vault.seal_log_head()).code
        _rewrite_history(vault, change_seq=3)
        # Internally everything checks out again: this is what anchors are for.
        assert custody.verify(vault.conn, vault.verify_key) == []
        result = anchor.check(vault.conn, anchor.Anchor.parse(code))
        assert not result.ok
        assert "the first 5 events of this log are not the ones anchored" in result.message

    def test_older_copy_detected_at_unlock_and_by_a_later_anchor(
        self, vault: Vault, vault_dir: Path, tmp_path: Path
    ) -> None:
        _fill(vault, tmp_path / "in", 2)
        vault.lock()
        old_copy = tmp_path / "old-vault.db"
        shutil.copy2(vault_dir / "vault.db", old_copy)
        with Vault.unlock(vault_dir, PASSPHRASE) as current:
            assert current.warnings == []
            _fill(current, tmp_path / "more", 2, prefix="g")
            later_code = anchor.Anchor.from_head(current.seal_log_head()).code
        shutil.copy2(old_copy, vault_dir / "vault.db")
        with Vault.unlock(vault_dir, PASSPHRASE) as older:
            assert len(older.warnings) == 1
            assert older.warnings[0].startswith("this vault is older than the last one opened here")
            assert custody.latest(older.conn, "vault.older_copy_opened") is not None
            result = anchor.check(older.conn, anchor.Anchor.parse(later_code))
            assert not result.ok and "older copy" in result.message
        # The warning does not go away by itself: the sealed head is not overwritten.
        with Vault.unlock(vault_dir, PASSPHRASE) as again:
            assert len(again.warnings) == 1


class TestDeletion:
    def test_delete_keeps_record_and_events_and_restore_on_reimport(
        self, vault: Vault, tmp_path: Path
    ) -> None:
        import io

        from PIL import Image

        from evidence_vault.core.media import store

        source = tmp_path / "photo.jpg"
        picture = io.BytesIO()
        exif = Image.Exif()
        exif[0x010F] = "PhoneMaker"  # Make
        Image.new("RGB", (64, 48), (90, 20, 20)).save(picture, "JPEG", exif=exif)
        source.write_bytes(picture.getvalue())
        Importer(vault).run([source])
        store.analyse_pending(vault, workers=1)
        for table in ("media_previews", "media_fields", "media_analysis", "media_hashes", "media_hash_runs"):
            assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
        item = items.resolve(vault.conn, "1")
        events_before = custody.count(vault.conn)
        with pytest.raises(UsageError):
            items.delete(vault, item, "  ")
        items.delete(vault, item, "consent withdrawn by the witness")
        assert vault.conn.execute("SELECT count(*) FROM chunks").fetchone()[0] == 0
        for table in ("media_previews", "media_fields", "media_analysis", "media_hashes", "media_hash_runs"):
            assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        gone = items.resolve(vault.conn, "1")
        assert gone.deleted_at is not None and gone.delete_reason == "consent withdrawn by the witness"
        assert items.list_items(vault.conn) == []
        assert len(items.list_items(vault.conn, where=items.ItemFilter(include_deleted=True))) == 1
        assert custody.count(vault.conn) == events_before + 1
        with pytest.raises(UsageError, match="deleted"):
            items.extract(vault, gone, tmp_path / "out.jpg")
        assert verify.verify(vault).ok

        (result,) = Importer(vault).run([source]).results
        assert result.status is Status.IMPORTED and result.item_id == 1
        assert result.message == "restored: this item had been deleted"
        items.extract(vault, items.resolve(vault.conn, "1"), tmp_path / "out.jpg")
        assert (tmp_path / "out.jpg").read_bytes() == source.read_bytes()
        assert [e.action for e in custody.events(vault.conn, 1)] == [
            "item.imported",
            "item.metadata_read",
            "item.provenance_read",
            "item.perceptual_hash",
            "item.deleted",
            "item.restored",
            "item.extracted",
        ]
        assert verify.verify(vault).ok


class TestSigningKey:
    def test_minisign_public_key_format(self, vault: Vault) -> None:
        import base64

        line = minisign.public_key_line(vault.verify_key)
        raw = base64.b64decode(line)
        assert raw[:2] == b"Ed" and raw[10:] == bytes(vault.verify_key) and len(raw) == 42
        assert line.startswith("RW")
        groups = minisign.fingerprint(vault.verify_key).split()
        assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
