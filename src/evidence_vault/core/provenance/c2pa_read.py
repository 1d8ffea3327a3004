"""Read every C2PA manifest store of one file with c2pa-python, offline, and judge it.

Runs in the analysis child (core/media/extract.py), under its limits. Nothing here may
reach the network: remote manifests, OCSP and any fetching are switched off in the
settings below, and trust comes only from the PEM anchors passed in (the vault's
installed ones). What c2pa's own validation does not prove is never called valid.
"""

from __future__ import annotations

import dataclasses
import io
import json
from typing import IO, Any

from . import chain
from .model import (
    ABSENT,
    MAX_LIST,
    MAX_MANIFESTS,
    REMOTE,
    UNREADABLE,
    Action,
    Failure,
    Ingredient,
    Manifest,
    Provenance,
    text,
)
from .verdict import judge

# c2pa reads these by their MIME type; the analysis names kinds by their bytes (extract.kind_of).
MIME = {
    "jpeg": "image/jpeg",
    "png": "image/png",
    "tiff": "image/tiff",
    "gif": "image/gif",
    "webp": "image/webp",
    "heif": "image/heif",
    "mp4": "video/mp4",
    "wav": "audio/wav",
    "riff": "video/avi",
    "pdf": "application/pdf",
    "audio": "audio/mpeg",
}


def offline_settings(anchors_pem: str) -> dict[str, Any]:
    """c2pa settings for reading evidence: verify everything that can be verified here, fetch nothing.

    ``trust_anchors`` is left out when none are installed: c2pa refuses an empty bundle, and
    without it every valid signer is reported untrusted (signingCredential.untrusted)."""
    settings: dict[str, Any] = {
        "verify": {
            "verify_after_reading": True,
            "verify_trust": True,
            "verify_timestamp_trust": True,
            "remote_manifest_fetch": False,
            "ocsp_fetch": False,
        }
    }
    if anchors_pem.strip():
        settings["trust"] = {"trust_anchors": anchors_pem}
    return settings


def reader_version() -> str:
    import c2pa

    return f"c2pa-python {getattr(c2pa, '__version__', '?')} (c2pa-rs {c2pa.sdk_version()})"


def read(stream: IO[bytes], kind: str, anchors_pem: str = "", anchors: int = 0) -> Provenance:
    """The provenance of the file in ``stream`` (never raises: a failure is UNREADABLE)."""
    try:
        import c2pa
    except ImportError as exc:  # a broken install is ours, not the file's
        return Provenance(UNREADABLE, problem=f"the C2PA reader is not installed ({exc})", anchors=anchors)
    version = reader_version()
    try:
        context = c2pa.Context.from_dict(offline_settings(anchors_pem))
        try:
            reader = c2pa.Reader(MIME.get(kind, ""), stream, context=context)
        except c2pa.C2paError.ManifestNotFound:
            return Provenance(ABSENT, reader=version, anchors=anchors)
        except c2pa.C2paError as exc:
            message = str(exc)
            if message.startswith("Remote:") or isinstance(exc, c2pa.C2paError.RemoteManifest):
                url = message.rsplit(" url ", 1)[-1] if " url " in message else ""
                return Provenance(
                    REMOTE, problem=text(message), remote_url=text(url), reader=version, anchors=anchors
                )
            raise
        with reader:
            store = json.loads(reader.json())
            try:
                certificates = _certificates(json.loads(reader.crjson()))
            except (c2pa.C2paError, ValueError):
                certificates = {}
            found = parse(store, certificates)
            found.manifests = [_with_chain(reader, m, found.active) for m in found.manifests]
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - the reader's failure is reported as such, never as the file's state
        return Provenance(
            UNREADABLE, problem=text(f"the C2PA reader failed ({type(exc).__name__}: {exc})"), reader=version,
            anchors=anchors,
        )  # fmt: skip
    found.reader, found.anchors = version, anchors
    return found


def _with_chain(reader: Any, m: Manifest, active: str) -> Manifest:
    """The active manifest with its signature's certificate chain (chain.py): c2pa-python names
    only the signer, and hands over the store's JUMBF for the signature's URI."""
    if m.label != active:
        return m
    import c2pa

    out = io.BytesIO()
    try:
        reader.resource_to_stream(f"self#jumbf=/c2pa/{m.label}/c2pa.signature", out)
    except c2pa.C2paError:
        return m
    return dataclasses.replace(m, chain=tuple(chain.certificates(out.getvalue(), m.label)))


def parse(store: dict[str, Any], certificates: dict[str, dict[str, str]] | None = None) -> Provenance:
    """A Provenance from c2pa's manifest store JSON (``Reader.json()``), judged."""
    certificates = certificates or {}
    manifests = [
        _manifest(str(label), m, certificates.get(str(label), {}))
        for label, m in list(dict(store.get("manifests") or {}).items())[:MAX_MANIFESTS]
        if isinstance(m, dict)
    ]
    results = store.get("validation_results") or {}
    active_results = results.get("activeManifest") or {}
    failures = [_failure(f) for f in (active_results.get("failure") or [])[:MAX_LIST]]
    if not active_results:  # an older reader gives only the flat list
        failures = [_failure(f) for f in (store.get("validation_status") or [])[:MAX_LIST]]
    ingredient_failures = [
        _failure(f)
        for delta in (results.get("ingredientDeltas") or [])[:MAX_LIST]
        for f in ((delta.get("validationDeltas") or {}).get("failure") or [])[:MAX_LIST]
    ]
    state = text(store.get("validation_state") or "")
    prov = Provenance(
        verdict=UNREADABLE,
        state=state,
        active=text(store.get("active_manifest") or ""),
        manifests=manifests,
        failures=failures,
        ingredient_failures=ingredient_failures[:MAX_LIST],
    )
    prov.verdict = judge(state, [f.code for f in failures], bool(manifests))
    return prov


def _failure(data: Any) -> Failure:
    data = data if isinstance(data, dict) else {}
    return Failure(text(data.get("code")), text(data.get("explanation")), text(data.get("url")))


def _certificates(crjson: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Per manifest label, the signing certificate's subject, issuer and validity (crJSON has them)."""
    out: dict[str, dict[str, str]] = {}
    for m in (crjson.get("manifests") or [])[:MAX_MANIFESTS]:
        info = ((m or {}).get("signature") or {}).get("certificateInfo") or {}
        validity = info.get("validity") or {}
        out[str(m.get("label"))] = {
            "subject": _dn(info.get("subject")),
            "issuer": _dn(info.get("issuer")),
            "serial": text(info.get("serialNumber") or ""),
            "not_before": text(validity.get("notBefore") or ""),
            "not_after": text(validity.get("notAfter") or ""),
        }
    return out


def _dn(name: Any) -> str:
    if not isinstance(name, dict):
        return text(name or "")
    return text(", ".join(f"{k}={v}" for k, v in list(name.items())[:16]))


def _generator(m: dict[str, Any]) -> str:
    infos = m.get("claim_generator_info") or []
    if isinstance(infos, list) and infos and isinstance(infos[0], dict):
        first = infos[0]
        return text(" ".join(str(first[k]) for k in ("name", "version") if first.get(k)))
    return text(m.get("claim_generator") or "")


def _manifest(label: str, m: dict[str, Any], cert: dict[str, str]) -> Manifest:
    sig = m.get("signature_info") or {}
    actions: list[Action] = []
    identities: list[tuple[str, str]] = []
    for assertion in (m.get("assertions") or [])[:MAX_LIST]:
        if not isinstance(assertion, dict):
            continue
        name, data = str(assertion.get("label", "")), assertion.get("data")
        if name.startswith("c2pa.actions") and isinstance(data, dict):
            actions += [_action(a) for a in (data.get("actions") or [])[:MAX_LIST] if isinstance(a, dict)]
        identities += _identities(name, data)
    if sig.get("common_name"):
        identities.insert(0, ("signer certificate", text(cert.get("subject") or sig["common_name"])))
    ingredients = [_ingredient(i) for i in (m.get("ingredients") or [])[:MAX_LIST] if isinstance(i, dict)]
    return Manifest(
        label=text(label),
        claim_generator=_generator(m),
        title=text(m.get("title") or ""),
        signer=text(sig.get("common_name") or ""),
        signer_subject=cert.get("subject", ""),
        signer_issuer=cert.get("issuer") or text(sig.get("issuer") or ""),
        serial=cert.get("serial") or text(sig.get("cert_serial_number") or ""),
        cert_not_before=cert.get("not_before", ""),
        cert_not_after=cert.get("not_after", ""),
        algorithm=text(sig.get("alg") or ""),
        signed_at=text(sig.get("time") or ""),
        actions=tuple(actions[:MAX_LIST]),
        ingredients=tuple(ingredients),
        identities=tuple(identities[:MAX_LIST]),
    )


def _action(a: dict[str, Any]) -> Action:
    agent = a.get("softwareAgent")
    if isinstance(agent, dict):
        agent = " ".join(str(agent[k]) for k in ("name", "version") if agent.get(k))
    return Action(
        text(a.get("action")),
        text(a.get("digitalSourceType") or ""),
        text(agent or ""),
        text(a.get("when") or ""),
    )


def _ingredient(i: dict[str, Any]) -> Ingredient:
    manifest_ref = i.get("c2pa_manifest") or i.get("activeManifest") or {}
    digest = i.get("hash") or (manifest_ref.get("hash") if isinstance(manifest_ref, dict) else "") or ""
    validation = i.get("validation_results") or {}
    state = ""
    if isinstance(validation, dict):
        active = validation.get("activeManifest") or {}
        state = "failed" if active.get("failure") else ("validated" if active.get("success") else "")
    return Ingredient(
        title=text(i.get("title") or ""),
        format=text(i.get("format") or ""),
        relationship=text(i.get("relationship") or ""),
        hash=text(digest),
        manifest=text(i.get("active_manifest") or ""),
        validation=state,
    )


# Keys under identity assertions that name a person, an account or a device.
_NAMING_KEYS = ("name", "username", "email", "identifier", "uri", "url", "address", "@id")
_SERIAL = ("serialnumber", "bodyserialnumber", "lensserialnumber", "imageuniqueid", "ownername", "artist")


def _identities(label: str, data: Any) -> list[tuple[str, str]]:
    """Names, accounts and device serials a manifest's assertions carry (they identify people)."""
    out: list[tuple[str, str]] = []
    if label.startswith("stds.schema-org.CreativeWork") and isinstance(data, dict):
        for role in ("author", "creator", "contributor", "copyrightHolder", "publisher"):
            people = data.get(role) or []
            for person in people if isinstance(people, list) else [people]:
                out += [(f"schema.org {role}", v) for v in _naming_values(person)]
    elif label.startswith("cawg.identity"):
        out += [("CAWG identity", v) for v in _naming_values(data)]
    elif label.startswith(("stds.exif", "c2pa.metadata", "stds.iptc")) and isinstance(data, dict):
        for key, value in data.items():
            if key.split(":")[-1].lower() in _SERIAL and isinstance(value, (str, int)):
                out.append((f"metadata {text(key, 80)}", text(value)))
    return out[:MAX_LIST]


def _naming_values(node: Any, depth: int = 0) -> list[str]:
    if depth > 6:
        return []
    if isinstance(node, str):
        return [text(node)] if depth == 0 else []
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in list(node.items())[:MAX_LIST]:
            if key in _NAMING_KEYS and isinstance(value, str) and value:
                found.append(text(value))
            elif isinstance(value, (dict, list)):
                found += _naming_values(value, depth + 1)
    elif isinstance(node, list):
        for value in node[:MAX_LIST]:
            found += _naming_values(value, depth + 1)
    return found[:MAX_LIST]
