"""Issue 18, section 3: each way a decoy could be told from a vault that was really used.

One test per finding; the whole-vault comparison is in test_decoy_comparison.py.
"""

from __future__ import annotations

import itertools
import os
import shutil
import time
from pathlib import Path

import pytest

from evidence_vault.core import duress
from evidence_vault.core.crypto import keyfile
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import WrongPassphrase
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.support import PASSPHRASE

DURESS = "my birthday 1987"


def _jpeg(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (64, 48), (200, 120, 40)).save(path, "JPEG")
    return path


@pytest.fixture
def armed(vault_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    """A vault created, used a moment later, then given a decoy holding one photo and a note.
    Returns the folder and the decoy's recovery code."""
    vault, _code = Vault.create(vault_dir, PASSPHRASE)
    vault.lock()
    time.sleep(1.2)  # "used later": the decoy's clocks must show the same gap
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    (tmp_path / "testimony.txt").write_bytes(b"the real evidence")
    Importer(vault).run([tmp_path / "testimony.txt"])
    decoy = tmp_path / "decoy"
    decoy.mkdir()
    _jpeg(decoy / "garden.jpg")
    (decoy / "shopping.txt").write_bytes(b"milk, bread")
    made = duress.set_up(vault, DURESS, [decoy])
    vault.lock()
    return vault_dir, getattr(made, "recovery_code", "")


def _clock_gaps(vault: Vault) -> list[tuple[str, str, float, float]]:
    """(action, next action, wall seconds, monotonic seconds) for each consecutive pair."""
    events = list(custody.events(vault.conn))
    gaps = []
    for a, b in itertools.pairwise(events):
        wall = _seconds(b.time) - _seconds(a.time)
        mono = (int(b.body["mono_ns"]) - int(a.body["mono_ns"])) / 1e9
        gaps.append((a.action, b.action, wall, mono))
    return gaps


def _seconds(stamp: str) -> float:
    from datetime import datetime

    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").timestamp()


def test_the_decoys_clocks_agree_like_a_vault_created_then_used_later(armed: tuple[Path, str]) -> None:
    # Finding 1: the backdated vault.created carried the set-up's monotonic clock (1.2 s of
    # wall time against a few ms of monotonic time to the next event). On one machine and
    # one boot, as here, a real vault's two clocks advance together between any two events.
    vault_dir, _ = armed
    with Vault.unlock(vault_dir, DURESS) as decoy:
        gaps = _clock_gaps(decoy)
    assert gaps and gaps[0][0] == "vault.created"
    assert gaps[0][2] > 1.0
    disagree = [gap for gap in gaps if abs(gap[2] - gap[3]) > 0.25]
    assert disagree == []


def test_the_decoy_has_a_recovery_code_that_also_triggers_it(armed: tuple[Path, str], tmp_path: Path) -> None:
    # Finding 2: an init vault has a passphrase slot and a recovery slot; the decoy had one.
    vault_dir, code = armed
    image = tmp_path / "image"
    shutil.copytree(vault_dir, image)
    for directory, first, then in (
        (vault_dir, (Vault.unlock_with_recovery, code), (Vault.unlock, DURESS)),
        (image, (Vault.unlock, DURESS), (Vault.unlock_with_recovery, code)),
    ):
        opener, secret = first
        with opener(directory, secret) as decoy:
            kinds = sorted(str(r[0]) for r in decoy.conn.execute("SELECT kind FROM key_slots"))
            assert kinds == ["passphrase", "recovery"]
            names = sorted(
                bytes(r[0]).decode() for r in decoy.conn.execute("SELECT original_name FROM items")
            )
            (tmp_path / "later.txt").write_bytes(b"added after the duress unlock " + os.urandom(8))
            Importer(decoy).run([tmp_path / "later.txt"])
        assert names == ["garden.jpg", "shopping.txt"]
        for real_opener, real_secret in ((Vault.unlock, PASSPHRASE),):
            with pytest.raises(WrongPassphrase):
                real_opener(directory, real_secret)
        # The other decoy secret now opens the decoy as an ordinary vault: nothing is destroyed
        # again (the item added after the first unlock is still there).
        opener, secret = then
        with opener(directory, secret) as again:
            count = again.conn.execute("SELECT count(*) FROM items").fetchone()[0]
        assert count == 3
        with Vault.unlock(directory, DURESS) as again:
            assert again.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 3


def test_the_decoys_items_were_analysed_like_imported_ones(armed: tuple[Path, str]) -> None:
    # Finding 3: items imported normally are analysed (item.metadata_read); the decoy's were not.
    vault_dir, _ = armed
    with Vault.unlock(vault_dir, DURESS) as decoy:
        item_ids = {int(r[0]) for r in decoy.conn.execute("SELECT id FROM items")}
        read = {
            i for e in custody.events(decoy.conn) if e.action == "item.metadata_read" for i in e.body["items"]
        }
        analysed = {int(r[0]) for r in decoy.conn.execute("SELECT item_id FROM media_analysis")}
    assert len(item_ids) == 2
    assert read == item_ids
    assert analysed == item_ids


def _birth(path: Path) -> int:
    import subprocess

    return int(subprocess.run(["stat", "-c", "%W", str(path)], capture_output=True, text=True).stdout)


def test_a_duress_unlock_keeps_the_database_file_and_makes_no_other_name(
    armed: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Finding 4: vault.db became a new inode born at the duress unlock (vault.db.new renamed
    # over it), and a crash could leave .vault.db.free, a name only duress made.
    vault_dir, _ = armed
    db = vault_dir / "vault.db"
    before = db.stat()
    born = _birth(db)
    made: list[str] = []
    real_open, real_link, real_replace = os.open, os.link, os.replace

    def spy_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT and not Path(str(path)).exists():
            made.append(Path(str(path)).name)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", spy_open)
    monkeypatch.setattr(os, "link", lambda a, b, **k: made.append(Path(str(b)).name) or real_link(a, b, **k))
    monkeypatch.setattr(os, "replace", lambda a, b: made.append(Path(str(a)).name) or real_replace(a, b))
    time.sleep(1.1)
    with Vault.unlock(vault_dir, DURESS):
        pass
    monkeypatch.undo()
    after = db.stat()
    assert made == []
    assert (after.st_ino, after.st_dev) == (before.st_ino, before.st_dev)
    assert _birth(db) == born
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.keys"]
    assert after.st_size < keyfile.RESERVE_SIZE  # the old file's tail was given back


def test_the_decoy_was_made_by_the_program_version_that_made_the_real_vault(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A decoy dated last year but "made" by this year's release would give itself away.
    from evidence_vault.core.session import vault as session

    with monkeypatch.context() as patch:
        patch.setattr(session, "__version__", "0.0.1")  # the version the vault records
        vault, _ = Vault.create(vault_dir, PASSPHRASE)
    duress.set_up(vault, DURESS)
    vault.lock()
    with Vault.unlock(vault_dir, DURESS) as decoy:
        created = next(custody.events(decoy.conn))
        assert created.body["params"]["program_version"] == "0.0.1"
        assert decoy.meta("created_by") == "0.0.1"
