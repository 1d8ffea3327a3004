"""``evidence-vault bundle intake PATH… --identity KEY``: many received bundles at once.

One line per bundle as it finishes (and in ``--report F.jsonl``), then a summary table;
exit 1 if any bundle failed or was refused (or the run was interrupted), 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.bundle import batch, recipients
from ..core.visible import visible_text
from ..i18n import translate
from .opening import open_vault
from .output import print_json
from .statusline import StatusLine


def _shown(line: batch.Line) -> str:
    words = {
        batch.IMPORTED: translate("cli", "imported"),
        batch.SKIPPED: translate("cli", "skipped"),
        batch.REFUSED: translate("cli", "REFUSED"),
        batch.FAILED: translate("cli", "FAILED"),
    }
    text = f"{words[line.outcome]:<9} {visible_text(line.path)}"
    if line.outcome == batch.IMPORTED:
        text += translate("cli", " ({files} file(s): {new} new, {duplicates} already held)").format(
            files=line.files, new=line.new_items, duplicates=line.duplicate_items
        )
    elif line.reason:
        text += f": {visible_text(line.reason)}"  # the sender's words, shown, never obeyed
    return text


def _table(summary: batch.Summary) -> str:
    counts = summary.to_json()
    rows = [
        (translate("cli", "imported"), counts[batch.IMPORTED]),
        (translate("cli", "skipped (taken in before)"), counts[batch.SKIPPED]),
        (translate("cli", "refused (known id, other bytes)"), counts[batch.REFUSED]),
        (translate("cli", "failed"), counts[batch.FAILED]),
        (translate("cli", "bundles in all"), counts["bundles"]),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"  {name:<{width}}  {value:>6}" for name, value in rows]
    rate = counts["bytes"] / summary.seconds / (1 << 20) if summary.seconds else 0.0
    lines.append(
        translate(
            "cli", "  {size} MiB in {seconds:.1f} s ({rate:.1f} MiB/s); {new} new item(s), {dup} already held"
        ).format(
            size=counts["bytes"] >> 20,
            seconds=summary.seconds,
            rate=rate,
            new=counts["new_items"],
            dup=counts["duplicate_items"],
        )
    )
    if summary.cancelled:
        lines.append(
            translate("cli", "  Interrupted: {count} bundle(s) not done.").format(count=summary.not_done)
        )
    return "\n".join(lines)


def cmd_intake(args: argparse.Namespace) -> int:
    identity = recipients.load_identity_file(Path(args.identity))
    report = batch.ReportFile(Path(args.report)) if args.report else None
    status = StatusLine(sys.stderr)

    def progress(step: batch.Progress) -> None:
        if report is not None:
            report.write(step.line)
        if not args.json:
            status.clear()
            print(_shown(step.line), flush=True)
        status.show(
            translate("cli", "{done} of {total} bundles, {mib} of {all_mib} MiB").format(
                done=step.done, total=step.total, mib=step.done_bytes >> 20, all_mib=step.total_bytes >> 20
            )
        )

    try:
        with open_vault(args) as vault:
            summary = batch.intake(
                vault,
                [Path(p) for p in args.paths],
                identity,
                jobs=args.jobs,
                max_bytes=args.max_size,
                progress=progress,
            )
    finally:
        status.clear()
        if report is not None:
            report.close()
    if args.json:
        print_json(summary.to_json())
    else:
        print(translate("cli", "Batch intake:"))
        print(_table(summary))
    return 0 if summary.ok else 1
