"""Constants and helpers shared by tests (fixtures live in conftest.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PASSPHRASE = "correct horse battery staple ☂ Ўсё"
REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO.parent / "shared" / "samples"
# CI sets this so that a missing oracle tool (exiftool, age, minisign) fails the run.
REQUIRE_ORACLES = os.environ.get("EVIDENCE_VAULT_REQUIRE_ORACLES") == "1"


def require_tool(name: str) -> str:
    """Path of an oracle tool (on PATH, or beside this Python as a package's script such as
    bagit.py); skip when absent locally, fail when CI requires it."""
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
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


# -- the command line, as a user runs it ------------------------------------------------------
# Every test that runs evidence-vault goes through these two: a new process (``run_cli``,
# ``CliVault``) for what a user sees, or ``cli_main`` in this process where a test must
# patch something inside it.
CLI = [sys.executable, "-m", "evidence_vault.cli"]


def cli_env(**extra: str) -> dict[str, str]:
    """This test's environment (home, temp, the weak test KDF), unbuffered output."""
    return {**os.environ, "PYTHONUNBUFFERED": "1", **extra}


def cli_command(*args: str, vault: Path | None = None, passphrase_file: Path | None = None) -> list[str]:
    options = ["--vault", str(vault)] if vault is not None else []
    options += ["--passphrase-file", str(passphrase_file)] if passphrase_file is not None else []
    return [*CLI, *options, *args]


def run_cli(
    *args: str,
    vault: Path | None = None,
    passphrase_file: Path | None = None,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 300,
    **kwargs: Any,
) -> subprocess.CompletedProcess[str]:
    """``evidence-vault ARGS`` in a new process, text in and out, never raising on its exit code."""
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        cli_command(*args, vault=vault, passphrase_file=passphrase_file),
        capture_output=True,
        text=True,
        input=stdin,
        env=env if env is not None else cli_env(),
        timeout=timeout,
        check=False,
        **kwargs,
    )


class CliVault:
    """The command line against one vault (``folder/vault``), its passphrase in a file."""

    def __init__(self, folder: Path, passphrase: str = PASSPHRASE) -> None:
        self.tmp_path = folder
        self.vault_dir = folder / "vault"
        self.pass_file = folder / "pass"
        self.pass_file.write_text(passphrase + "\n", encoding="utf-8")

    def __call__(
        self, *args: str, passphrase: Path | None = None, **kwargs: Any
    ) -> subprocess.CompletedProcess[str]:
        secret = passphrase or self.pass_file
        if kwargs.get("pass_fds"):
            secret = None  # the passphrase comes through a descriptor the test names
        return run_cli(*args, vault=self.vault_dir, passphrase_file=secret, **kwargs)

    def ok(self, *args: str) -> str:
        done = self(*args)
        assert done.returncode == 0, done.stderr
        return done.stdout


def cli_main(argv: list[str]) -> int:
    """evidence-vault's main() in this process."""
    from evidence_vault.cli import main

    return main(argv)


def exiftool_json(path: Path) -> dict[str, Any]:
    """Everything exiftool reads in ``path`` (``-a -G1 -ee``), keyed ``Group:Tag``; the
    independent oracle for "nothing identifying is left"."""
    out = subprocess.run(
        [require_tool("exiftool"), "-a", "-G1", "-ee", "-json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout)[0])
