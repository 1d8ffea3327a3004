"""Killed mid-import and out of space mid-import: nothing reported stored is lost,
nothing half-stored is visible, leftovers are collected, verification passes."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidence_vault.core import custody, items, verify
from evidence_vault.core.vault import Vault
from tests.support import PASSPHRASE


def _cli(vault_dir: Path, pass_file: Path, *args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "evidence_vault.cli",
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        str(pass_file),
        *args,
    ]


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    small = tmp_path / "small.jpg"
    small.write_bytes(os.urandom(200_000))
    big = tmp_path / "big.mov"
    with open(big, "wb") as handle:
        for _ in range(160):
            handle.write(os.urandom(1 << 20))
    return vault_dir, pass_file, small, big


@pytest.mark.slow
@pytest.mark.parametrize("extra_mb", [8, 40, 90, 150])
def test_kill_9_during_large_import(setup: tuple[Path, Path, Path, Path], extra_mb: int) -> None:
    vault_dir, pass_file, small, big = setup
    db = vault_dir / "vault.db"
    proc = subprocess.Popen(
        _cli(vault_dir, pass_file, "import", str(small), str(big)),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=os.environ.copy(),
    )
    assert proc.stdout is not None
    reported = proc.stdout.readline()
    assert "imported" in reported and "small.jpg" in reported
    baseline = db.stat().st_size
    deadline = time.monotonic() + 60
    while db.stat().st_size < baseline + extra_mb * (1 << 20) and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        listed = items.list_items(vault.conn)
        by_name = {i.name: i for i in listed}
        assert by_name["small.jpg"].sha256 == hashlib.sha256(small.read_bytes()).hexdigest()
        if "big.mov" in by_name:  # the kill came after the final commit: it must be whole
            assert by_name["big.mov"].sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
        elif extra_mb > 32:
            # At least one intermediate commit of chunks happened: they were collected.
            collected = custody.latest(vault.conn, "import.leftovers_collected")
            assert collected is not None and collected.body["params"]["incomplete_imports"] == 1
        assert vault.conn.execute("SELECT count(*) FROM blobs WHERE complete = 0").fetchone()[0] == 0
        report = verify.verify(vault)
        assert report.ok, report.problems


@pytest.mark.slow
def test_file_size_limit_during_import(setup: tuple[Path, Path, Path, Path], tmp_path: Path) -> None:
    vault_dir, pass_file, small, big = setup
    later = tmp_path / "later.txt"
    later.write_bytes(b"a later, small file")
    limit = (vault_dir / "vault.db").stat().st_size + 40 * (1 << 20)

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        _cli(vault_dir, pass_file, "import", str(small), str(big), str(later)),
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        preexec_fn=limit_file_size,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"failed: {big}:" in result.stdout
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        names = {i.name for i in items.list_items(vault.conn)}
        assert "small.jpg" in names and "big.mov" not in names
        report = verify.verify(vault)
        assert report.ok, report.problems
