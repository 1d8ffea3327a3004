"""Sanitized copies of evidence: strip risky metadata, fail closed, prove it (docs/sanitizer.md).

Qt-free. ``sanitize_bytes`` / ``sanitize_stream`` serve both the vault and the standalone
``strip`` command; ``risk_report``, ``make_derivative``, ``derivatives`` and
``derivative_chunks`` are what an export calls; ``make_withheld`` makes the originals
profile's copy with chosen device-identifying fields withheld (withhold.py).
"""

from __future__ import annotations

from .common import SanitizeRefused
from .derivatives import (
    Derivative,
    FieldPlan,
    ItemReport,
    derivative_by_hash,
    derivative_chunks,
    derivatives,
    make_derivative,
    make_withheld,
    risk_report,
)
from .engine import Outcome, detect, sanitize_bytes, sanitize_bytes_detailed, sanitize_file, sanitize_stream
from .withhold import CHOICES as WITHHOLD_CHOICES
from .withhold import WithholdRefused, parse_choices

__all__ = [
    "WITHHOLD_CHOICES",
    "Derivative",
    "FieldPlan",
    "ItemReport",
    "Outcome",
    "SanitizeRefused",
    "WithholdRefused",
    "derivative_by_hash",
    "derivative_chunks",
    "derivatives",
    "detect",
    "make_derivative",
    "make_withheld",
    "parse_choices",
    "risk_report",
    "sanitize_bytes",
    "sanitize_bytes_detailed",
    "sanitize_file",
    "sanitize_stream",
]
