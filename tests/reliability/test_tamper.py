"""Tampering and damage: byte flips in vault.db, vault.keys and a bundle, an older copy of
the vault, an edited custody event. Each is detected with the right message, never a crash
and never a silent success."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.audit import verify
from evidence_vault.core.bundle import recipients
from evidence_vault.core.crypto import canonical, keyfile
from evidence_vault.core.errors import VaultDamaged, WrongPassphrase
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import database
from tests.reliability import budget
from tests.reliability.conftest import Record
from tests.reliability.harness import cli, flip, run
from tests.support import PASSPHRASE


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str]:
    vault_dir = tmp_path / "vault"
    source = tmp_path / "src"
    source.mkdir()
    rng = random.Random(budget.BASE_SEED)
    (source / "photo.jpg").write_bytes(rng.randbytes(400_000))
    (source / "note.txt").write_bytes(b"what the witness saw")
    vault, code = Vault.create(vault_dir, PASSPHRASE)
    with vault:
        Importer(vault).run([source])
        recipients.add(vault, "UN mechanism", recipients.generate_identity_file(tmp_path / "un.key"))
    return vault_dir, code


def test_byte_flips_in_vault_db(filled: tuple[Path, str], tmp_path: Path, record: Record) -> None:
    vault_dir, _ = filled
    db = vault_dir / "vault.db"
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(db, pristine)
    size = db.stat().st_size
    failures: list[str] = []
    outcomes = {"refused at unlock as damaged": 0, "found by verify": 0}
    for seed in budget.seeds("flip-db", budget.FLIP_POSITIONS):
        offset = random.Random(seed).randrange(size)
        shutil.copyfile(pristine, db)
        flip(db, offset, 1 << random.Random(seed + 1).randrange(8))
        where = f"seed {seed}, offset {offset} (page {offset // database.PAGE_SIZE})"
        try:
            with Vault.unlock(vault_dir, PASSPHRASE) as vault:
                report = verify.verify(vault)
                if report.ok:
                    failures.append(f"{where}: verify passed on a damaged database")
                elif not any(
                    "authentication" in p or "cannot be read" in p or "damaged" in p for p in report.problems
                ):
                    failures.append(f"{where}: unclear problems {report.problems[:2]}")
                else:
                    outcomes["found by verify"] += 1
        except VaultDamaged:
            outcomes["refused at unlock as damaged"] += 1
        except Exception as exc:  # noqa: BLE001 - anything else is a crash to report
            failures.append(f"{where}: {type(exc).__name__}: {exc}")
    shutil.copyfile(pristine, db)
    notes = ", ".join(f"{k}: {v}" for k, v in outcomes.items())
    record("tamper: one flipped bit at a random position of vault.db", budget.FLIP_POSITIONS, failures, notes)


def test_byte_flips_in_vault_keys(filled: tuple[Path, str], record: Record) -> None:
    vault_dir, code = filled
    keys = vault_dir / "vault.keys"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        slots = dict(vault.conn.execute("SELECT slot, kind FROM key_slots").fetchall())
    passphrase_slot = next(slot for slot, kind in slots.items() if kind == "passphrase")
    slot_start = 32 + passphrase_slot * keyfile.SLOT_SIZE
    state = (3_072_352, 3_072_352 + 2 * 4096)
    original_state = keys.read_bytes()[state[0] : state[1]]
    size = keys.stat().st_size
    failures: list[str] = []
    outcomes = {
        "wrong passphrase (its slot or the salt)": 0,
        "damaged key file": 0,
        "no effect (unused bytes)": 0,
    }
    seeds = budget.seeds("flip-keys", budget.FLIP_POSITIONS)
    for n, seed in enumerate(seeds):
        rng = random.Random(seed)
        # A third in the header and the passphrase's own slot, the rest anywhere.
        offset = (
            rng.randrange(32)
            if n % 3 == 0
            else (slot_start + rng.randrange(keyfile.SLOT_SIZE) if n % 3 == 1 else rng.randrange(size))
        )
        in_slot = slot_start <= offset < slot_start + keyfile.SLOT_SIZE
        where = f"seed {seed}, offset {offset}"
        flip(keys, offset)
        try:
            Vault.unlock(vault_dir, PASSPHRASE).lock()
            if offset < 32 + 8 * keyfile.SLOT_SIZE and (offset < 32 or in_slot):
                failures.append(f"{where}: opened although the header or its own slot was changed")
            else:
                outcomes["no effect (unused bytes)"] += 1
        except WrongPassphrase:
            outcomes["wrong passphrase (its slot or the salt)"] += 1
            if in_slot:  # the recovery slot still opens it
                try:
                    Vault.unlock_with_recovery(vault_dir, code).lock()
                except Exception as exc:  # noqa: BLE001
                    failures.append(f"{where}: the recovery code no longer opens it: {exc}")
        except VaultDamaged:
            outcomes["damaged key file"] += 1
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{where}: {type(exc).__name__}: {exc}")
        flip(keys, offset)
        with keys.open("r+b") as handle:  # a lock may have re-sealed the head
            handle.seek(state[0])
            handle.write(original_state)
    notes = ", ".join(f"{k}: {v}" for k, v in outcomes.items())
    record("tamper: one flipped byte at a random position of vault.keys", len(seeds), failures, notes)


def test_byte_flips_in_a_bundle(filled: tuple[Path, str], tmp_path: Path, record: Record) -> None:
    vault_dir, _ = filled
    out = tmp_path / "case.evb"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        bundle.seal(vault, items.list_items(vault.conn), ["UN mechanism"], out)
    identity = recipients.load_identity_file(tmp_path / "un.key")
    data = out.read_bytes()
    failures: list[str] = []
    seeds = budget.seeds("flip-bundle", budget.FLIP_POSITIONS)
    for seed in seeds:
        offset = random.Random(seed).randrange(len(data))
        tampered = bytearray(data)
        tampered[offset] ^= 1 << random.Random(seed + 1).randrange(8)
        target = tmp_path / "tampered.evb"
        target.write_bytes(bytes(tampered))
        try:
            report = bundle.read(target, identity)
            if report.ok:
                failures.append(f"seed {seed}, offset {offset}: a tampered bundle verified")
            elif not report.problems[0].startswith("the bundle is damaged or was altered"):
                failures.append(f"seed {seed}, offset {offset}: {report.problems[0]}")
        except Exception as exc:  # noqa: BLE001
            failures.append(f"seed {seed}, offset {offset}: {type(exc).__name__}: {exc}")
    record("tamper: one flipped bit at a random position of a sealed bundle", len(seeds), failures)


def test_older_copy_and_edited_custody_event(
    filled: tuple[Path, str], tmp_path: Path, record: Record
) -> None:
    vault_dir, _ = filled
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    failures: list[str] = []
    old = tmp_path / "old"
    shutil.copytree(vault_dir, old)
    extra = tmp_path / "later.txt"
    extra.write_bytes(b"imported later")
    anchor = run(cli(vault_dir, pass_file, "import", str(extra)))
    code = run(cli(vault_dir, pass_file, "anchor", "--no-qr")).stdout.strip().splitlines()[-1]
    current = tmp_path / "current.db"
    shutil.copyfile(vault_dir / "vault.db", current)

    # An older vault.db put back: a warning at unlock, and the anchor check fails.
    shutil.copyfile(old / "vault.db", vault_dir / "vault.db")
    listed = run(cli(vault_dir, pass_file, "list"))
    if "older than the last one opened here" not in listed.stderr or anchor.returncode != 0:
        failures.append(f"older vault.db: no warning: {listed.stderr!r}")
    checked = run(cli(vault_dir, pass_file, "anchors", "check", code))
    if checked.returncode != 1 or "older copy" not in checked.stdout + checked.stderr:
        failures.append(f"older vault.db: anchor check exit {checked.returncode}: {checked.stdout}")

    # Both files older (undetectable at unlock by design): the anchor still catches it.
    shutil.copyfile(old / "vault.keys", vault_dir / "vault.keys")
    checked = run(cli(vault_dir, pass_file, "anchors", "check", code))
    if checked.returncode != 1 or "older copy" not in checked.stdout + checked.stderr:
        failures.append(
            f"older vault.db and vault.keys: anchor check exit {checked.returncode}: {checked.stdout}"
        )

    # An edited custody event (changed without the key): verify names it, exit 1.
    shutil.copyfile(current, vault_dir / "vault.db")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        body = json.loads(bytes(vault.conn.execute("SELECT body FROM custody WHERE seq = 2").fetchone()[0]))
        body["params"]["size"] = 1
        with database.transaction(vault.conn):
            vault.conn.execute("UPDATE custody SET body = ? WHERE seq = 2", (canonical.encode(body),))
    verified = run(cli(vault_dir, pass_file, "verify"))
    if verified.returncode != 1 or "custody event 2" not in verified.stdout + verified.stderr:
        failures.append(
            f"edited event: verify exit {verified.returncode}: {verified.stdout} {verified.stderr}"
        )
    record("tamper: older vault.db, older vault.db + vault.keys, edited custody event", 3, failures)
