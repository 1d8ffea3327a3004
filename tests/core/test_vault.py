"""Vault sessions: create, unlock, wrong passphrase, recovery, passphrase change, damage, locking."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_vault.core.audit import verify
from evidence_vault.core.crypto import keyfile
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import (
    UsageError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import database
from tests.support import PASSPHRASE


def _snapshot(directory: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(directory.iterdir())}


class TestCreate:
    def test_two_files_with_private_modes(self, vault: Vault, vault_dir: Path) -> None:
        assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.keys"]
        assert vault_dir.stat().st_mode & 0o777 == 0o700
        for name in ("vault.db", "vault.keys"):
            assert (vault_dir / name).stat().st_mode & 0o777 == 0o600

    def test_refuses_to_overwrite_existing_vault(self, vault: Vault, vault_dir: Path) -> None:
        with pytest.raises(VaultExists):
            Vault.create(vault_dir, "another")

    def test_refuses_empty_passphrase(self, vault_dir: Path) -> None:
        with pytest.raises(UsageError):
            Vault.create(vault_dir, "")
        assert not vault_dir.exists()

    def test_database_has_no_sqlite_magic(self, vault: Vault, vault_dir: Path) -> None:
        data = (vault_dir / "vault.db").read_bytes()
        assert b"SQLite format 3" not in data
        assert b"CREATE TABLE" not in data

    def test_creation_is_recorded(self, vault: Vault) -> None:
        events = list(custody.events(vault.conn))
        assert [e.action for e in events] == ["vault.created"]
        assert events[0].body["params"]["signing_public_key"] == bytes(vault.verify_key).hex()


class TestUnlock:
    def test_unlock_with_passphrase_and_recovery_code(self, vault_dir: Path) -> None:
        vault, code = Vault.create(vault_dir, PASSPHRASE)
        vault.lock()
        Vault.unlock(vault_dir, PASSPHRASE).lock()
        Vault.unlock_with_recovery(vault_dir, code).lock()

    def test_passphrase_is_nfc_normalised(self, vault_dir: Path) -> None:
        Vault.create(vault_dir, "Ў-pass")[0].lock()
        Vault.unlock(vault_dir, "У\u0306-pass").lock()

    def test_wrong_passphrase_leaves_files_untouched(self, vault: Vault, vault_dir: Path) -> None:
        vault.lock()
        before = _snapshot(vault_dir)
        with pytest.raises(WrongPassphrase, match="wrong passphrase"):
            Vault.unlock(vault_dir, "not it")
        assert _snapshot(vault_dir) == before

    def test_missing_vault(self, tmp_path: Path) -> None:
        with pytest.raises(VaultNotFound):
            Vault.unlock(tmp_path / "nothing", PASSPHRASE)

    def test_second_opener_is_refused_while_open(self, vault: Vault, vault_dir: Path) -> None:
        with pytest.raises(VaultLocked, match="already open"):
            Vault.unlock(vault_dir, PASSPHRASE)
        code = (
            "import sys\nfrom evidence_vault.core.session.vault import Vault\n"
            "from evidence_vault.core.errors import VaultLocked\n"
            f"try:\n    Vault.unlock({str(vault_dir)!r}, {PASSPHRASE!r})\n"
            "except VaultLocked:\n    sys.exit(7)\n"
        )
        result = subprocess.run([sys.executable, "-c", code], env=os.environ.copy(), check=False)
        assert result.returncode == 7
        vault.lock()
        Vault.unlock(vault_dir, PASSPHRASE).lock()

    def test_locked_vault_refuses_work(self, vault: Vault) -> None:
        vault.lock()
        with pytest.raises(VaultLocked):
            vault.connect()


class TestPassphraseChange:
    def test_change_rewraps_without_reencrypting(self, vault: Vault, vault_dir: Path) -> None:
        db_before = (vault_dir / "vault.db").read_bytes()[:4096]
        vault.change_passphrase("new one")
        vault.lock()
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, PASSPHRASE)
        with Vault.unlock(vault_dir, "new one") as again:
            actions = [e.action for e in custody.events(again.conn)]
        assert "passphrase.changed" in actions
        # The first page (salt + header) is the same: the database was not re-keyed.
        assert (vault_dir / "vault.db").read_bytes()[:16] == db_before[:16]

    def test_old_slot_bytes_are_gone(self, vault: Vault, vault_dir: Path) -> None:
        slot = vault.opened_slot
        start = keyfile.SLOTS_OFFSET + slot * keyfile.SLOT_SIZE
        old = (vault_dir / "vault.keys").read_bytes()[start : start + keyfile.SLOT_SIZE]
        vault.change_passphrase("new one")
        new = (vault_dir / "vault.keys").read_bytes()[start : start + keyfile.SLOT_SIZE]
        assert old != new

    def test_recovery_then_new_passphrase(self, vault_dir: Path) -> None:
        vault, code = Vault.create(vault_dir, PASSPHRASE)
        vault.lock()
        with Vault.unlock_with_recovery(vault_dir, code) as recovered:
            recovered.change_passphrase("after recovery")
        Vault.unlock(vault_dir, "after recovery").lock()
        Vault.unlock_with_recovery(vault_dir, code).lock()
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, PASSPHRASE)

    def test_repeated_changes_never_reuse_the_recovery_slot(self, vault_dir: Path) -> None:
        vault, code = Vault.create(vault_dir, PASSPHRASE)
        for n in range(10):
            vault.change_passphrase(f"pass {n}")
        vault.lock()
        Vault.unlock_with_recovery(vault_dir, code).lock()
        Vault.unlock(vault_dir, "pass 9").lock()


class TestInterruptedSlotChange:
    """A crash between writing a key slot and listing it (or between unlisting and erasing
    one) is settled at the next unlock: either the old or the new passphrase, never both."""

    def _write_unlisted(self, vault: Vault, passphrase: str) -> int:
        from evidence_vault.core.crypto import kdf
        from evidence_vault.core.crypto.keyfile import SlotKind, SlotPayload

        root = keyfile.root_key(kdf.normalize_passphrase(passphrase), vault._header)
        return vault.write_new_slot(root, SlotPayload(SlotKind.PASSPHRASE, bytes(vault._vault_key)))

    def test_written_but_never_listed_is_undone(self, vault_dir: Path) -> None:
        vault, _ = Vault.create(vault_dir, PASSPHRASE)
        self._write_unlisted(vault, "half-made")  # the process dies here
        vault.lock()
        with Vault.unlock(vault_dir, PASSPHRASE) as again:
            assert "key_slot.settled" in [e.action for e in custody.events(again.conn)]
            assert again.warnings == []
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, "half-made")

    def test_written_and_used_is_completed(self, vault_dir: Path) -> None:
        vault, _ = Vault.create(vault_dir, PASSPHRASE)
        self._write_unlisted(vault, "typed twice")
        vault.lock()
        with Vault.unlock(vault_dir, "typed twice") as again:
            assert any("interrupted change" in w for w in again.warnings)
            kinds = sorted(str(k) for (k,) in again.conn.execute("SELECT kind FROM key_slots"))
            assert kinds == ["passphrase", "recovery"]
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, PASSPHRASE)
        Vault.unlock(vault_dir, "typed twice").lock()

    def test_listed_but_old_not_erased_is_finished(
        self, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        vault, _ = Vault.create(vault_dir, PASSPHRASE)

        def die(*_args: object) -> None:
            raise KeyboardInterrupt  # the process dies before the old slot is overwritten

        monkeypatch.setattr(keyfile, "erase_slot", die)
        with pytest.raises(KeyboardInterrupt):
            vault.change_passphrase("the new one")
        monkeypatch.undo()
        vault.lock()
        Vault.unlock(vault_dir, "the new one").lock()  # settles: erases the old slot
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, PASSPHRASE)


class TestRecoveryCodeReplacement:
    def test_new_code_opens_and_old_code_stops(self, vault_dir: Path) -> None:
        vault, old_code = Vault.create(vault_dir, PASSPHRASE)
        new_code = vault.replace_recovery_code()
        assert new_code != old_code
        vault.lock()
        with pytest.raises(WrongPassphrase):
            Vault.unlock_with_recovery(vault_dir, old_code)
        with Vault.unlock_with_recovery(vault_dir, new_code) as again:
            actions = [e.action for e in custody.events(again.conn)]
            kinds = sorted(str(k) for (k,) in again.conn.execute("SELECT kind FROM key_slots"))
        assert "recovery_code.replaced" in actions
        assert kinds == ["passphrase", "recovery"]  # the old recovery slot is gone
        Vault.unlock(vault_dir, PASSPHRASE).lock()  # the passphrase is untouched


class TestDamage:
    def _flip(self, path: Path, offset: int) -> None:
        data = bytearray(path.read_bytes())
        data[offset] ^= 0x40
        path.write_bytes(bytes(data))

    def test_flipped_byte_in_first_page_is_damage_not_wrong_passphrase(
        self, vault: Vault, vault_dir: Path
    ) -> None:
        vault.lock()
        self._flip(vault_dir / "vault.db", 100)
        with pytest.raises(VaultDamaged):
            Vault.unlock(vault_dir, PASSPHRASE)

    def test_flipped_byte_in_item_data_is_reported_by_verify(
        self, vault: Vault, vault_dir: Path, tmp_path: Path
    ) -> None:
        source = tmp_path / "photo.bin"
        source.write_bytes(os.urandom(3 * database.PAGE_SIZE * 8))
        Importer(vault).run([source])
        vault.lock()
        size = (vault_dir / "vault.db").stat().st_size
        self._flip(vault_dir / "vault.db", size - 3 * database.PAGE_SIZE - 123)
        with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
            report = verify.verify(reopened)
            assert not report.ok
            assert any("authentication" in p or "cannot be read" in p for p in report.problems)
            item = items.resolve(reopened.conn, "1")
            with pytest.raises(VaultDamaged):
                items.extract(reopened, item, tmp_path / "out.bin")
            assert not (tmp_path / "out.bin").exists()

    def test_missing_database_is_damage(self, vault: Vault, vault_dir: Path) -> None:
        vault.lock()
        (vault_dir / "vault.db").unlink()
        with pytest.raises(VaultDamaged):
            Vault.unlock(vault_dir, PASSPHRASE)

    def test_truncated_key_file_is_damage(self, vault: Vault, vault_dir: Path) -> None:
        vault.lock()
        keys = vault_dir / "vault.keys"
        keys.write_bytes(keys.read_bytes()[:1000])
        with pytest.raises(VaultDamaged):
            Vault.unlock(vault_dir, PASSPHRASE)
