"""Leaks: after a session (import, view, play, export, lock) no canary bytes are in the vault
files, a journal or WAL, TMPDIR, the cache directories or the home directory, and no evidence
text reaches any log, at any log level."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from evidence_vault.cli import main
from evidence_vault.core import items
from evidence_vault.core.vault import Vault
from tests.reliability.conftest import Record
from tests.support import PASSPHRASE

CANARY = b"CANARY-91c2e7-evidence-text-must-never-leak"
NAME_CANARY = "CANARYNAME-5d1f"


def test_no_canary_after_a_full_session(
    tmp_path: Path,
    isolated_environment: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    record: Record,
) -> None:
    caplog.set_level(logging.DEBUG)  # every log level, every logger
    vault_dir = tmp_path / "vault"
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    source = tmp_path / "src"
    source.mkdir()
    (source / f"{NAME_CANARY}.txt").write_bytes(b"the witness said " + CANARY * 200)
    (source / "clip.bin").write_bytes(os.urandom(3 << 20) + CANARY)
    base = ["--vault", str(vault_dir), "--passphrase-file", str(pass_file)]
    assert main([*base, "init"]) == 0
    assert main([*base, "import", str(source)]) == 0
    key = tmp_path / "un.key"
    assert main(["keys", "generate", "--out", str(key)]) == 0
    public = capsys.readouterr().out.split()[-1]
    assert main([*base, "recipients", "add", "UN", public]) == 0
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:  # what a viewer and a player do
        for item in items.list_items(vault.conn):
            stream = items.ItemStream(vault.conn, item)
            stream.read_at(0, item.size)
            items.record_access(vault, item, "item.played" if item.name == "clip.bin" else "item.viewed")
    assert main([*base, "show", "1"]) == 0
    assert main([*base, "verify"]) == 0
    out = tmp_path / "out" / "case.evb"
    out.parent.mkdir()
    assert main([*base, "export", "1", "2", "--to", "UN", "--out", str(out)]) == 0
    capsys.readouterr()

    failures: list[str] = []
    needles = (CANARY, b"the witness said", NAME_CANARY.encode(), b"SQLite format 3")
    roots = [
        vault_dir,
        out.parent,
        *(isolated_environment / d for d in ("home", "config", "data", "cache", "tmp")),
    ]
    scanned = 0
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                scanned += 1
                data = path.read_bytes()
                failures += [f"{needle!r} in {path}" for needle in needles if needle in data]
    if sorted(p.name for p in vault_dir.iterdir()) != ["vault.db", "vault.keys"]:
        failures.append(f"journal or WAL left: {sorted(p.name for p in vault_dir.iterdir())}")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    failures += [f"{needle!r} logged" for needle in ("CANARY", "the witness said") if needle in logged]
    record(
        "leaks: canary after import, view, play, export, lock "
        "(vault, journal/WAL, TMPDIR, caches, home, logs)",
        scanned,
        failures,
        f"{scanned} files scanned; {len(caplog.records)} log records at DEBUG",
    )
