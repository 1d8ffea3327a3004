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
- **Consent** is a list of records; the latest one counts unless withdrawn.
  ``export_allowed`` answers whether a given export is covered, and why not.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from ..crypto import canonical
from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault
from ..store import database, search
from ..store.database import Connection
from . import cases as case_service

FORMAT = 1
AUDIENCES = ("none", "investigators", "named-investigators", "public-anonymised")
RECIPIENT_KINDS = ("investigators", "named-investigators", "public")
# Regions of the body diagrams in the spirit of the Istanbul Protocol (Annex III).
BODY_REGIONS = (
    "head",
    "face",
    "neck",
    "chest",
    "abdomen",
    "back",
    "buttocks",
    "genitals",
    "left arm",
    "right arm",
    "left hand",
    "right hand",
    "left leg",
    "right leg",
    "left foot",
    "right foot",
)
_WHEN = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?)?)?$")


@dataclass(frozen=True)
class Fields:
    """What the witness said and the circumstances of the interview (one version's content)."""

    title: str
    narrative: str
    events_start: str = ""  # YYYY[-MM[-DD[THH:MM]]]
    events_end: str = ""  # same; empty unless a range
    events_approximate: bool = False
    events_when: str = ""  # in words, e.g. "the night of 9 to 10 August"
    place_of_events: str = ""
    place_of_detention: str = ""
    perpetrators: str = ""  # as described: units, uniforms, vehicles, names or numbers heard
    injuries: str = ""
    body_regions: tuple[str, ...] = ()
    medical_care: str = ""  # care received and medical documents
    witnesses_mentioned: str = ""
    interviewer: str = ""
    interview_date: str = ""
    language: str = ""

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["body_regions"] = list(self.body_regions)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fields:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["body_regions"] = tuple(values.get("body_regions") or ())
        return cls(**values)

    def checked(self) -> Fields:
        title, narrative = self.title.strip(), self.narrative.strip()
        if not title:
            raise UsageError("a statement needs a title")
        if not narrative:
            raise UsageError("a statement needs a narrative (what the witness said)")
        for name in ("events_start", "events_end", "interview_date"):
            value = str(getattr(self, name)).strip()
            if value and not _WHEN.match(value):
                raise UsageError(
                    f"{name.replace('_', ' ')} must be a date like 2020-08-10, 2020-08-10T22:30, 2020-08 "
                    f"or 2020; got '{value}' (describe anything vaguer in words with the 'when' field)"
                )
        if self.events_end and not self.events_start:
            raise UsageError("an end of the events needs a start too")
        if self.events_end and self.events_end < self.events_start:
            raise UsageError("the events end before they start")
        unknown = [r for r in self.body_regions if r not in BODY_REGIONS]
        if unknown:
            raise UsageError(f"unknown body region '{unknown[0]}'; use one of: {', '.join(BODY_REGIONS)}")
        regions = tuple(r for r in BODY_REGIONS if r in self.body_regions)
        return replace(self, title=title, narrative=narrative, body_regions=regions)


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
class Identity:
    real_name: str
    contact: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {"real_name": self.real_name, "contact": self.contact, "updated_at": self.updated_at}


@dataclass(frozen=True)
class Consent:
    audience: str  # one of AUDIENCES
    named_recipients: tuple[str, ...]
    may_be_named: bool
    given_on: str
    how_given: str
    recorded_at: str
    withdrawn_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "audience": self.audience,
            "named_recipients": list(self.named_recipients),
            "may_be_named": self.may_be_named,
            "given_on": self.given_on,
            "how_given": self.how_given,
            "recorded_at": self.recorded_at,
            "withdrawn_at": self.withdrawn_at,
        }

    def describe(self, *, with_recipients: bool = True) -> str:
        """The consent in plain words (without the investigators' names unless ``with_recipients``)."""
        if self.withdrawn_at is not None:
            return f"withdrawn on {self.withdrawn_at[:10]}"
        who = {
            "none": "nobody yet",
            "investigators": "investigators",
            "named-investigators": (
                "only these investigators: " + ", ".join(self.named_recipients)
                if with_recipients
                else f"only the {len(self.named_recipients)} investigator(s) named in the consent record"
            ),
            "public-anonymised": "the public, when anonymised",
        }[self.audience]
        named = "may be named" if self.may_be_named else "must not be named"
        return f"may be seen by {who}; the witness {named}; given {self.given_on} ({self.how_given})"


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


@dataclass(frozen=True)
class ConsentInput:
    audience: str
    named_recipients: tuple[str, ...] = ()
    may_be_named: bool = False
    given_on: str = ""  # default: today
    how_given: str = "not stated"

    def checked(self) -> ConsentInput:
        if self.audience not in AUDIENCES:
            raise UsageError(f"consent must be one of: {', '.join(AUDIENCES)}; got '{self.audience}'")
        names = tuple(dict.fromkeys(n.strip() for n in self.named_recipients if n.strip()))
        if self.audience == "named-investigators" and not names:
            raise UsageError("consent for named investigators needs at least one name")
        if self.audience != "named-investigators" and names:
            raise UsageError("investigators can be named only with consent 'named-investigators'")
        given = self.given_on.strip() or custody.utc_now()[:10]
        if not _WHEN.match(given):
            raise UsageError(f"the consent date must be like 2020-08-10; got '{given}'")
        return replace(
            self, named_recipients=names, given_on=given, how_given=self.how_given.strip() or "not stated"
        )


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


def _consent(row: tuple[Any, ...]) -> Consent:
    audience, names, may_be_named, given_on, how, recorded_at, withdrawn_at = row
    return Consent(
        str(audience),
        tuple(json.loads(names)),
        bool(may_be_named),
        str(given_on),
        str(how),
        str(recorded_at),
        withdrawn_at,
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
            _consent(r)
            for r in conn.execute(
                "SELECT audience, named_recipients, may_be_named, given_on, how_given, recorded_at, "
                "withdrawn_at FROM consents WHERE statement_id = ? ORDER BY id",
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


def identity(conn: Connection, statement_id: int) -> Identity | None:
    """The witness's real name and contact. Only for explicit requests; never logged."""
    row = conn.execute(
        "SELECT real_name, contact, updated_at FROM witness_identities WHERE statement_id = ?",
        (statement_id,),
    ).fetchone()
    return None if row is None else Identity(str(row[0]), str(row[1]), str(row[2]))


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


def _check_identity(pseudonym: str, real_name: str) -> None:
    name = real_name.strip().casefold()
    if name and (name in pseudonym.casefold() or pseudonym.strip().casefold() in name):
        raise UsageError("the pseudonym must not contain the witness's real name (or be part of it)")


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
        _check_identity(pseudonym, identity[0])
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
            _set_identity_in(vault, conn, statement_id, *identity)
        if consent is not None:
            _record_consent_in(vault, conn, statement_id, consent)
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
        _check_identity(new_pseudonym, who.real_name)
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


def _set_identity_in(vault: Vault, conn: Connection, statement_id: int, real_name: str, contact: str) -> None:
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


def set_identity(vault: Vault, statement_id: int, real_name: str, contact: str) -> None:
    """Store (or with both empty, remove) the witness's real name and contact, apart from the statement."""
    current = get(vault.conn, statement_id)
    _check_identity(current.pseudonym, real_name)
    with vault.transaction() as conn:
        _set_identity_in(vault, conn, statement_id, real_name, contact)


def _record_consent_in(vault: Vault, conn: Connection, statement_id: int, consent: ConsentInput) -> None:
    now = custody.utc_now()
    names = json.dumps(list(consent.named_recipients), ensure_ascii=False)
    conn.execute(
        "INSERT INTO consents (statement_id, audience, named_recipients, may_be_named, given_on, how_given, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            statement_id,
            consent.audience,
            names,
            int(consent.may_be_named),
            consent.given_on,
            consent.how_given,
            now,
        ),
    )
    record = canonical.encode(
        {
            "statement": statement_id,
            "audience": consent.audience,
            "named_recipients": list(consent.named_recipients),
            "may_be_named": consent.may_be_named,
            "given_on": consent.given_on,
            "how_given": consent.how_given,
            "recorded_at": now,
        }
    )
    # No names here (neither the witness's nor the investigators'); the record's hash
    # commits to them without revealing them.
    vault.record(
        conn,
        "consent.recorded",
        {
            "statement": statement_id,
            "audience": consent.audience,
            "named_recipients": len(consent.named_recipients),
            "may_be_named": consent.may_be_named,
            "given_on": consent.given_on,
        },
        objects=[hashlib.sha256(record).hexdigest()],
    )


def record_consent(vault: Vault, statement_id: int, consent: ConsentInput) -> None:
    """Record the witness's consent; it replaces the previous one (which stays in the history)."""
    get(vault.conn, statement_id)
    consent = consent.checked()
    with vault.transaction() as conn:
        _record_consent_in(vault, conn, statement_id, consent)


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
    if not _WHEN.match(when) and not when.endswith("Z"):
        raise UsageError(f"the withdrawal date must be like 2020-08-10; got '{when}'")
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE consents SET withdrawn_at = ? WHERE id = "
            "(SELECT max(id) FROM consents WHERE statement_id = ?)",
            (when, statement_id),
        )
        vault.record(conn, "consent.withdrawn", {"statement": statement_id, "withdrawn_at": when})


# -- consent at export -----------------------------------------------------------------
def _same_person(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def export_allowed(
    statement: Statement,
    recipients_kind: str,
    named_recipients: list[str] | tuple[str, ...] = (),
    *,
    include_identity: bool = False,
) -> tuple[bool, str]:
    """Whether the witness's consent covers giving this statement to these recipients.

    ``recipients_kind`` is "investigators" (in general), "named-investigators"
    (then ``named_recipients`` lists who) or "public". Returns (allowed, reason);
    the reason is a plain sentence either way.
    """
    if recipients_kind not in RECIPIENT_KINDS:
        raise UsageError(f"recipients must be one of: {', '.join(RECIPIENT_KINDS)}; got '{recipients_kind}'")
    sid = statement.id
    consent = statement.consent
    if consent is None:
        return False, f"No consent is recorded for statement {sid}, so it cannot be exported."
    if consent.withdrawn_at is not None:
        return False, (
            f"The witness withdrew consent for statement {sid} on {consent.withdrawn_at[:10]}, "
            "so it cannot be exported."
        )
    if consent.audience == "none":
        return False, f"The witness has not agreed to anyone seeing statement {sid} yet."
    if recipients_kind == "named-investigators" and not named_recipients:
        return False, "Name the investigators who will receive the statement."
    if recipients_kind == "public" and consent.audience != "public-anonymised":
        return False, (
            f"The witness agreed only to {_audience_words(consent)} seeing statement {sid}, not the public."
        )
    if consent.audience == "named-investigators":
        if recipients_kind != "named-investigators":
            return False, (
                f"The witness agreed only to {_audience_words(consent)} seeing statement {sid}, "
                "not to investigators in general."
            )
        outside = [
            n for n in named_recipients if not any(_same_person(n, c) for c in consent.named_recipients)
        ]
        if outside:
            return False, (
                f"The witness did not agree to {', '.join(outside)} seeing statement {sid}; "
                f"only {', '.join(consent.named_recipients)}."
            )
    if include_identity:
        if not consent.may_be_named:
            return False, (
                f"The witness did not agree to be named. Export statement {sid} without the identity "
                f"(the pseudonym \u201c{statement.pseudonym}\u201d is used)."
            )
        if recipients_kind == "public":
            return False, (
                f"The witness agreed to the public seeing statement {sid} only when anonymised, "
                "so the identity cannot be included."
            )
    shown = "with the witness's identity" if include_identity else "under the pseudonym only"
    return True, f"Consent ({consent.describe()}) covers this export, {shown}."


def _audience_words(consent: Consent) -> str:
    if consent.audience == "named-investigators":
        return "the investigators " + ", ".join(consent.named_recipients)
    return {"investigators": "investigators", "public-anonymised": "the public when anonymised"}.get(
        consent.audience, "nobody"
    )
