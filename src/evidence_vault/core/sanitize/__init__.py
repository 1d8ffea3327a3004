"""Sanitized copies of evidence: strip risky metadata, fail closed, prove it (docs/sanitizer.md).

Qt-free. ``sanitize_bytes`` / ``sanitize_stream`` serve both the vault and the standalone
``strip`` command; ``risk_report``, ``make_derivative``, ``derivatives`` and
``derivative_chunks`` are what an export calls.
"""

from __future__ import annotations

from .common import SanitizeRefused
from .derivatives import (
    Derivative,
    FieldPlan,
    ItemReport,
    derivative_chunks,
    derivatives,
    make_derivative,
    risk_report,
)
from .engine import Outcome, detect, sanitize_bytes, sanitize_bytes_detailed, sanitize_stream

__all__ = [
    "Derivative",
    "FieldPlan",
    "ItemReport",
    "Outcome",
    "SanitizeRefused",
    "derivative_chunks",
    "derivatives",
    "detect",
    "make_derivative",
    "risk_report",
    "sanitize_bytes",
    "sanitize_bytes_detailed",
    "sanitize_stream",
]
