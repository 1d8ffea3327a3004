"""Constants and helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery staple ☂ Ўсё"
REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO.parent / "shared" / "samples"
# CI sets this so that a missing oracle tool (exiftool, age, minisign) fails the run.
REQUIRE_ORACLES = os.environ.get("EVIDENCE_VAULT_REQUIRE_ORACLES") == "1"


def require_tool(name: str) -> str:
    """Path of an oracle tool; skip when absent locally, fail when CI requires it."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package provides it; .ci/run installs it)"
        if REQUIRE_ORACLES:
            pytest.fail(message)
        pytest.skip(message)
    return path


def require_samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip(f"real-device samples not present at {SAMPLES} (only beside the project checkout)")
    return SAMPLES
