"""Canonical JSON for hashing and signing (a strict subset of RFC 8785, JCS).

Values are restricted to objects with ASCII keys, arrays, strings, booleans,
null and integers of magnitude below 2**53. On that domain Python's
``json.dumps`` with sorted keys, no whitespace and no ASCII escaping produces
exactly the RFC 8785 serialisation, so an independent verifier can use any JCS
implementation. Anything outside the domain is refused rather than guessed.
"""

from __future__ import annotations

import json
from typing import Any

_MAX_INT = 2**53 - 1


def _check(value: Any, path: str) -> None:
    if value is None or isinstance(value, bool | str):
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(f"{path}: string is not valid Unicode") from exc
        return
    if isinstance(value, int):
        if abs(value) > _MAX_INT:
            raise ValueError(f"{path}: integer out of the exactly representable range")
        return
    if isinstance(value, list | tuple):
        for index, element in enumerate(value):
            _check(element, f"{path}[{index}]")
        return
    if isinstance(value, dict):
        for key, element in value.items():
            if not isinstance(key, str) or not key.isascii():
                raise ValueError(f"{path}: object keys must be ASCII strings")
            _check(element, f"{path}.{key}")
        return
    raise ValueError(f"{path}: {type(value).__name__} is not allowed in canonical JSON")


def encode(value: Any) -> bytes:
    _check(value, "$")
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
