"""A code copied by hand with one slip must read as mistyped, never as a rewritten history."""

from __future__ import annotations

import pytest

from evidence_vault.core.audit import anchor
from evidence_vault.core.audit.anchor import Anchor
from evidence_vault.core.errors import UsageError

ROOT = bytes(range(7, 39))
SAMPLE = Anchor(1234, ROOT)


def _variants(code: str) -> list[str]:
    """Every single-character substitution and adjacent transposition of the code's body."""
    prefix, rest = code[:4], code[4:]
    size, body = rest.split("-", 1)
    compact = size + "|" + body.replace("-", "")
    symbols = anchor._CHECK_ALPHABET
    out: list[str] = []
    for i, ch in enumerate(compact):
        if ch == "|":
            continue
        pool = "0123456789" if i < len(size) else symbols
        out += [compact[:i] + s + compact[i + 1 :] for s in pool if s != ch]
        j = i + 1 if compact[i + 1 : i + 2] != "|" else i + 2
        if j < len(compact) and compact[j] != ch:
            swapped = list(compact)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            out.append("".join(swapped))
    return [prefix + v.replace("|", "-") for v in out]


def test_code_has_a_new_prefix_and_round_trips() -> None:
    assert SAMPLE.code.startswith("EV2-1234-")
    parsed = Anchor.parse(SAMPLE.code.lower())
    assert parsed.size == 1234 and parsed.root == ROOT[:15]


def test_every_single_slip_is_reported_as_mistyped() -> None:
    variants = _variants(SAMPLE.code)
    assert len(variants) > 900
    for variant in variants:
        with pytest.raises(UsageError, match="this code is mistyped: check it against the paper copy"):
            Anchor.parse(variant)


def test_old_ev1_codes_still_read() -> None:
    value = int.from_bytes(ROOT[:15], "big")
    chars = "".join(anchor._ALPHABET[(value >> s) & 31] for s in range(115, -1, -5))
    old = "EV1-1234-" + "-".join(chars[i : i + 4] for i in range(0, 24, 4))
    parsed = Anchor.parse(old)
    assert parsed.size == 1234 and parsed.root == ROOT[:15]


def test_a_correct_code_for_another_history_is_still_the_tampering_alarm(tmp_path: object) -> None:
    """Attacker's view: a well-formed EV2 code that does not match must never pass as a typo."""
    other = Anchor(1234, bytes(32))
    parsed = Anchor.parse(other.code)
    assert parsed.root == bytes(15)
    for bad in ("EV2-1234-0000", other.code[:-1] + "I", other.code + "0"):
        with pytest.raises(UsageError):
            Anchor.parse(bad)
