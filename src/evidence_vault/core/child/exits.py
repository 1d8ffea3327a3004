"""How a helper process ended, in words: one function (``ended``), each helper its own words."""

from __future__ import annotations

import signal
from collections.abc import Mapping
from dataclasses import dataclass, field


def signal_name(number: int) -> str:
    """SIGKILL, SIGSEGV…, or "signal N" for one Python has no name for."""
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


@dataclass(frozen=True)
class Words:
    """How one kind of helper's end is told.

    ``killed`` ({signal}: its name) for a signal not in ``signals``, ``status`` ({code}) for an
    exit status not in ``codes``, ``hung`` for a child that did not end when its pipe did (it
    is killed then). ``signals`` is keyed by name (SIGXCPU, SIGKILL…), so that the words can be
    made where a signal has no number (Windows); their texts may use {signal} too.
    """

    killed: str
    status: str
    hung: str
    signals: Mapping[str, str] = field(default_factory=dict)
    codes: Mapping[int, str] = field(default_factory=dict)


def ended(code: int, words: Words) -> str:
    """Why a helper that ended with ``code`` (negative: killed by that signal) ended."""
    if code < 0:
        name = signal_name(-code)
        return words.signals.get(name, words.killed).format(signal=name)
    return words.codes.get(code, words.status).format(code=code)
