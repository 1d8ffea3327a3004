"""From c2pa's validation_state and failure codes to one of our verdicts (model.VERDICTS).

Only c2pa decides what holds: "Trusted" with no failure is the one way to TRUSTED, "Valid"
with no failure but an untrusted signer the one way to UNTRUSTED. Every failure code is
sorted into what it says about the file; a state or code we do not know never reads as good.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import CHANGED, DAMAGED, INVALID_SIGNATURE, TRUSTED, UNREADABLE, UNTRUSTED

# The hard binding (the hash over the file's bytes outside the manifest) does not match:
# the pixels, samples or bytes changed after the claim was signed.
BINDING_MISMATCH = frozenset(
    (
        "assertion.dataHash.mismatch",
        "assertion.bmffHash.mismatch",
        "assertion.boxesHash.mismatch",
        "assertion.collectionHash.mismatch",
    )
)
# The claim's signature, or the certificate that made it, does not hold.
SIGNATURE_PREFIXES = ("claimSignature.", "signingCredential.", "timeStamp.")
# Not a failure of the file: the signer is valid but not among the installed anchors.
UNTRUSTED_CODES = frozenset(("signingCredential.untrusted",))
# Informational, never a failure in c2pa's own sense.
NOT_FAILURES = frozenset(("signingCredential.ocsp.skipped", "timeStamp.untrusted"))


def judge(state: str, codes: Iterable[str], has_manifests: bool) -> str:
    """The verdict for c2pa's ``state`` and the active manifest's failure ``codes``."""
    failures = {c for c in codes if c and c not in NOT_FAILURES}
    if not has_manifests:
        return UNREADABLE
    signature = {c for c in failures - UNTRUSTED_CODES if c.startswith(SIGNATURE_PREFIXES)}
    if signature:
        return INVALID_SIGNATURE
    if failures & BINDING_MISMATCH:
        return CHANGED
    if failures - UNTRUSTED_CODES:
        return DAMAGED
    if state == "Trusted" and not failures:
        return TRUSTED
    if state in ("Valid", "Trusted"):
        return UNTRUSTED
    if state == "Invalid":
        return DAMAGED  # c2pa says invalid without a code we know: broken, reason not named
    return UNREADABLE  # a state we do not know proves nothing
