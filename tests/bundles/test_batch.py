"""Batch intake: every kind of bundle gets the right line, bad ones leave nothing behind,
identical files are stored once with both custody chains, and a rerun (also after a kill)
recognises what was taken in without decrypting it again."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import batch, batch_verify, intake, recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.bundles import batch_kit
from tests.support import CliVault, cli_command, cli_env, require_tool


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> batch_kit.Kit:
    return batch_kit.make(tmp_path_factory.mktemp("batch"))


@pytest.fixture
def inbox(kit: batch_kit.Kit, tmp_path: Path) -> Path:
    """A folder as received: two good bundles, a tampered, a truncated, a foreign one, a copy."""
    folder = tmp_path / "received"
    folder.mkdir()
    for source in (kit.good_a, kit.good_b, kit.foreign):
        shutil.copy(source, folder / source.name)
    batch_kit.tampered(kit.good_a, folder / "c-tampered.evb")
    batch_kit.truncated(kit.good_b, folder / "d-truncated.evb")
    shutil.copy(kit.good_a, folder / "e-copy-of-a.evb")
    return folder


def _investigator(tmp_path: Path) -> Vault:
    return Vault.create(tmp_path / "investigator", "investigator passphrase")[0]


def _by_name(summary: batch.Summary) -> dict[str, batch.Line]:
    return {Path(line.path).name: line for line in summary.lines}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class TestOneBatch:
    @pytest.mark.parametrize("jobs", [0, 2], ids=["verified-as-stored", "verified-ahead"])
    def test_each_bundle_gets_its_line_and_only_good_ones_are_stored(
        self, kit: batch_kit.Kit, inbox: Path, tmp_path: Path, jobs: int
    ) -> None:
        vault = _investigator(tmp_path)
        identity = recipients.load_identity_file(kit.key)
        report = batch.ReportFile(tmp_path / "intake.jsonl")
        try:
            summary = batch.intake(
                vault, [inbox], identity, jobs=jobs, progress=lambda p: report.write(p.line)
            )
        finally:
            report.close()
        lines = _by_name(summary)
        assert sorted(lines) == [
            "a-good.evb",
            "b-good.evb",
            "c-tampered.evb",
            "d-truncated.evb",
            "e-copy-of-a.evb",
            "f-foreign.evb",
        ]
        a, b = lines["a-good.evb"], lines["b-good.evb"]
        # Taken in in name order, whichever verification ends first (two at a time here).
        assert [Path(line.path).name for line in summary.lines] == sorted(lines)
        assert (a.outcome, a.files, a.new_items, a.duplicate_items) == ("imported", 2, 2, 0)
        # Bob's bundle brings the photo Alice sent too: stored once, counted as already held.
        assert (b.outcome, b.files, b.new_items, b.duplicate_items) == ("imported", 2, 1, 1)
        # The copy may have been verified while A was still being imported: skipped either way.
        assert lines["e-copy-of-a.evb"].outcome == "skipped"
        assert lines["e-copy-of-a.evb"].bundle_id == a.bundle_id
        for name, words in (
            ("c-tampered.evb", "damaged or was altered"),
            ("d-truncated.evb", "damaged or was altered"),
            ("f-foreign.evb", "not encrypted to the given identity"),
        ):
            line = lines[name]
            assert line.outcome == "failed" and words in line.reason, (name, line)
            assert line.bundle_id == "" and line.file_sha256 == _sha256(inbox / name)
        assert (summary.count("imported"), summary.count("skipped"), summary.count("failed")) == (2, 1, 3)
        assert not summary.ok
        # Nothing of the bad ones in the vault: three distinct files, two bundles.
        assert sorted(i.name for i in items.list_items(vault.conn)) == [
            "IMG_0001.JPG",
            "note-alice.txt",
            "note-bob.txt",
        ]
        stored = dict(vault.conn.execute("SELECT bundle_id, file_sha256 FROM bundles_received").fetchall())
        assert stored == {a.bundle_id: _sha256(kit.good_a), b.bundle_id: _sha256(kit.good_b)}
        sizes = [r[0] for r in vault.conn.execute("SELECT file_size FROM bundles_received ORDER BY rowid")]
        assert sorted(sizes) == sorted([kit.good_a.stat().st_size, kit.good_b.stat().st_size])
        # The shared photo's custody shows both bundles that brought it, each its own event.
        photo = next(i for i in items.list_items(vault.conn) if i.name == "IMG_0001.JPG")
        imported = [e for e in custody.events(vault.conn, photo.id) if e.action == "bundle.imported"]
        assert sorted(e.body["params"]["bundle_id"] for e in imported) == sorted([a.bundle_id, b.bundle_id])
        assert not custody.verify(vault.conn, vault.signer.verify_key)
        # The report: one valid JSON line per bundle, the same as the summary's lines.
        written = [json.loads(t) for t in (tmp_path / "intake.jsonl").read_text().splitlines()]
        assert [w["path"] for w in written] == [line.path for line in summary.lines]
        assert {w["outcome"] for w in written} == {"imported", "skipped", "failed"}
        assert all(w["run"] == written[0]["run"] for w in written)
        vault.lock()

    def test_the_same_bundle_id_with_other_bytes_is_refused(self, kit: batch_kit.Kit, tmp_path: Path) -> None:
        vault = _investigator(tmp_path)
        identity = recipients.load_identity_file(kit.key)
        assert batch.intake(vault, [kit.good_a], identity).ok
        events = custody.count(vault.conn)
        other = batch_kit.resealed(kit.good_a, kit.key, tmp_path / "same-id.evb")
        assert bundle.read(other, identity).ok  # every signature in it is valid
        summary = batch.intake(vault, [other], identity)
        (line,) = summary.lines
        assert line.outcome == "refused" and line.verified and not summary.ok
        assert _sha256(kit.good_a) in line.reason and "not that file" in line.reason
        assert custody.count(vault.conn) == events  # nothing stored, nothing recorded
        vault.lock()

    def test_a_bundle_imported_before_file_hashes_were_kept(self, kit: batch_kit.Kit, tmp_path: Path) -> None:
        """A row without a file hash (imported before V13): the same signed manifest is the
        same bundle (skipped); the rest is refused as above."""
        vault = _investigator(tmp_path)
        identity = recipients.load_identity_file(kit.key)
        assert bundle.import_into(vault, kit.good_a, identity).ok
        with vault.transaction() as conn:  # as a row written before V13 is
            conn.execute("UPDATE bundles_received SET file_sha256 = NULL, file_size = NULL")
        (line,) = batch.intake(
            vault, [batch_kit.resealed(kit.good_a, kit.key, tmp_path / "r.evb")], identity
        ).lines
        assert line.outcome == "skipped" and "signed manifest is the same" in line.reason
        vault.lock()

    def test_a_bundle_taken_in_alone_is_known_by_its_file(self, kit: batch_kit.Kit, tmp_path: Path) -> None:
        """``bundle import`` keeps the file's SHA-256 (hashed as it was read): a batch that
        names the same file skips it without decrypting it again."""
        vault = _investigator(tmp_path)
        identity = recipients.load_identity_file(kit.key)
        assert bundle.import_into(vault, kit.good_a, identity).ok
        stored = vault.conn.execute("SELECT file_sha256, file_size FROM bundles_received").fetchone()
        assert tuple(stored) == (_sha256(kit.good_a), kit.good_a.stat().st_size)
        (line,) = batch.intake(vault, [kit.good_a], identity).lines
        assert line.outcome == "skipped" and not line.verified
        vault.lock()

    def test_cancel_keeps_what_finished_and_nothing_half(
        self, kit: batch_kit.Kit, inbox: Path, tmp_path: Path
    ) -> None:
        vault = _investigator(tmp_path)
        cancel = threading.Event()
        summary = batch.intake(
            vault,
            [inbox],
            recipients.load_identity_file(kit.key),
            jobs=1,
            progress=lambda _p: cancel.set(),
            cancel=cancel,
        )
        assert summary.cancelled and not summary.ok
        assert len(summary.lines) == 1 and summary.not_done == 5
        received = vault.conn.execute("SELECT count(*) FROM bundles_received").fetchone()[0]
        assert received == summary.count("imported")
        assert len(items.list_items(vault.conn)) == summary.lines[0].new_items
        vault.lock()


class TestResume:
    def test_a_rerun_skips_everything_without_decrypting(
        self, kit: batch_kit.Kit, inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        vault = _investigator(tmp_path)
        identity = recipients.load_identity_file(kit.key)
        first = batch.intake(vault, [inbox], identity)
        events = custody.count(vault.conn)
        decrypted: list[Path] = []
        real_verify = batch_verify.Verifiers.verify

        def counting(self: batch_verify.Verifiers, path: Path, cancel: threading.Event | None) -> object:
            decrypted.append(path)
            return real_verify(self, path, cancel)

        monkeypatch.setattr(batch_verify.Verifiers, "verify", counting)
        real_read = intake.read

        def reading(path: Path, *args: object) -> object:  # the import's own one pass
            decrypted.append(path)
            return real_read(path, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(intake, "read", reading)
        again = _by_name(batch.intake(vault, [inbox], identity))
        good = [n for n, line in _by_name(first).items() if line.outcome in ("imported", "skipped")]
        assert all(again[n].outcome == "skipped" and not again[n].verified for n in good)
        # Only the bad ones are decrypted again (their bytes were never taken in).
        assert sorted(p.name for p in decrypted) == ["c-tampered.evb", "d-truncated.evb", "f-foreign.evb"]
        assert custody.count(vault.conn) == events
        vault.lock()

    def test_a_folder_link_is_not_followed_and_a_file_named_twice_is_taken_once(
        self, kit: batch_kit.Kit, tmp_path: Path
    ) -> None:
        folder = tmp_path / "in"
        folder.mkdir()
        shutil.copy(kit.good_a, folder / "a.evb")
        (folder / "elsewhere.evb").symlink_to(kit.good_b)
        (folder / "notes.txt").write_text("not a bundle")
        found, problems = batch.collect([folder, folder / "a.evb"])
        assert found == [folder / "a.evb"]
        assert [(Path(p.path).name, p.outcome) for p in problems] == [("elsewhere.evb", "failed")]
        assert "not followed" in problems[0].reason


def _cli_vault(tmp_path: Path) -> CliVault:
    ev = CliVault(tmp_path)
    ev.ok("init")
    return ev


class TestCommandLine:
    def test_exit_codes_report_and_json(self, kit: batch_kit.Kit, inbox: Path, tmp_path: Path) -> None:
        ev = _cli_vault(tmp_path)
        good = ev("bundle", "intake", str(kit.good_a), str(kit.good_b), "--identity", str(kit.key))
        assert good.returncode == 0, good.stderr
        assert "imported" in good.stdout and "bundles in all" in good.stdout
        report = tmp_path / "r.jsonl"
        mixed = ev(
            "bundle", "intake", str(inbox), "--identity", str(kit.key), "--report", str(report), "--json"
        )
        assert mixed.returncode == 1, mixed.stderr
        totals = json.loads(mixed.stdout)
        assert (totals["skipped"], totals["failed"], totals["imported"], totals["bundles"]) == (3, 3, 0, 6)
        lines = [json.loads(t) for t in report.read_text().splitlines()]
        assert sorted((Path(w["path"]).name, w["outcome"]) for w in lines) == [
            ("a-good.evb", "skipped"),
            ("b-good.evb", "skipped"),
            ("c-tampered.evb", "failed"),
            ("d-truncated.evb", "failed"),
            ("e-copy-of-a.evb", "skipped"),
            ("f-foreign.evb", "failed"),
        ]
        again = ev("bundle", "intake", str(kit.good_a), "--identity", str(kit.key), "--report", str(report))
        assert (
            again.returncode == 0 and len(report.read_text().splitlines()) == 7
        )  # added to, not overwritten
        assert ev("bundle", "intake", str(tmp_path / "nowhere"), "--identity", str(kit.key)).returncode == 2

    def test_age_oracle_agrees_with_the_stored_file_hash(self, kit: batch_kit.Kit, tmp_path: Path) -> None:
        """The file SHA-256 kept is that of the file age decrypts (sha256sum is the oracle)."""
        age = require_tool("age")
        vault = _investigator(tmp_path)
        batch.intake(vault, [kit.good_b], recipients.load_identity_file(kit.key))
        (stored,) = vault.conn.execute("SELECT file_sha256 FROM bundles_received").fetchone()
        vault.lock()
        sums = subprocess.run(["sha256sum", str(kit.good_b)], capture_output=True, text=True, check=True)
        assert stored == sums.stdout.split()[0]
        opened = subprocess.run([age, "-d", "-i", str(kit.key), str(kit.good_b)], capture_output=True)
        assert opened.returncode == 0 and opened.stdout[:512].startswith(b"manifest.json")


def _many(folder: Path, key: Path, count: int) -> list[str]:
    """``count`` distinct bundles from one sender, a 4 MiB file in each: their names."""
    sender, _ = Vault.create(folder / "sender", "sender passphrase")
    recipients.add(sender, "investigator", recipients.load_identity_file(key).to_public().__str__())
    names = []
    for n in range(count):
        source = folder / f"video-{n:02d}.mp4"
        source.write_bytes(os.urandom(4 << 20))
        Importer(sender).run([source])
        item = next(i for i in items.list_items(sender.conn) if i.name == source.name)
        bundle.seal(sender, [item], ["investigator"], folder / "in" / f"{n:02d}.evb")
        names.append(source.name)
    sender.lock()
    return names


class TestKilled:
    def test_a_run_killed_half_way_is_finished_by_a_rerun(self, kit: batch_kit.Kit, tmp_path: Path) -> None:
        """SIGKILL after the first bundle's line: the rerun takes in the rest, skips what the
        first run took in without decrypting it, and the vault holds each file once."""
        ev = _cli_vault(tmp_path)
        (tmp_path / "in").mkdir()
        names = _many(tmp_path, kit.key, 10)
        report = tmp_path / "r.jsonl"
        args = ["bundle", "intake", str(tmp_path / "in"), "--identity", str(kit.key), "--report", str(report)]
        command = cli_command(*args, vault=ev.vault_dir, passphrase_file=ev.pass_file)
        process = subprocess.Popen(
            command, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (report.exists() and report.read_text().count("\n") >= 1):
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        first = [json.loads(t) for t in report.read_text().splitlines() if t.endswith("}")]
        assert 1 <= len(first) < 10, "the first run was not interrupted"
        rerun = ev(*args)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr
        second = [json.loads(t) for t in report.read_text().splitlines()[len(first) :]]
        assert len(second) == 10
        done_before = {w["path"] for w in first if w["outcome"] == "imported"}
        assert done_before
        for w in second:
            expected = ("skipped", False) if w["path"] in done_before else ("imported", True)
            assert (w["outcome"], w["verified"]) == expected, w
        listed = json.loads(ev.ok("list", "--json"))
        assert sorted(i["name"] for i in listed) == names  # each once, none half
        assert ev("verify").returncode == 0


class TestReportFile:
    def test_a_line_cut_by_a_kill_stays_apart_and_nothing_is_overwritten(self, tmp_path: Path) -> None:
        path = tmp_path / "r.jsonl"
        path.write_text('{"path": "a.evb", "outcome": "imported"}\n{"path": "b.ev', encoding="utf-8")
        report = batch.ReportFile(path)
        report.write(batch.Line("c.evb", outcome="failed", reason="damaged"))
        report.close()
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[:2] == ['{"path": "a.evb", "outcome": "imported"}', '{"path": "b.ev']
        written = json.loads(lines[2])
        assert (written["path"], written["outcome"], written["reason"]) == ("c.evb", "failed", "damaged")
        assert written["run"].endswith("Z")
