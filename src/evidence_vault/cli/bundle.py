"""Command-line side of sealed bundles: keys, recipients, export, and the investigator's
verify / open / import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyrage

from ..core import bundle, export_plan, sanitize
from ..core.bundle import court_report, recipients
from ..core.errors import UsageError
from ..core.visible import visible_text
from ..i18n import translate
from . import anonymise as cli_anonymise
from .opening import open_vault
from .output import print_json
from .sanitize import print_risk_report
from .statusline import StatusLine


def cmd_keys_generate(args: argparse.Namespace) -> int:
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


def cmd_recipients(args: argparse.Namespace) -> int:
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


def cmd_export(args: argparse.Namespace) -> int:
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


def _report(report: bundle.BundleReport, as_json: bool) -> int:
    if as_json:
        print_json(report.to_json())
    else:
        # The report quotes the sender's manifest (file names, pseudonyms): shown, never obeyed.
        print(visible_text(bundle.report_text(report), keep_newlines=True), end="")
    return 0 if report.ok else 1


def _court_report(path: Path, identity: pyrage.x25519.Identity, out: Path) -> int:
    """The PDF for a bundle that verified and for one that did not (saying FAILED): a
    failure is evidence too. Exit 1 when it failed."""
    if out.exists() or out.is_symlink():
        raise UsageError(translate("cli", "{out} already exists; not overwriting it").format(out=out))
    report = bundle.read(path, identity)
    from .. import render_report  # Qt, loaded only for the PDF

    document = render_report.court_pdf(court_report.build(report, translate))
    try:
        with open(out, "xb") as target:
            target.write(document)
    except OSError as exc:
        raise UsageError(
            translate("cli", "could not write {out}: {reason}").format(out=out, reason=exc.strerror or exc)
        ) from None
    if report.ok:
        print(
            translate("cli", "Bundle {bundle_id} VERIFIED; wrote its report to {out}.").format(
                bundle_id=report.bundle_id, out=out
            )
        )
        return 0
    print(
        translate("cli", "Bundle FAILED verification; wrote the report of the failure to {out}.").format(
            out=out
        )
    )
    for problem in report.problems:  # the sender's words, shown, never obeyed
        print(translate("cli", "  PROBLEM: {p}").format(p=visible_text(problem)), file=sys.stderr)
    return 1


def cmd_bundle(args: argparse.Namespace) -> int:
    identity = recipients.load_identity_file(Path(args.identity))
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(translate("cli", "no bundle at {path}").format(path=path))
    if args.bundle_command == "verify":
        return _report(bundle.read(path, identity), args.json)
    if args.bundle_command == "report":
        return _court_report(path, identity, Path(args.pdf))
    if args.bundle_command == "open":
        report = bundle.open_to_folder(path, identity, Path(args.out), max_bytes=args.max_size)
        code = _report(report, args.json)
        if report.ok and not args.json:
            print(
                translate("cli", "Wrote the verified contents and report.txt / report.html to {out}").format(
                    out=args.out
                )
            )
        return code
    with open_vault(args) as vault:
        report = bundle.import_into(vault, path, identity, max_bytes=args.max_size)
    code = _report(report, args.json)
    if report.ok and not args.json:
        print(
            translate(
                "cli",
                "Imported into this vault, with the sender's signatures and proofs kept beside the items.",
            )
        )
    return code
