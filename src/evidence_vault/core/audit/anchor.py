"""Anchors: the log's signed head written down outside the vault, and checked later.

Whoever holds the vault key can rewrite the whole log inside the database. An
anchor is the tree size and (a 120-bit prefix of) the root, short enough to copy
into a message or onto paper: ``EV1-<size>-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`` in
Crockford base32 (no I, L, O, U; those are read as 1, 1, 0 when typed). The QR code
carries the full root. Checking recomputes the root of the first ``size`` events
of the current log and proves that the current tree extends it (RFC 9162
consistency proof); an older copy, or a rewritten history, fails and says where.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..crypto import merkle
from ..custody import log as custody
from ..custody import timestamp
from ..errors import UsageError
from ..session.vault import Vault
from ..store.database import Connection

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_ALPHABET)} | {"O": 0, "I": 1, "L": 1}
_PREFIX_BYTES = 15  # 120 bits: 24 base32 characters
_QR_SCHEME = "evidence-vault-anchor:1"
_CODE = re.compile(r"^EV([12])-(\d+)-([0-9A-Z*~$=-]+)$")
# EV2 codes end in a Crockford mod-37 check symbol. Read the size digits and the 24
# characters as one base-32 number V, then the check c makes 32*V + c = 0 (mod 37).
# As 37 is prime and 32 and 31 are units mod 37, a substitution (changes d*32^k) or an
# adjacent transposition (changes (a-b)*31*32^k), including one with c, is never 0 mod 37.
_CHECK_ALPHABET = _ALPHABET + "*~$=U"
_MISTYPED = "this code is mistyped: check it against the paper copy"


def _check_symbol(size: str, chars: str) -> str:
    value = 0
    for ch in size + chars:
        value = (value * 32 + _DECODE[ch]) % 37
    return _CHECK_ALPHABET[(-32 * value) % 37]


@dataclass(frozen=True)
class Anchor:
    size: int
    root: bytes  # the full root, or its first 15 bytes when typed from a code

    @property
    def code(self) -> str:
        value = int.from_bytes(self.root[:_PREFIX_BYTES], "big")
        chars = "".join(_ALPHABET[(value >> shift) & 31] for shift in range(115, -1, -5))
        chars += _check_symbol(str(self.size), chars)
        return f"EV2-{self.size}-" + "-".join(chars[i : i + 4] for i in range(0, 25, 4))

    @property
    def qr_payload(self) -> str:
        return f"{_QR_SCHEME}:{self.size}:{self.root.hex()}"

    @classmethod
    def from_head(cls, head: custody.TreeHead) -> Anchor:
        return cls(head.size, head.root)

    @classmethod
    def parse(cls, text: str) -> Anchor:
        """Accept the short code (any case, any spacing) or the QR code's content."""
        text = text.strip()
        if text.startswith(_QR_SCHEME + ":"):
            try:
                size, root = text[len(_QR_SCHEME) + 1 :].split(":")
                return cls(int(size), bytes.fromhex(root))
            except ValueError:
                raise UsageError("this anchor QR content is damaged") from None
        match = _CODE.match(re.sub(r"\s+", "", text.upper()))
        if match is None:
            raise UsageError("an anchor code looks like EV2-<number>-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-X")
        version, size, chars = match.group(1), match.group(2), match.group(3).replace("-", "")
        if version == "2":
            if len(chars) != 25 or any(ch not in _DECODE for ch in chars[:24]):
                raise UsageError(_MISTYPED)
            typed = chars[24]
            typed = _ALPHABET[_DECODE[typed]] if typed in _DECODE else typed
            if _check_symbol(size, chars[:24]) != typed:
                raise UsageError(_MISTYPED)
            chars = chars[:24]
        if len(chars) != 24 or any(ch not in _DECODE for ch in chars):
            raise UsageError("the anchor code has a mistyped or missing character")
        value = 0
        for ch in chars:
            value = (value << 5) | _DECODE[ch]
        return cls(int(size), value.to_bytes(_PREFIX_BYTES, "big"))


@dataclass(frozen=True)
class Shown:
    head: custody.TreeHead
    anchor: Anchor
    timestamp: dict[str, str] | None  # {"server", "time"} when a timestamp server was asked


def show(vault: Vault, tsa: str | None = None) -> Shown:
    """Sign the log's head now and record that its anchor was shown (``anchor.shown``).

    With ``tsa`` (a URL), an RFC 3161 timestamp of the head is fetched, checked and stored:
    the program's only network access, and only when asked.
    """
    head = vault.seal_log_head()
    code = Anchor.from_head(head)
    stamped: dict[str, str] | None = None
    response = b""
    if tsa:
        response = timestamp.request(head.body(), tsa)
        stamped = {"server": tsa, "time": timestamp.check(head.body(), response)}
    with vault.transaction() as conn:
        if stamped is not None:
            timestamp.store(conn, head.size, response)
        vault.record(
            conn,
            "anchor.shown",
            {"size": head.size, "root": head.root.hex(), "code": code.code, "timestamp": stamped},
        )
    return Shown(head, code, stamped)


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str
    anchored_size: int
    current_size: int
    anchored_root: bytes | None  # the root of the current log at the anchored size
    current_root: bytes
    proof: list[bytes]


def check(conn: Connection, anchor: Anchor) -> CheckResult:
    current = custody.count(conn)
    current_root = custody.root_at(conn, current)
    if anchor.size > current:
        return CheckResult(
            False,
            f"the anchor covers {anchor.size} events but this vault's log has only {current}: "
            "this is an older copy of the vault, or events were removed after event "
            f"{current}",
            anchor.size,
            current,
            None,
            current_root,
            [],
        )
    root_then = custody.root_at(conn, anchor.size)
    if root_then[: len(anchor.root)] != anchor.root:
        first_bad = _first_differing_head(conn, anchor)
        return CheckResult(
            False,
            f"the first {anchor.size} events of this log are not the ones anchored: "
            f"the history up to event {anchor.size} was rewritten" + first_bad,
            anchor.size,
            current,
            root_then,
            current_root,
            [],
        )
    proof = custody.consistency_proof(conn, anchor.size, current)
    if not merkle.verify_consistency(anchor.size, current, root_then, current_root, proof):
        return CheckResult(
            False,
            "the stored tree does not prove that the log extends the anchor (damaged tree)",
            anchor.size,
            current,
            root_then,
            current_root,
            proof,
        )
    return CheckResult(
        True,
        f"this vault's log ({current} events) extends the anchored log ({anchor.size} events); "
        "consistency proof verified",
        anchor.size,
        current,
        root_then,
        current_root,
        proof,
    )


def _first_differing_head(conn: Connection, anchor: Anchor) -> str:
    """Narrow the rewrite down with the vault's own earlier signed heads, when they still agree."""
    agreeing = [
        head.size
        for head in custody.tree_heads(conn)
        if head.size <= anchor.size and custody.root_at(conn, head.size) == head.root
    ]
    if not agreeing:
        return ""
    return f" (it still agrees with its own signed head at {max(agreeing)} events)"


def qr_png(anchor: Anchor, path: Path) -> None:
    import qrcode

    image = qrcode.make(anchor.qr_payload, border=4, box_size=8)
    with open(path, "wb") as handle:
        image.save(handle)


def qr_text(anchor: Anchor) -> str:
    """The QR code in Unicode half blocks, for a terminal."""
    import qrcode

    code = qrcode.QRCode(border=2)
    code.add_data(anchor.qr_payload)
    code.make(fit=True)
    buffer = io.StringIO()
    code.print_ascii(out=buffer, invert=True)
    return buffer.getvalue()
