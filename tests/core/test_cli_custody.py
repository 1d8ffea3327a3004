"""The custody commands as a user runs them: anchor, anchors check, log, delete, signing-key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support import CliVault

Ev = CliVault  # the shared helper (tests/support.py)


@pytest.fixture
def ev(tmp_path: Path) -> Ev:
    run = Ev(tmp_path)
    assert run("init").returncode == 0
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8\xff" + b"a" * 5000)
    (tmp_path / "b.jpg").write_bytes(b"\xff\xd8\xff" + b"b" * 5000)
    imported = run("import", str(tmp_path / "a.jpg"))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    return run


class TestCustodyCli:
    def test_anchor_code_is_the_last_line_and_checks(self, ev: Ev, tmp_path: Path) -> None:
        shown = ev("anchor", "--qr-png", str(tmp_path / "anchor.png"))
        assert shown.returncode == 0, shown.stderr
        code = shown.stdout.strip().splitlines()[-1]
        assert code.startswith("EV2-")
        assert (tmp_path / "anchor.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert ev("import", str(tmp_path / "b.jpg")).returncode == 0
        checked = ev("anchors", "check", code)
        assert checked.returncode == 0 and checked.stdout.startswith("OK:")
        as_json = json.loads(ev("anchors", "check", code, "--json").stdout)
        assert as_json["ok"] and as_json["current_size"] > as_json["anchored_size"]

    def test_older_copy_fails_a_later_anchor_and_warns(self, ev: Ev, tmp_path: Path) -> None:
        db = ev.vault_dir / "vault.db"
        shutil.copy2(db, tmp_path / "old.db")
        assert ev("import", str(tmp_path / "b.jpg")).returncode == 0
        code = ev("anchor", "--no-qr").stdout.strip().splitlines()[-1]
        shutil.copy2(tmp_path / "old.db", db)
        failed = ev("anchors", "check", code)
        assert failed.returncode == 1
        assert failed.stdout.startswith("FAILED: the anchor covers")
        assert "WARNING: this vault is older than the last one opened here" in failed.stderr
        assert ev("anchors", "check", "EV2-3-nonsense").returncode == 2

    def test_log_item_filter_and_delete(self, ev: Ev, tmp_path: Path) -> None:
        assert ev("delete", "1").returncode == 2  # --reason is required
        deleted = ev("delete", "1", "--reason", "duplicate of a better copy")
        assert deleted.returncode == 0, deleted.stderr
        log = json.loads(ev("log", "--item", "1", "--json").stdout)
        assert [e["action"] for e in log][:1] == ["item.imported"]
        assert (
            log[-1]["action"] == "item.deleted"
            and log[-1]["params"]["reason"] == "duplicate of a better copy"
        )
        assert json.loads(ev("list", "--json").stdout) == []
        assert ev("verify").returncode == 0

    def test_signing_key(self, ev: Ev) -> None:
        data = json.loads(ev("signing-key", "--json").stdout)
        assert data["minisign_public_key"].startswith("RW")
        assert len(data["fingerprint"].split()) == 6
        human = ev("signing-key").stdout
        assert "untrusted comment: minisign public key" in human and data["minisign_public_key"] in human
