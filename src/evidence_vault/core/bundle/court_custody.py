"""The custody part of the court report: the signed tree head, each file's timeline (its
events as sentences, core/custody/readable.py) and each event's Merkle inclusion proof.

Only events the bundle carries are read, from the verified custody/events.jsonl; a line
that does not parse is skipped here (the check has already named it as a problem).
"""

from __future__ import annotations

import json
from typing import Any

from ..crypto import merkle
from ..custody.log import Event
from ..custody.readable import CONTEXT as SENTENCES
from ..custody.readable import readable, when
from ..visible import visible_text
from .court_model import GOOD, HASH, QT_TRANSLATE_NOOP, Row, Section, Translate
from .outcome import BundleReport

EVENTS = "custody/events.jsonl"


_T = {
    "head": QT_TRANSLATE_NOOP("CourtReport", "Custody: the sender's signed tree head"),
    "head_note": QT_TRANSLATE_NOOP(
        "CourtReport",
        "The sender's vault signed this head of its custody log (an RFC 9162 Merkle tree of "
        "every event). Each event below carries an audit path that leads from its leaf to this root.",
    ),
    "size": QT_TRANSLATE_NOOP("CourtReport", "Events in the log"),
    "root": QT_TRANSLATE_NOOP("CourtReport", "Root hash"),
    "time": QT_TRANSLATE_NOOP("CourtReport", "Signed at (the sender's clock)"),
    "sig": QT_TRANSLATE_NOOP("CourtReport", "Ed25519 signature"),
    "vault": QT_TRANSLATE_NOOP("CourtReport", "Sender's vault ID"),
    "previous": QT_TRANSLATE_NOOP(
        "CourtReport", "Extends the log sent in an earlier bundle: {size} events, root"
    ),
    "consistency": QT_TRANSLATE_NOOP("CourtReport", "Consistency proof"),
    "timeline": QT_TRANSLATE_NOOP("CourtReport", "Custody timeline of file {n}"),
    "no_events": QT_TRANSLATE_NOOP("CourtReport", "No custody event in this bundle names this file."),
    "event": QT_TRANSLATE_NOOP("CourtReport", "{time} · event {seq}"),
    "event_sha": QT_TRANSLATE_NOOP("CourtReport", "SHA-256 of the event"),
    "leaf": QT_TRANSLATE_NOOP("CourtReport", "Merkle leaf {index}, hash"),
    "path": QT_TRANSLATE_NOOP("CourtReport", "Audit path ({count} hashes)"),
    "empty_path": QT_TRANSLATE_NOOP("CourtReport", "none: the log held this one event"),
    "proven": QT_TRANSLATE_NOOP(
        "CourtReport", "The event's signature and its inclusion proof against the signed head verified."
    ),
    "others": QT_TRANSLATE_NOOP("CourtReport", "Custody events about no file in this bundle"),
    "withheld": QT_TRANSLATE_NOOP("CourtReport", "Custody events withheld by the {profile} profile"),
    "withheld_note": QT_TRANSLATE_NOOP(
        "CourtReport",
        "These events record what the copies no longer show (where or when the originals were "
        "taken, who reviewed an anonymised copy). The bundle carries only their hashes, proven "
        "to be in the signed log.",
    ),
    "withheld_event": QT_TRANSLATE_NOOP("CourtReport", "Event {seq}, SHA-256"),
}


def events(report: BundleReport) -> dict[int, Event]:
    """The carried events by sequence number."""
    found: dict[int, Event] = {}
    data = report.custody_files.get(EVENTS, b"")
    for line in data.decode("utf-8", "replace").splitlines():
        try:
            record = json.loads(line)
            body = json.loads(record["canonical"])
            event = Event(int(body["seq"]), body, bytes.fromhex(record["hash"]), bytes.fromhex(record["sig"]))
            event.action, event.time  # noqa: B018 - both must be there
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        found.setdefault(event.seq, event)
    return found


def head(report: BundleReport, manifest: dict[str, Any], t: Translate) -> list[Section]:
    def say(key: str) -> str:
        return t("CourtReport", _T[key])

    tree = report.tree_head
    section = Section(say("head"))
    sig = visible_text(str(tree.get("sig", "")))
    section.rows += [
        Row("", say("head_note")),
        Row(say("size"), visible_text(str(tree.get("size", "?")))),
        Row(say("root"), visible_text(str(tree.get("root", ""))), HASH),
        Row(say("time"), visible_text(str(tree.get("time", "")))),
        Row(say("sig"), "\n".join(sig[i : i + 64] for i in range(0, len(sig), 64)), HASH),
        Row(say("vault"), visible_text(str(tree.get("vault_id", ""))), HASH),
    ]
    custody = manifest.get("custody") if isinstance(manifest.get("custody"), dict) else {}
    previous = custody.get("consistency_from_previous_bundle") if custody else None
    if isinstance(previous, dict) and isinstance(previous.get("from"), dict):
        old = previous["from"]
        label = say("previous").format(size=visible_text(str(old.get("size", "?"))))
        section.rows.append(Row(label, visible_text(str(old.get("root", ""))), HASH))
        proof = [visible_text(str(h)) for h in previous.get("proof") or []]
        section.rows.append(Row(say("consistency"), "\n".join(proof) or "-", HASH))
    return [section]


def _proofs(manifest: dict[str, Any]) -> dict[str, list[str]]:
    custody = manifest.get("custody")
    proofs = custody.get("inclusion_proofs") if isinstance(custody, dict) else None
    return proofs if isinstance(proofs, dict) else {}


def _items_text(event: Event, names: dict[int, str]) -> str:
    shown = []
    for item in event.body.get("items") or []:
        try:
            number = int(item)
        except (TypeError, ValueError):
            continue
        name = names.get(number)
        shown.append(f"#{number} “{visible_text(name)}”" if name else f"#{number}")
    return ", ".join(shown) or "-"


def _sentence(event: Event, names: dict[int, str], t: Translate) -> str:
    said = readable(event, _items_text(event, names))
    try:
        return t(SENTENCES, said.template).format(**said.values)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English, never nothing
        return said.english()


def _event_rows(
    event: Event, names: dict[int, str], manifest: dict[str, Any], report: BundleReport, t: Translate
) -> list[Any]:
    def say(key: str) -> str:
        return t("CourtReport", _T[key])

    proof = [visible_text(str(h)) for h in _proofs(manifest).get(str(event.seq)) or []]
    rows = [
        Row(say("event").format(time=visible_text(when(event)), seq=event.seq), _sentence(event, names, t)),
        Row(say("event_sha"), event.hash.hex(), HASH),
        Row(say("leaf").format(index=event.seq - 1), merkle.leaf_hash(event.hash).hex(), HASH),
        Row(say("path").format(count=len(proof)), "\n".join(proof) or say("empty_path"), HASH),
    ]
    if report.ok:  # a failed report proves none of them
        rows.append(Row("", say("proven"), GOOD))
    return rows


def timeline(
    entry: dict[str, Any],
    carried: dict[int, Event],
    names: dict[int, str],
    manifest: dict[str, Any],
    report: BundleReport,
    t: Translate,
    number: int = 0,
) -> list[Section]:
    item = entry.get("item_id")
    section = Section(t("CourtReport", _T["timeline"]).format(n=number), level=2)
    for seq in sorted(carried):
        if item in (carried[seq].body.get("items") or []):
            section.rows += _event_rows(carried[seq], names, manifest, report, t)
    if not section.rows:
        section.rows.append(Row("", t("CourtReport", _T["no_events"])))
    return [section]


def remaining(
    carried: dict[int, Event],
    names: dict[int, str],
    manifest: dict[str, Any],
    report: BundleReport,
    t: Translate,
) -> list[Section]:
    """The carried events that name no file of the bundle, then the withheld ones by hash."""
    sections = []
    others = Section(t("CourtReport", _T["others"]))
    for seq in sorted(carried):
        if not any(i in names for i in carried[seq].body.get("items") or []):
            others.rows += _event_rows(carried[seq], names, manifest, report, t)
    if others.rows:
        sections.append(others)
    if report.withheld_events:
        profile = visible_text(report.profile)
        withheld = Section(t("CourtReport", _T["withheld"]).format(profile=profile))
        withheld.rows.append(Row("", t("CourtReport", _T["withheld_note"])))
        for hidden in report.withheld_events:
            number = visible_text(str(hidden.get("seq", "?")))
            withheld.rows.append(
                Row(
                    t("CourtReport", _T["withheld_event"]).format(seq=number),
                    visible_text(str(hidden.get("hash", ""))),
                    HASH,
                )
            )
            proof = [visible_text(str(h)) for h in _proofs(manifest).get(number) or []]
            label = t("CourtReport", _T["path"]).format(count=len(proof))
            withheld.rows.append(Row(label, "\n".join(proof) or t("CourtReport", _T["empty_path"]), HASH))
        sections.append(withheld)
    return sections
