"""Helpers shared by the reliability tests: running the CLI as a real process, byte flips."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from evidence_vault.core import errors
from evidence_vault.core.session.vault import Vault
from tests.support import cli_command, cli_env


def cli(vault_dir: Path, pass_file: Path, *args: str) -> list[str]:
    """The command line of the CLI as a separate process (the console entry point's module)."""
    return cli_command(*args, vault=vault_dir, passphrase_file=pass_file)


def run(command: list[str], timeout: float = 120, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        command, capture_output=True, text=True, env=cli_env(), timeout=timeout, check=False, **kwargs
    )


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def flip(path: Path, offset: int, mask: int = 0x01) -> None:
    """XOR one byte in place (a second call with the same mask undoes it)."""
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ mask]))


def opens(vault_dir: Path, passphrase: str) -> bool:
    """True if the passphrase opens the vault, False if it is refused as wrong."""
    try:
        Vault.unlock(vault_dir, passphrase).lock()
    except errors.WrongPassphrase:
        return False
    return True


def no_traceback(result: subprocess.CompletedProcess[str]) -> str | None:
    """A failure message if the process crashed (traceback or signal) instead of exiting."""
    if "Traceback" in result.stderr or result.returncode < 0:
        return f"exit {result.returncode}: {result.stderr[-1500:]}"
    return None
