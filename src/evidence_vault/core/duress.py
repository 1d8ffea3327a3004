"""A duress passphrase: typed under coercion, it seems to work and destroys the real vault.

Setting it up (with the vault unlocked by its real passphrase) builds a decoy: a
real, separate vault with its own key, passphrase, recovery code and custody log,
made the way `init` and `import` make one (its items are analysed as every import
is) and dated like the real one: its creation event carries the real vault's
creation time and monotonic clock, so its clocks agree like those of a vault
created then and used now. Its database, already encrypted under the decoy's key,
is stored in the reserve that every vault.keys has (random bytes otherwise), after
a block sealed under the decoy's key that says where it is; the duress passphrase
and the decoy's recovery code get two ordinary slots holding the decoy's key and
nothing else. So even a copy of the files taken before, opened with a decoy secret,
yields only the decoy.

Typing either decoy secret: the unlock does the same work as every unlock
(unlockwork.py), except that what it rewrites erases every other slot and the real
state, writes the decoy database over vault.db in place and refills the reserve.
After that the decoy is an ordinary vault: both its secrets open it, nothing more.

Nothing readable in the decoy, the key file or the settings names any of this;
inside the real (encrypted) vault the two slots are recorded as "alternate" so that
they can be cleared and are never overwritten by a passphrase change.
"""

from __future__ import annotations

import json
import secrets
import shutil
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .crypto import kdf, keyfile, recovery
from .crypto.keyfile import SlotKind, SlotPayload
from .custody import log as custody
from .errors import UsageError, VaultDamaged
from .evidence.importer import Importer, ImportSummary, Status
from .media import store
from .session import unlockwork
from .session.vault import Vault

SLOT_KIND = "alternate"
_BUILD_DIR = ".building"


@dataclass(frozen=True)
class DecoyMade:
    summary: ImportSummary  # what was put into the decoy
    recovery_code: str  # the decoy's own recovery code: the user is shown it once


def is_set(vault: Vault) -> bool:
    return bool(_slots(vault))


def _slots(vault: Vault) -> list[int]:
    return [int(r[0]) for r in vault.conn.execute("SELECT slot FROM key_slots WHERE kind = ?", (SLOT_KIND,))]


def _analyse(decoy: Vault) -> None:
    """Read the decoy's metadata as the app and the command line do after every import;
    a run in progress for the real vault is waited for (one analysis at a time)."""
    deadline = time.monotonic() + 600
    while store.analyse_pending(decoy).already_running and time.monotonic() < deadline:
        threading.Event().wait(0.2)


def set_up(vault: Vault, duress_passphrase: str, decoy_sources: Sequence[Path] = ()) -> DecoyMade:
    """Build the decoy and add its two slots. Returns what went into it and its recovery code."""
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
    free = [index for index in range(keyfile.SLOT_COUNT) if index not in used]
    if len(free) < 2:
        raise UsageError("no free key slots for a duress passphrase")
    # The decoy's own list of slots names the two its secrets will take.
    pass_slot, code_slot = secrets.SystemRandom().sample(free, 2)
    created = next(custody.events(vault.conn))
    if created.action != "vault.created":
        raise VaultDamaged("the custody log does not start with the vault's creation; run verify")

    build = vault.directory / _BUILD_DIR
    if build.exists():
        shutil.rmtree(build)  # left by an interrupted set-up: encrypted, and never used
    try:
        decoy, code = Vault.create(
            build,
            duress_passphrase,
            params=header.params,
            aged_like=created,
        )
        try:
            summary = Importer(decoy).run(list(decoy_sources))
            failed = [f"{r.path}: {r.message}" for r in summary.results if r.status is Status.FAILED]
            if failed:
                raise UsageError(
                    "nothing changed; these files could not go into the decoy: " + "; ".join(failed)
                )
            _analyse(decoy)
            with decoy.transaction() as conn:
                # The decoy's own bookkeeping of slots must describe the real key file.
                conn.execute("DELETE FROM key_slots")
                conn.executemany(
                    "INSERT INTO key_slots (slot, kind, created_at) VALUES (?, ?, ?)",
                    [(pass_slot, "passphrase", created.time), (code_slot, "recovery", created.time)],
                )
            decoy_key = bytes(decoy._vault_key)  # the one place a vault key leaves its session
        finally:
            decoy.lock()
        image = (build / "vault.db").read_bytes()
        if len(image) > unlockwork.MAX_DECOY_IMAGE:
            raise UsageError(
                f"the decoy is too large ({len(image) >> 20} MiB); at most "
                f"{unlockwork.MAX_DECOY_IMAGE >> 20} MiB of photos and notes fit"
            )
        work = len(image) + keyfile.STATE_SIZE
        found = keyfile.read_state(keyfile.read(build / "vault.keys")[1], decoy_key)
        assert found is not None  # sealed by the decoy's lock just above
        state = {**json.loads(found[1]), "work": work}
        block = unlockwork.decoy_block(decoy_key, [pass_slot, code_slot], len(image), state)
        keyfile.write_reserve(vault.keys_path, block + image)
        for slot, kind, secret in (
            (pass_slot, SlotKind.PASSPHRASE, root),
            (code_slot, SlotKind.RECOVERY, keyfile.root_key(recovery.normalize(code), header)),
        ):
            written = vault.write_new_slot(secret, SlotPayload(kind, decoy_key), slot=slot)
            with vault.transaction() as conn:
                vault.register_slot(conn, written, SLOT_KIND)
        # From now on the real vault's unlocks do exactly the decoy's work.
        vault.work_size = work
        with vault.transaction() as conn:
            vault.record(conn, "key_slot.added", {"purpose": "alternate passphrase"})
        vault.seal_log_head()
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return DecoyMade(summary, code)


def clear(vault: Vault) -> None:
    slots = _slots(vault)
    if not slots:
        raise UsageError("no duress passphrase is set")
    for slot in slots:
        keyfile.erase_slot(vault.keys_path, slot)
    keyfile.write_reserve(vault.keys_path, b"")
    with vault.transaction() as conn:
        conn.executemany("DELETE FROM key_slots WHERE slot = ?", [(slot,) for slot in slots])
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
