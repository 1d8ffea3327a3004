"""A witness's identity (real name, contact): apart from the statement, never indexed for
search and never written into custody parameters, which travel with bundles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault
from ..store.database import Connection


@dataclass(frozen=True)
class Identity:
    real_name: str
    contact: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {"real_name": self.real_name, "contact": self.contact, "updated_at": self.updated_at}


def identity(conn: Connection, statement_id: int) -> Identity | None:
    """The witness's real name and contact. Only for explicit requests; never logged."""
    row = conn.execute(
        "SELECT real_name, contact, updated_at FROM witness_identities WHERE statement_id = ?",
        (statement_id,),
    ).fetchone()
    return None if row is None else Identity(str(row[0]), str(row[1]), str(row[2]))


def check_identity(pseudonym: str, real_name: str) -> None:
    name = real_name.strip().casefold()
    if name and (name in pseudonym.casefold() or pseudonym.strip().casefold() in name):
        raise UsageError("the pseudonym must not contain the witness's real name (or be part of it)")


def set_identity_in(vault: Vault, conn: Connection, statement_id: int, real_name: str, contact: str) -> None:
    real_name, contact = real_name.strip(), contact.strip()
    if not real_name and not contact:
        conn.execute("DELETE FROM witness_identities WHERE statement_id = ?", (statement_id,))
    else:
        conn.execute(
            "INSERT INTO witness_identities (statement_id, real_name, contact, updated_at) "
            "VALUES (?, ?, ?, ?) "
            "ON CONFLICT (statement_id) DO UPDATE SET real_name = excluded.real_name, "
            "contact = excluded.contact, updated_at = excluded.updated_at",
            (statement_id, real_name, contact, custody.utc_now()),
        )
    # Says only that the identity changed: never the name or contact themselves.
    vault.record(
        conn,
        "statement.identity_set",
        {"statement": statement_id, "has_name": bool(real_name), "has_contact": bool(contact)},
    )
