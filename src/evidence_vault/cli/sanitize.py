"""Command-line side of the sanitizer inside the vault: ``sanitize`` and ``risk-report``."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from ..core import sanitize as sanitizer
from ..core.evidence import items
from ..core.session.vault import Vault
from ..core.visible import visible_text
from ..i18n import translate
from .opening import open_vault
from .output import print_json


def cmd_sanitize(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        return _sanitize(args, vault)


def _sanitize(args: argparse.Namespace, vault: Vault) -> int:
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


def cmd_risk_report(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        return _risk_report(args, vault)


def _risk_report(args: argparse.Namespace, vault: Vault) -> int:
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
