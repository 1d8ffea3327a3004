"""What a file's C2PA manifest store says, and the verdict on it, as plain data (JSON round trip).

The reader (c2pa_read.py) fills it in the analysis child; the vault stores it (store.py);
words.py turns it into the sentence that the CLI, the GUI and reports show first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The verdicts, from best to worst news. Only ``c2pa``'s own validation decides the first two.
TRUSTED = "signed_intact_trusted"  # binding intact, signature valid, chain ends at an installed anchor
UNTRUSTED = "signed_intact_untrusted"  # binding intact, signature valid, signer not in the installed anchors
CHANGED = "changed_after_signing"  # the hash binding does not match: the bytes changed after signing
INVALID_SIGNATURE = "invalid_signature"  # the claim's signature or its certificate does not hold
DAMAGED = "manifest_damaged"  # the manifest's own parts do not match each other (edited, broken)
REMOTE = "remote_not_fetched"  # the file points to a manifest on the network, never fetched here
ABSENT = "absent"  # no Content Credentials in the file
UNREADABLE = "unreadable"  # the reader failed: nothing is known, either way
VERDICTS = (TRUSTED, UNTRUSTED, CHANGED, INVALID_SIGNATURE, DAMAGED, REMOTE, ABSENT, UNREADABLE)
BROKEN = frozenset((CHANGED, INVALID_SIGNATURE, DAMAGED))  # shown prominently

# Bounds on what one file can make us store, whatever its manifest claims.
MAX_MANIFESTS = 32
MAX_LIST = 64
MAX_TEXT = 500


def text(value: object, limit: int = MAX_TEXT) -> str:
    """A manifest value as bounded text (it comes from the file: never trusted for length)."""
    out = "" if value is None else str(value)
    return out if len(out) <= limit else out[:limit] + "…"


@dataclass(frozen=True)
class Action:
    action: str  # c2pa.created, c2pa.edited, c2pa.cropped ...
    source_type: str = ""  # IPTC digitalSourceType URI, e.g. .../trainedAlgorithmicMedia
    software: str = ""  # softwareAgent
    when: str = ""  # as the manifest claims it: not attested

    @property
    def ai_generated(self) -> bool:
        return self.source_type.rstrip("/").rsplit("/", 1)[-1] in AI_SOURCE_TYPES


# IPTC digital source types that say a model made or changed the content.
AI_SOURCE_TYPES = frozenset(
    (
        "trainedAlgorithmicMedia",
        "compositeWithTrainedAlgorithmicMedia",
        "algorithmicallyEnhanced",
        "compositeSynthetic",
        "algorithmicMedia",
    )
)


@dataclass(frozen=True)
class Ingredient:
    title: str
    format: str = ""
    relationship: str = ""  # parentOf, componentOf, inputTo
    hash: str = ""  # the ingredient's recorded hash (base64), or its manifest's
    manifest: str = ""  # label of the ingredient's own manifest, when it had one
    validation: str = ""  # the ingredient's own validation state, as c2pa reports it


@dataclass(frozen=True)
class Certificate:
    """One certificate of the chain the claim's signature carries (core/provenance/chain.py)."""

    subject: str
    issuer: str
    serial: str = ""
    not_before: str = ""
    not_after: str = ""
    sha256: str = ""  # of the DER certificate: to compare with an anchor or `c2patool --certs`


@dataclass(frozen=True)
class Manifest:
    label: str
    claim_generator: str
    title: str = ""
    signer: str = ""  # the signing certificate's common name
    signer_subject: str = ""  # its subject and issuer, as "CN=..., O=..."
    signer_issuer: str = ""
    serial: str = ""
    cert_not_before: str = ""
    cert_not_after: str = ""
    algorithm: str = ""
    signed_at: str = ""  # a trusted timestamp's time, when the manifest carries one; else ""
    actions: tuple[Action, ...] = ()
    ingredients: tuple[Ingredient, ...] = ()
    identities: tuple[tuple[str, str], ...] = ()  # (what, value): authors, accounts, device serials
    chain: tuple[Certificate, ...] = ()  # signer first, as the signature carries it (active manifest)


@dataclass(frozen=True)
class Failure:
    code: str
    explanation: str = ""
    url: str = ""


@dataclass
class Provenance:
    verdict: str
    state: str = ""  # c2pa's validation_state ("Trusted", "Valid", "Invalid"), "" when none
    active: str = ""  # label of the active manifest
    manifests: list[Manifest] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)  # the active manifest's failure codes
    ingredient_failures: list[Failure] = field(default_factory=list)
    problem: str = ""  # for UNREADABLE / REMOTE: what the reader said
    remote_url: str = ""
    reader: str = ""  # "c2pa-python 0.38.1 (c2pa-rs 0.91.3)"
    anchors: int = 0  # how many trust anchors were installed when this was read

    @property
    def active_manifest(self) -> Manifest | None:
        for manifest in self.manifests:
            if manifest.label == self.active:
                return manifest
        return self.manifests[0] if self.manifests else None

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "state": self.state,
            "active": self.active,
            "manifests": [_manifest_json(m) for m in self.manifests],
            "failures": [vars(f) for f in self.failures],
            "ingredient_failures": [vars(f) for f in self.ingredient_failures],
            "problem": self.problem,
            "remote_url": self.remote_url,
            "reader": self.reader,
            "anchors": self.anchors,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Provenance:
        verdict = str(data.get("verdict", UNREADABLE))
        return cls(
            verdict=verdict if verdict in VERDICTS else UNREADABLE,
            state=str(data.get("state", "")),
            active=str(data.get("active", "")),
            manifests=[_manifest_from(m) for m in data.get("manifests", [])][:MAX_MANIFESTS],
            failures=[Failure(**_strs(f, Failure)) for f in data.get("failures", [])][:MAX_LIST],
            ingredient_failures=[Failure(**_strs(f, Failure)) for f in data.get("ingredient_failures", [])][
                :MAX_LIST
            ],
            problem=str(data.get("problem", "")),
            remote_url=str(data.get("remote_url", "")),
            reader=str(data.get("reader", "")),
            anchors=int(data.get("anchors", 0)),
        )


def _strs(data: dict[str, Any], kind: type) -> dict[str, str]:
    names = kind.__dataclass_fields__  # type: ignore[attr-defined]
    return {k: text(v) for k, v in data.items() if k in names}


def _manifest_json(m: Manifest) -> dict[str, Any]:
    out: dict[str, Any] = {k: getattr(m, k) for k in Manifest.__dataclass_fields__}
    out["actions"] = [vars(a) for a in m.actions]
    out["ingredients"] = [vars(i) for i in m.ingredients]
    out["identities"] = [{"kind": k, "value": v} for k, v in m.identities]
    out["chain"] = [vars(c) for c in m.chain]
    return out


def _manifest_from(data: dict[str, Any]) -> Manifest:
    plain = _strs(
        {k: v for k, v in data.items() if k not in ("actions", "ingredients", "identities", "chain")},
        Manifest,
    )
    return Manifest(
        **plain,
        actions=tuple(Action(**_strs(a, Action)) for a in data.get("actions", [])[:MAX_LIST]),
        ingredients=tuple(Ingredient(**_strs(i, Ingredient)) for i in data.get("ingredients", [])[:MAX_LIST]),
        identities=tuple(
            (text(i.get("kind")), text(i.get("value"))) for i in data.get("identities", [])[:MAX_LIST]
        ),
        chain=tuple(Certificate(**_strs(c, Certificate)) for c in data.get("chain", [])[:MAX_LIST]),
    )
