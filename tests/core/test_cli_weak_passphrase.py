"""Issue 18 §7: a passphrase rated Weak is refused by every command that sets one (init, passwd,
recovery, duress set) with exit 2 and a message naming the risk and the flag, unless
``--accept-weak-passphrase`` is given. Nothing is created or changed when it is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_vault.core import duress
from evidence_vault.core.crypto.strength import estimate
from evidence_vault.core.session.vault import Vault
from tests.core.test_cli import Cli
from tests.support import PASSPHRASE, cli_main

WEAK = "password"
FLAG = "--accept-weak-passphrase"


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


@pytest.fixture
def weak_file(tmp_path: Path) -> Path:
    path = tmp_path / "weak"
    path.write_text(WEAK + "\n", encoding="utf-8")
    return path


def _refused(stderr: str) -> None:
    assert "Weak" in stderr and "guess" in stderr and FLAG in stderr, stderr
    assert "Traceback" not in stderr


def test_the_test_passphrases_are_rated_as_the_tests_assume() -> None:
    assert estimate(WEAK).level == 1
    assert estimate(PASSPHRASE).level >= 2


def test_init_refuses_a_weak_passphrase_unless_accepted(cli: Cli, weak_file: Path) -> None:
    refused = cli("init", passphrase=weak_file)
    assert refused.returncode == 2
    _refused(refused.stderr)
    assert not (cli.vault_dir / "vault.keys").exists()
    accepted = cli("init", FLAG, passphrase=weak_file)
    assert accepted.returncode == 0, accepted.stderr
    assert cli("list", passphrase=weak_file).returncode == 0


def test_init_at_the_terminal_refuses_a_weak_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": WEAK)
    assert cli_main(["--vault", str(tmp_path / "v"), "init"]) == 2
    _refused(capsys.readouterr().err)
    assert not (tmp_path / "v" / "vault.keys").exists()


def test_passwd_and_recovery_refuse_a_weak_new_passphrase(cli: Cli, weak_file: Path, tmp_path: Path) -> None:
    init = cli("init")
    assert init.returncode == 0, init.stderr
    refused = cli("passwd", "--new-passphrase-file", str(weak_file))
    assert refused.returncode == 2
    _refused(refused.stderr)
    assert cli("list").returncode == 0  # unchanged: the old passphrase still opens it

    code_file = tmp_path / "code"
    code_file.write_text(init.stdout.strip().splitlines()[-1].strip() + "\n")
    refused = cli("recovery", "--recovery-code-file", str(code_file), "--new-passphrase-file", str(weak_file))
    assert refused.returncode == 2
    _refused(refused.stderr)
    assert cli("list").returncode == 0

    accepted = cli("passwd", "--new-passphrase-file", str(weak_file), FLAG)
    assert accepted.returncode == 0, accepted.stderr
    assert cli("list", passphrase=weak_file).returncode == 0


def test_duress_set_refuses_a_weak_duress_passphrase(cli: Cli, weak_file: Path) -> None:
    assert cli("init").returncode == 0
    refused = cli("duress", "set", "--duress-passphrase-file", str(weak_file))
    assert refused.returncode == 2
    _refused(refused.stderr)
    assert "destroy" in refused.stderr  # the risk of a guessable duress passphrase
    with Vault.unlock(cli.vault_dir, PASSPHRASE) as vault:
        assert not duress.is_set(vault)
    accepted = cli("duress", "set", "--duress-passphrase-file", str(weak_file), FLAG)
    assert accepted.returncode == 0, accepted.stderr
    with Vault.unlock(cli.vault_dir, PASSPHRASE) as vault:
        assert duress.is_set(vault)
