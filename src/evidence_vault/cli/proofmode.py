"""Command-line side of ProofMode exports: ``import-proofmode`` and the proof part of ``show``."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from ..core.errors import VaultError
from ..core.evidence.importer import Status, printable_path
from ..core.proofmode import store, words
from ..core.proofmode.check_child import CheckFailed
from ..core.proofmode.export import ExportRefused
from ..core.store.database import Connection
from ..core.visible import visible_text
from ..i18n import translate
from . import media as cli_media
from .opening import open_vault


def _templates() -> dict[str, str]:
    """core.proofmode.words.TEMPLATES, translated (the same English, listed for the tools)."""
    return {
        "none": translate("cli", "no ProofMode proof came with it"),
        "sig-valid": translate("cli", "{what}: signature valid, by the export's key {key}"),
        "sig-bad": translate("cli", "{what}: BAD signature: these bytes are not what key {key} signed"),
        "sig-other-file": translate(
            "cli", "{what}: signature does not match: it signs another file ({other})"
        ),
        "sig-unknown-key": translate(
            "cli", "{what}: signed by key {key}, which is not in the export: NOT verified"
        ),
        "sig-no-key": translate(
            "cli", "{what}: the export has no public key (pubkey.asc): signature NOT verified"
        ),
        "sig-unreadable": translate("cli", "{what}: not a readable OpenPGP signature ({reason})"),
        "sig-not-checked": translate("cli", "{what}: signature NOT checked: {reason}"),
        "sig-missing": translate("cli", "{what}: no signature"),
        "proof-matches": translate("cli", "{what}: the proof's hash matches this file"),
        "proof-other-hash": translate(
            "cli", "{what}: the proof is for another file (SHA-256 {recorded}), NOT this one"
        ),
        "proof-unreadable": translate("cli", "{what}: the proof cannot be read ({reason})"),
        "ots-pending": translate(
            "cli", "timestamp: pending at {count} calendar(s), for this file's hash (not yet in Bitcoin)"
        ),
        "ots-attested": translate(
            "cli",
            "timestamp: in Bitcoin block {height} for this file's hash (Merkle root {root}; "
            "check it against the block chain with `ots verify`)",
        ),
        "ots-other-hash": translate("cli", "timestamp: it is for another hash ({digest}), NOT this file"),
        "ots-unreadable": translate("cli", "timestamp: the proof cannot be read ({reason})"),
        "problem": "{problem}",
    }


def _what() -> dict[str, str]:
    return {
        "media": translate("cli", "the file"),
        "proof-csv": translate("cli", "the proof (CSV)"),
        "proof-json": translate("cli", "the proof (JSON)"),
    }


def sentences(result: dict[str, Any] | None) -> list[str]:
    templates, what = _templates(), _what()
    return [
        ("  " if line.ok else "! ") + visible_text(words.english(line, templates[line.code], what))
        for line in words.lines(result)
    ]


def cmd_import_proofmode(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    cancel = threading.Event()

    def on_media(one: store.MediaOutcome) -> None:
        result = one.result
        detail = f"item {result.item_id}" if result.item_id else result.message
        print(f"{result.status.value:>16}: {visible_text(result.path)} ({visible_text(detail)})", flush=True)
        if result.item_id is not None and result.status is not Status.FAILED:
            for text in sentences({**one.report, "problems": one.problems}):
                print(f"    {text}")

    try:
        outcome = store.import_export(
            vault, Path(args.path), case=args.case, tags=args.tag or [], on_media=on_media, cancel=cancel
        )
    except ExportRefused as exc:
        vault.lock()
        print(
            translate("cli", "evidence-vault: refused, nothing imported: {reason}").format(
                reason=visible_text(str(exc))
            ),
            file=sys.stderr,
        )
        return 1
    except CheckFailed as exc:
        vault.lock()
        raise VaultError(
            translate("cli", "{path}: {reason}; nothing imported").format(
                path=printable_path(args.path), reason=exc
            )
        ) from None
    except BaseException:
        cancel.set()
        vault.lock()
        raise
    for lost in outcome.unclaimed:
        print(
            translate("cli", "! not imported: {name}: it belongs to no media file of the export").format(
                name=visible_text(lost["name"])
            )
        )
    imported = sum(1 for m in outcome.media if m.result.status is Status.IMPORTED)
    present = sum(1 for m in outcome.media if m.result.status is Status.DUPLICATE)
    print(
        translate("cli", "Imported {imported}, already present {present}, failed {failed}.").format(
            imported=imported, present=present, failed=outcome.failed
        )
    )
    try:
        if not args.no_analyse:
            cli_media.run_analysis(vault)
    finally:
        vault.lock()
    return 1 if outcome.failed else 0


def proofmode_json(conn: Connection, item_id: int) -> dict[str, Any]:
    check = store.latest_check(conn, item_id)
    return {
        "attachments": [a.to_json() for a in store.attachments(conn, item_id)],
        "proofmode": None
        if check is None
        else {**check, "sentences": [words.english(x) for x in words.lines(check)]},
    }


def print_proofmode(conn: Connection, item_id: int) -> None:
    found = store.attachments(conn, item_id)
    if not found:
        return
    print(translate("cli", "Attachments:"))
    for attachment in found:
        name = visible_text(attachment.name)
        print(f"  {attachment.kind:<16} {attachment.sha256}  {attachment.size:>8}  {name}")
    check = store.latest_check(conn, item_id)
    if check is not None:
        print(translate("cli", "ProofMode (checked {time}):").format(time=check["checked_at"]))
        for text in sentences(check):
            print(f"  {text}")
