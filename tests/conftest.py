"""Shared fixtures. Every test runs with its home, config, data and temp folders in
tmp_path, the test-only fast key derivation, and Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_vault import i18n
from evidence_vault.core.crypto import kdf
from evidence_vault.core.session.vault import Vault
from tests.support import PASSPHRASE, REPO


@pytest.fixture(autouse=True, scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .qm catalogues, compiled from today's .ts into a temporary folder (never the source
    tree: the suite runs from a read-only checkout); the app and the CLI, and the child
    processes tests start, find them there through i18n.CATALOGUES_ENV."""
    from tools import translations

    folder = tmp_path_factory.mktemp("translations")
    translations.build(translations.LANGUAGES, target=folder)
    before = os.environ.get(i18n.CATALOGUES_ENV)
    os.environ[i18n.CATALOGUES_ENV] = str(folder)
    yield folder
    if before is None:
        os.environ.pop(i18n.CATALOGUES_ENV, None)
    else:
        os.environ[i18n.CATALOGUES_ENV] = before


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
    monkeypatch.setenv("EVIDENCE_VAULT_LANGUAGE", "en")  # i18n.LANGUAGE_ENV: English whatever $LANG is
    # Helper processes never search the folder they start in (core/child/channel.py): the
    # tests' own hostile helpers (tests.media.hostile_worker, ...) are found through this.
    searched = [str(REPO), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(searched))
    return root


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    opened, _code = Vault.create(vault_dir, PASSPHRASE)
    yield opened
    opened.lock()
