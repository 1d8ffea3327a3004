"""How many times each reliability scenario runs: the one place to change it.

The default run (``pytest tests/reliability``) is sized for CI on two cores; the full run
(``EVIDENCE_VAULT_FULL_RELIABILITY=1``, or ``tools/reliability_report.py --full``) is long.
Every random choice comes from a seed printed with any failure. To replay one failing run:
``EVIDENCE_VAULT_RELIABILITY_REPLAY=<seed> pytest tests/reliability -k <scenario>``.
"""

from __future__ import annotations

import os

FULL = os.environ.get("EVIDENCE_VAULT_FULL_RELIABILITY") == "1"

# SIGKILL runs in total, shared equally by import, bundle seal, statement amendment and
# passphrase change.
CRASH_RUNS = 200 if FULL else 20
CRASH_OPERATIONS = 4
CRASH_RUNS_PER_OPERATION = max(1, CRASH_RUNS // CRASH_OPERATIONS)

# Byte flips: always 100 positions in vault.db, vault.keys and a bundle.
FLIP_POSITIONS = 100

# Seconds of mutation fuzzing of the metadata read-out, and hostile-corpus imports.
FUZZ_SECONDS = 300.0 if FULL else 20.0

BASE_SEED = 20_240_613
REPLAY = os.environ.get("EVIDENCE_VAULT_RELIABILITY_REPLAY")


def seeds(scenario: str, runs: int) -> list[int]:
    """The seed of each run of ``scenario``: stable between runs, or the one being replayed."""
    if REPLAY:
        return [int(REPLAY)]
    offset = sum(scenario.encode()) * 1000
    return [BASE_SEED + offset + n for n in range(runs)]
