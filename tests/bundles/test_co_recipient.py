"""A dishonest co-recipient of a bundle (issue 18, section 1): they decrypt it with their own
identity, change it and re-encrypt it to the investigator. Nothing they change may still be
called VERIFIED, and nothing they add may be written anywhere."""

from __future__ import annotations

import json
import ntpath
import os
import posixpath
import random
import stat
import subprocess
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import names, recipients
from evidence_vault.core.crypto import minisign
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.bundles import forge
from tests.support import require_tool


@pytest.fixture
def shared(vault: Vault, tmp_path: Path) -> tuple[Vault, Path, Path, Path]:
    """A bundle sealed to an investigator and to a co-recipient who turns hostile."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "IMG_0042.JPG").write_bytes(b"\xff\xd8\xff" + b"photo " * 5000)
    (tmp_path / "src" / "note.txt").write_bytes(b"what the medic saw")
    Importer(vault).run([tmp_path / "src"])
    for name in ("investigator", "co-recipient"):
        recipients.add(vault, name, recipients.generate_identity_file(tmp_path / f"{name}.key"))
    out = tmp_path / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["investigator", "co-recipient"], out)
    return vault, out, tmp_path / "investigator.key", tmp_path / "co-recipient.key"


def _forged(shared: tuple[Vault, Path, Path, Path], tmp_path: Path, change: object) -> bundle.BundleReport:
    _, path, investigator, attacker = shared
    members = forge.take_apart(path, attacker)
    changed = change(members)  # type: ignore[operator]
    forged = forge.reseal(changed, investigator, tmp_path / "forged.evb")
    return bundle.read(forged, forge.identity(investigator))


def _replace(members: forge.Members, name: str, data: bytes) -> forge.Members:
    return [(n, data if n == name else d) for n, d in members]


def _with_sums(members: forge.Members) -> forge.Members:
    """SHA256SUMS rebuilt over the members as they now are, as the attacker would."""
    return _replace(members, "SHA256SUMS", forge.sums_of(members))


class TestTheReportedAttack:
    def test_forged_verify_txt_and_a_backslash_name_are_not_verified(
        self, shared: tuple[Vault, Path, Path, Path], tmp_path: Path
    ) -> None:
        """The finding: VERIFY.txt replaced, ..\\..\\evil.bat added, SHA256SUMS rebuilt."""

        def attack(members: forge.Members) -> forge.Members:
            members = _replace(members, "VERIFY.txt", b"Run https://example.invalid/check.sh to verify.\n")
            return _with_sums([*members, ("..\\..\\evil.bat", b"@echo pwned\r\n")])

        report = _forged(shared, tmp_path, attack)
        assert not report.ok
        assert len(report.problems) == 1 and report.problems[0].startswith("VERIFY.txt: "), report.problems
        _, _, investigator, _ = shared
        forged = tmp_path / "forged.evb"
        opened = bundle.open_to_folder(forged, forge.identity(investigator), tmp_path / "opened")
        assert not opened.ok and not (tmp_path / "opened").exists()
        assert not list(tmp_path.rglob("*evil.bat*"))

    def test_an_added_member_alone_is_named(
        self, shared: tuple[Vault, Path, Path, Path], tmp_path: Path
    ) -> None:
        report = _forged(shared, tmp_path, lambda m: [*m, ("..\\..\\evil.bat", b"@echo pwned\r\n")])
        assert report.problems == [
            "member '..\\\\..\\\\evil.bat' has a name no bundle may hold: the character '\\\\', "
            "which Windows reads as a path or drive separator or forbids"
        ]
        report = _forged(shared, tmp_path, lambda m: [*m, ("README-FIRST.txt", b"run me")])
        assert report.problems == ["member 'README-FIRST.txt': not listed in the signed manifest"]


class TestEveryMemberIsSigned:
    @pytest.mark.parametrize(
        "name",
        ["VERIFY.txt", "SHA256SUMS", "SHA256SUMS.minisig", "signing-key.pub", "custody/events.jsonl",
         "custody/event-hashes.txt", "custody/tree-head.json", "files/000002-note.txt"],
    )  # fmt: skip
    def test_changing_any_member_fails_naming_it(
        self, shared: tuple[Vault, Path, Path, Path], tmp_path: Path, name: str
    ) -> None:
        def change(members: forge.Members) -> forge.Members:
            return _replace(members, name, dict(members)[name] + b"\n")

        report = _forged(shared, tmp_path, change)
        assert not report.ok
        assert report.problems[0].startswith(f"{name}: "), report.problems

    def test_a_member_twice_out_of_order_or_missing(
        self, shared: tuple[Vault, Path, Path, Path], tmp_path: Path
    ) -> None:
        order = [name for name, _ in forge.take_apart(shared[1], shared[3])]
        twice = _forged(shared, tmp_path, lambda m: [*m[:4], m[3], *m[4:]])
        assert twice.problems == [f"member {order[3]!r}: a second copy"]
        swapped = _forged(shared, tmp_path, lambda m: [*m[:3], m[4], m[3], *m[5:]])
        assert swapped.problems[0].endswith("out of the signed manifest's order")
        missing = _forged(shared, tmp_path, lambda m: m[:-1])
        assert missing.problems == [
            f"{order[-1]}: listed in the signed manifest but missing (the stream ends)"
        ]

    def test_removed_custody_events_are_named(
        self, shared: tuple[Vault, Path, Path, Path], tmp_path: Path
    ) -> None:
        """The independent verifier's finding, in a bundle re-signed by the sender's own key
        (what an older or buggy sealer could produce): the manifest names every event."""
        vault = shared[0]
        members = forge.take_apart(shared[1], shared[3])
        events = dict(members)["custody/events.jsonl"].decode().splitlines(keepends=True)
        kept = [e for e in events if json.loads(json.loads(e)["canonical"])["action"] != "item.imported"]
        dropped = sorted(json.loads(json.loads(e)["canonical"])["seq"] for e in events if e not in kept)
        assert dropped
        members = forge.resign(
            _replace(members, "custody/events.jsonl", "".join(kept).encode()), vault.signer
        )
        forged = forge.reseal(members, shared[2], tmp_path / "fewer.evb")
        report = bundle.read(forged, forge.identity(shared[2]))
        assert not report.ok
        assert report.problems == [
            f"custody event {s}, named by the signed manifest, is missing" for s in dropped
        ]
        theirs, _ = Vault.create(tmp_path / "theirs", "their own passphrase")
        assert not bundle.import_into(theirs, forged, forge.identity(shared[2])).ok
        assert items.list_items(theirs.conn) == []
        theirs.lock()


class TestStandardToolsCoverEverything:
    def test_sha256sums_is_signed_and_covers_every_other_member(
        self, shared: tuple[Vault, Path, Path, Path], tmp_path: Path
    ) -> None:
        vault, path, investigator, _ = shared
        age, minisign_tool = require_tool("age"), require_tool("minisign")
        folder = tmp_path / "unpacked"
        folder.mkdir()
        tar = tmp_path / "b.tar"
        subprocess.run([age, "-d", "-i", str(investigator), "-o", str(tar), str(path)], check=True)
        subprocess.run(["tar", "-xf", str(tar), "-C", str(folder)], check=True)
        key = minisign.public_key_line(vault.verify_key)
        for signed in ("manifest.json", "SHA256SUMS"):
            run = subprocess.run(
                [minisign_tool, "-Vm", signed, "-P", key], cwd=folder, capture_output=True, text=True
            )
            assert run.returncode == 0, run.stderr
        sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
        assert sums.returncode == 0, sums.stdout
        unpacked = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        checked = {line.rpartition(": ")[0] for line in sums.stdout.splitlines()}
        assert unpacked - checked == {
            "manifest.json",
            "manifest.json.minisig",
            "SHA256SUMS",
            "SHA256SUMS.minisig",
        }
        verify = (folder / "VERIFY.txt").read_text()
        assert f"minisign -Vm SHA256SUMS -P {key}" in verify
        assert verify.index("minisign -Vm") < verify.index("sha256sum -c")
        # And a forged SHA256SUMS fails the standard route too.
        (folder / "SHA256SUMS").write_text((folder / "SHA256SUMS").read_text() + "0" * 64 + "  evil.bat\n")
        run = subprocess.run([minisign_tool, "-Vm", "SHA256SUMS", "-P", key], cwd=folder, capture_output=True)
        assert run.returncode != 0


HOSTILE_NAMES = [
    "..\\..\\evil.bat", "files\\x", "C:evil", "C:\\Windows\\evil", "\\\\server\\share\\x", "//server/share",
    "/etc/passwd", "../x", "files/../../x", "a/./b", "files//x", "CON", "con.txt", "files/NUL",
    "files/Com1.jpg", "files/LPT9", "files/x.", "files/x ", "files/x\x1b[31m", "files/x\u202eexe.jpg",
    "files/x\u200d",
    "files/a:stream", "files/what?", "files/a*b", "files/a|b", "files/<a>", 'files/"a"', "", "a/" * 9 + "x",
    "files/" + "x" * 300,
]  # fmt: skip


class TestPortableNames:
    @pytest.mark.parametrize("name", HOSTILE_NAMES)
    def test_hostile_names_are_refused(self, name: str) -> None:
        assert names.problem(name) is not None

    def test_every_accepted_name_stays_inside_on_windows_and_posix(self) -> None:
        """Names drawn from an alphabet of every troublesome character: whatever the rule
        accepts must resolve inside the output folder under Windows (ntpath) and POSIX rules."""
        alphabet = [*'ab.-_ /\\:*?"<>|~$', "\x00", "\x1b", "\u202e", "\u200d", "\u00e9", "con", "nul"]
        alphabet += ["..", "."]
        chance = random.Random(18)
        accepted = 0
        for _ in range(20_000):
            name = "".join(chance.choice(alphabet) for _ in range(chance.randint(1, 12)))
            if names.problem(name) is not None:
                continue
            accepted += 1
            windows = ntpath.normpath(ntpath.join("C:\\out", name))
            assert windows.startswith("C:\\out\\") and ntpath.splitdrive(name)[0] == "", name
            assert not ntpath.isabs(name) and ".." not in windows.split("\\"), name
            stem = ntpath.basename(windows).split(".")[0].upper()
            assert stem not in {"CON", "NUL", "PRN", "AUX"}, name
            assert posixpath.normpath(posixpath.join("/out", name)).startswith("/out/"), name
        assert accepted > 1000  # the rule is not simply refusing everything

    def test_names_the_sealer_makes_pass_the_rule(self) -> None:
        for raw in ["IMG_1.HEIC", "..\\..\\evil.bat", "CON", "x.", "é" * 200 + ".jpg", "a\u202eb.jpg", "a/b"]:
            made = names.for_item(7, raw)
            assert names.problem(made) is None, made
            assert len(made.split("/")[1].encode()) <= names.MAX_COMPONENT_BYTES

    def test_a_link_planted_in_the_folder_is_not_followed(self, tmp_path: Path) -> None:
        (tmp_path / "out").mkdir()
        (tmp_path / "elsewhere").mkdir()
        os.symlink(tmp_path / "elsewhere", tmp_path / "out" / "files")
        with pytest.raises(ValueError, match="outside"):
            names.inside(tmp_path / "out", "files/x.jpg")


class TestOpenedFolder:
    def test_files_0600_folders_0700(self, shared: tuple[Vault, Path, Path, Path], tmp_path: Path) -> None:
        _, path, investigator, _ = shared
        out = tmp_path / "opened"
        assert bundle.open_to_folder(path, forge.identity(investigator), out).ok
        found = list(out.rglob("*"))
        assert any(p.name == "000001-IMG_0042.JPG" for p in found)
        for p in [out, *found]:
            mode = stat.S_IMODE(p.stat().st_mode)
            assert mode == (0o700 if p.is_dir() else 0o600), (p, oct(mode))
