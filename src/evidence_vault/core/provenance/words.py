"""The provenance verdict in words: one implementation for the CLI, the GUI and reports.

Every text is an English source string marked for the "Provenance" catalogue; the caller
passes its translator (``tr``), so the CLI (evidence_vault.i18n.translate) and the GUI
(QCoreApplication.translate) show the same sentences in the user's language. The verdict
comes first, then what the manifest claims, then the details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from ..visible import visible_text
from .model import (
    ABSENT,
    BROKEN,
    CHANGED,
    DAMAGED,
    INVALID_SIGNATURE,
    REMOTE,
    TRUSTED,
    UNREADABLE,
    UNTRUSTED,
    Manifest,
    Provenance,
)

CONTEXT = "Provenance"
Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    return source


_HEADLINES = {
    TRUSTED: QT_TRANSLATE_NOOP(
        "Provenance",
        "Signed by {signer} ({generator}); the file has not been changed since it was signed. "
        "The signer is trusted: its certificate chain ends at an anchor installed in this vault.",
    ),
    UNTRUSTED: QT_TRANSLATE_NOOP(
        "Provenance",
        "Valid signature, signer not in a trusted list: signed by {signer} ({generator}); the file "
        "has not been changed since it was signed. No anchor installed in this vault vouches for "
        "who the signer is.",
    ),
    CHANGED: QT_TRANSLATE_NOOP(
        "Provenance",
        "CHANGED AFTER SIGNING: the file's bytes no longer match the hash in its Content Credentials "
        "(signed by {signer}, {generator}). It was altered after signing: the claim does not describe "
        "this file.",
    ),
    INVALID_SIGNATURE: QT_TRANSLATE_NOOP(
        "Provenance",
        "INVALID SIGNATURE: the signature of the Content Credentials or the certificate that made it "
        "does not hold ({codes}). Nothing in them can be relied on.",
    ),
    DAMAGED: QT_TRANSLATE_NOOP(
        "Provenance",
        "MANIFEST DAMAGED: the parts of the Content Credentials do not match each other (edited or "
        "broken: {codes}). Nothing in them can be relied on.",
    ),
    REMOTE: QT_TRANSLATE_NOOP(
        "Provenance",
        "The file's Content Credentials are kept on the network ({url}) and were not fetched: this "
        "program never goes online. Nothing about them is known.",
    ),
    ABSENT: QT_TRANSLATE_NOOP(
        "Provenance",
        "No Content Credentials (C2PA) in this file. That proves nothing either way: most files have "
        "none, and many apps remove them.",
    ),
    UNREADABLE: QT_TRANSLATE_NOOP(
        "Provenance",
        "Content Credentials could not be read ({problem}). This is a failure of the reader, not a "
        "finding about the file: check it with c2patool.",
    ),
}
_UNKNOWN = QT_TRANSLATE_NOOP("Provenance", "unknown")
_TIMESTAMPED = QT_TRANSLATE_NOOP("Provenance", "Signed on {time}, by the clock of a timestamp authority.")
_NO_TIME = QT_TRANSLATE_NOOP(
    "Provenance", "The manifest has no timestamp: when it was signed is not attested, only claimed."
)
_CAPTURED = QT_TRANSLATE_NOOP(
    "Provenance", "The manifest says it was recorded by a device (digital capture)."
)
_AI = QT_TRANSLATE_NOOP("Provenance", "MADE OR CHANGED BY AI, says the manifest: {actions}.")
_ACTIONS = QT_TRANSLATE_NOOP("Provenance", "Actions the manifest records: {actions}.")
_SCOPE = QT_TRANSLATE_NOOP(
    "Provenance",
    "A valid signature proves who signed and that the bytes did not change since; it does not prove "
    "that what the file shows is true.",
)
_INGREDIENT_BROKEN = QT_TRANSLATE_NOOP(
    "Provenance", "An ingredient's own Content Credentials do not hold: {codes}."
)
_LABELS = {
    "verdict": QT_TRANSLATE_NOOP("Provenance", "Verdict"),
    "state": QT_TRANSLATE_NOOP("Provenance", "c2pa validation state"),
    "reader": QT_TRANSLATE_NOOP("Provenance", "Read with"),
    "anchors": QT_TRANSLATE_NOOP("Provenance", "Trust anchors installed"),
    "manifest": QT_TRANSLATE_NOOP("Provenance", "Manifest"),
    "generator": QT_TRANSLATE_NOOP("Provenance", "Claim generator"),
    "signer": QT_TRANSLATE_NOOP("Provenance", "Signer"),
    "issuer": QT_TRANSLATE_NOOP("Provenance", "Issuer"),
    "serial": QT_TRANSLATE_NOOP("Provenance", "Certificate serial"),
    "validity": QT_TRANSLATE_NOOP("Provenance", "Certificate valid"),
    "algorithm": QT_TRANSLATE_NOOP("Provenance", "Algorithm"),
    "signed": QT_TRANSLATE_NOOP("Provenance", "Timestamp"),
    "action": QT_TRANSLATE_NOOP("Provenance", "Action"),
    "ingredient": QT_TRANSLATE_NOOP("Provenance", "Ingredient"),
    "identity": QT_TRANSLATE_NOOP("Provenance", "Identifies"),
    "failure": QT_TRANSLATE_NOOP("Provenance", "Failure"),
    "chain": QT_TRANSLATE_NOOP("Provenance", "Certificate chain"),
}
_CERT = QT_TRANSLATE_NOOP("Provenance", "{subject}, issued by {issuer}, valid {valid}, SHA-256 {sha256}")


@dataclass(frozen=True)
class Summary:
    verdict: str
    broken: bool  # shown prominently
    headline: str
    notes: list[str] = field(default_factory=list)
    details: list[tuple[str, str]] = field(default_factory=list)  # (label, value), values made visible


def _v(value: str) -> str:
    return visible_text(value)


def when(value: str) -> str:
    """A manifest's ISO time as "2026-03-02 10:41 UTC" (as given when it does not parse)."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return _v(value)
    if moment.tzinfo is None:
        return _v(value)
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _action_word(a_name: str) -> str:
    return a_name.removeprefix("c2pa.")


def summarise(prov: Provenance, tr: Translate = lambda s: s) -> Summary:
    """The verdict sentence, the notes that qualify it, and the details, translated by ``tr``."""
    m = prov.active_manifest
    unknown = tr(_UNKNOWN)
    codes = ", ".join(f.code for f in prov.failures) or prov.state or unknown
    headline = tr(_HEADLINES[prov.verdict]).format(
        signer=_v(m.signer) if m and m.signer else unknown,
        generator=_v(m.claim_generator) if m and m.claim_generator else unknown,
        codes=_v(codes),
        url=_v(prov.remote_url) or unknown,
        problem=_v(prov.problem) or unknown,
    )
    notes: list[str] = []
    if m is not None and prov.verdict in (TRUSTED, UNTRUSTED):
        timed = m.signed_at and not any(f.code.startswith("timeStamp.") for f in prov.failures)
        notes.append(tr(_TIMESTAMPED).format(time=when(m.signed_at)) if timed else tr(_NO_TIME))
    if m is not None and prov.verdict not in (INVALID_SIGNATURE, DAMAGED):
        notes += _claims(m, tr)
    if prov.ingredient_failures:
        ingredient_codes = ", ".join(sorted({f.code for f in prov.ingredient_failures}))
        notes.append(tr(_INGREDIENT_BROKEN).format(codes=_v(ingredient_codes)))
    if prov.verdict in (TRUSTED, UNTRUSTED):
        notes.append(tr(_SCOPE))
    return Summary(prov.verdict, prov.verdict in BROKEN, headline, notes, details(prov, tr))


def _claims(m: Manifest, tr: Translate) -> list[str]:
    out: list[str] = []
    if any(
        a.action in ("c2pa.created", "c2pa.captured") and a.source_type.endswith("/digitalCapture")
        for a in m.actions
    ):
        out.append(tr(_CAPTURED))
    ai = [a for a in m.actions if a.ai_generated]
    if ai:
        listed = ", ".join(f"{_action_word(a.action)} ({a.source_type.rsplit('/', 1)[-1]})" for a in ai)
        out.append(tr(_AI).format(actions=_v(listed)))
    if m.actions:
        out.append(tr(_ACTIONS).format(actions=_v(", ".join(_action_word(a.action) for a in m.actions))))
    return out


def details(prov: Provenance, tr: Translate = lambda s: s) -> list[tuple[str, str]]:
    """What was read, label by label: the active manifest first, then the others."""
    rows: list[tuple[str, str]] = [(tr(_LABELS["verdict"]), prov.verdict)]
    if prov.state:
        rows.append((tr(_LABELS["state"]), _v(prov.state)))
    rows += [(tr(_LABELS["failure"]), _v(f"{f.code}: {f.explanation}")) for f in prov.failures]
    rows += [
        (tr(_LABELS["failure"]), _v(f"ingredient {f.code}: {f.explanation}"))
        for f in prov.ingredient_failures
    ]
    ordered = sorted(prov.manifests, key=lambda x: x.label != prov.active)
    for m in ordered:
        rows.append((tr(_LABELS["manifest"]), _v(m.label)))
        for key, value in (
            ("generator", m.claim_generator),
            ("signer", m.signer_subject or m.signer),
            ("issuer", m.signer_issuer),
            ("serial", m.serial),
            (
                "validity",
                f"{when(m.cert_not_before)} – {when(m.cert_not_after)}" if m.cert_not_before else "",
            ),
            ("algorithm", m.algorithm),
            ("signed", when(m.signed_at) if m.signed_at else ""),
        ):
            if value:
                rows.append((tr(_LABELS[key]), _v(value)))
        for cert in m.chain:  # signer first; c2pa judged the chain, this shows it
            valid = f"{when(cert.not_before)} – {when(cert.not_after)}"
            said = tr(_CERT).format(subject=cert.subject, issuer=cert.issuer, valid=valid, sha256=cert.sha256)
            rows.append((tr(_LABELS["chain"]), _v(said)))
        for a in m.actions:
            extra = "; ".join(x for x in (a.source_type, a.software, a.when) if x)
            rows.append((tr(_LABELS["action"]), _v(a.action + (f" ({extra})" if extra else ""))))
        for i in m.ingredients:
            parts = "; ".join(
                x for x in (i.relationship, i.format, i.hash and f"hash {i.hash}", i.validation) if x
            )
            rows.append((tr(_LABELS["ingredient"]), _v(i.title + (f" ({parts})" if parts else ""))))
        rows += [(tr(_LABELS["identity"]), _v(f"{kind}: {value}")) for kind, value in m.identities]
    rows.append((tr(_LABELS["anchors"]), str(prov.anchors)))
    if prov.reader:
        rows.append((tr(_LABELS["reader"]), _v(prov.reader)))
    return rows
