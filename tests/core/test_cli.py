"""The command line as users and scripts use it: real subprocesses, real exit codes."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, CliVault, cli_env, run_cli

Cli = CliVault  # the shared helper (tests/support.py)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return CliVault(tmp_path)


@pytest.fixture
def evidence(tmp_path: Path) -> Path:
    folder = tmp_path / "phone"
    (folder / "DCIM").mkdir(parents=True)
    (folder / "DCIM" / "IMG_0001.JPG").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(3_000_000))
    (folder / "DCIM" / "clip.mp4").write_bytes(os.urandom(1_500_000))
    (folder / "voice.m4a").write_bytes(os.urandom(10_000))
    return folder


class TestCli:
    def test_full_workflow(self, cli: Cli, evidence: Path, tmp_path: Path) -> None:
        init = cli("init")
        assert init.returncode == 0, init.stderr
        code = init.stdout.strip().splitlines()[-1].strip()
        assert len(code.split("-")) == 10

        imported = cli("import", str(evidence), "--case", "Minsk, 10 August", "--tag", "phone")
        assert imported.returncode == 0, imported.stderr
        assert "Imported 3, already present 0, failed 0." in imported.stdout

        listed = sorted(json.loads(cli("list", "--json").stdout), key=lambda row: row["name"])
        assert [row["name"] for row in listed] == ["IMG_0001.JPG", "clip.mp4", "voice.m4a"]
        assert set(listed[0]) == {"id", "sha256", "size", "content_type", "name", "name_hex", "imported_at"}
        assert listed[0]["content_type"] == "image/jpeg"
        jpeg = (evidence / "DCIM" / "IMG_0001.JPG").read_bytes()
        assert listed[0]["sha256"] == hashlib.sha256(jpeg).hexdigest()

        shown = json.loads(cli("show", listed[0]["sha256"][:10], "--json").stdout)
        assert shown["cases"] == ["Minsk, 10 August"] and shown["tags"] == ["phone"]
        # import reads metadata once the originals are stored (cli_media.run_analysis)
        assert [e["action"] for e in shown["custody"]] == [
            "item.imported",
            "item.metadata_read",
            "item.provenance_read",
            "item.perceptual_hash",
        ]
        human = cli("show", str(listed[0]["id"])).stdout
        assert "SHA-256:" in human and listed[0]["sha256"] in human

        out = tmp_path / "extracted.jpg"
        jpeg_id = str(listed[0]["id"])
        assert cli("extract", jpeg_id, "--out", str(out)).returncode == 0
        assert out.read_bytes() == jpeg
        refused = cli("extract", jpeg_id, "--out", str(out))
        assert refused.returncode == 2 and "already exists" in refused.stderr

        again = cli("import", str(evidence / "voice.m4a"))
        assert "already present 1" in again.stdout

        verified = cli("verify", "--json")
        assert verified.returncode == 0
        report = json.loads(verified.stdout)
        assert report["ok"] is True and report["items_checked"] == 3

        log = json.loads(cli("log", "--json").stdout)
        assert [e["action"] for e in log][-1] == "verification.run"
        assert [e["seq"] for e in log] == list(range(1, len(log) + 1))

    def test_wrong_passphrase_exit_3(self, cli: Cli, tmp_path: Path) -> None:
        assert cli("init").returncode == 0
        wrong = tmp_path / "wrong"
        wrong.write_text("nope\n")
        result = cli("list", passphrase=wrong)
        assert result.returncode == 3
        assert result.stderr.strip() == "evidence-vault: wrong passphrase"

    def test_damaged_vault_exit_4(self, cli: Cli) -> None:
        assert cli("init").returncode == 0
        db = cli.vault_dir / "vault.db"
        data = bytearray(db.read_bytes())
        data[200] ^= 1
        db.write_bytes(bytes(data))
        result = cli("list")
        assert result.returncode == 4
        assert "damaged" in result.stderr

    def test_verify_failure_exit_1_names_the_problem(self, cli: Cli, evidence: Path) -> None:
        assert cli("init").returncode == 0
        assert cli("import", str(evidence)).returncode == 0
        db = cli.vault_dir / "vault.db"
        data = bytearray(db.read_bytes())
        data[len(data) // 2] ^= 1
        db.write_bytes(bytes(data))
        result = cli("verify")
        assert result.returncode == 1
        assert "PROBLEM:" in result.stdout

    def test_usage_errors_exit_2(self, cli: Cli) -> None:
        assert cli("frobnicate").returncode == 2
        assert cli("init").returncode == 0
        missing = cli("show", "999")
        assert missing.returncode == 2 and "no item '999'" in missing.stderr

    def test_failed_file_in_batch_exit_1_with_reason(self, cli: Cli, evidence: Path, tmp_path: Path) -> None:
        # A path named on the command line that does not exist is refused before the passphrase
        # is read (test_cli_options.py); one that vanishes inside a folder fails in the batch.
        assert cli("init").returncode == 0
        gone = evidence / "gone.jpg"
        gone.symlink_to(tmp_path / "vanished.jpg")
        result = cli("import", str(evidence))
        assert result.returncode == 1
        assert "Imported 3, already present 0, failed 1." in result.stdout
        assert f"failed: {gone}: cannot read: No such file or directory" in result.stdout

    def test_passphrase_from_file_descriptor(self, cli: Cli) -> None:
        assert cli("init").returncode == 0
        read_end, write_end = os.pipe()
        os.write(write_end, (PASSPHRASE + "\n").encode())
        os.close(write_end)
        try:
            result = cli("--passphrase-fd", str(read_end), "list", pass_fds=(read_end,))
        finally:
            os.close(read_end)
        assert result.returncode == 0, result.stderr

    def test_passwd_and_recovery(self, cli: Cli, tmp_path: Path) -> None:
        init = cli("init")
        code = init.stdout.strip().splitlines()[-1].strip()
        new_pass = tmp_path / "new"
        new_pass.write_text("new passphrase\n")
        changed = cli("passwd", "--new-passphrase-file", str(new_pass))
        assert changed.returncode == 0, changed.stderr
        assert cli("list").returncode == 3
        assert cli("list", passphrase=new_pass).returncode == 0

        code_file = tmp_path / "code"
        code_file.write_text(code.replace("-", " ") + "\n")
        third = tmp_path / "third"
        third.write_text("third passphrase\n")
        recovered = cli(
            "recovery", "--recovery-code-file", str(code_file), "--new-passphrase-file", str(third)
        )
        assert recovered.returncode == 0, recovered.stderr
        assert cli("list", passphrase=third).returncode == 0
        assert cli("list", passphrase=new_pass).returncode == 3

    def test_default_location_and_environment_override(
        self, tmp_path: Path, isolated_environment: Path
    ) -> None:
        pass_file = tmp_path / "p"
        pass_file.write_text(PASSPHRASE + "\n")
        assert run_cli("init", passphrase_file=pass_file).returncode == 0
        assert (isolated_environment / "data" / "EvidenceVault" / "vault" / "vault.keys").is_file()
        elsewhere = cli_env(EVIDENCE_VAULT_DIR=str(tmp_path / "elsewhere"))
        assert run_cli("init", passphrase_file=pass_file, env=elsewhere).returncode == 0
        assert (tmp_path / "elsewhere" / "vault.keys").is_file()
