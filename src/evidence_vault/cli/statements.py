"""Command line for witness statements (``statement``); cases and search are in cli/cases.py.

Same conventions as cli.py: exit codes from the core's errors, ``--json`` stable
(docs/cli.md). The witness's real name and contact are printed only with
``--with-identity``; text shown on a terminal has control and bidi characters
escaped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.errors import UsageError
from ..core.evidence import cases, items, render, statements
from ..core.session.vault import Vault
from ..core.store.search import visible
from ..i18n import translate
from .opening import open_vault
from .output import print_json
from .parser_records import TEXT_OPTIONS


def _read_narrative(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            translate("cli", "cannot read the narrative from {path}: {exc}").format(path=path, exc=exc)
        ) from exc


def _fields(args: argparse.Namespace, base: statements.Fields | None) -> statements.Fields:
    values: dict[str, Any] = {} if base is None else base.to_json()
    if args.title is not None:
        values["title"] = args.title
    if args.narrative_file is not None:
        values["narrative"] = _read_narrative(args.narrative_file)
    for dest in TEXT_OPTIONS:
        if getattr(args, dest) is not None:
            values[dest] = getattr(args, dest)
    if args.events_approximate is not None:
        values["events_approximate"] = args.events_approximate
    if args.body_region is not None:
        values["body_regions"] = args.body_region
    return statements.Fields.from_json(values)


def _consent(args: argparse.Namespace) -> statements.ConsentInput | None:
    if args.consent is None:
        if (
            args.consent_recipient
            or args.may_be_named
            or args.consent_date
            or args.consent_how
            or args.publish_only
        ):
            raise UsageError(translate("cli", "say what the witness agreed to with --consent"))
        return None
    return statements.ConsentInput(
        args.consent,
        tuple(args.consent_recipient or ()),
        args.may_be_named,
        args.consent_date or "",
        args.consent_how or "not stated",
        tuple(args.publish_only or ()),
    )


def _identity(args: argparse.Namespace) -> tuple[str, str] | None:
    if args.witness_name is None and args.witness_contact is None:
        return None
    return (args.witness_name or "", args.witness_contact or "")


def item_ids(vault: Vault, refs: list[str] | None) -> list[int]:
    return [items.resolve(vault.conn, ref).id for ref in refs or []]


def cmd_statement_add(args: argparse.Namespace) -> int:
    content = _fields(args, None)
    consent = _consent(args)
    with open_vault(args) as vault:
        sid = statements.create(
            vault,
            content,
            args.pseudonym,
            items=item_ids(vault, args.item),
            cases=args.case or [],
            tags=args.tag or [],
            identity=_identity(args),
            consent=consent,
        )
        created = statements.get(vault.conn, sid)
    print(
        translate(
            "cli", "Recorded statement {sid} (version 1, SHA-256 {sha256}) under the pseudonym “{pseudonym}”."
        ).format(sid=sid, sha256=created.latest.sha256, pseudonym=visible(created.pseudonym))
    )
    if created.consent is None:
        print(
            translate(
                "cli",
                "No consent is recorded yet: the statement cannot be exported until it is "
                "(statement edit --consent).",
            )
        )
    return 0


def cmd_statement_edit(args: argparse.Namespace) -> int:
    consent = _consent(args)
    with open_vault(args) as vault:
        current = statements.get(vault.conn, args.id)
        content = _fields(args, current.latest.fields)
        links = [link["id"] for link in current.latest.items]
        links += item_ids(vault, args.item)
        unlink = set(item_ids(vault, args.unlink_item))
        number = statements.amend(
            vault, current.id, content, pseudonym=args.pseudonym, items=[i for i in links if i not in unlink]
        )
        if _identity(args) is not None:
            old = statements.identity(vault.conn, current.id)
            name = args.witness_name if args.witness_name is not None else (old.real_name if old else "")
            contact = (
                args.witness_contact if args.witness_contact is not None else (old.contact if old else "")
            )
            statements.set_identity(vault, current.id, name, contact)
        if consent is not None:
            statements.record_consent(vault, current.id, consent)
        if args.withdraw_consent:
            statements.withdraw_consent(vault, current.id, args.withdrawal_date or "")
        for name in args.case or []:
            cases.add_statement(vault, name, current.id, create=True)
        if args.tag:
            statements.add_tags(vault, current.id, args.tag)
        after = statements.get(vault.conn, current.id)
    if number is None:
        print(
            translate(
                "cli", "Statement {id}: the content is unchanged, so no new version (still version {number})."
            ).format(id=after.id, number=after.latest.number)
        )
    else:
        print(
            translate(
                "cli",
                "Statement {id}: recorded version {number} (SHA-256 {sha256}). Earlier versions remain.",
            ).format(id=after.id, number=number, sha256=after.latest.sha256)
        )
    if args.withdraw_consent:
        print(translate("cli", "Consent withdrawn: the statement can no longer be exported."))
    return 0


def _show_text(statement: statements.Statement, identity: statements.Identity | None) -> None:
    latest = statement.latest
    content = latest.fields
    print(translate("cli", "Statement {id}: {title}").format(id=statement.id, title=visible(content.title)))
    rows: list[tuple[str, str]] = [("Pseudonym", statement.pseudonym)]
    if identity is not None:
        rows += [("Real name", identity.real_name), ("Contact", identity.contact)]
    rows += [
        ("Version", f"{latest.number} of {len(statement.versions)}, SHA-256 {latest.sha256}"),
        ("Recorded", statement.created_at),
        (
            "Events",
            " to ".join(x for x in (content.events_start, content.events_end) if x)
            + (" (approximate)" if content.events_approximate else ""),
        ),
        ("When", content.events_when),
        ("Place", content.place_of_events),
        ("Detention", content.place_of_detention),
        ("Perpetrators", content.perpetrators),
        ("Injuries", content.injuries),
        ("Body regions", ", ".join(content.body_regions)),
        ("Medical", content.medical_care),
        ("Witnesses", content.witnesses_mentioned),
        ("Interviewer", content.interviewer),
        ("Interviewed", content.interview_date),
        ("Language", content.language),
        ("Cases", ", ".join(statement.cases)),
        ("Tags", ", ".join(statement.tags)),
        ("Items", ", ".join(str(link["id"]) for link in latest.items)),
        ("Consent", "not recorded" if statement.consent is None else statement.consent.describe()),
        (
            "Identity",
            "stored apart (show it with --with-identity)"
            if statement.has_identity and identity is None
            else ("" if identity is not None else "none stored"),
        ),
    ]
    for label, value in rows:
        if value:
            print(f"{label + ':':<14}{visible(value)}")
    print()
    print(visible(content.narrative, keep_newlines=True))
    print()
    print(translate("cli", "Versions:"))
    for version in statement.versions:
        print(f"  {version.number:>3}  {version.created_at}  {version.sha256}")


def cmd_statement_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        statement = statements.get(vault.conn, args.id)
        identity = statements.identity(vault.conn, statement.id) if args.with_identity else None
    if args.json:
        data = statement.to_json()
        if args.with_identity:
            data["identity"] = None if identity is None else identity.to_json()
        print_json(data)
        return 0
    _show_text(statement, identity)
    return 0


def cmd_statement_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = statements.list_statements(vault.conn, case=args.case)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        print(
            translate("cli", "{id:>6}  v{versions:<3} {date}  {consent:<18} {pseudonym}: {title}").format(
                id=row.id,
                versions=row.versions,
                date=row.updated_at[:10],
                consent=row.consent,
                pseudonym=visible(row.pseudonym),
                title=visible(row.title),
            )
        )
    if not rows:
        print(
            translate(
                "cli",
                "No statements yet. Record one with: evidence-vault statement add --title ... "
                "--narrative-file ... --pseudonym ...",
            )
        )
    return 0


def cmd_statement_render(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        raise UsageError(translate("cli", "{out} already exists; not overwriting it").format(out=out))
    with open_vault(args) as vault:
        statement = statements.get(vault.conn, args.id)
        page = render.render_html(
            vault.conn, statement, version=args.version, include_identity=args.with_identity
        )
        if args.format == "pdf":
            from .. import render_pdf  # Qt, loaded only for PDF

            version = statement.version(args.version)
            document = render_pdf.html_to_pdf(page, f"Statement {statement.id}: {version.fields.title}")
        else:
            document = page.encode("utf-8")
        render.export(
            vault,
            statement,
            out,
            document,
            fmt=args.format,
            version=args.version,
            include_identity=args.with_identity,
        )
    shown = (
        translate("cli", "with the witness's identity")
        if args.with_identity
        else translate("cli", "under the pseudonym only")
    )
    print(
        translate("cli", "Wrote statement {id} to {out} ({format}, {shown}).").format(
            id=statement.id, out=args.out, format=args.format.upper(), shown=shown
        )
    )
    return 0
