"""A duress passphrase: typed under coercion, it seems to work and destroys the real vault.

Setting it up (with the vault unlocked by its real passphrase) builds a decoy: a
real, separate vault with its own key and custody log, holding only what the user
chose to put in it, or nothing ("aged like the real one": same creation time). Its
database, already encrypted under the decoy's key, is stored in the reserve that
every vault.keys has (random bytes otherwise), and the duress passphrase gets an
ordinary-looking key slot that holds the decoy's key and nothing else. So even a
copy of the files taken before, opened with the duress passphrase (which the
coercer will have been given), yields only the decoy.

Typing it: vault.py's unlock runs the same Argon2id work and the same 8 slot tries
as always, then ``_destroy_and_reveal_decoy`` erases every other slot and the sealed
state, swaps the decoy database in and refills the reserve with random bytes.

Nothing readable in the decoy, the key file or the settings names any of this;
inside the real (encrypted) vault the slot is recorded as an "alternate passphrase"
so that it can be cleared and is never overwritten by a passphrase change.
"""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Sequence
from pathlib import Path

from .crypto import kdf, keyfile
from .crypto.keyfile import SlotKind, SlotPayload
from .errors import UsageError
from .evidence.importer import Importer, ImportSummary, Status
from .session.vault import Vault

SLOT_KIND = "alternate"
_BUILD_DIR = ".building"


def is_set(vault: Vault) -> bool:
    return _slot(vault) is not None


def _slot(vault: Vault) -> int | None:
    row = vault.conn.execute("SELECT slot FROM key_slots WHERE kind = ?", (SLOT_KIND,)).fetchone()
    return None if row is None else int(row[0])


def set_up(vault: Vault, duress_passphrase: str, decoy_sources: Sequence[Path] = ()) -> ImportSummary:
    """Build the decoy and add the duress slot. Returns what was put into the decoy."""
    if vault.opened_kind != SlotKind.PASSPHRASE:
        raise UsageError("unlock with the real passphrase to set up a duress passphrase")
    if is_set(vault):
        raise UsageError("a duress passphrase is already set; clear it first")
    if not duress_passphrase:
        raise UsageError("the duress passphrase must not be empty")
    header, data = keyfile.read(vault.keys_path)
    root = keyfile.root_key(kdf.normalize_passphrase(duress_passphrase), header)
    if keyfile.open_slots(data, root):
        raise UsageError("the duress passphrase must differ from the vault's passphrase and recovery code")
    used = {int(row[0]) for row in vault.conn.execute("SELECT slot FROM key_slots")}
    # The decoy's own list of slots names the one the duress slot will take.
    slot = secrets.choice([index for index in range(keyfile.SLOT_COUNT) if index not in used])

    build = vault.directory / _BUILD_DIR
    if build.exists():
        shutil.rmtree(build)  # left by an interrupted set-up: encrypted, and never used
    try:
        decoy, _recovery_code = Vault.create(
            build, duress_passphrase, params=header.params, created_at=str(vault.meta("created_at"))
        )
        try:
            summary = Importer(decoy).run(list(decoy_sources))
            failed = [f"{r.path}: {r.message}" for r in summary.results if r.status is Status.FAILED]
            if failed:
                raise UsageError(
                    "nothing changed; these files could not go into the decoy: " + "; ".join(failed)
                )
            with decoy.transaction() as conn:
                # The decoy's own bookkeeping of slots must describe the real key file.
                conn.execute("DELETE FROM key_slots")
                conn.execute(
                    "INSERT INTO key_slots (slot, kind, created_at) VALUES (?, 'passphrase', ?)",
                    (slot, decoy.meta("created_at")),
                )
            decoy_key = bytes(decoy._vault_key)  # the one place a vault key leaves its session
        finally:
            decoy.lock()
        image = (build / "vault.db").read_bytes()
        if len(image) > keyfile.RESERVE_SIZE:
            raise UsageError(
                f"the decoy is too large ({len(image) >> 20} MiB); at most "
                f"{keyfile.RESERVE_SIZE >> 20} MiB of photos and notes fit"
            )
        keyfile.write_reserve(vault.keys_path, image)
        written = vault.write_new_slot(
            root, SlotPayload(SlotKind.DURESS, decoy_key, decoy_size=len(image)), slot=slot
        )
        with vault.transaction() as conn:
            vault.register_slot(conn, written, SLOT_KIND)
            vault.record(conn, "key_slot.added", {"purpose": "alternate passphrase"})
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return summary


def clear(vault: Vault) -> None:
    slot = _slot(vault)
    if slot is None:
        raise UsageError("no duress passphrase is set")
    keyfile.erase_slot(vault.keys_path, slot)
    keyfile.write_reserve(vault.keys_path, b"")
    with vault.transaction() as conn:
        conn.execute("DELETE FROM key_slots WHERE slot = ?", (slot,))
        vault.record(conn, "key_slot.removed", {"purpose": "alternate passphrase"})


def quick_delete(directory: Path) -> None:
    """Destroy a vault with no passphrase at all: every slot, the state and the reserve
    become random bytes and the database is unlinked. Irreversible by anyone."""
    keys_path, db_path = Vault.keys_path_of(directory), Vault.db_path_of(directory)
    if not keys_path.is_file():
        raise UsageError(f"no vault at {directory}")
    keyfile.erase_all_but(keys_path, keep=-1)
    keyfile.write_reserve(keys_path, b"")
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
