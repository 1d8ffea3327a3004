"""Duress: the decoy opens, the real vault is gone for everyone, nothing tells."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from evidence_vault.core import duress
from evidence_vault.core.audit import verify
from evidence_vault.core.crypto import keyfile
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import UsageError, WrongPassphrase
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer, Status
from evidence_vault.core.session.vault import Vault
from tests.support import PASSPHRASE

DURESS = "my birthday 1987"
SECRET = b"names of the officers who beat him: " + os.urandom(16).hex().encode()


@pytest.fixture
def armed(vault_dir: Path, tmp_path: Path) -> tuple[str, Path]:
    """A vault with real evidence and a duress passphrase whose decoy holds one photo."""
    vault, code = Vault.create(vault_dir, PASSPHRASE)
    (tmp_path / "testimony.txt").write_bytes(SECRET)
    Importer(vault).run([tmp_path / "testimony.txt"])
    (tmp_path / "decoy").mkdir()
    (tmp_path / "decoy" / "cat.jpg").write_bytes(b"\xff\xd8\xff" + b"a cat" * 100)
    summary = duress.set_up(vault, DURESS, [tmp_path / "decoy"]).summary
    assert summary.count(Status.IMPORTED) == 1
    assert duress.is_set(vault)
    vault.lock()
    return code, vault_dir


def _slot_bytes(keys: bytes, index: int) -> bytes:
    start = keyfile.SLOTS_OFFSET + index * keyfile.SLOT_SIZE
    return keys[start : start + keyfile.SLOT_SIZE]


class TestDuress:
    def test_duress_opens_the_decoy_and_destroys_the_vault(self, armed: tuple[str, Path]) -> None:
        code, vault_dir = armed
        keys_before = (vault_dir / "vault.keys").read_bytes()
        with Vault.unlock(vault_dir, PASSPHRASE) as real:
            real_slots = [
                int(r[0]) for r in real.conn.execute("SELECT slot FROM key_slots WHERE kind != 'alternate'")
            ]
        with Vault.unlock(vault_dir, DURESS) as decoy:
            assert [i.name for i in items.list_items(decoy.conn)] == ["cat.jpg"]
            assert verify.verify(decoy).ok
        for secret, opener in ((PASSPHRASE, Vault.unlock), (code, Vault.unlock_with_recovery)):
            with pytest.raises(WrongPassphrase, match=r"^wrong passphrase$"):
                opener(vault_dir, secret)
        keys_after = (vault_dir / "vault.keys").read_bytes()
        for index in real_slots:
            assert _slot_bytes(keys_before, index) not in keys_after
        assert keys_before[keyfile.STATE_OFFSET : keyfile.RESERVE_OFFSET] not in keys_after
        assert keys_before[keyfile.RESERVE_OFFSET : keyfile.RESERVE_OFFSET + 4096] not in keys_after
        assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.keys"]
        assert len(keys_after) == keyfile.FILE_SIZE
        assert SECRET not in (vault_dir / "vault.db").read_bytes()

    def test_the_decoy_is_a_working_vault_that_says_nothing(
        self, armed: tuple[str, Path], tmp_path: Path
    ) -> None:
        _, vault_dir = armed
        with Vault.unlock(vault_dir, PASSPHRASE) as real:
            real_created = real.meta("created_at")
        with Vault.unlock(vault_dir, DURESS) as decoy:
            assert decoy.meta("created_at") == real_created  # aged like the real one
            bodies = b"".join(bytes(r[0]) for r in decoy.conn.execute("SELECT body FROM custody"))
            slots = decoy.conn.execute("SELECT kind FROM key_slots ORDER BY kind").fetchall()
            assert slots == [("passphrase",), ("recovery",)]
            (tmp_path / "new.jpg").write_bytes(b"\xff\xd8\xff new")
            assert Importer(decoy).run([tmp_path / "new.jpg"]).results[0].status is Status.IMPORTED
            decoy.change_passphrase("a new one")
        for word in (b"duress", b"decoy", b"wipe", b"alternate"):
            assert word not in bodies.lower()
        with Vault.unlock(vault_dir, "a new one") as again:
            assert len(items.list_items(again.conn)) == 2
            assert custody.verify(again.conn, again.verify_key) == []
        # Nothing else on disk: the settings and data folders hold nothing about it either.
        for root in (
            vault_dir.parent,
            Path(os.environ["XDG_CONFIG_HOME"]),
            Path(os.environ["XDG_DATA_HOME"]),
        ):
            for path in root.rglob("*"):
                if path.is_file():
                    data = path.read_bytes().lower()
                    assert b"duress" not in data and b"decoy" not in data, path

    def test_a_copy_taken_before_opens_only_the_decoy_with_the_duress_passphrase(
        self, armed: tuple[str, Path], tmp_path: Path
    ) -> None:
        _, vault_dir = armed
        image = tmp_path / "image"
        shutil.copytree(vault_dir, image)
        # A coercer who copied the files beforehand and types the duress passphrase on the
        # copy gets the decoy, never the real key: the duress slot holds only the decoy's.
        with Vault.unlock(image, DURESS) as decoy:
            assert [i.name for i in items.list_items(decoy.conn)] == ["cat.jpg"]
        with pytest.raises(WrongPassphrase):
            Vault.unlock(image, PASSPHRASE)
        # The documented limit (docs/threat-model.md): an earlier copy still opens with the
        # real passphrase, for whoever has it.
        shutil.rmtree(image)
        shutil.copytree(vault_dir, image)
        with Vault.unlock(image, PASSPHRASE) as real:
            assert [i.name for i in items.list_items(real.conn)] == ["testimony.txt"]

    def test_clear_removes_the_duress_passphrase(self, armed: tuple[str, Path]) -> None:
        _, vault_dir = armed
        with Vault.unlock(vault_dir, PASSPHRASE) as real:
            duress.clear(real)
            assert not duress.is_set(real)
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, DURESS)
        with Vault.unlock(vault_dir, PASSPHRASE) as real:
            assert [i.name for i in items.list_items(real.conn)] == ["testimony.txt"]

    def test_set_up_refusals(self, vault: Vault, tmp_path: Path) -> None:
        with pytest.raises(UsageError, match="differ"):
            duress.set_up(vault, PASSPHRASE)
        with pytest.raises(UsageError):
            duress.set_up(vault, "")
        big = tmp_path / "big"
        big.mkdir()
        for n in range(3):
            (big / f"{n}.bin").write_bytes(os.urandom(12 << 20))
        with pytest.raises(UsageError, match="too large"):
            duress.set_up(vault, DURESS, [big])
        assert not duress.is_set(vault)
        assert not (vault.directory / ".building").exists()
        duress.set_up(vault, DURESS)
        with pytest.raises(UsageError, match="already set"):
            duress.set_up(vault, "another")

    def test_passphrase_changes_never_reuse_the_duress_slot(self, armed: tuple[str, Path]) -> None:
        _, vault_dir = armed
        with Vault.unlock(vault_dir, PASSPHRASE) as real:
            for n in range(8):
                real.change_passphrase(f"pass {n}")
        with Vault.unlock(vault_dir, DURESS) as decoy:
            assert [i.name for i in items.list_items(decoy.conn)] == ["cat.jpg"]

    @pytest.mark.slow
    @pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's /proc/self/io counters")
    def test_wipe_work_does_not_grow_with_the_vault(self, tmp_path: Path) -> None:
        # The wipe's cost is the bytes it reads and writes, counted by the kernel for this
        # process (rchar/wchar): the same for a 10 MB and a 300 MB vault, because the real
        # database is unlinked, never read or overwritten. (Its time is in benchmarks/duress.py.)
        def io_bytes() -> int:
            fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
            return int(fields["rchar"]) + int(fields["wchar"])

        work = {}
        for label, megabytes in (("small", 10), ("large", 300)):
            directory = tmp_path / label
            vault, _ = Vault.create(directory, PASSPHRASE)
            source = tmp_path / f"{label}.bin"
            with open(source, "wb") as handle:
                for _ in range(megabytes):
                    handle.write(os.urandom(1 << 20))
            Importer(vault).run([source])
            duress.set_up(vault, DURESS)
            vault.lock()
            before = io_bytes()
            Vault.unlock(directory, DURESS).lock()
            work[label] = io_bytes() - before
        assert abs(work["large"] - work["small"]) < 1 << 20, work

    def test_unlock_work_is_the_same_for_duress_and_real(
        self, armed: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Same Argon2id call and the same eight slot tries; the timing benchmark measures it.
        _, vault_dir = armed
        calls: list[tuple[str, int]] = []
        real_derive, real_open = keyfile.root_key, keyfile.open_slots
        monkeypatch.setattr(
            keyfile, "root_key", lambda s, h: calls.append(("kdf", h.params.opslimit)) or real_derive(s, h)
        )
        monkeypatch.setattr(
            keyfile, "open_slots", lambda d, r: calls.append(("slots", len(d))) or real_open(d, r)
        )
        Vault.unlock(vault_dir, PASSPHRASE).lock()
        real_calls = list(calls)
        calls.clear()
        Vault.unlock(vault_dir, DURESS).lock()
        assert calls == real_calls

    def test_quick_delete(self, armed: tuple[str, Path]) -> None:
        _, vault_dir = armed
        duress.quick_delete(vault_dir)
        for secret in (PASSPHRASE, DURESS):
            with pytest.raises(WrongPassphrase):
                Vault.unlock(vault_dir, secret)
        assert not (vault_dir / "vault.db").exists()


def test_a_vault_armed_before_the_decoy_had_a_recovery_code_still_switches(
    vault_dir: Path, tmp_path: Path
) -> None:
    # Older set-ups hold the decoy at the start of the reserve and a slot of kind DURESS that
    # names its size. Typed under coercion, that passphrase must still open the decoy.
    from evidence_vault.core.crypto import kdf

    real, _ = Vault.create(vault_dir, PASSPHRASE)
    (tmp_path / "testimony.txt").write_bytes(SECRET)
    Importer(real).run([tmp_path / "testimony.txt"])
    decoy, _ = Vault.create(tmp_path / "old-decoy", DURESS)
    decoy_key = bytes(decoy._vault_key)
    decoy.lock()
    image = (tmp_path / "old-decoy" / "vault.db").read_bytes()
    header, _data = keyfile.read(real.keys_path)
    used = {int(r[0]) for r in real.conn.execute("SELECT slot FROM key_slots")}
    slot = min(set(range(keyfile.SLOT_COUNT)) - used)
    keyfile.write_reserve(real.keys_path, image)
    root = keyfile.root_key(kdf.normalize_passphrase(DURESS), header)
    payload = keyfile.SlotPayload(keyfile.SlotKind.DURESS, decoy_key, decoy_size=len(image))
    keyfile.write_slot(real.keys_path, root, slot, payload)
    real.lock()
    with Vault.unlock(vault_dir, DURESS) as opened:
        assert items.list_items(opened.conn) == []
        assert opened.opened_kind == keyfile.SlotKind.PASSPHRASE
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    _, data = keyfile.read(vault_dir / "vault.keys")
    kinds = [p.kind for _, p in keyfile.open_slots(data, root)]
    assert kinds == [keyfile.SlotKind.PASSPHRASE]  # rewrapped: it never switches again
    with Vault.unlock(vault_dir, DURESS) as again:
        assert custody.verify(again.conn, again.verify_key) == []
    assert SECRET not in (vault_dir / "vault.db").read_bytes()
