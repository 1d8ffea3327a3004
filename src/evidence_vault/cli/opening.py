"""Opening the vault named on the command line (``--vault``, or where it is by default)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.errors import VaultNotFound
from ..core.session.vault import Vault
from ..core.store import locations
from ..i18n import translate
from .passphrase_input import Secrets


def vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else locations.default_vault_dir()


def existing_vault(args: argparse.Namespace) -> Path:
    """The vault folder, checked before a passphrase is asked for (Vault.unlock checks again)."""
    directory = vault_dir(args)
    if not Vault.keys_path_of(directory).is_file():
        raise VaultNotFound(
            translate("cli", "no vault at {directory} (create one with 'evidence-vault init')").format(
                directory=directory
            )
        )
    return directory


def open_vault(args: argparse.Namespace) -> Vault:
    vault = Vault.unlock(existing_vault(args), Secrets(args).current())
    for warning in vault.warnings:
        print(translate("cli", "evidence-vault: WARNING: {warning}").format(warning=warning), file=sys.stderr)
    return vault
