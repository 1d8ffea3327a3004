"""Killed with SIGKILL in the middle of taking a bundle in: the files already streamed into the
vault are incomplete blobs, which nothing shows and the next unlock collects; the same bundle
then goes in whole."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.audit import verify
from evidence_vault.core.bundle import recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.reliability.conftest import Record
from tests.reliability.harness import cli, run, sha256_file
from tests.support import PASSPHRASE

MB = 1 << 20


@pytest.mark.slow
def test_kill_9_while_a_bundle_is_taken_in(tmp_path: Path, record: Record) -> None:
    big = tmp_path / "src" / "VID_0001.MP4"
    big.parent.mkdir()
    with open(big, "wb") as handle:
        for _ in range(120):
            handle.write(os.urandom(MB))
    sender, _ = Vault.create(tmp_path / "sender", PASSPHRASE)
    Importer(sender).run([big.parent])
    recipients.add(sender, "desk", recipients.generate_identity_file(tmp_path / "desk.key"))
    sealed = tmp_path / "case.evb"
    bundle.seal(sender, items.list_items(sender.conn), ["desk"], sealed)
    sender.lock()
    desk = tmp_path / "desk"
    Vault.create(desk, PASSPHRASE)[0].lock()
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    command = cli(desk, pass_file, "bundle", "import", str(sealed), "--identity", str(tmp_path / "desk.key"))

    db = desk / "vault.db"
    baseline = db.stat().st_size
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # 48 MiB in: past an intermediate commit of chunks (every 32 MiB), before the last.
    while db.stat().st_size < baseline + 48 * MB and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    assert proc.poll() is None, "the import ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    with Vault.unlock(desk, PASSPHRASE) as vault:
        assert items.list_items(vault.conn) == []
        assert vault.conn.execute("SELECT count(*) FROM bundles_received").fetchone()[0] == 0
        collected = custody.latest(vault.conn, "import.leftovers_collected")
        assert collected is not None and collected.body["params"]["incomplete_imports"] == 1
        assert vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
        report = verify.verify(vault)
        assert report.ok, report.problems

    again = run(command)
    assert again.returncode == 0, again.stdout + again.stderr
    with Vault.unlock(desk, PASSPHRASE) as vault:
        (item,) = items.list_items(vault.conn)
        assert item.sha256 == sha256_file(big)
    record("crash: SIGKILL while a 120 MiB bundle is taken in, 48 MiB in", 1, [])
