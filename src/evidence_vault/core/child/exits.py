"""How a helper process ended, in words."""

from __future__ import annotations

import signal


def signal_name(number: int) -> str:
    """SIGKILL, SIGSEGV…, or "signal N" for one Python has no name for."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"
