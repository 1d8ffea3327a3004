"""What an export takes: the items and statements chosen, whether each statement's consent
covers the recipients, and what the sanitizer will meet. One implementation for the command
line and the app (they used to decide each on their own, and the command line's copy once
forgot statements altogether).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from . import sanitize
from .errors import UsageError, VaultError
from .evidence import cases, items, statements
from .evidence.items import ItemFilter, ItemSummary
from .session.vault import Vault
from .store.database import Connection

CONSENT_PURPOSE = "named-investigators"  # what sealing to named recipients asks of a witness's consent


class NothingToExport(UsageError):
    """The choice holds no item (that is not deleted) and no statement."""


@dataclass(frozen=True)
class Plan:
    """What goes into one export, in item-id order, each once."""

    items: list[ItemSummary] = field(default_factory=list)
    statement_ids: list[int] = field(default_factory=list)
    case: str | None = None


def choose(
    conn: Connection,
    *,
    chosen: Sequence[ItemSummary] = (),
    refs: Sequence[str] = (),
    case: str | None = None,
    statement_ids: Sequence[int] = (),
) -> Plan:
    """Items picked (``chosen``, or ``refs`` by number or hash prefix), every item and
    statement of ``case``, and ``statement_ids``. An item picked by hand that was deleted
    is refused (only its record remains); a case's deleted items are left out."""
    picked = [*chosen, *(items.resolve(conn, ref) for ref in refs)]
    for item in picked:
        if item.deleted_at is not None:
            raise UsageError(f"item {item.id} was deleted; only its record remains")
    ids = list(statement_ids)
    if case is not None:
        ids += cases.get(conn, case).statements
        picked += [i for i in items.list_items(conn, where=ItemFilter(case=case)) if i.deleted_at is None]
    unique = {item.id: item for item in picked}
    plan = Plan([unique[key] for key in sorted(unique)], list(dict.fromkeys(ids)), case)
    if not plan.items and not plan.statement_ids:
        raise NothingToExport("nothing to export: choose items, a case or statements")
    return plan


@dataclass(frozen=True)
class Consent:
    statement_id: int
    pseudonym: str
    allowed: bool
    reason: str


def consents(
    conn: Connection,
    statement_ids: Sequence[int],
    recipient_names: Sequence[str],
    *,
    include_identity: bool = False,
) -> list[Consent]:
    """Whether each statement's recorded consent covers these recipients (and naming the
    witness, with ``include_identity``), with the reason in words."""
    found = []
    for statement_id in statement_ids:
        statement = statements.get(conn, statement_id)
        allowed, reason = statements.export_allowed(
            statement, CONSENT_PURPOSE, list(recipient_names), include_identity=include_identity
        )
        found.append(Consent(statement_id, statement.pseudonym, allowed, reason))
    return found


Done = AbstractSet[str] | Callable[[ItemSummary], AbstractSet[str]]


def publication_refusals(conn: Connection, chosen: Sequence[ItemSummary], done: Done) -> list[str]:
    """For copies made to be published (sanitized or anonymised): why each item linked to a
    statement whose consent allows publication only with the face hidden or the voice
    disguised cannot go with only ``done`` (of ``statements.PUBLISH_CONDITIONS``, or a
    function of the item giving them) done to it.
    Originals sealed for investigators are evidence, not publication: the statement's own
    consent governs those."""
    found: list[str] = []
    for item in chosen:
        rows = conn.execute(
            "SELECT si.statement_id FROM statement_items si WHERE si.item_id = ? ORDER BY si.statement_id",
            (item.id,),
        ).fetchall()
        for (statement_id,) in rows:
            consent = statements.get(conn, int(statement_id)).consent
            if consent is None or consent.withdrawn_at is not None:
                continue
            given = done(item) if callable(done) else done
            missing = [c for c in consent.publish_only if c not in given]
            if missing:
                found.append(
                    f"item {item.id} ({item.name}): the witness of statement {statement_id} agreed to "
                    f"its publication only {statements.publish_words(consent.publish_only)}; "
                    f"export it with --profile anonymised{' --voice' if 'voice-disguised' in missing else ''}"
                )
    return found


def check_publication(conn: Connection, chosen: Sequence[ItemSummary], done: Done) -> None:
    """``publication_refusals`` as one error (nothing is made or written when any is refused)."""
    refused = publication_refusals(conn, chosen, done)
    if refused:
        raise PublicationRefused("; ".join(refused))


class PublicationRefused(UsageError):
    """A witness's consent asks for more to be hidden in a published copy than this export does."""


def risk_reports(
    vault: Vault,
    chosen: Sequence[ItemSummary],
    withhold: AbstractSet[str] | None = None,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int], None] | None = None,
) -> list[sanitize.ItemReport]:
    """What the sanitizer (or, with ``withhold``, withholding) will meet in each item; an item
    that cannot be read is a report with that reason as its blocking problem."""
    found: list[sanitize.ItemReport] = []
    for item in chosen:
        if cancelled():
            break
        try:
            found.append(sanitize.risk_report(vault, item, withhold=withhold))
        except VaultError as exc:
            found.append(sanitize.ItemReport(item.id, item.name, "", [], [str(exc)]))
        if progress is not None:
            progress(len(found))
    return found
