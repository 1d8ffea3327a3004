"""Cases (incidents): a name, and a title, dates, place and description; items and statements belong to them.

Every change is a custody event in the same transaction: ``case.created``,
``case.updated`` (which fields changed; the details' hash in ``objects``),
``case.item_added`` and ``case.statement_added``, ``case.item_removed`` and
``case.statement_removed`` (the item or statement itself stays in the vault). A case keeps
its name: custody events, consent records and bundles refer to it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields
from typing import Any

from ..crypto import canonical
from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault
from ..store import database, search
from ..store.database import Connection

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class CaseDetails:
    title: str = ""
    starts_on: str = ""  # YYYY[-MM[-DD]]
    ends_on: str = ""
    place: str = ""
    description: str = ""

    def checked(self) -> CaseDetails:
        values = {f.name: str(getattr(self, f.name)).strip() for f in fields(self)}
        for name in ("starts_on", "ends_on"):
            if values[name] and not _DATE.match(values[name]):
                raise UsageError(
                    f"case dates must be like 2020-08-10 (or 2020-08, or 2020); got '{values[name]}'"
                )
        if values["ends_on"] and values["starts_on"] and values["ends_on"] < values["starts_on"]:
            raise UsageError("the case ends before it starts")
        return CaseDetails(**values)


@dataclass(frozen=True)
class Case:
    id: int
    name: str
    created_at: str
    details: CaseDetails
    items: list[int]
    statements: list[int]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "created_at": self.created_at,
            "title": self.details.title,
            "starts_on": self.details.starts_on,
            "ends_on": self.details.ends_on,
            "place": self.details.place,
            "description": self.details.description,
            "items": self.items,
            "statements": self.statements,
        }


def _details_hash(name: str, details: CaseDetails) -> str:
    data = {"name": name, **{f.name: getattr(details, f.name) for f in fields(details)}}
    return hashlib.sha256(canonical.encode(data)).hexdigest()


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise UsageError("a case needs a name")
    return name


def _id_of(conn: Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM cases WHERE name = ?", (name,)).fetchone()
    return None if row is None else int(row[0])


def ensure(vault: Vault, conn: Connection, name: str) -> int:
    """The case's id, creating it (with a ``case.created`` event) if it does not exist.

    Inside the caller's transaction: the importer files items under a case this way.
    """
    name = _check_name(name)
    case_id = _id_of(conn, name)
    if case_id is None:
        case_id = int(
            conn.execute(
                "INSERT INTO cases (name, created_at) VALUES (?, ?)", (name, custody.utc_now())
            ).lastrowid
            or 0
        )
        vault.record(conn, "case.created", {"name": name})
        search.index_case(conn, case_id)
    return case_id


def add(vault: Vault, name: str, details: CaseDetails | None = None) -> int:
    name = _check_name(name)
    details = (details or CaseDetails()).checked()
    with vault.transaction() as conn:
        if _id_of(conn, name) is not None:
            raise UsageError(f"a case named '{name}' already exists")
        case_id = ensure(vault, conn, name)
        if details != CaseDetails():
            _update_in(vault, conn, case_id, name, details)
    return case_id


def _update_in(vault: Vault, conn: Connection, case_id: int, name: str, details: CaseDetails) -> None:
    conn.execute(
        "UPDATE cases SET title = ?, starts_on = ?, ends_on = ?, place = ?, description = ? WHERE id = ?",
        (details.title, details.starts_on, details.ends_on, details.place, details.description, case_id),
    )
    changed = [f.name for f in fields(details) if getattr(details, f.name)]
    vault.record(
        conn, "case.updated", {"name": name, "fields": changed}, objects=[_details_hash(name, details)]
    )
    search.index_case(conn, case_id)


def update(vault: Vault, name: str, **changes: str) -> None:
    """Change some of a case's details (title, starts_on, ends_on, place, description)."""
    current = get(vault.conn, name)
    unknown = set(changes) - {f.name for f in fields(CaseDetails)}
    if unknown:
        raise UsageError(f"cases have no field '{sorted(unknown)[0]}'")
    values = {f.name: getattr(current.details, f.name) for f in fields(CaseDetails)}
    values.update({k: v for k, v in changes.items() if v is not None})
    details = CaseDetails(**values).checked()
    if details == current.details:
        return
    with vault.transaction() as conn:
        _update_in(vault, conn, current.id, current.name, details)


def get(conn: Connection, name: str) -> Case:
    with database.damage_as_error(f"reading case {name}"):
        row = conn.execute(
            "SELECT id, name, created_at, title, starts_on, ends_on, place, description "
            "FROM cases WHERE name = ?",
            (name.strip(),),
        ).fetchone()
        if row is None:
            raise UsageError(f"no case named '{name}' in this vault")
        case_id = int(row[0])
        item_ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT item_id FROM item_cases WHERE case_id = ? ORDER BY item_id", (case_id,)
            )
        ]
        statement_ids = [
            int(r[0])
            for r in conn.execute(
                "SELECT statement_id FROM statement_cases WHERE case_id = ? ORDER BY statement_id", (case_id,)
            )
        ]
    return Case(case_id, str(row[1]), str(row[2]), CaseDetails(*map(str, row[3:8])), item_ids, statement_ids)


@dataclass(frozen=True)
class CaseSummary:
    id: int
    name: str
    title: str
    starts_on: str
    ends_on: str
    place: str
    items: int
    statements: int

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def list_cases(conn: Connection) -> list[CaseSummary]:
    rows = conn.execute(
        "SELECT c.id, c.name, c.title, c.starts_on, c.ends_on, c.place, "
        "(SELECT count(*) FROM item_cases ic WHERE ic.case_id = c.id), "
        "(SELECT count(*) FROM statement_cases sc WHERE sc.case_id = c.id) "
        "FROM cases c ORDER BY c.name"
    ).fetchall()
    return [
        CaseSummary(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), int(r[6]), int(r[7]))
        for r in rows
    ]


def add_item(vault: Vault, name: str, item_id: int) -> None:
    """File an item under a case (``case.item_added``)."""
    with vault.transaction() as conn:
        case_id = _id_of(conn, name.strip())
        if case_id is None:
            raise UsageError(f"no case named '{name}' in this vault")
        row = conn.execute("SELECT sha256 FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise UsageError(f"no item {item_id} in this vault")
        added = conn.execute(
            "INSERT OR IGNORE INTO item_cases (item_id, case_id) VALUES (?, ?)", (item_id, case_id)
        ).rowcount
        if added:
            vault.record(
                conn,
                "case.item_added",
                {"name": name.strip(), "item": item_id},
                items=[item_id],
                objects=[bytes(row[0]).hex()],
            )
            search.index_item(conn, item_id)


def remove_item(vault: Vault, name: str, item_id: int) -> None:
    """Take an item out of a case (``case.item_removed``); the item stays in the vault."""
    with vault.transaction() as conn:
        case_id = _existing(conn, name)
        row = conn.execute("SELECT sha256 FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise UsageError(f"no item {item_id} in this vault")
        removed = conn.execute(
            "DELETE FROM item_cases WHERE item_id = ? AND case_id = ?", (item_id, case_id)
        ).rowcount
        if not removed:
            raise UsageError(f"item {item_id} is not in the case '{name.strip()}'")
        vault.record(
            conn,
            "case.item_removed",
            {"name": name.strip(), "item": item_id},
            items=[item_id],
            objects=[bytes(row[0]).hex()],
        )
        search.index_item(conn, item_id)


def remove_statement(vault: Vault, name: str, statement_id: int) -> None:
    """Take a statement out of a case (``case.statement_removed``); the statement stays."""
    with vault.transaction() as conn:
        case_id = _existing(conn, name)
        removed = conn.execute(
            "DELETE FROM statement_cases WHERE statement_id = ? AND case_id = ?", (statement_id, case_id)
        ).rowcount
        if not removed:
            raise UsageError(f"statement {statement_id} is not in the case '{name.strip()}'")
        vault.record(conn, "case.statement_removed", {"name": name.strip(), "statement": statement_id})
        search.index_statement(conn, statement_id)


def _existing(conn: Connection, name: str) -> int:
    case_id = _id_of(conn, name.strip())
    if case_id is None:
        raise UsageError(f"no case named '{name}' in this vault")
    return case_id


def add_statement_in(vault: Vault, conn: Connection, name: str, statement_id: int, *, create: bool) -> None:
    """Put a statement in a case, inside the caller's transaction (``case.statement_added``)."""
    case_id = ensure(vault, conn, name) if create else _id_of(conn, name.strip())
    if case_id is None:
        raise UsageError(f"no case named '{name}' in this vault")
    added = conn.execute(
        "INSERT OR IGNORE INTO statement_cases (statement_id, case_id) VALUES (?, ?)", (statement_id, case_id)
    ).rowcount
    if added:
        vault.record(conn, "case.statement_added", {"name": name.strip(), "statement": statement_id})
        search.index_statement(conn, statement_id)


def add_statement(vault: Vault, name: str, statement_id: int, *, create: bool = False) -> None:
    with database.damage_as_error(f"reading statement {statement_id}"):
        if not vault.conn.execute("SELECT 1 FROM statements WHERE id = ?", (statement_id,)).fetchone():
            raise UsageError(f"no statement {statement_id} in this vault")
    with vault.transaction() as conn:
        add_statement_in(vault, conn, name, statement_id, create=create)
