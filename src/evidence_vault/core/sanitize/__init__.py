"""Sanitized copies of evidence: strip risky metadata, fail closed, prove it (docs/sanitizer.md).

Qt-free. ``sanitize_bytes`` / ``sanitize_stream`` serve both the vault and the standalone
``strip`` command; ``risk_report``, ``make_derivative``, ``derivatives`` and
``derivative_chunks`` are what an export calls; ``make_withheld`` makes the originals
profile's copy with chosen device-identifying fields withheld (withhold.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import SanitizeRefused

if TYPE_CHECKING:
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
    from .engine import (
        Outcome,
        detect,
        sanitize_bytes,
        sanitize_bytes_detailed,
        sanitize_file,
        sanitize_stream,
    )
    from .withhold import CHOICES as WITHHOLD_CHOICES
    from .withhold import WithholdRefused, parse_choices

# The vault's side (derivatives, withholding) loads the vault, custody log and items: a
# ``strip`` worker needs none of it; the cleaners (engine) load the parsers, which the
# parent of ``strip``'s workers needs none of. So each is imported on first use (PEP 562).
_ENGINE = (
    "Outcome",
    "detect",
    "sanitize_bytes",
    "sanitize_bytes_detailed",
    "sanitize_file",
    "sanitize_stream",
)
_LAZY = {
    **{name: ("engine", name) for name in _ENGINE},
    "Derivative": ("derivatives", "Derivative"),
    "FieldPlan": ("derivatives", "FieldPlan"),
    "ItemReport": ("derivatives", "ItemReport"),
    "derivative_by_hash": ("derivatives", "derivative_by_hash"),
    "derivative_chunks": ("derivatives", "derivative_chunks"),
    "derivatives": ("derivatives", "derivatives"),
    "make_derivative": ("derivatives", "make_derivative"),
    "make_withheld": ("derivatives", "make_withheld"),
    "risk_report": ("derivatives", "risk_report"),
    "WITHHOLD_CHOICES": ("withhold", "CHOICES"),
    "WithholdRefused": ("withhold", "WithholdRefused"),
    "parse_choices": ("withhold", "parse_choices"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # ``from .x import ...``, not ``from . import x``, which would ask this function for x.
    # Every name of that module is bound at once: importing ``.derivatives`` set this
    # package's attribute ``derivatives`` to the module, and the function must win.
    found: dict[str, Any]
    if _LAZY[name][0] == "engine":
        from . import engine  # no name here is "engine": this asks the import system, not us

        found = {engine_name: getattr(engine, engine_name) for engine_name in _ENGINE}
    elif _LAZY[name][0] == "derivatives":
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

        found = {
            "derivative_by_hash": derivative_by_hash,
            "Derivative": Derivative,
            "FieldPlan": FieldPlan,
            "ItemReport": ItemReport,
            "derivative_chunks": derivative_chunks,
            "derivatives": derivatives,
            "make_derivative": make_derivative,
            "make_withheld": make_withheld,
            "risk_report": risk_report,
        }
    else:
        from .withhold import CHOICES, WithholdRefused, parse_choices

        found = {
            "WITHHOLD_CHOICES": CHOICES,
            "WithholdRefused": WithholdRefused,
            "parse_choices": parse_choices,
        }
    globals().update(found)
    return found[name]


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
