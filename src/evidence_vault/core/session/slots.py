"""Key slots of an unlocked vault: passphrase and recovery code changes, and the journal
that lets an unlock finish (or undo) a change a crash interrupted. Part of Vault (vault.py)."""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..crypto import kdf, keyfile, recovery
from ..crypto.keyfile import SlotKind, SlotPayload
from ..custody import log as custody
from ..errors import UsageError
from ..store.database import Connection


def check_new_passphrase(passphrase: str) -> bytes:
    if not passphrase:
        raise UsageError("the passphrase must not be empty")
    return kdf.normalize_passphrase(passphrase)


class KeySlots:
    """The key-slot half of Vault; the attributes below are Vault's."""

    conn: Connection
    _header: keyfile.Header
    opened_slot: int
    opened_kind: SlotKind
    warnings: list[str]

    if TYPE_CHECKING:

        @property
        def keys_path(self) -> Path: ...

        def _require_open(self) -> bytearray: ...

        def transaction(
            self, conn: Connection | None = None
        ) -> contextlib.AbstractContextManager[Connection]: ...

        def record(
            self,
            conn: Connection,
            action: str,
            params: dict[str, Any] | None = None,
            *,
            items: tuple[int, ...] | list[int] = (),
            objects: tuple[str, ...] | list[str] = (),
            when: str | None = None,
            mono_ns: int | None = None,
        ) -> custody.Event: ...

    def _slots(self) -> dict[int, str]:
        return {int(s): str(k) for s, k in self.conn.execute("SELECT slot, kind FROM key_slots")}

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this vault's current passphrase (for confirmations)."""
        self._require_open()
        header, data = keyfile.read(self.keys_path)
        opened = keyfile.open_slots(data, keyfile.root_key(kdf.normalize_passphrase(passphrase), header))
        return any(kind == "passphrase" for kind in (self._slots().get(slot) for slot, _ in opened))

    def change_passphrase(self, new_passphrase: str) -> None:
        """Wrap the vault key under a new passphrase in a free slot, then erase the old one."""
        secret = check_new_passphrase(new_passphrase)
        via = "recovery code" if self.opened_kind == SlotKind.RECOVERY else "passphrase"
        self._replace_slots(SlotKind.PASSPHRASE, secret, "passphrase.changed", {"unlocked_with": via})

    def replace_recovery_code(self) -> str:
        """Make a new recovery code and return it (shown once); the old code stops working."""
        code = recovery.generate()
        self._replace_slots(SlotKind.RECOVERY, recovery.normalize(code), "recovery_code.replaced", {})
        return code

    def _replace_slots(self, kind: SlotKind, secret: bytes, action: str, details: dict[str, Any]) -> None:
        """Wrap the vault key under ``secret`` in a free slot, then erase the slots of ``kind``.

        Order matters for crash safety: the new slot is written and synced before the
        old one is overwritten, so some secret of that kind always opens the vault; the
        slot journal lets the next unlock finish (or undo) a change that was interrupted.
        """
        vault_key = self._require_open()
        name = kind.name.lower()
        old = [slot for slot, slot_kind in self._slots().items() if slot_kind == name]
        root = keyfile.root_key(secret, self._header)
        new_slot = self.write_new_slot(root, SlotPayload(kind, bytes(vault_key)))
        with self.transaction() as conn:
            conn.executemany("DELETE FROM key_slots WHERE slot = ?", [(s,) for s in old])
            self.register_slot(conn, new_slot, name, erase=old)
            self.record(conn, action, details)
        self.erase_slots(old)

    # A key slot is written to vault.keys before the database lists it, and unlisted
    # only before it is erased. The journal (in meta) names the slot being written and
    # the slots to erase, so an unlock after a crash in between can settle it.
    _SLOT_JOURNAL = "slot_journal"

    def _journal(self, conn: Connection, written: int | None, erase: list[int]) -> None:
        if written is None and not erase:
            conn.execute("DELETE FROM meta WHERE key = ?", (self._SLOT_JOURNAL,))
            return
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (self._SLOT_JOURNAL, json.dumps({"written": written, "erase": erase}).encode()),
        )

    def write_new_slot(self, root: bytes, payload: SlotPayload, *, slot: int | None = None) -> int:
        """Write ``payload`` under ``root`` (keyfile.root_key of the secret) into a free slot,
        journaled first; returns the slot."""
        self._require_open()
        if slot is None:
            slots = self._slots()
            slot = secrets.choice([index for index in range(keyfile.SLOT_COUNT) if index not in slots])
        with self.transaction() as conn:
            self._journal(conn, slot, [])
        keyfile.write_slot(self.keys_path, root, slot, payload)
        return slot

    def register_slot(self, conn: Connection, slot: int, kind: str, *, erase: Sequence[int] = ()) -> None:
        """List a slot written by ``write_new_slot``, in the caller's transaction."""
        conn.execute(
            "INSERT INTO key_slots (slot, kind, created_at) VALUES (?, ?, ?)", (slot, kind, custody.utc_now())
        )
        self._journal(conn, None, list(erase))

    def erase_slots(self, slots: list[int]) -> None:
        for slot in slots:
            keyfile.erase_slot(self.keys_path, slot)
        with self.transaction() as conn:
            self._journal(conn, None, [])

    def _settle_slot_journal(self, conn: Connection) -> None:
        """Finish a key slot change a crash interrupted: a slot written but never listed is
        erased (the change did not happen), unless it is the one just used to open the
        vault, in which case the change is completed; slots due for erasure are erased."""
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (self._SLOT_JOURNAL,)).fetchone()
        if row is None:
            return
        journal = json.loads(bytes(row[0]))
        listed = {int(s): str(k) for s, k in conn.execute("SELECT slot, kind FROM key_slots")}
        written, erase = journal.get("written"), [int(s) for s in journal.get("erase", [])]
        if written is not None and int(written) not in listed:
            if int(written) == self.opened_slot:
                name = self.opened_kind.name.lower()
                erase += [slot for slot, kind in listed.items() if kind == name]
                conn.executemany("DELETE FROM key_slots WHERE slot = ?", [(s,) for s in erase])
                conn.execute(
                    "INSERT INTO key_slots (slot, kind, created_at) VALUES (?, ?, ?)",
                    (int(written), name, custody.utc_now()),
                )
                self.warnings.append(
                    f"an interrupted change of the {name.replace('_', ' ')} was completed: "
                    "the one just used now opens this vault, and the earlier one no longer does"
                )
            else:
                erase.append(int(written))
        erase = [slot for slot in erase if slot != self.opened_slot]
        for slot in erase:
            keyfile.erase_slot(self.keys_path, slot)
        self._journal(conn, None, [])
        self.record(conn, "key_slot.settled", {"erased": len(erase)})
