"""Command line for cases and search (``case``, ``search``): same conventions as the rest
(exit codes from the core's errors, ``--json`` stable, text from files escaped)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..core.errors import UsageError
from ..core.evidence import cases, items, statements
from ..core.session.vault import Vault
from ..core.store import search
from ..core.store.search import visible
from ..i18n import translate
from .opening import open_vault
from .output import print_json


def cmd_case_add(args: argparse.Namespace) -> int:
    details = cases.CaseDetails(
        args.title or "", args.starts_on or "", args.ends_on or "", args.place or "", args.description or ""
    )
    with open_vault(args) as vault:
        cases.add(vault, args.name, details)
    print(translate("cli", "Created case “{name}”.").format(name=visible(args.name.strip())))
    return 0


def cmd_case_update(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        cases.update(
            vault,
            args.name,
            title=args.title,
            starts_on=args.starts_on,
            ends_on=args.ends_on,
            place=args.place,
            description=args.description,
        )
    print(translate("cli", "Updated case “{name}”.").format(name=visible(args.name.strip())))
    return 0


def _change_case(
    args: argparse.Namespace,
    item_change: Callable[[Vault, str, int], None],
    statement_change: Callable[[Vault, str, int], None],
) -> None:
    """Apply the case changes for each --item and --statement (assign or unassign)."""
    if not args.item and not args.statement:
        raise UsageError(translate("cli", "give --item ITEM or --statement ID (repeatable)"))
    with open_vault(args) as vault:
        cases.get(vault.conn, args.name)
        for ref in args.item or []:
            item_change(vault, args.name, items.resolve(vault.conn, ref).id)
        for sid in args.statement or []:
            statement_change(vault, args.name, int(statements.get(vault.conn, sid).id))


def cmd_case_assign(args: argparse.Namespace) -> int:
    _change_case(args, cases.add_item, cases.add_statement)
    print(translate("cli", "Case “{name}” updated.").format(name=visible(args.name.strip())))
    return 0


def cmd_case_unassign(args: argparse.Namespace) -> int:
    _change_case(args, cases.remove_item, cases.remove_statement)
    print(
        translate("cli", "Taken out of the case “{name}”; they stay in the archive.").format(
            name=visible(args.name.strip())
        )
    )
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = cases.list_cases(vault.conn)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        dates = " to ".join(d for d in (row.starts_on, row.ends_on) if d)
        print(
            translate("cli", "{name}: {items} items, {statements} statements").format(
                name=visible(row.name), items=row.items, statements=row.statements
            )
            + (f"; {visible(row.title)}" if row.title else "")
            + (f"; {dates}" if dates else "")
        )
    if not rows:
        print(translate("cli", "No cases yet. Create one with: evidence-vault case add NAME"))
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case = cases.get(vault.conn, args.name)
    if args.json:
        print_json(case.to_json())
        return 0
    d = case.details
    for label, value in (
        ("Case", case.name),
        ("Title", d.title),
        ("Dates", " to ".join(x for x in (d.starts_on, d.ends_on) if x)),
        ("Place", d.place),
        ("Created", case.created_at),
        ("Items", ", ".join(map(str, case.items)) or "-"),
        ("Statements", ", ".join(map(str, case.statements)) or "-"),
    ):
        if value:
            print(f"{label + ':':<12}{visible(value)}")
    if d.description:
        print()
        print(visible(d.description, keep_newlines=True))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    query = search.Query(
        args.query,
        kind=args.type,
        case=args.case,
        tag=args.tag,
        date_from=args.date_from,
        date_to=args.date_to,
        has_position=args.has_position,
        limit=args.limit,
    )
    with open_vault(args) as vault:
        hits = search.search(vault.conn, query)
    if args.json:
        print_json([hit.to_json() for hit in hits])
        return 0
    for hit in hits:
        print(f"{hit.kind:<9} {hit.id:>6}  {hit.title}")
        print(f"{'':17}{hit.snippet}")
    if not hits:
        print(translate("cli", "Nothing found."))
    return 0
