"""The start-up and full self-tests: they pass here, and a wrong answer stops the program."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import nacl.pwhash.argon2id
import nacl.secret
import pytest

from evidence_vault.core.audit import selftest
from evidence_vault.core.crypto import minisign
from tests.support import cli_main, require_tool


@pytest.fixture(autouse=True)
def fresh_startup_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test sees the once-per-process start-up check as not yet run."""
    monkeypatch.setattr(selftest, "_startup_passed", False)


def test_quick_set_passes() -> None:
    # Its cost at start-up is measured in docs/performance.md ("Packaged app"), not here.
    report = selftest.run(selftest.QUICK)
    assert report.ok, report.message()
    assert [r.name for r in report.results] == [name for name, _ in selftest.QUICK]


@pytest.mark.slow
def test_full_set_passes_and_leaves_nothing_behind(isolated_environment: Path) -> None:
    report = selftest.run(selftest.FULL)
    assert report.ok, report.message()
    assert {"minisign", "throwaway vault"} <= {r.name for r in report.results}
    assert list((isolated_environment / "tmp").iterdir()) == []  # the scratch vault is gone


def _wrong_kdf(*_args: Any, **_kwargs: Any) -> bytes:
    return bytes(32)


def _wrong_open(*_args: Any, **_kwargs: Any) -> bytes:
    return b"not the plaintext"


def _wrong_key_id(*_args: Any) -> bytes:
    return bytes(8)


@pytest.mark.parametrize(
    ("target", "name", "replacement", "failing"),
    [
        (nacl.pwhash.argon2id, "kdf", _wrong_kdf, "Argon2id"),
        (nacl.secret.SecretBox, "decrypt", _wrong_open, "XSalsa20-Poly1305"),
        (selftest, "MIN_SQLCIPHER", (99, 0), "SQLCipher"),
        (minisign, "key_id", _wrong_key_id, "minisign"),
    ],
)
def test_a_wrong_answer_is_caught_and_named(
    monkeypatch: pytest.MonkeyPatch, target: object, name: str, replacement: object, failing: str
) -> None:
    monkeypatch.setattr(target, name, replacement)
    checks = [check for check in selftest.FULL if check[0] != "throwaway vault"]
    report = selftest.run(checks)
    assert not report.ok
    assert [r.name for r in report.failures] == [failing]
    assert report.message().startswith(f"Self-test FAILED ({failing}: ")
    assert "must not be used" in report.message()


def test_cli_refuses_to_run_with_a_broken_primitive(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(nacl.pwhash.argon2id, "kdf", _wrong_kdf)
    code = cli_main(["--vault", str(tmp_path / "vault"), "list"])
    err = capsys.readouterr().err
    assert code == selftest.EXIT_BROKEN == 5
    assert "evidence-vault: Self-test FAILED (Argon2id: Argon2id gave a wrong answer" in err
    assert not (tmp_path / "vault").exists()


def test_cli_selftest_option_exits_non_zero_when_broken(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(nacl.secret.SecretBox, "decrypt", _wrong_open)
    monkeypatch.setattr(selftest, "FULL", [c for c in selftest.FULL if c[0] != "throwaway vault"])
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--selftest"])
    assert exit_info.value.code == 5
    captured = capsys.readouterr()
    assert "FAILED  XSalsa20-Poly1305" in captured.out
    assert "Self-test FAILED (XSalsa20-Poly1305" in captured.err


def test_cli_selftest_option_passes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "FULL", [c for c in selftest.FULL if c[0] != "throwaway vault"])
    with pytest.raises(SystemExit) as exit_info:
        cli_main(["--selftest"])
    assert exit_info.value.code == 0
    assert "Self-test passed" in capsys.readouterr().out


@pytest.mark.oracle
def test_minisign_known_answer_is_accepted_by_minisign(tmp_path: Path) -> None:
    tool = require_tool("minisign")
    import nacl.signing

    key = nacl.signing.SigningKey(selftest.ED25519_SECRET).verify_key
    (tmp_path / "key.pub").write_text(minisign.public_key_file(key))
    (tmp_path / "message").write_bytes(selftest.MINISIGN_MESSAGE)
    (tmp_path / "message.minisig").write_text(selftest.MINISIGN_SIGNATURE)
    result = subprocess.run(
        [tool, "-V", "-p", str(tmp_path / "key.pub"), "-m", str(tmp_path / "message")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.oracle
def test_age_known_answer_comes_from_the_age_command(tmp_path: Path) -> None:
    import base64

    tool = require_tool("age")
    (tmp_path / "id").write_text(selftest.AGE_IDENTITY + "\n")
    (tmp_path / "file.age").write_bytes(base64.b64decode(selftest.AGE_FILE))
    result = subprocess.run(
        [tool, "-d", "-i", str(tmp_path / "id"), str(tmp_path / "file.age")], capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == selftest.AGE_PLAIN
