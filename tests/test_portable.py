"""Portable mode: with the marker file beside the program, the vault and settings live
beside it and nothing at all is written to the home folder.

``locations.program_dir()`` is the folder of ``sys.argv[0]`` (of ``sys.executable`` in the
frozen app), so a launcher script in a "stick" folder stands in for the installed program.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_vault.core.store import locations
from tests.support import PASSPHRASE, REPO

LAUNCHER = """\
import sys
from evidence_vault.cli import main
sys.exit(main())
"""
SAVE_SETTINGS = """\
from evidence_vault.core.store import settings
settings.save(settings.load())
print(settings.settings_path())
"""


def _everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / "evidence-vault").write_text(LAUNCHER, encoding="utf-8")
    (folder / "save-settings").write_text(SAVE_SETTINGS, encoding="utf-8")
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _run(stick: Path, home: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "EVIDENCE_VAULT_")) and key not in ("HOME", "TMPDIR")
    }
    env.update(
        HOME=str(home),
        EVIDENCE_VAULT_TEST_WEAK_KDF="1",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONPATH=str(REPO / "src"),
    )
    return subprocess.run(
        [sys.executable, str(stick / script), *args],
        cwd=stick.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_portable_mode_writes_nothing_to_home(stick: Path, home: Path, tmp_path: Path) -> None:
    (stick / locations.PORTABLE_MARKER).write_text("")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    evidence = tmp_path / "photo.jpg"
    evidence.write_bytes(b"\xff\xd8\xff\xe0 not really a photo" * 100)
    pass_args = ("--passphrase-file", str(secret))

    for args in (
        ("init",),
        ("import", str(evidence), "--case", "Stick"),
        ("list",),
        ("verify",),  # every command locks the vault when it ends
    ):
        result = _run(stick, home, "evidence-vault", *pass_args, *args)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
    saved = _run(stick, home, "save-settings")
    assert saved.returncode == 0, saved.stderr

    assert _everything_under(home) == []
    assert (stick / "vault" / "vault.db").is_file()
    assert (stick / "vault" / "vault.keys").is_file()
    assert Path(saved.stdout.strip()) == stick / "settings" / "desktop.json"
    assert (stick / "settings" / "desktop.json").is_file()


def test_without_the_marker_the_vault_goes_to_home(stick: Path, home: Path, tmp_path: Path) -> None:
    """The control: the same run without the marker does write under HOME."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = _run(stick, home, "evidence-vault", "--passphrase-file", str(secret), "init")
    assert result.returncode == 0, result.stderr
    assert not (stick / "vault").exists()
    assert any(name.endswith("vault.keys") for name in _everything_under(home))
