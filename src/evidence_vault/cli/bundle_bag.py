"""``evidence-vault bundle bag``: received bundles handed to an archive as BagIt packages
(core/bundle/bag.py). One bundle: ``--out`` is the bag. Several: one bag per bundle under
``--out``, named by bundle id; a bad bundle is reported and the others are still bagged."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.bundle import BundleReport, court_report, recipients
from ..core.bundle.bag import BagResult, write_bag
from ..core.errors import VaultError
from ..core.visible import visible_text
from ..i18n import translate
from .output import print_json


def _court_pdf(report: BundleReport) -> bytes:
    from .. import render_report  # Qt, loaded only for the PDF

    return render_report.court_pdf(court_report.build(report, translate))


def cmd_bag(args: argparse.Namespace) -> int:
    identity = recipients.load_identity_file(Path(args.identity))
    files = [Path(f) for f in args.files]
    out = Path(args.out)
    several = len(files) > 1
    results: list[dict[str, Any]] = []
    for path in files:
        try:
            if not path.is_file():
                raise VaultError(translate("cli", "{path}: no bundle there").format(path=path))
            done = write_bag(
                path,
                identity,
                out,
                by_bundle_id=several,
                source_organization=args.source_organization,
                pdf=None if args.no_pdf else _court_pdf,
                max_bytes=args.max_size,
            )
        except VaultError as exc:
            text = visible_text(str(exc))  # it may quote the sender's names: shown, never obeyed
            if str(path) not in text:
                text = f"{path}: {text}"
            results.append({"file": str(path), "ok": False, "error": text})
            if not args.json:
                print(translate("cli", "FAILED {text}").format(text=text), file=sys.stderr)
            continue
        results.append(_done(path, done))
        if not args.json:
            message = translate(
                "cli", "{path}: bagged into {bag}, {files} file(s), {size} bytes, validated by bagit."
            )
            print(message.format(path=path, bag=done.path, files=done.payload_files, size=done.payload_bytes))
    if args.json:
        print_json(results)
    elif several:
        bad = sum(1 for r in results if not r["ok"])
        print(
            translate("cli", "{done} of {total} bundle(s) bagged under {out}.").format(
                done=len(results) - bad, total=len(results), out=out
            )
        )
    if all(r["ok"] for r in results):
        return 0
    return 1


def _done(path: Path, done: BagResult) -> dict[str, Any]:
    return {
        "file": str(path),
        "ok": True,
        "bag": str(done.path),
        "bundle_id": done.report.bundle_id,
        "payload_files": done.payload_files,
        "payload_bytes": done.payload_bytes,
        "bundle_sha256": done.report.file_sha256,
    }
