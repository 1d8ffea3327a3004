"""Command-line side of sealed bundles: keys, recipients, export, and the investigator's
verify / open / import."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core import bundle, export_plan, sanitize
from ..core.bundle import recipients
from ..core.errors import UsageError
from ..core.session.vault import Vault
from ..core.visible import visible_text
from ..i18n import translate
from . import anonymise as cli_anonymise
from .options import input_path
from .sanitize import print_risk_report
from .statusline import StatusLine


def cmd_keys_generate(args: argparse.Namespace, print_json: Callable[[Any], None]) -> int:
    public = recipients.generate_identity_file(Path(args.out))
    if args.json:
        print_json({"identity_file": args.out, "public_key": public})
    else:
        print(
            translate(
                "cli", "Wrote a new age identity to {out} (keep it secret; it opens bundles sealed to you)."
            ).format(out=args.out)
        )
        print(
            translate("cli", "Fingerprint: {fingerprint}").format(
                fingerprint=recipients.Recipient("", public).fingerprint
            )
        )
        print(public)
    return 0


def cmd_recipients(
    args: argparse.Namespace,
    open_vault: Callable[[argparse.Namespace], Vault],
    print_json: Callable[[Any], None],
) -> int:
    with open_vault(args) as vault:
        if args.recipients_command == "add":
            added = recipients.add(vault, args.name, args.public_key)
            print(
                translate("cli", "Added {name}. Fingerprint, to compare by voice: {fingerprint}").format(
                    name=added.name, fingerprint=added.fingerprint
                )
            )
            return 0
        if args.recipients_command == "remove":
            recipients.remove(vault, args.name)
            print(translate("cli", "Removed {name}.").format(name=args.name))
            return 0
        listed = recipients.list_all(vault)
    if args.json:
        print_json([r.to_json() for r in listed])
    else:
        for r in listed:
            print(
                translate("cli", "{name}\n    {public_key}\n    fingerprint {fingerprint}").format(
                    name=r.name, public_key=r.public_key, fingerprint=r.fingerprint
                )
            )
        if not listed:
            print(
                translate("cli", "No recipients yet. Add one with: evidence-vault recipients add NAME age1…")
            )
    return 0


def _statement_ids(refs: list[str]) -> list[int]:
    """The ``--statement`` ids as numbers, in order and without repeats."""
    ids: list[int] = []
    for ref in refs:
        try:
            number = int(ref)
        except ValueError:
            raise UsageError(
                translate("cli", "--statement takes a statement number, not {ref!r}").format(ref=ref)
            ) from None
        if number not in ids:
            ids.append(number)
    return ids


def cmd_export(
    args: argparse.Namespace,
    open_vault: Callable[[argparse.Namespace], Vault],
    print_json: Callable[[Any], None],
) -> int:
    line = StatusLine(sys.stderr)
    withhold: frozenset[str] = frozenset()
    if args.withhold:
        if args.profile != "originals":
            raise UsageError(translate("cli", "--withhold applies to --profile originals"))
        try:
            withhold = sanitize.parse_choices(",".join(args.withhold))
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    statement_ids = _statement_ids(args.statement or [])
    if args.with_identity and not statement_ids:
        # Identities travel only with statements; silently sealing without them would
        # let the user believe a witness's name went along when it did not.
        raise UsageError(translate("cli", "--with-identity applies to --statement"))
    anonymise = None
    if args.profile == "anonymised":
        anonymise = cli_anonymise.request_of(args)
    elif (
        args.add_box
        or args.drop_box
        or args.reviewed
        or args.voice
        or args.audio != "keep"
        or args.confirmed_by
        or args.silence
        or args.tone
    ):
        raise UsageError(
            translate(
                "cli", "--add-box, --drop-box, --reviewed, --voice and --audio apply to --profile anonymised"
            )
        )
    with open_vault(args) as vault:
        plan = export_plan.choose(
            vault.conn, refs=args.items or [], case=args.case, statement_ids=statement_ids
        )
        if (
            anonymise is not None
            and (anonymise.add or anonymise.drop or anonymise.reviewed)
            and len(plan.items) != 1
        ):
            raise UsageError(
                translate(
                    "cli",
                    "--add-box, --drop-box and --reviewed correct one item's boxes: export that item alone",
                )
            )
        statement_ids = plan.statement_ids  # a case brings its statements, as in the app
        if (withhold or args.profile == "sanitized") and not args.json:
            heading = (
                translate("cli", "What the originals keep and what is withheld:")
                if withhold
                else translate("cli", "What leaves in the sanitized copies:")
            )
            print(heading, file=sys.stderr)
            for report in export_plan.risk_reports(vault, plan.items, withhold or None):
                print_risk_report(report, sys.stderr)
        result = bundle.seal(
            vault,
            plan.items,
            args.to,
            Path(args.out),
            profile=args.profile,
            statement_ids=statement_ids,
            include_identity=args.with_identity,
            withhold=withhold,
            anonymise=anonymise,
            progress=lambda done, total: line.show(
                translate("cli", "Sealing: {done} of {total} MiB").format(done=done >> 20, total=total >> 20)
            ),
        )
    line.clear()
    if args.json:
        print_json(
            {
                "bundle_id": result.bundle_id,
                "path": str(result.path),
                "size": result.size,
                "sha256": result.sha256,
                "items": result.items,
                "statements": statement_ids,
                "recipients": [r.to_json() for r in result.recipients],
                "tree_head": result.tree_head.to_json(),
            }
        )
        return 0
    print(
        translate("cli", "Sealed {items} item(s) into {path} ({size} bytes), verified after writing.").format(
            items=result.items, path=result.path, size=result.size
        )
    )
    if statement_ids:
        # Whole sentences, so that translations never splice a clause into another.
        sentence = (
            translate("cli", "With statement(s) {ids}, including the witnesses' real names and contacts.")
            if args.with_identity
            else translate("cli", "With statement(s) {ids}, naming the witnesses only by pseudonym.")
        )
        print(sentence.format(ids=", ".join(str(i) for i in statement_ids)))
    print(
        translate("cli", "Bundle {bundle_id}, SHA-256 {sha256}").format(
            bundle_id=result.bundle_id, sha256=result.sha256
        )
    )
    for r in result.recipients:
        print(
            translate("cli", "  to {name}: fingerprint {fingerprint}").format(
                name=r.name, fingerprint=r.fingerprint
            )
        )
    print(
        translate("cli", "The recipients check it with age, minisign and sha256sum: see VERIFY.txt inside.")
    )
    return 0


def _report(report: bundle.BundleReport, as_json: bool, print_json: Callable[[Any], None]) -> int:
    if as_json:
        print_json(report.to_json())
    else:
        # The report quotes the sender's manifest (file names, pseudonyms): shown, never obeyed.
        print(visible_text(bundle.report_text(report), keep_newlines=True), end="")
    return 0 if report.ok else 1


def cmd_bundle(
    args: argparse.Namespace,
    open_vault: Callable[[argparse.Namespace], Vault],
    print_json: Callable[[Any], None],
) -> int:
    identity = recipients.load_identity_file(Path(args.identity))
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(translate("cli", "no bundle at {path}").format(path=path))
    if args.bundle_command == "verify":
        return _report(bundle.read(path, identity), args.json, print_json)
    if args.bundle_command == "open":
        report = bundle.open_to_folder(path, identity, Path(args.out), max_bytes=args.max_size)
        code = _report(report, args.json, print_json)
        if report.ok and not args.json:
            print(
                translate("cli", "Wrote the verified contents and report.txt / report.html to {out}").format(
                    out=args.out
                )
            )
        return code
    with open_vault(args) as vault:
        report = bundle.import_into(vault, path, identity, max_bytes=args.max_size)
    code = _report(report, args.json, print_json)
    if report.ok and not args.json:
        print(
            translate(
                "cli",
                "Imported into this vault, with the sender's signatures and proofs kept beside the items.",
            )
        )
    return code


def add_parsers(
    add: Callable[..., argparse.ArgumentParser],
    open_vault: Callable[[argparse.Namespace], Vault],
    print_json: Callable[[Any], None],
) -> None:
    p = add("keys", lambda a: cmd_keys_generate(a, print_json), "make an age identity for receiving bundles")
    sub = p.add_subparsers(dest="keys_command", required=True, metavar="generate")
    q = sub.add_parser("generate", help="write a new age identity file and print its public key")
    q.add_argument("--out", required=True, metavar="FILE")
    q.add_argument("--json", action="store_true")

    p = add("recipients", lambda a: cmd_recipients(a, open_vault, print_json), "who bundles can be sealed to")
    sub = p.add_subparsers(dest="recipients_command", required=True, metavar="add|list|remove")
    q = sub.add_parser("add", help="add a recipient by name and age public key (age1…)")
    q.add_argument("name")
    q.add_argument("public_key", metavar="AGE1…")
    q = sub.add_parser("list", help="list recipients with their fingerprints")
    q.add_argument("--json", action="store_true")
    q = sub.add_parser("remove", help="remove a recipient")
    q.add_argument("name")

    p = add(
        "export", lambda a: cmd_export(a, open_vault, print_json), "seal items into a bundle for recipients"
    )
    p.add_argument("items", nargs="*", metavar="ITEM")
    p.add_argument("--statement", action="append", metavar="ID", help="a witness statement (repeatable)")
    p.add_argument(
        "--with-identity",
        action="store_true",
        help="include the witnesses' real names and contacts (only where their consent allows)",
    )
    p.add_argument("--case", metavar="NAME", help="every item of this case")
    p.add_argument("--to", action="append", required=True, metavar="NAME", help="recipient (repeatable)")
    p.add_argument("--out", required=True, metavar="FILE", help="the bundle to write (NAME.evb)")
    p.add_argument(
        "--profile",
        choices=("originals", "sanitized", "anonymised"),
        default="originals",
        help="originals for investigators; sanitized or anonymised (faces hidden) copies to publish",
    )
    cli_anonymise.add_request_options(p)
    p.add_argument(
        "--withhold",
        action="append",
        metavar="FIELDS",
        help="originals only: withhold device-identifying fields (device, or any of serials,make-model,"
        "software,owner); positions and times are kept",
    )
    p.add_argument("--json", action="store_true")

    p = add(
        "bundle", lambda a: cmd_bundle(a, open_vault, print_json), "check, open or import a received bundle"
    )
    sub = p.add_subparsers(dest="bundle_command", required=True, metavar="verify|open|import")
    for name, text in (
        ("verify", "decrypt and check everything; exit 1 on any problem; writes nothing"),
        ("open", "check, then write the contents and a report to a new folder"),
        ("import", "check, then import into this vault keeping the sender's proofs"),
    ):
        q = sub.add_parser(name, help=text)
        q.add_argument("file", metavar="FILE", type=input_path)
        q.add_argument("--identity", required=True, metavar="KEYFILE", type=input_path)
        q.add_argument("--json", action="store_true")
        if name == "open":
            q.add_argument("--out", required=True, metavar="DIR")
        if name != "verify":
            q.add_argument(
                "--max-size",
                type=_size,
                default=bundle.DEFAULT_MAX_BYTES,
                metavar="SIZE",
                help="write nothing if the signed manifest declares more than SIZE of files "
                "(for example 500M or 200G; default 64G)",
            )


def _size(text: str) -> int:
    """A size such as 500M or 64G (powers of 1024), or plain bytes."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    number, unit = text.strip().upper().rstrip("B"), 1
    if number[-1:] in units:
        number, unit = number[:-1], units[number[-1]]
    try:
        value = int(float(number) * unit)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (for example 500M or 64G)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (for example 500M or 64G)")
    return value
