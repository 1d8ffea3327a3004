"""The text and HTML reports of a bundle's checks (what ``verify`` prints, what ``open`` writes)."""

from __future__ import annotations

import html
from typing import Any

from ..proofmode import words as proof_words
from ..provenance.model import Provenance
from ..provenance.words import summarise
from ..visible import visible_text
from .outcome import BundleReport


def report_text(report: BundleReport) -> str:
    lines = [
        f"Bundle {report.bundle_id}: {'VERIFIED' if report.ok else 'FAILED'}",
        f"Sealed {report.created_at} by signing key {report.sealed_by.get('fingerprint', '?')}",
        f"(minisign {report.sealed_by.get('minisign_public_key', '?')});",
        "compare this fingerprint with the sender's, by voice or another channel.",
        f"Bundle format: {report.format.rpartition('/')[2] or '?'}; profile: {report.profile}",
        "Recipients: " + ", ".join(f"{r.get('name')} ({r.get('fingerprint')})" for r in report.recipients),
        "",
        "Files:",
    ]
    for entry in report.files:
        lines.append(f"  {entry['path']}  {entry['size']} bytes  SHA-256 {entry['sha256']}")
        lines.append(
            f"    original name: {entry['original_name']}; original SHA-256 {entry['original_sha256']}"
        )
        if entry.get("derivative") and entry["derivative"].get("withheld"):
            lines.append(
                "    the original with device-identifying fields withheld; removed: "
                + ", ".join(entry["derivative"].get("removed", []))
            )
        elif entry.get("derivative"):
            lines.append("    sanitized copy; removed: " + ", ".join(entry["derivative"].get("removed", [])))
        lines += provenance_lines(entry)
    for statement in report.statements:
        lines.append(
            f"Statement {statement['id']} ({statement['pseudonym']}), "
            f"version SHA-256 {statement['version_sha256']}"
            + (", with the witness's identity" if statement.get("identity_included") else "")
        )
    if report.withheld_events:
        lines.append(
            f"Custody events withheld by the {report.profile} profile (proven by hash): "
            + ", ".join(str(e["seq"]) for e in report.withheld_events)
        )
    lines += ["", "Checks:"]
    lines += [f"  ok: {c}" for c in report.checks] + [f"  PROBLEM: {p}" for p in report.problems]
    lines += [f"  NOT COVERED: {n}" for n in report.notes]
    return "\n".join(lines) + "\n"


def provenance_lines(entry: dict[str, Any]) -> list[str]:
    """What the sender's vault recorded of a file's capture-time provenance (the manifest is
    signed, so these are the sender's statements, not checks made here), and its proof files."""
    recorded = entry.get("provenance")
    if not isinstance(recorded, dict):
        return []
    out: list[str] = []
    c2pa, proof = recorded.get("c2pa"), recorded.get("proofmode")
    # Signed by the sender, but written by another version (or another program): a record that
    # does not read is said to be so, never half-shown.
    try:
        if isinstance(c2pa, dict):
            headline = summarise(Provenance.from_json(c2pa)).headline
            read_at = visible_text(str(c2pa.get("read_at", "?")))
            out.append(f"    Content Credentials, as the sender's vault read them at {read_at}: {headline}")
        elif c2pa is None:
            out.append("    Content Credentials: not yet read by the sender's vault when it sealed this")
    except (KeyError, TypeError, ValueError, AttributeError):
        out.append("    Content Credentials: the sender's record of them cannot be read")
    try:
        if isinstance(proof, dict):
            said = [visible_text(proof_words.english(line)) for line in proof_words.lines(proof)]
            out += [f"    ProofMode, as the sender's vault checked it: {line}" for line in said]
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        out.append("    ProofMode: the sender's record of its check cannot be read")
    attachments = entry.get("attachments") or []
    if attachments:
        names = ", ".join(visible_text(a["path"].rsplit("/", 1)[-1]) for a in attachments)
        out.append(f"    {len(attachments)} proof file(s) came with it, verified with the bundle: {names}")
    return out


def report_html(report: BundleReport) -> str:
    body = html.escape(report_text(report))
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Bundle report</title></head>"
        f"<body><pre>{body}</pre></body></html>\n"
    )
