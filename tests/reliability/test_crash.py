"""Killed with SIGKILL at random moments of import, bundle seal, statement amendment and
passphrase change, and out of space mid-import: whatever was reported done is fully there
with its hashes and custody events, nothing half-done is visible, verification passes."""

from __future__ import annotations

import hashlib
import os
import random
import re
import resource
import signal
import subprocess
import time
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.audit import verify
from evidence_vault.core.bundle import recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items, statements
from evidence_vault.core.session.vault import Vault
from tests.reliability import budget
from tests.reliability.conftest import Record
from tests.reliability.harness import cli, cli_env, opens, sha256_file
from tests.support import PASSPHRASE


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
def test_kill_9_during_large_import(
    setup: tuple[Path, Path, Path, Path], extra_mb: int, record: Record
) -> None:
    vault_dir, pass_file, small, big = setup
    db = vault_dir / "vault.db"
    proc = subprocess.Popen(
        cli(vault_dir, pass_file, "import", str(small), str(big)),
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
    record(f"crash: SIGKILL during a 160 MiB import, {extra_mb} MiB in", 1, [])


@pytest.mark.slow
def test_file_size_limit_during_import(
    setup: tuple[Path, Path, Path, Path], tmp_path: Path, record: Record
) -> None:
    vault_dir, pass_file, small, big = setup
    later = tmp_path / "later.txt"
    later.write_bytes(b"a later, small file")
    limit = (vault_dir / "vault.db").stat().st_size + 40 * (1 << 20)

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        cli(vault_dir, pass_file, "import", str(small), str(big), str(later)),
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
    record("fault: file-size limit (RLIMIT_FSIZE) during a CLI import", 1, [])


# -- SIGKILL at random moments -----------------------------------------------------------
IMPORTED = re.compile(r"^\s*imported: (.+) \(item (\d+)\)$", re.MULTILINE)


class Rig:
    """One vault, reused across the runs of an operation (state accumulates, as in real use)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.vault_dir = root / "vault"
        self.passphrase = PASSPHRASE
        self.pass_file = root / "pass"
        self.pass_file.write_text(self.passphrase + "\n")
        self.sources: dict[str, str] = {}  # sha256 -> path of every file offered to import
        self.reported: dict[str, int] = {}  # path -> item id of every import reported done
        with Vault.create(self.vault_dir, PASSPHRASE)[0] as vault:
            public = recipients.generate_identity_file(root / "investigator.key")
            recipients.add(vault, "UN mechanism", public)
            statements.create(vault, statements.Fields(title="Akrestsina", narrative="version 1"), "Tsimur")
        self.notes: dict[str, int] = {}
        self.elapsed = 0.0

    def note(self, what: str) -> None:
        self.notes[what] = self.notes.get(what, 0) + 1

    def files(self, rng: random.Random, tag: str) -> list[Path]:
        folder = self.root / f"in-{tag}"
        folder.mkdir()
        paths = []
        for n, size in enumerate((rng.randrange(1, 200_000), rng.randrange(1 << 20, 3 << 20))):
            path = folder / f"{tag}-{n}.bin"
            path.write_bytes(rng.randbytes(size))
            self.sources[hashlib.sha256(path.read_bytes()).hexdigest()] = str(path)
            paths.append(path)
        return paths

    def kill_after(self, command: list[str], delay: float | None, out: Path) -> tuple[str, int | None]:
        """Run ``command``, SIGKILL it after ``delay`` seconds (None: let it finish)."""
        started = time.monotonic()
        with out.open("w") as stdout:
            proc = subprocess.Popen(command, stdout=stdout, stderr=subprocess.STDOUT, env=cli_env())
            try:
                proc.wait(timeout=delay if delay is not None else 120)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
        self.elapsed = time.monotonic() - started
        killed = proc.returncode == -signal.SIGKILL
        self.note("killed mid-way" if killed else "finished before the kill")
        return out.read_text(errors="replace"), proc.returncode


def _common_invariants(vault: Vault, rig: Rig, failures: list[str], where: str) -> None:
    if vault.conn.execute("SELECT count(*) FROM blobs WHERE complete = 0").fetchone()[0]:
        failures.append(f"{where}: an incomplete blob is still there after unlock")
    for item in items.list_items(vault.conn):
        if item.sha256 not in rig.sources:
            failures.append(f"{where}: item {item.id} has a hash of no source file (half-imported?)")
    report = verify.verify(vault)
    if not report.ok:
        failures.append(f"{where}: verify failed: {report.problems[:3]}")


def _check_import(rig: Rig, output: str, failures: list[str], where: str) -> None:
    for path, item_id in IMPORTED.findall(output):
        rig.reported[path] = int(item_id)
    with Vault.unlock(rig.vault_dir, rig.passphrase) as vault:
        by_id = {item.id: item for item in items.list_items(vault.conn)}
        for path, item_id in rig.reported.items():
            item = by_id.get(item_id)
            expected = sha256_file(Path(path))
            if item is None or item.sha256 != expected or item.size != Path(path).stat().st_size:
                failures.append(
                    f"{where}: {path} was reported imported as item {item_id} but is not there whole"
                )
                continue
            imported = [e for e in custody.events(vault.conn, item_id) if e.action == "item.imported"]
            if not imported or expected not in imported[0].body["objects"]:
                failures.append(f"{where}: item {item_id} has no item.imported event with its SHA-256")
        _common_invariants(vault, rig, failures, where)


def _check_export(rig: Rig, out: Path, output: str, failures: list[str], where: str) -> None:
    reported = "verified after writing" in output
    others = sorted(p.name for p in out.parent.iterdir() if p.name.endswith(".evb") and p != out)
    if others:
        failures.append(f"{where}: stray bundle files {others}")
    leftovers = [p for p in out.parent.iterdir() if p.name.endswith(".partial")]
    if leftovers:
        rig.note("left an encrypted .partial file (never a .evb)")
        for path in leftovers:
            path.unlink()
    if out.exists():
        report = bundle.read(out, recipients.load_identity_file(rig.root / "investigator.key"))
        if not report.ok:
            failures.append(
                f"{where}: a bundle that does not verify was left at {out.name}: {report.problems}"
            )
    elif reported:
        failures.append(f"{where}: export reported success but {out.name} does not exist")
    with Vault.unlock(rig.vault_dir, rig.passphrase) as vault:
        if reported:
            sealed = [e for e in custody.events(vault.conn) if e.action == "bundle.sealed"]
            if not any(e.body["params"]["bundle_sha256"] == sha256_file(out) for e in sealed):
                failures.append(f"{where}: export reported success but no bundle.sealed event has its hash")
        _common_invariants(vault, rig, failures, where)
    out.unlink(missing_ok=True)


def _check_amend(rig: Rig, before: int, output: str, failures: list[str], where: str) -> None:
    reported = "recorded version" in output
    with Vault.unlock(rig.vault_dir, rig.passphrase) as vault:
        statement = statements.get(vault.conn, 1)
        count = len(statement.versions)
        if count not in (before, before + 1) or (reported and count != before + 1):
            failures.append(f"{where}: {count} versions after amending {before} (reported: {reported})")
        recorded = {
            e.body["params"].get("version"): e.body["params"].get("sha256")
            for e in custody.events(vault.conn)
            if e.action in ("statement.created", "statement.amended")
        }
        for version in statement.versions:
            if (
                recorded.get(version.number, version.sha256 if version.number == 1 else None)
                != version.sha256
            ):
                failures.append(f"{where}: version {version.number}'s hash is not the one in the custody log")
        _common_invariants(vault, rig, failures, where)


def _check_passwd(rig: Rig, new: str, output: str, failures: list[str], where: str) -> None:
    reported = "Passphrase changed" in output
    old_opens, new_opens = opens(rig.vault_dir, rig.passphrase), opens(rig.vault_dir, new)
    if reported and (old_opens or not new_opens):
        failures.append(f"{where}: reported changed, but old opens={old_opens}, new opens={new_opens}")
    elif not (old_opens or new_opens):
        failures.append(f"{where}: neither the old nor the new passphrase opens the vault")
        return
    if old_opens and new_opens:
        rig.note("both passphrases open (killed between the new slot's commit and the old slot's erase)")
    if new_opens:
        rig.passphrase = new
        rig.pass_file.write_text(new + "\n")
    with Vault.unlock(rig.vault_dir, rig.passphrase) as vault:
        _common_invariants(vault, rig, failures, where)


OPERATIONS = {
    "import": "import",
    "export": "bundle seal (export)",
    "amend": "statement amendment",
    "passwd": "passphrase change",
}


def _one_run(rig: Rig, operation: str, seed: int, delay: float | None, failures: list[str]) -> None:
    rng = random.Random(seed)
    where = f"seed {seed}" + (f", killed after {delay:.3f} s" if delay is not None else ", not killed")
    log = rig.root / f"out-{seed}.txt"
    if operation == "import":
        paths = rig.files(rng, str(seed))
        command = cli(rig.vault_dir, rig.pass_file, "import", *map(str, paths))
        output, _ = rig.kill_after(command, delay, log)
        _check_import(rig, output, failures, where)
    elif operation == "export":
        out = rig.root / "bundles" / f"{seed}.evb"
        out.parent.mkdir(exist_ok=True)
        command = cli(
            rig.vault_dir, rig.pass_file, "export", "1", "2", "--to", "UN mechanism", "--out", str(out)
        )
        output, _ = rig.kill_after(command, delay, log)
        _check_export(rig, out, output, failures, where)
    elif operation == "amend":
        with Vault.unlock(rig.vault_dir, rig.passphrase) as vault:
            before = len(statements.get(vault.conn, 1).versions)
        narrative = rig.root / f"narrative-{seed}.txt"
        narrative.write_text(f"Amended by run {seed}: " + rng.randbytes(2000).hex())
        command = cli(
            rig.vault_dir, rig.pass_file, "statement", "edit", "1", "--narrative-file", str(narrative)
        )
        output, _ = rig.kill_after(command, delay, log)
        _check_amend(rig, before, output, failures, where)
    else:
        new = f"new passphrase {seed} ☂"
        new_file = rig.root / f"new-{seed}"
        new_file.write_text(new + "\n")
        command = cli(rig.vault_dir, rig.pass_file, "passwd", "--new-passphrase-file", str(new_file))
        output, _ = rig.kill_after(command, delay, log)
        _check_passwd(rig, new, output, failures, where)


@pytest.mark.slow
@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_sigkill_at_random_moments(operation: str, tmp_path: Path, record: Record) -> None:
    rig = Rig(tmp_path)
    failures: list[str] = []
    # Two items to seal, present before any export run.
    if operation == "export":
        _one_run(rig, "import", budget.BASE_SEED, None, failures)
    # Measure the operation once, unkilled, to spread the kills over its whole duration.
    _one_run(rig, operation, budget.BASE_SEED + 1, None, failures)
    duration = rig.elapsed
    assert not failures, failures
    rig.notes.clear()
    runs = budget.seeds(f"crash-{operation}", budget.CRASH_RUNS_PER_OPERATION)
    for seed in runs:
        delay = random.Random(seed).uniform(0.0, duration * 1.1)
        _one_run(rig, operation, seed, delay, failures)
    notes = ", ".join(f"{what}: {n}" for what, n in sorted(rig.notes.items()))
    record(
        f"crash: SIGKILL at a random moment of {OPERATIONS[operation]}",
        len(runs),
        failures,
        f"operation takes {duration:.2f} s; {notes}",
    )
