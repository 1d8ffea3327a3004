"""Shared fixtures. Every test runs with its home, config, data and temp folders in
tmp_path, the test-only fast key derivation, and Qt offscreen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_vault.core import kdf
from evidence_vault.core.vault import Vault

PASSPHRASE = "correct horse battery staple ☂ Ўсё"
REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO.parent / "shared" / "samples"
# CI sets this so that a missing oracle tool (exiftool, age, minisign) fails the run.
REQUIRE_ORACLES = os.environ.get("EVIDENCE_VAULT_REQUIRE_ORACLES") == "1"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path_factory.mktemp("env")
    for name in ("home", "config", "data", "cache", "tmp"):
        (root / name).mkdir()
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setenv(kdf.WEAK_KDF_ENV, "1")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("EVIDENCE_VAULT_DIR", raising=False)
    return root


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened, _code = Vault.create(vault_dir, PASSPHRASE)
    yield opened
    opened.lock()


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
