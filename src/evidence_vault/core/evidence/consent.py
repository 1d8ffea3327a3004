"""A witness's consent: the records, what they allow at export, and writing them.

Consent is a list of records; the latest one counts unless withdrawn. ``export_allowed``
answers whether a given export is covered, and why not, in a plain sentence.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any, Protocol

from ..crypto import canonical
from ..custody import log as custody
from ..errors import UsageError
from ..session.vault import Vault
from ..store.database import Connection
from .vocabulary import AUDIENCES, PUBLISH_CONDITIONS, RECIPIENT_KINDS, WHEN


@dataclass(frozen=True)
class Consent:
    audience: str  # one of AUDIENCES
    named_recipients: tuple[str, ...]
    may_be_named: bool
    given_on: str
    how_given: str
    recorded_at: str
    withdrawn_at: str | None = None
    publish_only: tuple[str, ...] = ()  # of PUBLISH_CONDITIONS

    def to_json(self) -> dict[str, Any]:
        return {
            "publish_only": list(self.publish_only),
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
        published = f"; published only {publish_words(self.publish_only)}" if self.publish_only else ""
        given = f"given {self.given_on} ({self.how_given})"
        return f"may be seen by {who}; the witness {named}{published}; {given}"


def publish_words(conditions: tuple[str, ...] | list[str]) -> str:
    """ "with the face hidden and the voice disguised", in the order of PUBLISH_CONDITIONS."""
    words = {"face-hidden": "the face hidden", "voice-disguised": "the voice disguised"}
    return "with " + " and ".join(words[c] for c in PUBLISH_CONDITIONS if c in conditions)


@dataclass(frozen=True)
class ConsentInput:
    audience: str
    named_recipients: tuple[str, ...] = ()
    may_be_named: bool = False
    given_on: str = ""  # default: today
    how_given: str = "not stated"
    publish_only: tuple[str, ...] = ()

    def checked(self) -> ConsentInput:
        if self.audience not in AUDIENCES:
            raise UsageError(f"consent must be one of: {', '.join(AUDIENCES)}; got '{self.audience}'")
        names = tuple(dict.fromkeys(n.strip() for n in self.named_recipients if n.strip()))
        if self.audience == "named-investigators" and not names:
            raise UsageError("consent for named investigators needs at least one name")
        if self.audience != "named-investigators" and names:
            raise UsageError("investigators can be named only with consent 'named-investigators'")
        given = self.given_on.strip() or custody.utc_now()[:10]
        if not WHEN.match(given):
            raise UsageError(f"the consent date must be like 2020-08-10; got '{given}'")
        unknown = [c for c in self.publish_only if c not in PUBLISH_CONDITIONS]
        if unknown:
            raise UsageError(
                f"a publication condition must be one of: {', '.join(PUBLISH_CONDITIONS)}; got '{unknown[0]}'"
            )
        return replace(
            self,
            named_recipients=names,
            given_on=given,
            how_given=self.how_given.strip() or "not stated",
            publish_only=tuple(c for c in PUBLISH_CONDITIONS if c in self.publish_only),
        )


class Consenting(Protocol):
    """What ``export_allowed`` needs of a statement."""

    @property
    def id(self) -> int: ...
    @property
    def pseudonym(self) -> str: ...
    @property
    def consent(self) -> Consent | None: ...


def consent_from_row(row: tuple[Any, ...]) -> Consent:
    audience, names, may_be_named, given_on, how, recorded_at, withdrawn_at, publish_only = row
    return Consent(
        str(audience),
        tuple(json.loads(names)),
        bool(may_be_named),
        str(given_on),
        str(how),
        str(recorded_at),
        withdrawn_at,
        tuple(json.loads(publish_only)),
    )


def record_consent_in(vault: Vault, conn: Connection, statement_id: int, consent: ConsentInput) -> None:
    now = custody.utc_now()
    names = json.dumps(list(consent.named_recipients), ensure_ascii=False)
    conn.execute(
        "INSERT INTO consents (statement_id, audience, named_recipients, may_be_named, given_on, how_given, "
        "recorded_at, publish_only) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            statement_id,
            consent.audience,
            names,
            int(consent.may_be_named),
            consent.given_on,
            consent.how_given,
            now,
            json.dumps(list(consent.publish_only)),
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
            "publish_only": list(consent.publish_only),
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
            "publish_only": list(consent.publish_only),
        },
        objects=[hashlib.sha256(record).hexdigest()],
    )


# -- consent at export -----------------------------------------------------------------
def _same_person(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def export_allowed(
    statement: Consenting,
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
