"""Witness statements: structured, versioned, pseudonymous, with consent as a record.

- A statement has a pseudonym and one or more **versions**. A version is
  immutable: its body is canonical JSON (canonical.encode) holding the structured
  fields, the pseudonym and the linked items (id and SHA-256), and its SHA-256 is
  the event's object in the custody log (``statement.created`` /
  ``statement.amended``). Amending adds a version; older ones stay readable.
- The witness's **identity** (real name, contact) is a separate row in
  ``witness_identities``. It is never part of a version, never indexed for
  search, and never written into custody parameters: the custody log travels
  with bundles. Events about it say only that it was set.
- **Consent** is a list of records (``consent``); what a version says is in
  ``statement_fields``, the witness's identity in ``witnesses``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..crypto import canonical
from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault
from ..store import database, search
from ..store.database import Connection
from . import cases as case_service
from .consent import Consent as Consent
from .consent import ConsentInput as ConsentInput
from .consent import consent_from_row, record_consent_in
from .consent import export_allowed as export_allowed
from .consent import publish_words as publish_words
from .statement_fields import Fields as Fields
from .vocabulary import AUDIENCES as AUDIENCES  # re-exported: the statement's API, as before
from .vocabulary import BODY_REGIONS as BODY_REGIONS
from .vocabulary import PUBLISH_CONDITIONS as PUBLISH_CONDITIONS
from .vocabulary import RECIPIENT_KINDS as RECIPIENT_KINDS
from .vocabulary import WHEN
from .witnesses import Identity as Identity
from .witnesses import check_identity, set_identity_in
from .witnesses import identity as identity

FORMAT = 1


@dataclass(frozen=True)
class Version:
    number: int
    sha256: str
    created_at: str
    pseudonym: str
    fields: Fields
    items: list[dict[str, Any]]  # [{"id": 3, "sha256": "..."}]
    body: bytes = field(repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.number,
            "sha256": self.sha256,
            "created_at": self.created_at,
            "pseudonym": self.pseudonym,
            "fields": self.fields.to_json(),
            "items": self.items,
        }


@dataclass(frozen=True)
class Statement:
    id: int
    pseudonym: str
    created_at: str
    versions: list[Version]
    consent: Consent | None
    consent_history: list[Consent]
    cases: list[str]
    tags: list[str]
    has_identity: bool

    @property
    def latest(self) -> Version:
        return self.versions[-1]

    def version(self, number: int | None) -> Version:
        if number is None:
            return self.latest
        for version in self.versions:
            if version.number == number:
                return version
        raise UsageError(f"statement {self.id} has no version {number} (it has 1 to {len(self.versions)})")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "pseudonym": self.pseudonym,
            "created_at": self.created_at,
            "current_version": self.latest.number,
            "title": self.latest.fields.title,
            "cases": self.cases,
            "tags": self.tags,
            "items": self.latest.items,
            "consent": None if self.consent is None else self.consent.to_json(),
            "consent_history": [c.to_json() for c in self.consent_history],
            "has_identity": self.has_identity,
            "versions": [v.to_json() for v in self.versions],
        }


# -- reading -------------------------------------------------------------------------
def _version(row: tuple[Any, ...]) -> Version:
    number, body, digest, created_at = row
    data = json.loads(bytes(body))
    return Version(
        int(number),
        bytes(digest).hex(),
        str(created_at),
        str(data["pseudonym"]),
        Fields.from_json(data["fields"]),
        list(data["items"]),
        bytes(body),
    )


def get(conn: Connection, statement_id: int | str) -> Statement:
    try:
        sid = int(statement_id)
    except ValueError:
        raise UsageError(f"'{statement_id}' is not a statement number") from None
    with database.damage_as_error(f"reading statement {sid}"):
        row = conn.execute("SELECT pseudonym, created_at FROM statements WHERE id = ?", (sid,)).fetchone()
        if row is None:
            raise UsageError(f"no statement {sid} in this vault")
        versions = [
            _version(r)
            for r in conn.execute(
                "SELECT version, body, sha256, created_at FROM statement_versions "
                "WHERE statement_id = ? ORDER BY version",
                (sid,),
            )
        ]
        history = [
            consent_from_row(r)
            for r in conn.execute(
                "SELECT audience, named_recipients, may_be_named, given_on, how_given, recorded_at, "
                "withdrawn_at, publish_only FROM consents WHERE statement_id = ? ORDER BY id",
                (sid,),
            )
        ]
        cases = [
            str(r[0])
            for r in conn.execute(
                "SELECT c.name FROM cases c JOIN statement_cases sc ON sc.case_id = c.id "
                "WHERE sc.statement_id = ? ORDER BY c.name",
                (sid,),
            )
        ]
        tags = [
            str(r[0])
            for r in conn.execute(
                "SELECT tag FROM statement_tags WHERE statement_id = ? ORDER BY tag", (sid,)
            )
        ]
        has_identity = (
            conn.execute("SELECT 1 FROM witness_identities WHERE statement_id = ?", (sid,)).fetchone()
            is not None
        )
    return Statement(
        sid,
        str(row[0]),
        str(row[1]),
        versions,
        history[-1] if history else None,
        history,
        cases,
        tags,
        has_identity,
    )


@dataclass(frozen=True)
class StatementSummary:
    id: int
    pseudonym: str
    title: str
    versions: int
    created_at: str
    updated_at: str
    consent: str  # audience, "withdrawn" or "not recorded"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "pseudonym": self.pseudonym,
            "title": self.title,
            "versions": self.versions,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "consent": self.consent,
        }


def list_statements(
    conn: Connection, *, case: str | None = None, limit: int = -1, offset: int = 0
) -> list[StatementSummary]:
    where, params = "", []
    if case is not None:
        where = (
            " WHERE s.id IN (SELECT sc.statement_id FROM statement_cases sc JOIN cases c "
            "ON c.id = sc.case_id WHERE c.name = ?)"
        )
        params.append(case)
    rows = conn.execute(
        "SELECT s.id, s.pseudonym, s.created_at, "
        "(SELECT json_extract(body, '$.fields.title') FROM statement_versions v "
        " WHERE v.statement_id = s.id ORDER BY version DESC LIMIT 1), "
        "(SELECT max(version) FROM statement_versions v WHERE v.statement_id = s.id), "
        "(SELECT max(created_at) FROM statement_versions v WHERE v.statement_id = s.id), "
        "(SELECT CASE WHEN withdrawn_at IS NULL THEN audience ELSE 'withdrawn' END FROM consents k "
        " WHERE k.statement_id = s.id ORDER BY id DESC LIMIT 1) "
        f"FROM statements s{where} ORDER BY s.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [
        StatementSummary(
            int(r[0]), str(r[1]), str(r[3]), int(r[4]), str(r[2]), str(r[5]), r[6] or "not recorded"
        )
        for r in rows
    ]


# -- writing -------------------------------------------------------------------------
def _links(conn: Connection, item_ids: list[int]) -> list[dict[str, Any]]:
    links = []
    for item_id in sorted(set(item_ids)):
        row = conn.execute("SELECT sha256 FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise UsageError(f"no item {item_id} in this vault")
        links.append({"id": item_id, "sha256": bytes(row[0]).hex()})
    return links


def _check_pseudonym(pseudonym: str) -> str:
    pseudonym = pseudonym.strip()
    if not pseudonym:
        raise UsageError("a statement needs a pseudonym for the witness (never the real name)")
    return pseudonym


def _write_version(
    vault: Vault,
    conn: Connection,
    statement_id: int,
    number: int,
    pseudonym: str,
    content: Fields,
    item_ids: list[int],
) -> tuple[str, list[dict[str, Any]]]:
    links = _links(conn, item_ids)
    now = custody.utc_now()
    body = canonical.encode(
        {
            "v": FORMAT,
            "statement": statement_id,
            "version": number,
            "pseudonym": pseudonym,
            "fields": content.to_json(),
            "items": links,
            "recorded_at": now,
        }
    )
    digest = hashlib.sha256(body).digest()
    conn.execute(
        "INSERT INTO statement_versions (statement_id, version, body, sha256, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (statement_id, number, body, digest, now),
    )
    conn.execute("DELETE FROM statement_items WHERE statement_id = ?", (statement_id,))
    conn.executemany(
        "INSERT INTO statement_items (statement_id, item_id) VALUES (?, ?)",
        [(statement_id, link["id"]) for link in links],
    )
    return digest.hex(), links


def create(
    vault: Vault,
    content: Fields,
    pseudonym: str,
    *,
    items: list[int] | None = None,
    cases: list[str] | None = None,
    tags: list[str] | None = None,
    identity: tuple[str, str] | None = None,
    consent: ConsentInput | None = None,
) -> int:
    """Record a new statement (version 1), with its links, identity and consent, in one transaction."""
    content = content.checked()
    pseudonym = _check_pseudonym(pseudonym)
    if identity is not None:
        check_identity(pseudonym, identity[0])
    consent = consent.checked() if consent is not None else None
    with vault.transaction() as conn:
        statement_id = int(
            conn.execute(
                "INSERT INTO statements (pseudonym, created_at) VALUES (?, ?)", (pseudonym, custody.utc_now())
            ).lastrowid
            or 0
        )
        digest, links = _write_version(vault, conn, statement_id, 1, pseudonym, content, items or [])
        vault.record(
            conn,
            "statement.created",
            {
                "statement": statement_id,
                "version": 1,
                "sha256": digest,
                "items": [link["id"] for link in links],
            },
            items=[link["id"] for link in links],
            objects=[digest],
        )
        _add_tags(conn, statement_id, tags or [])
        for name in cases or []:
            case_service.add_statement_in(vault, conn, name, statement_id, create=True)
        if identity is not None:
            set_identity_in(vault, conn, statement_id, *identity)
        if consent is not None:
            record_consent_in(vault, conn, statement_id, consent)
        search.index_statement(conn, statement_id)
    return statement_id


def amend(
    vault: Vault,
    statement_id: int,
    content: Fields | None = None,
    *,
    pseudonym: str | None = None,
    items: list[int] | None = None,
) -> int | None:
    """Add a version with the new content (the old versions stay). Returns its number,
    or None when nothing in the version changed."""
    current = get(vault.conn, statement_id)
    latest = current.latest
    new_content = (content or latest.fields).checked()
    new_pseudonym = _check_pseudonym(pseudonym) if pseudonym is not None else current.pseudonym
    new_items = items if items is not None else [link["id"] for link in latest.items]
    if (
        new_content == latest.fields
        and new_pseudonym == latest.pseudonym
        and sorted(set(new_items)) == [link["id"] for link in latest.items]
    ):
        return None
    who = identity(vault.conn, statement_id)
    if who is not None:
        check_identity(new_pseudonym, who.real_name)
    with vault.transaction() as conn:
        number = int(
            conn.execute(
                "SELECT max(version) FROM statement_versions WHERE statement_id = ?", (statement_id,)
            ).fetchone()[0]
        )
        number += 1
        conn.execute("UPDATE statements SET pseudonym = ? WHERE id = ?", (new_pseudonym, statement_id))
        digest, links = _write_version(
            vault, conn, statement_id, number, new_pseudonym, new_content, new_items
        )
        previous = conn.execute(
            "SELECT sha256 FROM statement_versions WHERE statement_id = ? AND version = ?",
            (statement_id, number - 1),
        ).fetchone()[0]
        vault.record(
            conn,
            "statement.amended",
            {
                "statement": statement_id,
                "version": number,
                "sha256": digest,
                "previous_sha256": bytes(previous).hex(),
                "items": [link["id"] for link in links],
            },
            items=[link["id"] for link in links],
            objects=[digest],
        )
        search.index_statement(conn, statement_id)
    return number


def _add_tags(conn: Connection, statement_id: int, tags: list[str]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO statement_tags (statement_id, tag) VALUES (?, ?)",
        [(statement_id, t.strip()) for t in tags if t.strip()],
    )


def add_tags(vault: Vault, statement_id: int, tags: list[str]) -> None:
    get(vault.conn, statement_id)
    with vault.transaction() as conn:
        _add_tags(conn, statement_id, tags)
        vault.record(conn, "statement.tagged", {"statement": statement_id, "tags": sorted(set(tags))})
        search.index_statement(conn, statement_id)


def set_identity(vault: Vault, statement_id: int, real_name: str, contact: str) -> None:
    """Store (or with both empty, remove) the witness's real name and contact, apart from the statement."""
    current = get(vault.conn, statement_id)
    check_identity(current.pseudonym, real_name)
    with vault.transaction() as conn:
        set_identity_in(vault, conn, statement_id, real_name, contact)


def record_consent(vault: Vault, statement_id: int, consent: ConsentInput) -> None:
    """Record the witness's consent; it replaces the previous one (which stays in the history)."""
    get(vault.conn, statement_id)
    consent = consent.checked()
    with vault.transaction() as conn:
        record_consent_in(vault, conn, statement_id, consent)


def withdraw_consent(vault: Vault, statement_id: int, on: str = "") -> None:
    """The witness withdrew consent: from now on nothing of this statement may be exported."""
    current = get(vault.conn, statement_id)
    if current.consent is None:
        raise UsageError(f"statement {statement_id} has no consent recorded to withdraw")
    if current.consent.withdrawn_at is not None:
        raise UsageError(
            f"consent for statement {statement_id} was already withdrawn on {current.consent.withdrawn_at}"
        )
    when = on.strip() or custody.utc_now()
    if not WHEN.match(when) and not when.endswith("Z"):
        raise UsageError(f"the withdrawal date must be like 2020-08-10; got '{when}'")
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE consents SET withdrawn_at = ? WHERE id = "
            "(SELECT max(id) FROM consents WHERE statement_id = ?)",
            (when, statement_id),
        )
        vault.record(conn, "consent.withdrawn", {"statement": statement_id, "withdrawn_at": when})
