"""The vault's own commands: create it, import, list, show, extract, verify, the custody log,
delete, anchors and the signing key."""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

from ..core.audit import anchor
from ..core.audit import verify as verify_service
from ..core.crypto import kdf, minisign
from ..core.custody import log as custody
from ..core.errors import ItemNotFound
from ..core.evidence import items
from ..core.evidence.importer import Importer, ImportProgress, ImportResult, Status

# From the module itself: ``sanitize.derivatives`` is the module once anything imported it.
from ..core.sanitize.derivatives import derivative_by_hash
from ..core.sanitize.derivatives import derivatives as copies_of
from ..core.session.vault import Vault
from ..core.visible import visible_text
from ..i18n import translate
from . import media as cli_media
from . import proofmode as cli_proofmode
from . import provenance as cli_provenance
from .custody_text import line as custody_line
from .opening import open_vault, vault_dir
from .output import human_size, print_json
from .passphrase_input import Secrets
from .statusline import StatusLine


def cmd_init(args: argparse.Namespace) -> int:
    directory = vault_dir(args)
    passphrase = Secrets(args).initial()
    if not kdf.weak_kdf_allowed():
        print(
            translate("cli", "Measuring this computer to choose the key-derivation cost..."), file=sys.stderr
        )
    vault, code = Vault.create(directory, passphrase)
    vault.lock()
    print(translate("cli", "Vault created at {directory}").format(directory=directory))
    print(
        translate(
            "cli", "Recovery code: write it down now and keep it somewhere safe. It is shown only once,"
        )
    )
    print(translate("cli", "and it opens the vault if the passphrase is forgotten."))
    print()
    print(f"    {code}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    line = StatusLine(sys.stderr)

    def progress(state: ImportProgress) -> None:
        rate = state.bytes_done / max(time.monotonic() - line.started, 1e-6)
        line.show(
            translate("cli", "[{files_done}/{files_total}] {done} of {total}, {rate}/s  {current}").format(
                files_done=state.files_done,
                files_total=state.files_total,
                done=human_size(state.bytes_done),
                total=human_size(state.bytes_total),
                rate=human_size(rate),
                current=state.current,
            )
        )

    def on_result(result: ImportResult) -> None:
        line.clear()
        detail = f"item {result.item_id}" if result.item_id else result.message
        print(f"{result.status.value:>16}: {result.path} ({detail})", flush=True)

    cancel = threading.Event()
    try:
        summary = Importer(vault, case=args.case, tags=args.tag or []).run(
            [Path(p) for p in args.paths], progress=progress, cancel=cancel, on_result=on_result
        )
    except KeyboardInterrupt:
        cancel.set()
        vault.lock()
        raise
    except BaseException:
        vault.lock()
        raise
    line.clear()
    failed = summary.count(Status.FAILED)
    print(
        translate("cli", "Imported {imported}, already present {present}, failed {failed}.").format(
            imported=summary.count(Status.IMPORTED), present=summary.count(Status.DUPLICATE), failed=failed
        )
    )
    for result in summary.results:
        if result.status is Status.FAILED:
            print(
                translate("cli", "  failed: {path}: {message}").format(
                    path=result.path, message=result.message
                )
            )
    try:
        if not args.no_analyse:
            # After the originals are stored, never during: storing is never slowed by parsers.
            cli_media.run_analysis(vault)
    finally:
        vault.lock()
    return 1 if failed else 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        rows = items.list_items(vault.conn)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        print(
            f"{row.id:>6}  {row.content_type:<28} {human_size(row.size):>10}  "
            f"{row.sha256}  {row.imported_at}  {visible_text(row.name)}"
        )
    if not rows:
        print(translate("cli", "The vault is empty. Add evidence with: evidence-vault import FILE_OR_FOLDER"))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        copy_of = None
        try:
            item = items.resolve(vault.conn, args.item)
        except ItemNotFound:
            # A published copy's hash leads back to its original.
            copy_of = derivative_by_hash(vault.conn, args.item)
            if copy_of is None:
                raise
            item = items.resolve(vault.conn, str(copy_of.item_id))
        detail = items.details(vault.conn, item)
        copies = copies_of(vault.conn, item.id)
        media = cli_media.media_json(vault.conn, detail.item.id)
        proofs = cli_proofmode.proofmode_json(vault.conn, detail.item.id)
        media.update(cli_provenance.provenance_json(vault.conn, detail.item.id))
        if not args.json:
            if copy_of is not None:
                print(
                    translate("cli", "Copy of item {item} ({profile} copy {sha256}); the original:").format(
                        item=item.id, profile=copy_of.to_json()["profile"], sha256=copy_of.sha256
                    )
                )
            _print_details(detail)
            # The verdict on the file's Content Credentials comes before its metadata.
            cli_provenance.print_provenance(vault.conn, detail.item.id)
            cli_media.print_media(vault.conn, detail.item.id)
            cli_proofmode.print_proofmode(vault.conn, detail.item.id)
    if args.json:
        extra: dict[str, Any] = {"derivatives": [c.to_json() for c in copies]}
        if copy_of is not None:
            extra["copy"] = copy_of.to_json()
        print_json({**detail.to_json(), **media, **proofs, **extra})
        return 0
    if copies:
        print(translate("cli", "Copies made from it:"))
        for copy in copies:
            made = copy.to_json()
            who = made["options"].get("confirmed_by")
            by = translate("cli", "  boxes confirmed by {who}")
            confirmed = by.format(who=visible_text(who)) if who else ""
            line = translate("cli", "  {profile}: {sha256}  {content_type}, {size} bytes{confirmed}")
            print(line.format(profile=made["profile"], sha256=copy.sha256, content_type=copy.content_type,
                              size=copy.size, confirmed=confirmed))  # fmt: skip
            for change in copy.removed[:6]:
                print(f"      {visible_text(change)}")
    print(translate("cli", "Custody:"))
    for event in detail.events:
        print(f"  #{event.seq:<6} {event.time}  {event.action}")
    return 0


def _print_details(detail: items.ItemDetails) -> None:
    item = detail.item
    for label, value in (
        ("Item", str(item.id)),
        ("Name", item.name),
        ("Type", item.content_type),
        ("Size", f"{human_size(item.size)} ({item.size} bytes)"),
        ("SHA-256", item.sha256),
        ("Imported", item.imported_at),
        ("Cases", ", ".join(detail.cases) or "-"),
        ("Tags", ", ".join(detail.tags) or "-"),
    ):
        print(f"{label + ':':<10} {visible_text(value)}")


def cmd_analyse(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        return cli_media.cmd_analyse(vault)


def cmd_extract(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        item = items.resolve(vault.conn, args.item)
        items.extract(vault, item, Path(args.out))
    print(
        translate("cli", "Wrote item {id} to {out} ({size} bytes, SHA-256 {sha256})").format(
            id=item.id, out=args.out, size=item.size, sha256=item.sha256
        )
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = verify_service.verify(vault)
    if args.json:
        print_json(report.to_json())
    else:
        print(
            translate("cli", "Checked {items_checked} items and {events_checked} custody events.").format(
                items_checked=report.items_checked, events_checked=report.events_checked
            )
        )
        if report.ok:
            print(
                translate(
                    "cli", "Verification passed: every item matches its hash and the custody log is intact."
                )
            )
        for problem in report.problems:
            print(translate("cli", "PROBLEM: {problem}").format(problem=problem))
    return 0 if report.ok else 1


def cmd_log(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        item_id = items.resolve(vault.conn, args.item).id if args.item else None
        events = list(custody.events(vault.conn, item_id))
        named = {} if args.json or args.raw else items.named_in_events(vault.conn, [e.seq for e in events])
    if args.json:
        print_json([event.to_json() for event in events])
        return 0
    for event in events:
        if args.raw:
            # json.dumps escapes C0 controls but leaves bidi and zero-width characters raw.
            params = visible_text(json.dumps(event.body["params"], ensure_ascii=False))
            print(f"#{event.seq:<6} {event.time}  {event.action:<26} {params}")
            continue
        print(custody_line(event, ", ".join(named.get(event.seq, []))))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        item = items.resolve(vault.conn, args.item)
        items.delete(vault, item, args.reason)
    print(
        translate("cli", "Deleted the bytes of item {id}. Its record and custody events remain.").format(
            id=item.id
        )
    )
    return 0


def cmd_anchor(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        shown = anchor.show(vault, args.tsa)
        if args.qr_png:
            anchor.qr_png(shown.anchor, Path(args.qr_png))
    head, code, stamped = shown.head, shown.anchor, shown.timestamp
    if args.json:
        print_json(
            {"code": code.code, "qr": code.qr_payload, "tree_head": head.to_json(), "timestamp": stamped}
        )
        return 0
    print(
        translate("cli", "Custody log anchor: {size} events, signed {time}").format(
            size=head.size, time=head.time
        )
    )
    print(translate("cli", "Root: {root}").format(root=head.root.hex()))
    if stamped is not None:
        print(
            translate("cli", "Timestamped by {server} at {time}").format(
                server=stamped["server"], time=stamped["time"]
            )
        )
    print(translate("cli", "Keep this code outside the vault (a message to someone you trust, or paper)."))
    print(translate("cli", "'evidence-vault anchors check CODE' later proves the log still extends it."))
    if not args.no_qr:
        print(anchor.qr_text(code), end="")
    print(code.code)
    return 0


def cmd_anchors_check(args: argparse.Namespace) -> int:
    wanted = anchor.Anchor.parse(args.code)
    with open_vault(args) as vault:
        result = anchor.check(vault.conn, wanted)
    if args.json:
        print_json(
            {
                "ok": result.ok,
                "message": result.message,
                "anchored_size": result.anchored_size,
                "current_size": result.current_size,
                "anchored_root": result.anchored_root.hex() if result.anchored_root else None,
                "current_root": result.current_root.hex(),
                "consistency_proof": [h.hex() for h in result.proof],
            }
        )
    else:
        print((translate("cli", "OK: ") if result.ok else translate("cli", "FAILED: ")) + result.message)
    return 0 if result.ok else 1


def cmd_signing_key(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        key = vault.verify_key
    if args.json:
        print_json(
            {
                "fingerprint": minisign.fingerprint(key),
                "minisign_public_key": minisign.public_key_line(key),
                "key_id": minisign.key_id_text(key),
                "ed25519_public_key": bytes(key).hex(),
            }
        )
        return 0
    print(
        translate("cli", "Fingerprint (compare by voice): {fingerprint}").format(
            fingerprint=minisign.fingerprint(key)
        )
    )
    print(translate("cli", "minisign public key:"))
    print(minisign.public_key_file(key), end="")
    return 0
