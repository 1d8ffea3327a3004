"""The text and HTML reports of a bundle's checks (what ``verify`` prints, what ``open`` writes)."""

from __future__ import annotations

import html

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


def report_html(report: BundleReport) -> str:
    body = html.escape(report_text(report))
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Bundle report</title></head>"
        f"<body><pre>{body}</pre></body></html>\n"
    )
