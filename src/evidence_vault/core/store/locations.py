"""Where the vault and settings live: default, environment override, portable mode."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "EvidenceVault"
VAULT_ENV = "EVIDENCE_VAULT_DIR"
# A file with this name beside the program switches to portable mode: the vault
# and settings live beside the program (a USB stick), nothing in the home folder.
PORTABLE_MARKER = "evidence-vault.portable"


def program_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def portable_root() -> Path | None:
    root = program_dir()
    return root if (root / PORTABLE_MARKER).is_file() else None


def default_vault_dir() -> Path:
    """--vault beats EVIDENCE_VAULT_DIR, which beats portable mode, which beats the user data dir."""
    env = os.environ.get(VAULT_ENV)
    if env:
        return Path(env).expanduser()
    portable = portable_root()
    if portable is not None:
        return portable / "vault"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def settings_dir() -> Path:
    portable = portable_root()
    if portable is not None:
        return portable / "settings"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
