"""Custody events as plain sentences: what happened, to which item, with which hashes.

One implementation for every place a person reads the log: the custody window, the details
panel, ``log`` on the command line and the verification report. Each sentence is an English
template with named values (``Readable``); the layers translate the template (context
"CustodySentence", the catalogues are Qt's) and fill in the values, so the values (names,
hashes, numbers) are never translated and a translation cannot drop one unnoticed
(tools/translations.py checks the placeholders). The event's whole record stays one click
away: nothing here replaces it, and an action this version does not know is still shown by
name with its details in plain words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..visible import visible_text
from .log import Event

CONTEXT = "CustodySentence"
HASH_SHOWN = 16  # hex digits of a SHA-256 in a sentence; the record holds all 64


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogues without loading Qt (core has none)."""
    return text


@dataclass(frozen=True)
class Readable:
    """An event in words: ``template.format(**values)``, once the template is translated."""

    template: str
    values: dict[str, str] = field(default_factory=dict)

    def english(self) -> str:
        return self.template.format(**self.values)


def short_hash(value: object) -> str:
    text = str(value or "")
    return f"{text[:HASH_SHOWN]}…" if len(text) > HASH_SHOWN else text or "?"


def when(event: Event) -> str:
    """The event's time as a person reads it, in UTC: '2026-03-02 10:41:05 UTC'."""
    stamp = event.time
    return f"{stamp[:10]} {stamp[11:19]} UTC" if len(stamp) >= 19 else stamp


def size_text(value: object) -> str:
    try:
        size = float(str(value))
    except ValueError:
        return "?"
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    return "?"


def _items(event: Event) -> str:
    return ", ".join(f"#{int(i)}" for i in event.body.get("items", [])) or "-"


def _listed(values: object, most: int = 6) -> str:
    shown = [str(v) for v in values] if isinstance(values, list) else []
    if len(shown) > most:
        return ", ".join(shown[:most]) + f" (+{len(shown) - most})"
    return ", ".join(shown) or "-"


_Values = Callable[[dict[str, Any], str], dict[str, object]]


def _p(**picked: Callable[[dict[str, Any]], object]) -> _Values:
    """Values from params: each name computed by its function; 'items' is always there."""
    return lambda params, items: {"items": items, **{k: f(params) for k, f in picked.items()}}


def _get(key: str) -> Callable[[dict[str, Any]], object]:
    return lambda params: params.get(key, "?")


def _hash(key: str) -> Callable[[dict[str, Any]], object]:
    return lambda params: short_hash(params.get(key))


# action: (template, values). Every {name} a template uses is a value the function gives.
SENTENCES: dict[str, tuple[str, _Values]] = {
    "item.imported": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "Imported {items} ({size}, {type}) from “{source}”; SHA-256 {sha256}."
        ),
        _p(
            size=lambda p: size_text(p.get("size")),
            type=_get("content_type"),
            source=_get("source_name"),
            sha256=_hash("sha256"),
        ),
    ),
    "item.duplicate_seen": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "“{source}” was imported again: the same bytes as {items} (SHA-256 {sha256}), kept once.",
        ),
        _p(source=_get("source_name"), sha256=_hash("sha256")),
    ),
    "item.restored": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "Imported again after its deletion: {items} from “{source}”; SHA-256 {sha256}."
        ),
        _p(source=_get("source_name"), sha256=_hash("sha256")),
    ),
    "item.viewed": (QT_TRANSLATE_NOOP("CustodySentence", "{items} was opened for viewing."), _p()),
    "item.played": (QT_TRANSLATE_NOOP("CustodySentence", "{items} was played."), _p()),
    "item.extracted": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "A copy of {items} was written out as “{destination}”; SHA-256 {sha256}."
        ),
        _p(destination=_get("destination_name"), sha256=_hash("sha256")),
    ),
    "item.metadata_read:done": (
        QT_TRANSLATE_NOOP("CustodySentence", "The metadata of {items} was read."),
        _p(),
    ),
    "item.metadata_read:partial": (
        QT_TRANSLATE_NOOP("CustodySentence", "The metadata of {items} was read only in part: {reason}"),
        _p(reason=_get("reason")),
    ),
    "item.metadata_read": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "The metadata of {items} could not be read ({status}): {reason}"
        ),
        _p(status=_get("status"), reason=_get("reason")),
    ),
    "item.preview_checked:matches": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "The preview embedded in {items} was compared with the picture: they match."
        ),
        _p(),
    ),
    "item.preview_checked:differs": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The preview embedded in {items} differs from the picture: it may show the picture as it "
            "was before an edit.",
        ),
        _p(),
    ),
    "item.preview_checked": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The preview embedded in {items} could not be compared with the picture ({check}).",
        ),
        _p(check=_get("check")),
    ),
    "item.derivative_made": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "A cleaned copy of {items} was made ({type}); original SHA-256 {original}, copy SHA-256 "
            "{copy}; removed: {removed}.",
        ),
        _p(
            type=_get("content_type"),
            original=_hash("original_sha256"),
            copy=_hash("derivative_sha256"),
            removed=lambda p: _listed(p.get("removed")),
        ),
    ),
    "item.deleted": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The bytes of {items} were deleted (reason: {reason}); SHA-256 {sha256}. Its record stays.",
        ),
        _p(reason=_get("reason"), sha256=_hash("sha256")),
    ),
    "bundle.sealed": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "Bundle {bundle} was sealed for {recipients}: {files} file(s); bundle SHA-256 {sha256}.",
        ),
        _p(
            bundle=_get("bundle_id"),
            recipients=lambda p: _listed([r.get("name", "?") for r in p.get("recipients", [])]),
            files=lambda p: len(p.get("files", [])),
            sha256=_hash("bundle_sha256"),
        ),
    ),
    "bundle.imported": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "Bundle {bundle}, sealed by key {sender}, was received: {files} file(s), {items}.",
        ),
        _p(
            bundle=_get("bundle_id"),
            sender=_hash("sealed_by_fingerprint"),
            files=lambda p: len(p.get("files", [])),
        ),
    ),
    "verification.run": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The archive was verified: {result}; {checked} item(s) and {events} event(s) checked.",
        ),
        _p(result=_get("result"), checked=_get("items_checked"), events=_get("events_checked")),
    ),
    "vault.created": (
        QT_TRANSLATE_NOOP("CustodySentence", "This archive was created; its signing key is {key}."),
        _p(key=_hash("signing_public_key")),
    ),
    "case.created": (
        QT_TRANSLATE_NOOP("CustodySentence", "Case “{name}” was created."),
        _p(name=_get("name")),
    ),
    "case.item_added": (
        QT_TRANSLATE_NOOP("CustodySentence", "{items} was added to case “{name}”."),
        _p(name=_get("name")),
    ),
    "case.item_removed": (
        QT_TRANSLATE_NOOP("CustodySentence", "{items} was taken out of case “{name}”."),
        _p(name=_get("name")),
    ),
    "statement.created": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "Statement {statement} was written (version {version}, SHA-256 {sha256})."
        ),
        _p(statement=_get("statement"), version=_get("version"), sha256=_hash("sha256")),
    ),
    "statement.amended": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "Statement {statement} was amended: version {version}, SHA-256 {sha256}, after {previous}.",
        ),
        _p(
            statement=_get("statement"),
            version=_get("version"),
            sha256=_hash("sha256"),
            previous=_hash("previous_sha256"),
        ),
    ),
    "consent.recorded": (
        QT_TRANSLATE_NOOP("CustodySentence", "Consent for statement {statement} was recorded: {audience}."),
        _p(statement=_get("statement"), audience=_get("audience")),
    ),
    "consent.withdrawn": (
        QT_TRANSLATE_NOOP("CustodySentence", "Consent for statement {statement} was withdrawn."),
        _p(statement=_get("statement")),
    ),
    "item.provenance_read:signed_intact_trusted": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The Content Credentials of {items} were checked: signed by {signer}, unchanged since, "
            "and the signer's chain ends at an installed trust anchor.",
        ),
        _p(signer=_get("signer")),
    ),
    "item.provenance_read:signed_intact_untrusted": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The Content Credentials of {items} were checked: signed by {signer} and unchanged since; "
            "no installed trust anchor vouches for the signer.",
        ),
        _p(signer=_get("signer")),
    ),
    "item.provenance_read:changed_after_signing": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The Content Credentials of {items} were checked: the file was CHANGED after {signer} signed it.",
        ),
        _p(signer=_get("signer")),
    ),
    "item.provenance_read:absent": (
        QT_TRANSLATE_NOOP("CustodySentence", "{items} carries no Content Credentials (C2PA)."),
        _p(),
    ),
    "item.provenance_read": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "The Content Credentials of {items} were read; the verdict: {verdict}."
        ),
        _p(verdict=lambda p: str(p.get("verdict", "?")).replace("_", " ")),
    ),
    "item.attachments_added": (
        QT_TRANSLATE_NOOP("CustodySentence", "{count} proof file(s) were stored beside {items}: {names}."),
        _p(
            count=lambda p: len(p.get("attachments", [])),
            names=lambda p: _listed([a.get("name", "?") for a in p.get("attachments", [])], 4),
        ),
    ),
    "item.proof_checked": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "The ProofMode proofs of {items} were checked: {valid} of {signatures} signature(s) valid.",
        ),
        _p(
            valid=lambda p: sum(1 for x in p.get("signatures", []) if x.get("verdict") == "valid"),
            signatures=lambda p: len(p.get("signatures", [])),
        ),
    ),
    "item.perceptual_hash:done": (
        QT_TRANSLATE_NOOP(
            "CustodySentence",
            "Perceptual hashes of {items} were computed, for finding look-alikes: {count}.",
        ),
        _p(count=lambda p: len(p.get("hashes", []))),
    ),
    "item.perceptual_hash:none": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "{items} has no picture or video to compute a perceptual hash of."
        ),
        _p(),
    ),
    "item.perceptual_hash": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "No perceptual hash of {items} could be computed ({status}): {reason}"
        ),
        _p(status=_get("status"), reason=_get("reason")),
    ),
    "provenance.trust_added": (
        QT_TRANSLATE_NOOP(
            "CustodySentence", "A trust anchor for Content Credentials was installed: {subject}."
        ),
        _p(subject=_get("subject")),
    ),
    "provenance.trust_removed": (
        QT_TRANSLATE_NOOP("CustodySentence", "The trust anchor {subject} was removed."),
        _p(subject=_get("subject")),
    ),
    "anchor.shown": (
        QT_TRANSLATE_NOOP("CustodySentence", "An anchor of the log was shown: {size} events, root {root}."),
        _p(size=_get("size"), root=_hash("root")),
    ),
}
OTHER = QT_TRANSLATE_NOOP("CustodySentence", "{action}: {details}")
# Actions whose sentence depends on one of their values ("action:value" in SENTENCES).
VARIANTS = {
    "item.metadata_read": "status",
    "item.preview_checked": "check",
    "item.provenance_read": "verdict",
    "item.perceptual_hash": "status",
}


def readable(event: Event, items: str | None = None) -> Readable:
    """The event as a sentence; ``items`` names its items as the caller shows them
    ("#7 photo.jpg", from ``evidence.items.named_in_events``), else by number."""
    params = event.body.get("params", {})
    params = params if isinstance(params, dict) else {}
    items = items or _items(event)
    variant = f"{event.action}:{params.get(VARIANTS.get(event.action, ''), '')}"
    known = SENTENCES.get(variant) or SENTENCES.get(event.action)
    if known is None:
        return Readable(OTHER, {"action": visible_text(event.action), "details": details_text(params)})
    template, values = known
    return Readable(template, {k: visible_text(str(v)) for k, v in values(params, items).items()})


def details_text(params: Mapping[str, Any]) -> str:
    """An event's params in plain words ('size: 12; tags: a, b'), hashes shortened: the
    fallback for actions without a sentence of their own."""
    parts = []
    for key, value in params.items():
        if isinstance(value, (list, tuple)):
            shown = _listed(list(value))
        elif isinstance(value, dict):
            shown = details_text(value)
        elif isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value):
            shown = short_hash(value)
        else:
            shown = str(value)
        parts.append(f"{key.replace('_', ' ')}: {shown}")
    return visible_text("; ".join(parts)) or "-"
