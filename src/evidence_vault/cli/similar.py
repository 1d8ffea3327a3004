"""``evidence-vault similar``: items that look alike (core/media/similar.py), closest first.

Items never hashed (imported before perceptual hashes existed, or while analysis did not run)
are hashed first, in the sandboxed analysis child, each with its ``item.perceptual_hash``
custody event. Nothing is merged: this lists.
"""

from __future__ import annotations

import argparse
import sys
import threading

from ..core.media import similar, store
from ..core.session.vault import Vault
from ..core.visible import visible_text
from ..i18n import translate
from .opening import open_vault
from .output import print_json
from .statusline import StatusLine


def _hash_missing(vault: Vault) -> store.AnalyseSummary:
    line = StatusLine(sys.stderr)
    cancel = threading.Event()
    try:
        return store.analyse_pending(
            vault,
            progress=lambda state: line.show(
                translate("cli", "Computing perceptual hashes [{done}/{total}] {current}").format(
                    done=state.done, total=state.total, current=state.current
                )
            ),
            cancel=cancel,
            check=False,
            read_out=False,
        )
    except KeyboardInterrupt:
        cancel.set()
        raise
    finally:
        line.clear()


def _origin(origin: similar.Origin) -> str:
    day = origin.at[:10]
    if origin.kind == "bundle":
        return translate("cli", "received in bundle {bundle} sealed by key {sender} on {day}").format(
            bundle=visible_text(origin.bundle_id or "?"), sender=visible_text(origin.sender or "?"), day=day
        )
    return translate("cli", "imported here on {day}").format(day=day)


def cmd_similar(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        summary = _hash_missing(vault)
        pairs = similar.find(vault.conn, args.max_distance)
    for error in summary.errors:
        print(translate("cli", "evidence-vault: not hashed: {error}").format(error=error), file=sys.stderr)
    if args.json:
        print_json({"max_distance": args.max_distance, "bits": 64, "pairs": [p.to_json() for p in pairs]})
        return 1 if summary.errors else 0
    print(
        translate(
            "cli", "Look-alike pairs: {count} (at most {max} of 64 bits apart). Nothing was merged."
        ).format(count=len(pairs), max=args.max_distance)
    )
    for pair in pairs:
        print()
        for n, side in enumerate((pair.first, pair.second)):
            lead = f"{pair.distance:>2}/64  " if n == 0 else " " * 8
            print(f"{lead}#{side.item_id} {visible_text(side.name)} ({side.media})")
            for origin in side.origins:
                print(" " * 10 + _origin(origin))
    return 1 if summary.errors else 0
