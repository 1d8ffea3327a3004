"""Format 1 still reads, saying what it did not cover; a manifest of the wrong shape is a
clear error, never a traceback (issue 18, section 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.bundles import forge
from tests.support import run_cli


@pytest.fixture
def sealed(vault: Vault, tmp_path: Path) -> tuple[Vault, Path, Path]:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "IMG_0042.JPG").write_bytes(b"\xff\xd8\xff" + b"photo " * 5000)
    (tmp_path / "src" / "note.txt").write_bytes(b"what the medic saw")
    Importer(vault).run([tmp_path / "src"])
    recipients.add(vault, "investigator", recipients.generate_identity_file(tmp_path / "investigator.key"))
    out = tmp_path / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["investigator"], out)
    return vault, out, tmp_path / "investigator.key"


def _old(sealed: tuple[Vault, Path, Path], tmp_path: Path, extra: forge.Members = ()) -> Path:  # type: ignore[assignment]
    vault, path, key = sealed
    members = forge.as_format_1(forge.take_apart(path, key), vault.signer)
    return forge.reseal([*members, *extra], key, tmp_path / "old.evb")


class TestFormat1:
    def test_still_verifies_and_says_what_it_did_not_cover(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        old = _old(sealed, tmp_path)
        report = bundle.read(old, forge.identity(sealed[2]))
        assert report.ok, report.problems
        assert report.format == bundle.FORMAT_1
        text = bundle.report_text(report)
        assert "VERIFIED" in text and "Bundle format: 1" in text
        assert (
            "NOT COVERED: format 1" in text
            and "VERIFY.txt, SHA256SUMS and signing-key.pub are not signed" in text
        )
        out = tmp_path / "opened"
        assert bundle.open_to_folder(old, forge.identity(sealed[2]), out).ok
        assert (out / "files" / "000001-IMG_0042.JPG").is_file()
        assert not (out / "VERIFY.txt").exists()  # unsigned in format 1: not handed on as if checked

    @pytest.mark.parametrize("name", ["..\\..\\evil.bat", "README-FIRST.txt", "files/000009-extra.exe"])
    def test_a_member_it_does_not_name_is_refused(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path, name: str
    ) -> None:
        old = _old(sealed, tmp_path, [(name, b"@echo pwned\r\n")])
        report = bundle.read(old, forge.identity(sealed[2]))
        assert not report.ok and name.replace("\\", "\\\\") in report.problems[0], report.problems
        assert not bundle.open_to_folder(old, forge.identity(sealed[2]), tmp_path / "o").ok
        assert not (tmp_path / "o").exists() and not list(tmp_path.rglob("*evil.bat"))

    def test_removed_custody_events_are_named(self, sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
        vault, path, key = sealed
        members = forge.as_format_1(forge.take_apart(path, key), vault.signer)
        parts = dict(members)
        events = parts["custody/events.jsonl"].decode().splitlines(keepends=True)
        first = json.loads(json.loads(events[0])["canonical"])["seq"]
        changed = [
            (n, "".join(events[1:]).encode() if n == "custody/events.jsonl" else d) for n, d in members
        ]
        changed = [(n, forge.sums_of(changed) if n == "SHA256SUMS" else d) for n, d in changed]
        # sums_of leaves out the manifest pair, which format 1 listed: put them back as it did
        listed = parts["SHA256SUMS"].decode().splitlines(keepends=True)[:2]
        changed = [(n, "".join(listed).encode() + d if n == "SHA256SUMS" else d) for n, d in changed]
        forged = forge.reseal(changed, key, tmp_path / "fewer.evb")
        report = bundle.read(forged, forge.identity(key))
        assert report.problems == [f"custody event {first}, named by the signed manifest, is missing"]


class TestMalformedManifest:
    @pytest.mark.parametrize(
        ("change", "message"),
        [
            (lambda m: m["files"][0].pop("original_name"), "manifest.files[0].original_name: missing"),
            (lambda m: m["files"][0].update(size="12"), "manifest.files[0].size: not a whole number"),
            (lambda m: m.update(files={}), "manifest.files: not a list"),
            (lambda m: m["custody"].pop("tree_head"), "manifest.custody.tree_head: missing"),
            (lambda m: m["files"][0].update(path="../x"), "manifest.files[0].path: '../x' is not a portable"),
        ],
    )
    def test_is_one_clear_error(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path, change: object, message: str
    ) -> None:
        vault, path, key = sealed
        members = forge.take_apart(path, key)
        manifest = json.loads(dict(members)["manifest.json"])
        change(manifest)  # type: ignore[operator]
        raw = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
        from evidence_vault.core.crypto import minisign

        signed = [
            ("manifest.json", raw),
            ("manifest.json.minisig", minisign.sign(vault.signer, [raw], "x").encode()),
        ]
        forged = forge.reseal([*signed, *members[2:]], key, tmp_path / "bad.evb")
        report = bundle.read(forged, forge.identity(key))
        assert len(report.problems) == 1 and report.problems[0].startswith(f"malformed manifest: {message}")
        assert not bundle.open_to_folder(forged, forge.identity(key), tmp_path / "o").ok
        for command in ("verify", "open"):
            args = ["bundle", command, str(forged), "--identity", str(key)]
            if command == "open":
                args += ["--out", str(tmp_path / "cli-open")]
            run = run_cli(*args)
            assert run.returncode == 1, run.stderr
            assert "Traceback" not in run.stderr and "malformed manifest" in run.stdout + run.stderr
