"""Command line for witness statements (``statement``); cases and search are in cli/cases.py.

Same conventions as cli.py: exit codes from the core's errors, ``--json`` stable
(docs/cli.md). The witness's real name and contact are printed only with
``--with-identity``; text shown on a terminal has control and bidi characters
escaped.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.errors import UsageError
from ..core.evidence import cases, items, render, statements
from ..core.session.vault import Vault
from ..core.store.search import visible
from ..i18n import translate
from .options import input_path

AddFn = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
OpenFn = Callable[[argparse.Namespace], Vault]
JsonFn = Callable[[Any], None]

# Field option -> Fields attribute, for `statement add` and `statement edit`.
_TEXT_OPTIONS = {
    "events_start": (
        "--events-start",
        "DATE",
        "when the events began: 2020-08-10, 2020-08-10T22:30, 2020-08",
    ),
    "events_end": ("--events-end", "DATE", "when they ended, for a range"),
    "events_when": ("--when", "TEXT", "when, in words (e.g. 'the night of 9 to 10 August')"),
    "place_of_events": ("--place", "TEXT", "where the events happened"),
    "place_of_detention": ("--detention-place", "TEXT", "place of detention"),
    "perpetrators": ("--perpetrators", "TEXT", "perpetrators as described: units, uniforms, vehicles, names"),
    "injuries": ("--injuries", "TEXT", "injuries, in the witness's words"),
    "medical_care": ("--medical", "TEXT", "medical care received and medical documents"),
    "witnesses_mentioned": ("--witnesses", "TEXT", "other witnesses mentioned"),
    "interviewer": ("--interviewer", "TEXT", "who took the statement"),
    "interview_date": ("--interview-date", "DATE", "date of the interview"),
    "language": ("--language", "TEXT", "language of the statement"),
}


def _read_narrative(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            translate("cli", "cannot read the narrative from {path}: {exc}").format(path=path, exc=exc)
        ) from exc


def _statement_options(p: argparse.ArgumentParser, *, new: bool) -> None:
    p.add_argument("--title", required=new, metavar="T")
    p.add_argument(
        "--narrative-file", required=new, metavar="F", type=input_path, help="text (UTF-8; - for stdin)"
    )
    p.add_argument("--pseudonym", required=new, metavar="P", help="the name the witness is referred to by")
    p.add_argument(
        "--witness-name", metavar="N", help="real name (kept apart, never logged or exported by default)"
    )
    p.add_argument("--witness-contact", metavar="C", help="contact details (kept apart like the name)")
    p.add_argument("--consent", choices=statements.AUDIENCES, help="who may see the statement")
    p.add_argument(
        "--consent-recipient", metavar="NAME", action="append", help="an investigator named in the consent"
    )
    p.add_argument("--may-be-named", action="store_true", help="the witness agreed to be named")
    p.add_argument("--consent-date", metavar="DATE", help="when consent was given (default: today)")
    p.add_argument("--consent-how", metavar="TEXT", help="how consent was given (e.g. 'orally, on audio')")
    p.add_argument(
        "--publish-only",
        action="append",
        choices=statements.PUBLISH_CONDITIONS,
        metavar="CONDITION",
        help="published copies of the linked items must have this done (repeatable): "
        + ", ".join(statements.PUBLISH_CONDITIONS),
    )
    for dest, (flag, metavar, help_text) in _TEXT_OPTIONS.items():
        p.add_argument(flag, dest=dest, metavar=metavar, help=help_text)
    p.add_argument(
        "--approximate",
        dest="events_approximate",
        action="store_const",
        const=True,
        help="the date is approximate",
    )
    p.add_argument(
        "--exact", dest="events_approximate", action="store_const", const=False, help=argparse.SUPPRESS
    )
    p.add_argument(
        "--body-region",
        action="append",
        choices=statements.BODY_REGIONS,
        metavar="REGION",
        help=f"an injured body region (repeatable): {', '.join(statements.BODY_REGIONS)}",
    )
    p.add_argument(
        "--case", action="append", metavar="NAME", help="put the statement in this case (repeatable)"
    )
    p.add_argument("--item", action="append", metavar="ITEM", help="link an item of the vault (repeatable)")
    p.add_argument("--tag", action="append", metavar="TAG", help="tag the statement (repeatable)")


def _fields(args: argparse.Namespace, base: statements.Fields | None) -> statements.Fields:
    values: dict[str, Any] = {} if base is None else base.to_json()
    if args.title is not None:
        values["title"] = args.title
    if args.narrative_file is not None:
        values["narrative"] = _read_narrative(args.narrative_file)
    for dest in _TEXT_OPTIONS:
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


def cmd_statement_add(args: argparse.Namespace, open_vault: OpenFn) -> int:
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


def cmd_statement_edit(args: argparse.Namespace, open_vault: OpenFn) -> int:
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


def cmd_statement_show(args: argparse.Namespace, open_vault: OpenFn, print_json: JsonFn) -> int:
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


def cmd_statement_list(args: argparse.Namespace, open_vault: OpenFn, print_json: JsonFn) -> int:
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


def cmd_statement_render(args: argparse.Namespace, open_vault: OpenFn) -> int:
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


def add_parsers(add: AddFn, open_vault: OpenFn, print_json: JsonFn) -> None:
    """Register ``statement`` on the main parser."""

    def sub(parent: argparse.ArgumentParser, dest: str) -> Any:
        return parent.add_subparsers(dest=dest, required=True, metavar="COMMAND")

    p = add(
        "statement", lambda a: int(a.statement_func(a)), "witness statements: add, edit, show, list, render"
    )
    commands = sub(p, "statement_command")

    def command(
        name: str, func: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(statement_func=func)
        return parser

    s = command("add", lambda a: cmd_statement_add(a, open_vault), "record a new witness statement")
    _statement_options(s, new=True)
    s = command("edit", lambda a: cmd_statement_edit(a, open_vault), "amend a statement (adds a version)")
    s.add_argument("id", metavar="ID")
    _statement_options(s, new=False)
    s.add_argument("--unlink-item", action="append", metavar="ITEM", help="remove a linked item (repeatable)")
    s.add_argument("--withdraw-consent", action="store_true", help="the witness withdrew consent")
    s.add_argument("--withdrawal-date", metavar="DATE", help="when consent was withdrawn (default: now)")
    s = command("show", lambda a: cmd_statement_show(a, open_vault, print_json), "show a statement")
    s.add_argument("id", metavar="ID")
    s.add_argument("--json", action="store_true")
    s.add_argument(
        "--with-identity", action="store_true", help="also show the witness's real name and contact"
    )
    s = command("list", lambda a: cmd_statement_list(a, open_vault, print_json), "list statements")
    s.add_argument("--case", metavar="NAME", help="only statements in this case")
    s.add_argument("--json", action="store_true")
    s = command("render", lambda a: cmd_statement_render(a, open_vault), "write a statement as HTML or PDF")
    s.add_argument("id", metavar="ID")
    s.add_argument("--out", metavar="FILE", required=True)
    s.add_argument("--format", choices=render.FORMATS, default="html")
    s.add_argument("--version", type=int, metavar="N", help="an earlier version (default: the latest)")
    s.add_argument(
        "--with-identity",
        action="store_true",
        help="include the real name and contact (only if consent allows)",
    )
