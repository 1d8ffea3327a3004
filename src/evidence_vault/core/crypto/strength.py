"""A simple, honest passphrase strength estimate (no Qt, no word lists).

It guesses bits of entropy from length and character variety, is harsh on
repeats and sequences, and credits several words separated by spaces or dashes
at about 11 bits each (a guess for words picked from a common list). It is an
estimate to guide, not a guarantee, and the screen says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_COMMON = {
    "password",
    "passw0rd",
    "qwerty",
    "123456",
    "12345678",
    "letmein",
    "iloveyou",
    "admin",
    "welcome",
    "monkey",
    "dragon",
    "abc123",
    "111111",
    "пароль",
}


@dataclass(frozen=True)
class Strength:
    bits: int
    level: int  # 0 empty, 1 weak, 2 fair, 3 good, 4 strong
    label: str  # English; the GUI translates by level


LABELS = ("", "Weak", "Fair", "Good", "Strong")


def _char_bits(text: str) -> float:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^a-zA-Z0-9\s]", text):
        pool += 33
    if any(ord(c) > 127 and c.isalpha() for c in text):
        pool += 33
    pool = max(pool, 10)
    # Count runs of the same character and simple sequences as one character.
    effective = 0.0
    previous = ""
    for char in text:
        if char == previous or (previous and abs(ord(char) - ord(previous)) == 1):
            effective += 0.25
        else:
            effective += 1
        previous = char
    return effective * math.log2(pool)


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, 0, LABELS[0])
    text = passphrase.strip()
    bits: float
    if text.lower() in _COMMON or len(set(text)) <= 2:
        bits = 5.0
    else:
        bits = _char_bits(text)
        words = [w for w in re.split(r"[\s\-_.,]+", text) if len(w) >= 3]
        if len(words) >= 3:
            bits = max(bits * 0.6, len(words) * 11.0)
            bits = min(bits, _char_bits(text))
    level = 1 if bits < 40 else 2 if bits < 60 else 3 if bits < 80 else 4
    return Strength(int(bits), level, LABELS[level])
