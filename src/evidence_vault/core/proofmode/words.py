"""The verdicts of a ProofMode check as plain sentences, one place for the command line, the
desktop app and (later) a PDF report.

``lines(result)`` gives ``Line(code, params)``; ``TEMPLATES[code]`` is the English sentence. The
command line and the app translate the same English text (cli/proofmode.py, gui/proofmode.py
list it literally, so the translation tools find it); ``english`` fills it in. Nothing that is
not a valid signature is ever worded as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TEMPLATES = {
    "none": "no ProofMode proof came with it",
    "sig-valid": "{what}: signature valid, by the export's key {key}",
    "sig-bad": "{what}: BAD signature: these bytes are not what key {key} signed",
    "sig-other-file": "{what}: signature does not match: it signs another file ({other})",
    "sig-unknown-key": "{what}: signed by key {key}, which is not in the export: NOT verified",
    "sig-no-key": "{what}: the export has no public key (pubkey.asc): signature NOT verified",
    "sig-unreadable": "{what}: not a readable OpenPGP signature ({reason})",
    "sig-not-checked": "{what}: signature NOT checked: {reason}",
    "sig-missing": "{what}: no signature",
    "proof-matches": "{what}: the proof's hash matches this file",
    "proof-other-hash": "{what}: the proof is for another file (SHA-256 {recorded}), NOT this one",
    "proof-unreadable": "{what}: the proof cannot be read ({reason})",
    "ots-pending": "timestamp: pending at {count} calendar(s), for this file's hash (not yet in Bitcoin)",
    "ots-attested": "timestamp: in Bitcoin block {height} for this file's hash (Merkle root {root}; "
    "check it against the block chain with `ots verify`)",
    "ots-other-hash": "timestamp: it is for another hash ({digest}), NOT this file",
    "ots-unreadable": "timestamp: the proof cannot be read ({reason})",
    "problem": "{problem}",
}
WHAT = {"media": "the file", "proof-csv": "the proof (CSV)", "proof-json": "the proof (JSON)"}


@dataclass(frozen=True)
class Line:
    code: str
    params: dict[str, str]
    ok: bool  # False for anything a reader must not take as proof


def key_text(fingerprint: str | None) -> str:
    if not fingerprint:
        return "?"
    return "0x" + " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def _target(signature: dict[str, Any]) -> str:
    if signature.get("signs_media"):
        return "media"
    signs = str(signature.get("signs") or "")
    return "proof-json" if signs.endswith(".json") else "proof-csv"


def lines(result: dict[str, Any] | None) -> list[Line]:
    if result is None or not (result.get("signatures") or result.get("proofs") or result.get("timestamps")):
        return [Line("none", {}, False)]
    out: list[Line] = []
    signed = {_target(s) for s in result.get("signatures", [])}
    if "media" not in signed:
        out.append(Line("sig-missing", {"what": "media"}, False))
    for sig in result.get("signatures", []):
        verdict = sig["verdict"]
        key = key_text(sig.get("key") or sig.get("signing_key"))
        params = {"what": _target(sig), "key": key, "other": str(sig.get("other_file", "")),
                  "reason": str(sig.get("reason") or "")}  # fmt: skip
        out.append(Line(f"sig-{verdict}", params, verdict == "valid"))
    for proof in result.get("proofs", []):
        params = {"what": proof["kind"], "recorded": ", ".join(proof.get("hashes", [])),
                  "reason": str(proof.get("reason", ""))}  # fmt: skip
        out.append(Line(f"proof-{proof['verdict']}", params, proof["verdict"] == "matches"))
    for stamp in result.get("timestamps", []):
        verdict = stamp["verdict"]
        if verdict == "matches":
            bitcoin = [a for a in stamp.get("attestations", []) if a.get("kind") == "bitcoin"]
            if bitcoin:
                params = {
                    "height": str(bitcoin[0]["height"]),
                    "root": str(bitcoin[0].get("merkle_root", "?")),
                }
                out.append(Line("ots-attested", params, True))
            else:
                count = sum(1 for a in stamp.get("attestations", []) if a.get("kind") == "pending")
                out.append(Line("ots-pending", {"count": str(count)}, True))
        else:
            params = {"digest": str(stamp.get("digest", "")), "reason": str(stamp.get("reason", ""))}
            out.append(Line(f"ots-{verdict}", params, False))
    out.extend(Line("problem", {"problem": p}, False) for p in result.get("problems", []))
    return out


def english(line: Line, template: str | None = None, what: dict[str, str] | None = None) -> str:
    """The sentence, from ``template`` (a translation of ``TEMPLATES[line.code]``) if given."""
    params = dict(line.params)
    if "what" in params:
        params["what"] = (what or WHAT).get(params["what"], params["what"])
    return (template or TEMPLATES[line.code]).format(**params)
