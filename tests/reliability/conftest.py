"""The reliability suite's result rows: each scenario says what it tried, how often, and
what held. With ``EVIDENCE_VAULT_RELIABILITY_REPORT=path`` every row is appended to that
file as one JSON line; ``tools/reliability_report.py`` turns them into docs/reliability.md."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

Record = Callable[..., None]


@pytest.fixture
def record() -> Record:
    def add(scenario: str, attempts: int, failures: list[str], notes: str = "") -> None:
        row = {
            "scenario": scenario,
            "attempts": attempts,
            "held": attempts - len(failures),
            "failures": failures,
            "notes": notes,
        }
        target = os.environ.get("EVIDENCE_VAULT_RELIABILITY_REPORT")
        if target:
            with Path(target).open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        assert not failures, f"{scenario}: {len(failures)} of {attempts} failed:\n" + "\n".join(failures)

    return add
