"""ProofMode's proof files (``.proof.csv``, ``.proof.json``): what they say about the media.

Both hold the same map (ProofModeV1Constants): ``File Hash SHA256``, ``File Path``,
``File Created``, ``File Modified``, ``Proof Generated``, ``Language``, ``Locale``, device
fields (``DeviceID``, ``Wifi MAC``, ``IPv4``, ``IPv6``, ``Network``, ``NetworkType``,
``DataType``, ``CellInfo``, ``Hardware``, ``Manufacturer``, ``ScreenSize``), ``Location.*``
(``Latitude``, ``Longitude``, ``Provider``, ``Accuracy``, ``Altitude``, ``Bearing``, ``Speed``,
``Time``) and ``Notes``. The CSV is a header line and one value line per proof written (each
ending in a comma, commas removed from values); the JSON is one flat object.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

HASH_FIELD = "File Hash SHA256"
# The fields shown with a verdict; the rest stay in the stored file.
SHOWN = ("Proof Generated", "File Path", "Hardware", "Manufacturer", "Location.Latitude",
         "Location.Longitude", "Location.Provider", "Notes")  # fmt: skip
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")


class ProofError(ValueError):
    pass


@dataclass
class Proof:
    fields: dict[str, str] = field(default_factory=dict)
    hashes: list[str] = field(default_factory=list)  # every File Hash SHA256 recorded (lower-case)

    def to_json(self) -> dict[str, Any]:
        return {"hashes": self.hashes, "fields": {k: v for k, v in self.fields.items() if k in SHOWN}}


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProofError("not UTF-8 text") from None


def _clean(text: str) -> str:
    """Lone surrogates (valid in JSON's \\u escapes, not in UTF-8) become "?"."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _hash(value: str) -> str:
    value = value.strip()
    if not _HEX64.fullmatch(value):
        raise ProofError(f"{HASH_FIELD} is not a SHA-256 in hex: {value[:80]!r}")
    return value.lower()


def parse_csv(data: bytes) -> Proof:
    rows = [row for row in csv.reader(io.StringIO(_text(data))) if any(cell.strip() for cell in row)]
    if len(rows) < 2:
        raise ProofError("no header and value line")
    header = [cell.strip() for cell in rows[0]]
    if HASH_FIELD not in header:
        raise ProofError(f"no {HASH_FIELD} column")
    proof = Proof()
    for row in rows[1:]:
        values = dict(zip(header, (cell.strip() for cell in row), strict=False))
        values.pop("", None)  # the column after the trailing comma
        proof.fields = values  # the last line written is the latest proof
        digest = _hash(values.get(HASH_FIELD, ""))
        if digest not in proof.hashes:
            proof.hashes.append(digest)
    return proof


def parse_json(data: bytes) -> Proof:
    try:
        value = json.loads(_text(data))
    except json.JSONDecodeError as exc:
        raise ProofError(f"not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(value, dict) or HASH_FIELD not in value:
        raise ProofError(f"not a ProofMode proof (no {HASH_FIELD})")
    fields = {_clean(str(k)): _clean(v if isinstance(v, str) else json.dumps(v)) for k, v in value.items()}
    return Proof(fields, [_hash(fields[HASH_FIELD])])
