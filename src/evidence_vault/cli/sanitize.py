"""Command-line side of the sanitizer: ``strip`` (no vault), ``sanitize`` and ``risk-report``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..core import sanitize as sanitizer
from ..core.evidence import items
from ..core.sanitize.standalone import strip_files
from ..core.session.vault import Vault
from ..core.visible import visible_text
from ..i18n import translate
from .options import input_path


def cmd_strip(args: argparse.Namespace, print_json: Callable[[Any], None]) -> int:
    results, refused = [], 0
    stripped = strip_files(
        [Path(n) for n in args.paths], Path(args.out), heic_to=args.heic_to, flatten_pdf=args.flatten_pdf
    )
    for result, raw_name in zip(stripped, args.paths, strict=True):
        refused += not result.ok
        # The names come from the file system and the values from inside the files: both
        # may hold escape codes or bidi controls that would rewrite the terminal.
        name = visible_text(raw_name)
        results.append(result.to_json())
        if args.json:
            continue
        if result.ok:
            note = " (pixels were re-encoded)" if result.reencoded else ""
            print(
                translate("cli", "cleaned: {name} -> {output}{note}").format(
                    name=name, output=visible_text(str(result.output)), note=note
                )
            )
            if args.report:
                for removed in result.removed:
                    print(
                        translate("cli", "    removed: {removed}").format(removed=visible_text(str(removed)))
                    )
            else:
                print(
                    translate("cli", "    removed {count} fields and places (--report lists them)").format(
                        count=len(result.removed)
                    )
                )
        else:
            print(
                translate("cli", "REFUSED: {name}: {refused}").format(
                    name=name, refused=visible_text(str(result.refused))
                )
            )
            for left in result.remaining:
                print(translate("cli", "    remaining: {left}").format(left=visible_text(str(left))))
    if args.json:
        print_json(results)
    return 1 if refused else 0


def cmd_sanitize(args: argparse.Namespace, vault: Vault, print_json: Callable[[Any], None]) -> int:
    item = items.resolve(vault.conn, args.item)
    derivative = sanitizer.make_derivative(vault, item, heic_to=args.heic_to, flatten_pdf=args.flatten_pdf)
    if args.json:
        print_json(derivative.to_json())
        return 0
    print(
        translate("cli", "Derivative {id} of item {id2}: {content_type}, {size} bytes").format(
            id=derivative.id, id2=item.id, content_type=derivative.content_type, size=derivative.size
        )
    )
    print(translate("cli", "  sha256 {sha256}").format(sha256=derivative.sha256))
    if derivative.reencoded:
        print(translate("cli", "  pixels were re-encoded"))
    for removed in derivative.removed:
        print(translate("cli", "  removed: {removed}").format(removed=visible_text(str(removed))))
    return 0


def cmd_risk_report(args: argparse.Namespace, vault: Vault, print_json: Callable[[Any], None]) -> int:
    reports = [
        sanitizer.risk_report(
            vault, items.resolve(vault.conn, ref), heic_to=args.heic_to, flatten_pdf=args.flatten_pdf
        )
        for ref in args.items
    ]
    if args.json:
        print_json([report.to_json() for report in reports])
    else:
        for report in reports:
            print_risk_report(report, sys.stdout)
    return 0 if all(report.cleanable for report in reports) else 1


def print_risk_report(report: Any, stream: TextIO) -> None:
    """Each field of one item, its value, and what happens to it; then what blocks."""
    heading = (
        translate("cli", "Item {item_id} ({name}, {kind}): can be cleaned")
        if report.cleanable
        else translate("cli", "Item {item_id} ({name}, {kind}): CANNOT be cleaned")
    )
    print(
        heading.format(item_id=report.item_id, name=visible_text(report.name), kind=report.kind), file=stream
    )
    for plan in report.fields:
        print(
            f"  {plan.action:<10} {plan.field.risk.value:<6} {visible_text(plan.field.field)}: "
            f"{visible_text(plan.field.value[:80])}",
            file=stream,
        )
    for reason in report.blocking:
        print(translate("cli", "  blocking: {reason}").format(reason=visible_text(str(reason))), file=stream)


def add_parsers(
    add: Callable[..., argparse.ArgumentParser],
    open_vault: Callable[[argparse.Namespace], Vault],
    print_json: Callable[[Any], None],
) -> None:
    def options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--heic-to", choices=("jpeg", "heic"), default="jpeg", help="HEIC is re-encoded to this"
        )
        p.add_argument("--flatten-pdf", action="store_true", help="rebuild PDFs from their page images")

    p = add(
        "strip",
        lambda args: cmd_strip(args, print_json),
        "write cleaned copies of files into a folder (no vault needed); exit 1 if any is refused",
    )
    p.add_argument("paths", nargs="+", metavar="IN", type=input_path)
    p.add_argument("--out", metavar="DIR", required=True)
    p.add_argument("--report", action="store_true", help="list every field removed")
    p.add_argument("--json", action="store_true")
    options(p)

    def with_vault(
        func: Callable[[argparse.Namespace, Vault, Callable[[Any], None]], int],
    ) -> Callable[..., int]:
        def run(args: argparse.Namespace) -> int:
            with open_vault(args) as vault:
                return func(args, vault, print_json)

        return run

    p = add(
        "sanitize", with_vault(cmd_sanitize), "make a cleaned copy (derivative) of an item inside the vault"
    )
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--json", action="store_true")
    options(p)
    p = add("risk-report", with_vault(cmd_risk_report), "what sanitizing would remove, keep or fail to clean")
    p.add_argument("items", nargs="+", metavar="ITEM")
    p.add_argument("--json", action="store_true")
    options(p)
