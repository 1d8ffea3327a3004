"""Recovery codes: 40 random decimal digits (~133 bits) in ten groups of four.

Digits, because they are copied by hand and read aloud the same way in any
script or keyboard layout (no confusable Latin/Cyrillic letters).
"""

from __future__ import annotations

import secrets

from ..errors import UsageError

DIGITS = 40
GROUP = 4


def generate() -> str:
    number = secrets.randbelow(10**DIGITS)
    digits = f"{number:0{DIGITS}d}"
    return "-".join(digits[i : i + GROUP] for i in range(0, DIGITS, GROUP))


def normalize(code: str) -> bytes:
    """Accept the code with any spacing or dashes; return the secret fed to the KDF."""
    digits = "".join(ch for ch in code if not ch.isspace() and ch != "-")
    if len(digits) != DIGITS or not digits.isascii() or not digits.isdigit():
        raise UsageError(f"a recovery code has {DIGITS} digits, in groups of {GROUP}")
    return b"recovery-code:" + digits.encode("ascii")
