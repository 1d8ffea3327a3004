"""Where vaults live: data folder by default, environment override, portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from evidence_vault.core.store import locations


class TestLocations:
    def test_default_is_in_the_user_data_folder(self, isolated_environment: Path) -> None:
        assert locations.default_vault_dir() == isolated_environment / "data" / "EvidenceVault" / "vault"

    def test_environment_override(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv(locations.VAULT_ENV, str(tmp_path / "usb"))
        assert locations.default_vault_dir() == tmp_path / "usb"

    def test_portable_marker_keeps_everything_beside_the_program(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        program = tmp_path / "stick" / "evidence-vault"
        program.parent.mkdir()
        program.write_text("")
        monkeypatch.setattr(sys, "argv", [str(program)])
        assert locations.portable_root() is None
        (program.parent / locations.PORTABLE_MARKER).write_text("")
        assert locations.default_vault_dir() == program.parent / "vault"
        assert locations.settings_dir() == program.parent / "settings"
