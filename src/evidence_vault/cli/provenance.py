"""Command-line side of Content Credentials (C2PA): the trust anchors, and the provenance part
of ``show``. The sentences come from core/provenance/words.py, shared with the GUI."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.errors import UsageError
from ..core.provenance import store, trust, words
from ..core.store.database import Connection
from ..core.visible import visible_text
from ..i18n import translate
from .opening import open_vault
from .output import print_json


def tr(text: str) -> str:
    return translate(words.CONTEXT, text)


def cmd_trust(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.trust_command == "add":
            try:
                data = Path(args.file).read_bytes()
            except OSError as exc:
                message = translate("cli", "cannot read {file}: {error}")
                raise UsageError(message.format(file=args.file, error=exc.strerror or exc)) from None
            added = trust.add(vault, data)
            for anchor in added:
                print(
                    translate(
                        "cli", "Installed trust anchor {sha256}\n    {subject}, valid until {not_after}"
                    ).format(
                        sha256=anchor.sha256, subject=visible_text(anchor.subject), not_after=anchor.not_after
                    )
                )
            if not added:
                print(
                    translate("cli", "Every certificate in {file} is installed already.").format(
                        file=args.file
                    )
                )
            else:
                print(translate("cli", "Items are judged again with it at the next: evidence-vault analyse"))
            return 0
        if args.trust_command == "remove":
            gone = trust.remove(vault, args.anchor)
            print(translate("cli", "Removed trust anchor {sha256} ({subject}).").format(
                sha256=gone.sha256, subject=visible_text(gone.subject)))  # fmt: skip
            return 0
        listed = trust.anchors(vault.conn)
    if args.json:
        print_json([a.to_json() for a in listed])
        return 0
    for anchor in listed:
        print(f"{anchor.id:>3}  {anchor.sha256}\n     {visible_text(anchor.subject)}  ({anchor.not_after})")
    if not listed:
        print(
            translate(
                "cli",
                "No trust anchors installed: a valid signature is shown as 'signer not in a trusted list'. "
                "Install your organisation's CA with: evidence-vault provenance trust add FILE.pem",
            )
        )
    print(
        translate(
            "cli", "Trust comes only from these anchors; no trust list is fetched, nothing goes online."
        )
    )
    return 0


def provenance_json(conn: Connection, item_id: int) -> dict[str, Any]:
    """The ``provenance`` part of ``show --json``: the verdict and its sentence first, then the record."""
    stored = store.load(conn, item_id, trust.bundle(conn).digest)
    if stored is None:
        return {"provenance": {"verdict": "pending", "headline": None}}
    summary = words.summarise(stored.provenance)
    return {
        "provenance": {
            "verdict": summary.verdict,
            "headline": summary.headline,
            "broken": summary.broken,
            "notes": summary.notes,
            **stored.to_json(),
        }
    }


def print_provenance(conn: Connection, item_id: int) -> None:
    """The verdict in a plain sentence first (broken ones shouted), then the details."""
    stored = store.load(conn, item_id, trust.bundle(conn).digest)
    print(translate("cli", "Content Credentials (C2PA):"))
    if stored is None:
        print(translate("cli", "  not read yet (run: evidence-vault analyse)"))
        return
    summary = words.summarise(stored.provenance, tr)
    mark = "!!! " if summary.broken else ""
    print(f"  {mark}{summary.headline}")
    for note in summary.notes:
        print(f"  {note}")
    if not stored.anchors_current:
        print(
            translate("cli", "  The trust anchors changed since this was read: run evidence-vault analyse.")
        )
    for label, value in summary.details:
        print(f"    {label + ':':<24} {value}")
