"""Issue 18, section 4: every successful unlock does the same work; a wrong one writes nothing.

The work is counted at the system-call boundary this process uses for its own files
(os.write/os.pwrite bytes, fsync/fdatasync and ftruncate calls), and by the kernel
(/proc/self/io wchar, which also sees SQLite's writes).
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from evidence_vault.core import duress
from evidence_vault.core.crypto import keyfile
from evidence_vault.core.errors import WrongPassphrase
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.support import PASSPHRASE

DURESS = "my birthday 1987"


def _wchar() -> int:
    if not Path("/proc/self/io").exists():
        return 0
    fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(fields["wchar"])


def count_work(monkeypatch: pytest.MonkeyPatch, action: Callable[[], Any]) -> Counter[str]:
    """Bytes written and sync/truncate calls made by ``action``."""
    counts: Counter[str] = Counter()
    real = {name: getattr(os, name) for name in ("write", "pwrite", "fsync", "fdatasync", "ftruncate")}

    def write(fd: int, data: Any) -> int:
        written: int = real["write"](fd, data)
        counts["bytes"] += written
        return written

    def pwrite(fd: int, data: Any, offset: int) -> int:
        written: int = real["pwrite"](fd, data, offset)
        counts["bytes"] += written
        return written

    def call(name: str) -> Callable[..., Any]:
        def counted(*args: Any) -> Any:
            counts[name] += 1
            return real[name](*args)

        return counted

    with monkeypatch.context() as patch:
        patch.setattr(os, "write", write)
        patch.setattr(os, "pwrite", pwrite)
        for name in ("fsync", "fdatasync", "ftruncate"):
            patch.setattr(os, name, call(name))
        before = _wchar()
        try:
            action()
        finally:
            counts["wchar"] = _wchar() - before
    return counts


@pytest.fixture
def armed(vault_dir: Path, tmp_path: Path) -> Path:
    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    (tmp_path / "testimony.bin").write_bytes(os.urandom(3 << 20))
    Importer(vault).run([tmp_path / "testimony.bin"])
    (tmp_path / "decoy").mkdir()
    (tmp_path / "decoy" / "cat.bin").write_bytes(os.urandom(1 << 20))
    duress.set_up(vault, DURESS, [tmp_path / "decoy"])
    vault.lock()
    return vault_dir


def _unlock(directory: Path, secret: str) -> Callable[[], None]:
    def run() -> None:
        vault = Vault.unlock(directory, secret)
        vault.wait_for_tidying()  # the unlock's background part (Vault._give_back_tail)
        # Only the unlock is measured; locking is the same code for both.
        vault._process_lock.release()  # type: ignore[union-attr]
        vault._process_lock = None
        for conn in vault._connections:
            conn.close()

    return run


def test_real_and_duress_unlocks_write_the_same_bytes_with_the_same_syncs(
    armed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copies = []
    for n in range(2):
        copy = tmp_path / f"copy{n}"
        shutil.copytree(armed, copy)
        copies.append(copy)
    real = count_work(monkeypatch, _unlock(copies[0], PASSPHRASE))
    forced = count_work(monkeypatch, _unlock(copies[1], DURESS))
    print("real", dict(real), "duress", dict(forced))
    assert real["bytes"] > 0 and real["fsync"] + real["fdatasync"] > 0
    for key in ("bytes", "fsync", "fdatasync", "ftruncate"):
        assert real[key] == forced[key], key
    if real["wchar"]:
        assert real["wchar"] == forced["wchar"]
    assert real["bytes"] < 40 << 20  # not the whole reserve again


def test_a_wrong_passphrase_writes_nothing(armed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    keys_before = (armed / "vault.keys").read_bytes()

    def wrong() -> None:
        with pytest.raises(WrongPassphrase):
            Vault.unlock(armed, "not it")

    counts = count_work(monkeypatch, wrong)
    assert counts["bytes"] == counts["fsync"] == counts["fdatasync"] == counts["ftruncate"] == 0
    assert counts["wchar"] == 0
    assert (armed / "vault.keys").read_bytes() == keys_before


def test_a_vault_without_a_duress_passphrase_does_the_same_kind_of_work(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Otherwise the work of an unlock would tell whether a duress passphrase is set.
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    counts = count_work(monkeypatch, _unlock(vault_dir, PASSPHRASE))
    region = keyfile.RESERVE_OFFSET - keyfile.SLOTS_OFFSET
    assert counts["bytes"] >= region + (256 << 10)
    assert counts["fsync"] + counts["fdatasync"] == 4 and counts["ftruncate"] == 1
