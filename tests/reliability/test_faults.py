"""Faults: a full disk during export, bad source files, a read-only vault, a second program
on the same vault, a stale WAL left by a crash. Each is a clear message, never corruption."""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from evidence_vault.core.audit import verify
from evidence_vault.core.bundle import recipients
from evidence_vault.core.errors import VaultLocked
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer, ImportProgress, Status
from evidence_vault.core.session.vault import Vault
from tests.reliability.conftest import Record
from tests.reliability.harness import cli, cli_env, no_traceback, run
from tests.support import PASSPHRASE


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, Path]:
    """A vault with two items (8 MiB of random bytes) and a recipient, and its passphrase file."""
    vault_dir = tmp_path / "vault"
    source = tmp_path / "src"
    source.mkdir()
    (source / "a.bin").write_bytes(os.urandom(6 << 20))
    (source / "b.txt").write_bytes(b"a short note")
    with Vault.create(vault_dir, PASSPHRASE)[0] as vault:
        Importer(vault).run([source])
        recipients.add(vault, "UN mechanism", recipients.generate_identity_file(tmp_path / "un.key"))
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    return vault_dir, pass_file


def _verified(vault_dir: Path, count: int, failures: list[str], where: str) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        if items.count(vault.conn)[0] != count:
            failures.append(f"{where}: {items.count(vault.conn)[0]} items, expected {count}")
        report = verify.verify(vault)
        if not report.ok:
            failures.append(f"{where}: verify failed: {report.problems}")


@pytest.mark.slow
def test_file_size_limit_during_export(filled: tuple[Path, Path], tmp_path: Path, record: Record) -> None:
    vault_dir, pass_file = filled
    failures: list[str] = []
    out = tmp_path / "out" / "case.evb"
    out.parent.mkdir()
    limit = 3 << 20  # the bundle would be over 6 MiB

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = run(
        cli(vault_dir, pass_file, "export", "1", "2", "--to", "UN mechanism", "--out", str(out)),
        preexec_fn=limit_file_size,
    )
    if crash := no_traceback(result):
        failures.append(crash)
    if result.returncode == 0 or "File too large" not in result.stderr:
        failures.append(f"expected a failure naming the cause, got exit {result.returncode}: {result.stderr}")
    if list(out.parent.iterdir()):
        failures.append(f"left behind: {[p.name for p in out.parent.iterdir()]}")
    _verified(vault_dir, 2, failures, "after the failed export")
    record("fault: file-size limit (RLIMIT_FSIZE) during a CLI export", 1, failures)


def test_unreadable_vanishing_and_odd_sources(
    filled: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: Record
) -> None:
    vault_dir, pass_file = filled
    failures: list[str] = []
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "good.txt").write_bytes(b"good")
    (folder / "dangling.jpg").symlink_to(folder / "gone.jpg")  # vanished before import
    os.mkfifo(folder / "pipe")
    # A missing path named on the command line is refused whole, before the passphrase is read.
    missing = run(cli(vault_dir, pass_file, "import", str(folder), str(tmp_path / "missing.jpg")))
    if missing.returncode != 2 or "missing.jpg does not exist" not in missing.stderr or no_traceback(missing):
        failures.append(f"missing argument: exit {missing.returncode}: {missing.stderr}")
    result = run(cli(vault_dir, pass_file, "import", str(folder)))
    cases = {"dangling.jpg": "No such file", "pipe": "not a regular file"}
    for name, reason in cases.items():
        if not any(name in line and reason in line for line in result.stdout.splitlines()):
            failures.append(f"{name}: no failure line with {reason!r}: {result.stdout}")
    if result.returncode != 1 or no_traceback(result):
        failures.append(f"exit {result.returncode}, expected 1: {result.stderr}")

    # Unreadable (as root, modes do not stop reads: fail the open itself) and vanishing mid-batch.
    locked, first, second = tmp_path / "locked.jpg", tmp_path / "1.bin", tmp_path / "2.bin"
    for path in (locked, first, second):
        path.write_bytes(path.name.encode() * 100)
    real_open = open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    def vanish(state: ImportProgress) -> None:
        if state.files_done == 1:
            second.unlink(missing_ok=True)

    monkeypatch.setattr("builtins.open", guarded_open)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        results = Importer(vault).run([first, locked, second], progress=vanish).results
    monkeypatch.undo()
    got = [(r.status, r.message) for r in results]
    if [s for s, _ in got] != [Status.IMPORTED, Status.FAILED, Status.FAILED]:
        failures.append(f"unexpected results {got}")
    if results[1].message != "cannot read: Permission denied":
        failures.append(f"unreadable: {results[1].message!r}")
    _verified(vault_dir, 4, failures, "after the bad sources")
    record("fault: unreadable, vanished, missing and non-regular source files", 5, failures)


def _drop_file_capabilities() -> None:
    """Run as a root that obeys file modes (CAP_DAC_OVERRIDE, DAC_READ_SEARCH, FOWNER dropped)."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2, 3):
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_read_only_vault_directory(filled: tuple[Path, Path], tmp_path: Path, record: Record) -> None:
    vault_dir, pass_file = filled
    failures: list[str] = []
    new = tmp_path / "new.txt"
    new.write_bytes(b"new evidence")
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    vault_dir.chmod(0o500)
    for path in vault_dir.iterdir():
        path.chmod(0o400)
    try:
        attempts = [("list",), ("import", str(new)), ("verify",)]
        for args in attempts:
            result = run(cli(vault_dir, pass_file, *args), preexec_fn=_drop_file_capabilities)
            if crash := no_traceback(result):
                failures.append(f"{args[0]}: {crash}")
            elif args[0] == "import" and (
                result.returncode == 0 or "readonly" not in result.stderr + result.stdout
            ):
                failures.append(f"import into a read-only vault: exit {result.returncode}: {result.stderr}")
    finally:
        vault_dir.chmod(0o700)
        for path in vault_dir.iterdir():
            path.chmod(0o600)
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    if after != before:
        failures.append(f"the read-only vault changed: {sorted(set(before) ^ set(after))}")
    _verified(vault_dir, 2, failures, "after the read-only attempts")
    record("fault: read-only vault directory (list, import, verify)", len(attempts), failures)


HOLDER = textwrap.dedent(
    """
    import sys, time
    from evidence_vault.core.session.vault import Vault
    vault = Vault.unlock(__import__("pathlib").Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    time.sleep(600)
    """
)


def test_second_program_on_the_same_vault(filled: tuple[Path, Path], record: Record) -> None:
    vault_dir, pass_file = filled
    failures: list[str] = []
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        for args in (("list",), ("verify",)):
            result = run(cli(vault_dir, pass_file, *args))
            if result.returncode != 3 or "already open" not in result.stderr:
                failures.append(f"{args[0]}: exit {result.returncode}: {result.stderr}")
        try:
            Vault.unlock(vault_dir, PASSPHRASE).lock()
            failures.append("a second in-process unlock succeeded while another program held the vault")
        except VaultLocked as exc:
            if "already open" not in str(exc):
                failures.append(f"unclear message: {exc}")
    finally:
        holder.send_signal(signal.SIGKILL)  # the holder dies holding the lock: it must not stay locked
        holder.wait()
    _verified(vault_dir, 2, failures, "after the holder was killed")
    record("fault: a second program opens the same vault (CLI and in-process)", 3, failures)


WAL_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from evidence_vault.core.bundle import recipients
    from evidence_vault.core.session.vault import Vault
    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
    vault.conn.execute("PRAGMA journal_mode = WAL")
    recipients.add(vault, "written to the WAL", recipients.generate_identity_file(Path(sys.argv[3])))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_stale_wal_left_by_a_crash(filled: tuple[Path, Path], tmp_path: Path, record: Record) -> None:
    vault_dir, _ = filled
    failures: list[str] = []
    note = tmp_path / "wal.key"
    result = subprocess.run(
        [sys.executable, "-c", WAL_WRITER, str(vault_dir), PASSPHRASE, str(note)], env=cli_env(), check=False
    )
    wal = vault_dir / "vault.db-wal"
    assert result.returncode == -signal.SIGKILL and wal.exists() and wal.stat().st_size > 0
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        if "written to the WAL" not in {r.name for r in recipients.list_all(vault)}:
            failures.append("the change committed to the WAL before the crash was lost")
        if not verify.verify(vault).ok:
            failures.append("verify failed after recovering the WAL")
    if wal.exists() and wal.stat().st_size:
        failures.append(f"a WAL of {wal.stat().st_size} bytes is left after lock")
    if stat.S_IMODE((vault_dir / "vault.db").stat().st_mode) != 0o600:
        failures.append("vault.db lost its private mode")
    _verified(vault_dir, 2, failures, "after the stale WAL")
    record("fault: stale WAL left by a killed process", 1, failures)
