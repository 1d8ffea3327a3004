"""Command-line side of media analysis: the ``analyse`` command, the step after ``import``,
and the metadata part of ``show``. Kept apart from cli.py so that file stays a thin index."""

from __future__ import annotations

import sys
import threading
from typing import Any

from ..core.media import results, risks, store
from ..core.media.model import Risk
from ..core.session.vault import Vault
from ..core.store.database import Connection
from ..core.visible import visible_text
from ..i18n import translate
from .statusline import StatusLine

_RISK_TITLES = {
    Risk.HIGH: "HIGH risk: can identify people or places",
    Risk.MEDIUM: "MEDIUM risk: device, software and times",
    Risk.LOW: "LOW risk: technical details",
}


def run_analysis(vault: Vault) -> store.AnalyseSummary:
    """Analyse pending items with a progress line on a terminal; prints a one-line summary."""
    line = StatusLine(sys.stderr)
    cancel = threading.Event()
    try:
        summary = store.analyse_pending(
            vault,
            progress=lambda state: line.show(
                (
                    translate("cli", "Reading metadata [{done}/{total}] {current}")
                    if state.stage == 1
                    else translate("cli", "Reading Content Credentials again [{done}/{total}] {current}")
                    if state.stage == 3
                    else translate("cli", "Computing perceptual hashes [{done}/{total}] {current}")
                    if state.stage == 4
                    else translate("cli", "Checking previews against the pictures [{done}/{total}] {current}")
                ).format(done=state.done, total=state.total, current=state.current)
            ),
            cancel=cancel,
        )
    except KeyboardInterrupt:
        cancel.set()
        raise
    finally:
        line.clear()
    if summary.analysed or summary.errors:
        print(
            translate(
                "cli",
                "Metadata read for {analysed} items ({failed} could not be read, {partial} only in part).",
            ).format(analysed=summary.analysed, failed=summary.failed, partial=summary.partial)
        )
    if summary.provenance:
        print(
            translate(
                "cli",
                "Content Credentials read again for {count} items (new trust anchors or an older vault).",
            ).format(count=summary.provenance)
        )
    if summary.hashed:
        print(
            translate(
                "cli", "Perceptual hashes computed for {count} items (for finding look-alikes)."
            ).format(count=summary.hashed)
        )
    for error in summary.errors:
        print(translate("cli", "  not saved: {error}").format(error=error))
    return summary


def cmd_analyse(vault: Vault) -> int:
    summary = run_analysis(vault)
    if not summary.analysed and not summary.errors:
        print(translate("cli", "Every item has been analysed already."))
    return 1 if summary.errors else 0


def media_json(conn: Connection, item_id: int) -> dict[str, Any]:
    info = results.load(conn, item_id)
    if info is None:
        return {"metadata": [], "media": {}, "analysis": {"status": "pending", "reason": None}}
    return info.to_json()


def print_media(conn: Connection, item_id: int) -> None:
    info = results.load(conn, item_id)
    if info is None:
        print(translate("cli", "Metadata: not read yet (run: evidence-vault analyse)"))
        return
    facts = info.facts
    media: list[tuple[str, str]] = []
    if facts.get("width") and facts.get("height"):
        media.append(("Resolution", f"{facts['width']}×{facts['height']}"))
    if facts.get("duration_s"):
        media.append(("Duration", f"{float(facts['duration_s']):.1f} s"))
    if facts.get("codecs"):
        media.append(("Codecs", ", ".join(map(str, facts["codecs"]))))
    if facts.get("pages"):
        media.append(("Pages", str(facts["pages"])))
    media.append(("Captured", info.capture_time or "not recorded in the file"))
    where = f"{info.position[0]:.6f}, {info.position[1]:.6f}" if info.position else "not recorded in the file"
    media.append(("Position", where))
    for label, value in media:
        print(f"{label + ':':<10} {visible_text(value)}")
    if info.reason:
        print(
            translate("cli", "Analysis: {status}: {reason}").format(
                status=info.status, reason=visible_text(info.reason)
            )
        )
    elif info.status == "unsupported":
        print(translate("cli", "Analysis: no metadata reader for this kind of file"))
    for risk in Risk:
        group = [f for f in info.fields if f.risk is risk]
        if not group:
            continue
        print(f"{_RISK_TITLES[risk]} ({len(group)}):")
        shown_rules: set[str] = set()
        for item in group:
            value = item.value.replace("\n", " ")
            # Values, field names and locations all come from inside the file.
            field, location = visible_text(item.field), visible_text(item.location)
            print(f"  {field}: {visible_text(value[:160])}    [{location}]")
            if risk is Risk.HIGH and item.rule not in shown_rules:
                shown_rules.add(item.rule)
                print(translate("cli", "      why: {why}").format(why=risks.explanation(item.rule)))
