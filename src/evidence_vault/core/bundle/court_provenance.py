"""A file's capture-time provenance in the court report: the C2PA verdict and the ProofMode
check that the sender's vault recorded, and the attachments that came with the file.

They are read from the optional ``provenance`` and ``attachments`` keys of the signed
manifest's file entry (only byte-exact originals carry them; older bundles have none). They
are the sender's claim, signed with the manifest, and are worded so: this report re-checks
no Content Credentials and no ProofMode signature. Anything malformed is said to be so.
"""

from __future__ import annotations

from typing import Any

from ..proofmode import words as proofmode_words
from ..provenance import words as provenance_words
from ..provenance.model import Provenance
from ..visible import visible_text
from .court_model import ALERT, HASH, QT_TRANSLATE_NOOP, TEXT, Row, Translate

# The ProofMode sentences are translated in the catalogue of the app's ProofMode section,
# where gui/proofmode.py lists them literally: the same English, one translation.
PROOFMODE_CONTEXT = "ProofModeSection"

_T = {
    "c2pa": QT_TRANSLATE_NOOP("CourtReport", "Content Credentials (C2PA)"),
    "proofmode": QT_TRANSLATE_NOOP("CourtReport", "ProofMode"),
    "provenance": QT_TRANSLATE_NOOP("CourtReport", "Capture-time provenance"),
    "none": QT_TRANSLATE_NOOP("CourtReport", "No capture-time provenance recorded by the sender."),
    "not_carried": QT_TRANSLATE_NOOP(
        "CourtReport",
        "Not carried: the sanitized copy no longer holds the original's Content Credentials.",
    ),
    "recorded": QT_TRANSLATE_NOOP(
        "CourtReport",
        "Recorded by the sender's vault at {time}. This is the sender's finding, carried in the "
        "signed manifest, not a check made by this report:",
    ),
    "malformed": QT_TRANSLATE_NOOP("CourtReport", "The sender's record of it is malformed and is not shown."),
    "count": QT_TRANSLATE_NOOP("CourtReport", "Attachments that came with the file"),
    "attachment": QT_TRANSLATE_NOOP("CourtReport", "{kind}: {name} ({size} bytes), SHA-256"),
    "unknown": QT_TRANSLATE_NOOP("CourtReport", "unknown"),
}


def _say(t: Translate, key: str) -> str:
    return t("CourtReport", _T[key])


def _c2pa(record: dict[str, Any], t: Translate) -> tuple[str, bool, list[str]]:
    """The verdict sentence, whether it is bad news, and its notes."""
    summary = provenance_words.summarise(Provenance.from_json(record), lambda s: t("Provenance", s))
    return summary.headline, summary.broken, summary.notes


def _proofmode(record: dict[str, Any], t: Translate) -> list[tuple[str, bool]]:
    templates = {code: t(PROOFMODE_CONTEXT, text) for code, text in proofmode_words.TEMPLATES.items()}
    what = {key: t(PROOFMODE_CONTEXT, text) for key, text in proofmode_words.WHAT.items()}
    out = []
    for line in proofmode_words.lines(record):
        try:
            text = proofmode_words.english(line, templates[line.code], what)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English
            text = proofmode_words.english(line)
        out.append((visible_text(text), line.ok))
    return out


def _time(record: dict[str, Any], key: str, t: Translate) -> str:
    return visible_text(str(record.get(key) or "")) or _say(t, "unknown")


def rows(entry: dict[str, Any], t: Translate) -> list[Row]:
    """The file's provenance rows, then its attachments."""
    recorded = entry.get("provenance")
    recorded = recorded if isinstance(recorded, dict) else {}
    c2pa, proofmode = recorded.get("c2pa"), recorded.get("proofmode")
    out: list[Row] = []
    if not isinstance(c2pa, dict) and not isinstance(proofmode, dict):
        key = "not_carried" if entry.get("derivative") else "none"
        out.append(Row(_say(t, "provenance"), _say(t, key)))
    if isinstance(c2pa, dict):
        out.append(Row(_say(t, "c2pa"), _say(t, "recorded").format(time=_time(c2pa, "read_at", t))))
        try:
            headline, broken, notes = _c2pa(c2pa, t)
        except (KeyError, TypeError, ValueError, AttributeError):
            out.append(Row("", _say(t, "malformed"), ALERT))
        else:
            out.append(Row("", headline, ALERT if broken else TEXT))
            out += [Row("", note) for note in notes]
    if isinstance(proofmode, dict):
        when = _say(t, "recorded").format(time=_time(proofmode, "checked_at", t))
        out.append(Row(_say(t, "proofmode"), when))
        try:
            out += [Row("", text, TEXT if ok else ALERT) for text, ok in _proofmode(proofmode, t)]
        except (KeyError, TypeError, ValueError, AttributeError):
            out.append(Row("", _say(t, "malformed"), ALERT))
    out += attachment_rows(entry, t)
    return out


def attachments(entry: dict[str, Any]) -> list[dict[str, Any]]:
    listed = entry.get("attachments")
    return [a for a in listed if isinstance(a, dict)] if isinstance(listed, list) else []


def attachment_rows(entry: dict[str, Any], t: Translate) -> list[Row]:
    listed = attachments(entry)
    if not listed:
        return []
    out = [Row(_say(t, "count"), str(len(listed)))]
    for attachment in listed:
        label = _say(t, "attachment").format(
            kind=visible_text(str(attachment.get("kind", ""))),
            name=visible_text(str(attachment.get("name", ""))),
            size=visible_text(str(attachment.get("size", "?"))),
        )
        out.append(Row(label, visible_text(str(attachment.get("sha256", ""))), HASH))
    return out


def verdict(entry: dict[str, Any], t: Translate) -> tuple[str, bool]:
    """One line for a list of files: the C2PA verdict, else the ProofMode result, else why
    there is none; and whether it is bad news."""
    recorded = entry.get("provenance")
    recorded = recorded if isinstance(recorded, dict) else {}
    try:
        c2pa, proofmode = recorded.get("c2pa"), recorded.get("proofmode")
        # A file with no Content Credentials but a ProofMode proof is shown by its proof.
        if isinstance(c2pa, dict) and not (c2pa.get("verdict") == "absent" and isinstance(proofmode, dict)):
            headline, broken, _notes = _c2pa(c2pa, t)
            return headline, broken
        if isinstance(proofmode, dict):
            lines = _proofmode(recorded["proofmode"], t)
            return "; ".join(text for text, _ok in lines), not all(ok for _text, ok in lines)
    except (KeyError, TypeError, ValueError, AttributeError):
        return _say(t, "malformed"), True
    return _say(t, "not_carried" if entry.get("derivative") else "none"), False
