"""The court-ready verification report of a received bundle, as plain structured data.

``build(report, tr)`` turns a checked ``BundleReport`` into sections of rows: who sealed it
and when, every file with its hashes, what was done to it, its custody timeline with each
event's Merkle inclusion proof, its capture-time provenance as the sender recorded it, the
statements, and every check and problem. Texts are English sources marked for the
"CourtReport" catalogue and translated by the caller's ``tr(context, source)``; values
(names, hashes) are never translated and are made visible (``visible_text``) but stay plain
text: a renderer escapes every one of them (render_pdf.py), so nothing here is markup.

The verdict says VERIFIED only when the report is ok; otherwise FAILED, with every problem,
and everything after it is introduced as what the bundle says of itself, unverified.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from ..visible import visible_text
from . import court_custody, court_provenance
from .court_model import ALERT, CONTEXT, GOOD, HASH, QT_TRANSLATE_NOOP, CourtReport, Row, Section, Translate
from .outcome import BundleReport

__all__ = ["CourtReport", "Row", "Section", "build"]

_T = {
    "title": QT_TRANSLATE_NOOP("CourtReport", "Verification report of a received bundle"),
    "verified": QT_TRANSLATE_NOOP(
        "CourtReport", "VERIFIED: every file, signature and custody proof below checked out."
    ),
    "failed": QT_TRANSLATE_NOOP("CourtReport", "FAILED: this bundle did not verify. Do not rely on it."),
    "unverified": QT_TRANSLATE_NOOP(
        "CourtReport",
        "Nothing after the problems is verified: it is what the bundle says of itself, shown "
        "only so that the failure can be examined.",
    ),
    "footer": QT_TRANSLATE_NOOP("CourtReport", "Page {page} of {pages} · bundle file SHA-256 {sha256}"),
    "verdict": QT_TRANSLATE_NOOP("CourtReport", "Verdict"),
    "problem": QT_TRANSLATE_NOOP("CourtReport", "Problem"),
    "made": QT_TRANSLATE_NOOP("CourtReport", "Report made"),
    "made_note": QT_TRANSLATE_NOOP(
        "CourtReport",
        "This report was made by Evidence Vault from the bundle file whose SHA-256 is printed at "
        "the foot of every page. Anyone holding the bundle and a recipient's key can make it again.",
    ),
    "bundle": QT_TRANSLATE_NOOP("CourtReport", "The bundle"),
    "bundle_id": QT_TRANSLATE_NOOP("CourtReport", "Bundle ID"),
    "file_sha": QT_TRANSLATE_NOOP("CourtReport", "SHA-256 of the bundle file"),
    "format": QT_TRANSLATE_NOOP("CourtReport", "Bundle format"),
    "contents": QT_TRANSLATE_NOOP("CourtReport", "Contents"),
    "sealed_at": QT_TRANSLATE_NOOP("CourtReport", "Sealed at (the sender's clock)"),
    "fingerprint": QT_TRANSLATE_NOOP("CourtReport", "Fingerprint of the signing key"),
    "minisign": QT_TRANSLATE_NOOP("CourtReport", "minisign public key"),
    "ed25519": QT_TRANSLATE_NOOP("CourtReport", "Ed25519 public key"),
    "vault": QT_TRANSLATE_NOOP("CourtReport", "Sender's vault ID"),
    "compare": QT_TRANSLATE_NOOP(
        "CourtReport",
        "Compare the fingerprint with the sender's by voice or another trusted channel: the bundle "
        "proves which key sealed it, not whose key that is.",
    ),
    "recipient": QT_TRANSLATE_NOOP("CourtReport", "Sealed to"),
    "checks": QT_TRANSLATE_NOOP("CourtReport", "Checks made"),
    "ok": QT_TRANSLATE_NOOP("CourtReport", "ok"),
    "not_covered": QT_TRANSLATE_NOOP("CourtReport", "not covered"),
    "originals": QT_TRANSLATE_NOOP("CourtReport", "originals, byte-exact"),
    "sanitized": QT_TRANSLATE_NOOP("CourtReport", "sanitized copies"),
    "anonymised": QT_TRANSLATE_NOOP("CourtReport", "anonymised copies (faces hidden)"),
    "count": QT_TRANSLATE_NOOP("CourtReport", "{files} file(s), {statements} statement(s): {profile}"),
    "file": QT_TRANSLATE_NOOP("CourtReport", "File {n} of {total}: {name}"),
    "path": QT_TRANSLATE_NOOP("CourtReport", "Path in the bundle"),
    "item": QT_TRANSLATE_NOOP("CourtReport", "Item number in the sender's vault"),
    "size": QT_TRANSLATE_NOOP("CourtReport", "Size"),
    "bytes": QT_TRANSLATE_NOOP("CourtReport", "{size} bytes"),
    "sha": QT_TRANSLATE_NOOP("CourtReport", "SHA-256"),
    "type": QT_TRANSLATE_NOOP("CourtReport", "Content type"),
    "original_name": QT_TRANSLATE_NOOP("CourtReport", "Original name"),
    "original_sha": QT_TRANSLATE_NOOP("CourtReport", "SHA-256 of the original"),
    "done": QT_TRANSLATE_NOOP("CourtReport", "What was done to it"),
    "nothing_done": QT_TRANSLATE_NOOP(
        "CourtReport", "Nothing: this is the original, byte-exact (its SHA-256 is the original's)."
    ),
    "withheld": QT_TRANSLATE_NOOP(
        "CourtReport",
        "The original with device-identifying fields withheld ({fields}); removed: {removed}.",
    ),
    "sanitized_copy": QT_TRANSLATE_NOOP(
        "CourtReport", "A sanitized copy of the original; removed: {removed}."
    ),
    "reencoded": QT_TRANSLATE_NOOP(
        "CourtReport", "Its pixels were re-encoded: the copy's bytes differ from the original's."
    ),
    "anonymised_copy": QT_TRANSLATE_NOOP(
        "CourtReport",
        "An anonymised copy: {boxes} face box(es) in {tracks} track(s) hidden; voice disguised: "
        "{voice}; sound removed: {sound}.",
    ),
    "model": QT_TRANSLATE_NOOP("CourtReport", "SHA-256 of the face-detection model"),
    "yes": QT_TRANSLATE_NOOP("CourtReport", "yes"),
    "no": QT_TRANSLATE_NOOP("CourtReport", "no"),
    "unknown": QT_TRANSLATE_NOOP("CourtReport", "unknown"),
    "statements": QT_TRANSLATE_NOOP("CourtReport", "Witness statements"),
    "statement": QT_TRANSLATE_NOOP("CourtReport", "Statement {id} ({pseudonym})"),
    "version_sha": QT_TRANSLATE_NOOP("CourtReport", "SHA-256 of the version sent"),
    "version": QT_TRANSLATE_NOOP("CourtReport", "Version {version}, SHA-256"),
    "consent": QT_TRANSLATE_NOOP("CourtReport", "Consent"),
    "identity": QT_TRANSLATE_NOOP("CourtReport", "The witness's identity included"),
    "part": QT_TRANSLATE_NOOP("CourtReport", "{path}, SHA-256"),
}


def build(report: BundleReport, tr: Translate | None = None, made_at: datetime | None = None) -> CourtReport:
    """The report's sections in the language of ``tr`` (English without one)."""
    t: Translate = tr or (lambda _context, source: source)

    def say(key: str) -> str:
        return t(CONTEXT, _T[key])

    made = (made_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    verdict = Section(say("verdict"))
    verdict.rows.append(
        Row("", say("verified") if report.ok else say("failed"), GOOD if report.ok else ALERT)
    )
    verdict.rows += [Row(say("problem"), visible_text(p), ALERT) for p in report.problems]
    if not report.ok:
        verdict.rows.append(Row("", say("unverified"), ALERT))
    verdict.rows += [
        Row(say("file_sha"), report.file_sha256 or say("unknown"), HASH),
        Row(say("made"), made.strftime("%Y-%m-%d %H:%M:%S UTC")),
        Row("", say("made_note")),
    ]
    sections = [verdict]
    if report.bundle_id:  # nothing of the manifest is known when it was not read
        manifest = _manifest(report)
        sections += [_bundle(report, say), _checks(report, say)]
        sections += court_custody.head(report, manifest, t)
        names = {int(e.get("item_id", -1)): str(e.get("original_name", "")) for e in report.files}
        events = court_custody.events(report)
        for number, entry in enumerate(report.files, 1):
            sections += _file(entry, number, len(report.files), report.profile, say, t)
            sections += court_custody.timeline(entry, events, names, manifest, report, t, number)
        if report.statements:
            sections.append(_statements(report, say))
        sections += court_custody.remaining(events, names, manifest, report, t)
    else:
        sections.append(_checks(report, say))
    title = say("title")
    return CourtReport(
        title=title,
        ok=report.ok,
        verdict=verdict.rows[0].value,
        fingerprint=report.file_sha256,
        footer=say("footer"),
        sections=sections,
    )


def _manifest(report: BundleReport) -> dict[str, Any]:
    try:
        loaded = json.loads(report.manifest) if report.manifest else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _bundle(report: BundleReport, say: Callable[[str], str]) -> Section:
    sealed = report.sealed_by
    profile = say(report.profile) if report.profile in ("originals", "sanitized", "anonymised") else ""
    section = Section(say("bundle"))
    section.rows += [
        Row(say("bundle_id"), report.bundle_id, HASH),
        Row(say("format"), visible_text(report.format)),
        Row(
            say("contents"),
            say("count").format(
                files=len(report.files),
                statements=len(report.statements),
                profile=profile or visible_text(report.profile),
            ),
        ),
        Row(say("sealed_at"), visible_text(report.created_at)),
        Row(say("fingerprint"), visible_text(sealed.get("fingerprint", "")) or say("unknown"), HASH),
        Row(say("minisign"), visible_text(sealed.get("minisign_public_key", "")) or say("unknown"), HASH),
        Row(say("ed25519"), visible_text(sealed.get("ed25519_public_key", "")) or say("unknown"), HASH),
        Row(say("vault"), visible_text(sealed.get("vault_id", "")) or say("unknown"), HASH),
        Row("", say("compare")),
    ]
    for recipient in report.recipients:
        name, fingerprint = str(recipient.get("name", "")), str(recipient.get("fingerprint", ""))
        named = f"{visible_text(name)}: {visible_text(fingerprint)}"
        section.rows.append(Row(say("recipient"), named))
    return section


def _checks(report: BundleReport, say: Callable[[str], str]) -> Section:
    section = Section(say("checks"))
    section.rows += [Row(say("problem"), visible_text(p), ALERT) for p in report.problems]
    section.rows += [Row(say("ok"), visible_text(c), GOOD) for c in report.checks]
    section.rows += [Row(say("not_covered"), visible_text(n), ALERT) for n in report.notes]
    return section


def _file(
    entry: dict[str, Any], number: int, total: int, profile: str, say: Callable[[str], str], t: Translate
) -> list[Section]:
    name = visible_text(str(entry.get("original_name", "")))
    section = Section(say("file").format(n=number, total=total, name=name))
    section.rows += [
        Row(say("path"), visible_text(str(entry.get("path", "")))),
        Row(say("item"), visible_text(str(entry.get("item_id", "")))),
        Row(say("size"), say("bytes").format(size=visible_text(str(entry.get("size", "?"))))),
        Row(say("sha"), visible_text(str(entry.get("sha256", ""))), HASH),
        Row(say("type"), visible_text(str(entry.get("content_type") or say("unknown")))),
        Row(say("original_name"), name),
        Row(say("original_sha"), visible_text(str(entry.get("original_sha256", ""))), HASH),
    ]
    section.rows += _done(entry, say)
    section.rows += court_provenance.rows(entry, t)
    return [section]


def _done(entry: dict[str, Any], say: Callable[[str], str]) -> list[Row]:
    derivative = entry.get("derivative")
    if not isinstance(derivative, dict):
        return [Row(say("done"), say("nothing_done"))]
    removed = ", ".join(visible_text(str(r)) for r in derivative.get("removed") or []) or "-"
    rows: list[Row] = []
    anonymised = derivative.get("anonymised")
    if isinstance(anonymised, dict):
        rows.append(
            Row(
                say("done"),
                say("anonymised_copy").format(
                    boxes=visible_text(str(anonymised.get("face_boxes", "?"))),
                    tracks=visible_text(str(anonymised.get("face_tracks", "?"))),
                    voice=say("yes") if anonymised.get("voice_disguised") else say("no"),
                    sound=say("yes") if anonymised.get("sound_removed") else say("no"),
                ),
            )
        )
        if anonymised.get("model_sha256"):
            rows.append(Row(say("model"), visible_text(str(anonymised["model_sha256"])), HASH))
    elif derivative.get("withheld"):
        fields = ", ".join(visible_text(str(f)) for f in derivative.get("withheld") or [])
        rows.append(Row(say("done"), say("withheld").format(fields=fields, removed=removed)))
    else:
        rows.append(Row(say("done"), say("sanitized_copy").format(removed=removed)))
    if derivative.get("reencoded"):
        rows.append(Row("", say("reencoded")))
    return rows


def _statements(report: BundleReport, say: Callable[[str], str]) -> Section:
    section = Section(say("statements"))
    for statement in report.statements:
        heading = say("statement").format(
            id=visible_text(str(statement.get("id", ""))),
            pseudonym=visible_text(str(statement.get("pseudonym", ""))),
        )
        section.rows.append(Row(heading, ""))
        section.rows.append(
            Row(say("version_sha"), visible_text(str(statement.get("version_sha256", ""))), HASH)
        )
        for version in statement.get("versions") or []:
            if isinstance(version, dict):
                label = say("version").format(version=visible_text(str(version.get("version", "?"))))
                section.rows.append(Row(label, visible_text(str(version.get("sha256", ""))), HASH))
        for part in ("json", "html"):
            member = statement.get(part)
            if isinstance(member, dict):
                label = say("part").format(path=visible_text(str(member.get("path", ""))))
                section.rows.append(Row(label, visible_text(str(member.get("sha256", ""))), HASH))
        section.rows.append(Row(say("consent"), visible_text(str(statement.get("consent", "")))))
        included = say("yes") if statement.get("identity_included") else say("no")
        section.rows.append(Row(say("identity"), included))
    return section
