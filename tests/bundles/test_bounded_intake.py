"""Intake is bounded (issue 18, section 2): crafted bundles, which need only the investigator's
public key to make, cannot make verify, open or import hold or write more than the signed
manifest declares, and a declared total beyond the cap or the free space writes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import nacl.signing
import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import folder_write, recipients
from evidence_vault.core.crypto import minisign
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.bundles import forge
from tests.support import run_cli

ATTACKER = nacl.signing.SigningKey(b"\x07" * 32)
FILE = "files/000001-IMG_0042.JPG"


@pytest.fixture
def parts(vault: Vault, tmp_path: Path) -> tuple[forge.Members, Path]:
    """A genuine bundle's members, re-signed by the attacker's own key (a self-signed bundle
    that any holder of the investigator's public key can make), and the investigator's key."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "IMG_0042.JPG").write_bytes(b"\xff\xd8\xff" + b"photo " * 5000)
    Importer(vault).run([tmp_path / "src"])
    recipients.add(vault, "investigator", recipients.generate_identity_file(tmp_path / "investigator.key"))
    out = tmp_path / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["investigator"], out)
    key = tmp_path / "investigator.key"
    return forge.resign(forge.take_apart(out, key), ATTACKER), key


class _Recording:
    """A receiver that records what it was asked to write."""

    def __init__(self) -> None:
        self.began = False
        self.written: dict[str, int] = {}

    def begin(self, manifest: dict[str, Any]) -> None:
        self.began = True

    def open(self, entry: dict[str, Any]) -> Any:
        name = entry["path"]
        self.written[name] = 0
        recording = self

        class Target:
            def write(self, data: bytes, /) -> int:
                recording.written[name] += len(data)
                return len(data)

            def close(self) -> None:
                pass

        return Target()


def _tar(members: forge.Members, replace: dict[str, bytes] | None = None, tail: bytes = b"") -> bytes:
    """The tar with some members' encoded form replaced by hand-made bytes."""
    replace = replace or {}
    return b"".join(replace.get(n, forge.member(n, d)) for n, d in members) + tail + bytes(1024)


def _read(tar: bytes, key: Path, tmp_path: Path) -> tuple[bundle.BundleReport, _Recording, Path]:
    path = forge.encrypt_to(tar, key, tmp_path / "crafted.evb")
    receiver = _Recording()
    report = bundle.reading.read(path, forge.identity(key), receiver)
    return report, receiver, path


def test_the_self_signed_control_reads_to_the_end(parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
    """The crafted bundles below differ from this one only where each test says."""
    members, key = parts
    report, receiver, _ = _read(_tar(members), key, tmp_path)
    assert receiver.written == {FILE: len(dict(members)[FILE])}
    # Self-signed: every member checks, but the custody record was signed by someone else.
    assert report.problems and all("custody" in p for p in report.problems), report.problems


@pytest.mark.parametrize(
    ("kind", "what"),
    [(b"S", "a sparse file"), (b"1", "a hard link"), (b"2", "a symbolic link"), (b"3", "a character device"),
     (b"4", "a block device"), (b"5", "a folder"), (b"6", "a FIFO")],
)  # fmt: skip
def test_sparse_members_links_and_devices(
    parts: tuple[forge.Members, Path], tmp_path: Path, kind: bytes, what: str
) -> None:
    members, key = parts
    size = len(dict(members)[FILE])
    crafted = forge.header(FILE, size if kind in (b"S", b"0") else 0, kind, linkname="/etc/shadow")
    if kind == b"S":
        crafted += dict(members)[FILE] + bytes(-size % 512)
    report, receiver, _ = _read(_tar(members, {FILE: crafted}), key, tmp_path)
    shown = FILE + "/" if kind == b"5" else FILE  # tar names a folder with a slash
    assert report.problems == [f"the bundle's tar is malformed: {shown!r} is {what}, not a plain file"]
    assert receiver.written == {}


def test_pax_sparse_maps_are_refused(parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
    members, key = parts
    data = dict(members)[FILE]
    sparse = forge.pax(
        {"GNU.sparse.major": "1", "GNU.sparse.minor": "0", "GNU.sparse.realsize": str(4 << 30)}
    )
    report, receiver, _ = _read(_tar(members, {FILE: sparse + forge.member(FILE, data)}), key, tmp_path)
    assert report.problems == [
        "the bundle's tar is malformed: a pax header field 'GNU.sparse.major' that bundles do not use"
    ]
    assert receiver.written == {}


def test_a_huge_pax_header_is_not_read(parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
    _members, key = parts
    huge = forge.header("././@PaxHeader", 256 << 20, b"x")  # 256 MiB claimed, none sent
    report, _, _ = _read(huge, key, tmp_path)
    assert report.problems[0].startswith("the bundle's tar is malformed: a pax header of 268435456 bytes")


def test_thousands_of_tiny_unlisted_members_stop_at_the_first(
    parts: tuple[forge.Members, Path], tmp_path: Path
) -> None:
    members, key = parts
    tiny = b"".join(forge.member(f"x{n}", b"y") for n in range(5000))
    report, _receiver, _ = _read(_tar(members, tail=tiny), key, tmp_path)
    assert report.problems == ["member 'x0': not listed in the signed manifest"]


def test_deep_and_long_names(parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
    members, key = parts
    for name in ("a/" * 60 + "x", "files/" + "n" * 240):
        deep = forge.pax({"path": name}) + forge.member("placeholder", b"z")
        report, _, _ = _read(_tar(members[:2], tail=deep), key, tmp_path)
        assert report.problems[0].startswith(f"member {name!r} has a name no bundle may hold"), (
            report.problems
        )


def test_duplicate_names(parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
    members, key = parts
    report, _receiver, _ = _read(_tar([*members, members[-1]]), key, tmp_path)
    assert report.problems == [f"member {members[-1][0]!r}: not listed in the signed manifest"]
    report, _, _ = _read(_tar([members[0], *members]), key, tmp_path)
    assert report.problems == ["'manifest.json': not expected before the signed manifest (or too large)"]


def test_a_member_larger_than_declared_writes_nothing_of_it(
    parts: tuple[forge.Members, Path], tmp_path: Path
) -> None:
    members, key = parts
    bigger = dict(members)[FILE] + b"\x00" * 4096
    report, receiver, path = _read(_tar(members, {FILE: forge.member(FILE, bigger)}), key, tmp_path)
    declared = len(dict(members)[FILE])
    assert report.problems == [f"{FILE}: {len(bigger)} bytes, but the signed manifest says {declared}"]
    assert receiver.written == {}
    out = tmp_path / "opened"
    assert not bundle.open_to_folder(path, forge.identity(key), out).ok and not out.exists()


def test_a_truncated_stream(parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
    members, key = parts
    whole = _tar(members)
    cut = whole[: whole.index(dict(members)[FILE]) + 1000]
    report, _receiver, path = _read(cut, key, tmp_path)
    assert report.problems == [f"the bundle's tar is malformed: the stream ends in the middle of {FILE}"]
    out = tmp_path / "opened"
    assert not bundle.open_to_folder(path, forge.identity(key), out).ok and not out.exists()


def test_a_huge_manifest_or_held_record_is_refused_before_it_is_read(
    parts: tuple[forge.Members, Path], tmp_path: Path
) -> None:
    members, key = parts
    report, _, _ = _read(forge.header("manifest.json", 1 << 30), key, tmp_path)
    assert report.problems == ["'manifest.json': not expected before the signed manifest (or too large)"]
    # A self-signed manifest declaring 65 MiB of custody record: refused before a byte of it.
    body = [(n, d) for n, d in members if n not in ("manifest.json", "manifest.json.minisig")]
    signed = forge.resign(members, ATTACKER)
    manifest = json.loads(dict(signed)["manifest.json"])
    for entry in manifest["members"]:
        if entry["name"] == "custody/event-hashes.txt":
            entry["size"] = 65 << 20
    raw = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
    crafted = [
        ("manifest.json", raw),
        ("manifest.json.minisig", minisign.sign(ATTACKER, [raw], "x").encode()),
        *body,
    ]
    report, receiver, _ = _read(_tar(crafted), key, tmp_path)
    assert report.problems[0].startswith("the bundle's records outside files/ declare")
    assert not receiver.began


class TestDeclaredTotal:
    def _huge(self, parts: tuple[forge.Members, Path], tmp_path: Path) -> tuple[Path, dict[str, Any]]:
        """A self-signed manifest declaring a 4 GiB file, of which only 64 KiB is sent."""
        members, key = parts
        manifest = json.loads(dict(members)["manifest.json"])
        for entry in [*manifest["members"], *manifest["files"]]:
            if entry.get("name", entry.get("path")) == FILE:
                entry["size"] = 4 << 30
        raw = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
        crafted = [
            ("manifest.json", raw),
            ("manifest.json.minisig", minisign.sign(ATTACKER, [raw], "x").encode()),
        ]
        claim = forge.header(FILE, 4 << 30)
        tar = _tar([*crafted, *members[2:]], {FILE: claim})
        path = forge.encrypt_to(tar[: tar.index(claim) + 512 + 65536], key, tmp_path / "4g.evb")
        return path, manifest

    def test_over_the_cap_writes_nothing(self, parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
        (path, _), key = self._huge(parts, tmp_path), parts[1]
        out = tmp_path / "opened"
        report = bundle.open_to_folder(path, forge.identity(key), out, max_bytes=1 << 30)
        assert report.problems[0].startswith(
            "the signed manifest declares 4294967296 bytes of files, more than"
        )
        assert not out.exists()
        theirs, _ = Vault.create(tmp_path / "desk", "the investigator's own passphrase")
        try:
            report = bundle.import_into(theirs, path, forge.identity(key), max_bytes=1 << 30)
            assert "more than the limit" in report.problems[0], report.problems
            assert items.list_items(theirs.conn) == []
            blobs = theirs.conn.execute("SELECT count(*) FROM blobs").fetchone()[0]
            assert blobs == 0
        finally:
            theirs.lock()

    def test_beyond_the_free_space_writes_nothing(
        self, parts: tuple[forge.Members, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (path, _), key = self._huge(parts, tmp_path), parts[1]
        free = shutil._ntuple_diskusage(8 << 30, 6 << 30, 2 << 30)  # type: ignore[attr-defined]
        monkeypatch.setattr(folder_write.shutil, "disk_usage", lambda _path: free)
        out = tmp_path / "opened"
        report = bundle.open_to_folder(path, forge.identity(key), out)
        assert report.problems[0].endswith(f"has {2 << 30} bytes free; nothing was written"), report.problems
        assert not out.exists()

    def test_the_command_line_cap(self, parts: tuple[forge.Members, Path], tmp_path: Path) -> None:
        (path, _), key = self._huge(parts, tmp_path), parts[1]
        out = tmp_path / "opened"
        command = ["bundle", "open", str(path), "--identity", str(key), "--out", str(out)]
        run = run_cli(*command, "--max-size", "1G")
        assert run.returncode == 1 and "more than the limit of 1073741824" in run.stdout, (
            run.stdout + run.stderr
        )
        assert not out.exists()
        run = run_cli(*command, "--max-size", "lots")
        assert run.returncode == 2 and "is not a size" in run.stderr


def test_a_manifest_listing_too_many_members_is_refused(
    parts: tuple[forge.Members, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evidence_vault.core.bundle import manifest as mf

    members, key = parts
    monkeypatch.setattr(mf, "MAX_MEMBERS", len(json.loads(dict(members)["manifest.json"])["members"]) - 1)
    report, receiver, _ = _read(_tar(members), key, tmp_path)
    assert report.problems == ["malformed manifest: manifest.members: not a list (or far too long)"]
    assert not receiver.began


def test_the_sealer_refuses_what_a_reader_would(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evidence_vault.core.bundle import sealing

    (tmp_path / "a.txt").write_bytes(b"a")
    Importer(vault).run([tmp_path / "a.txt"])
    recipients.add(vault, "investigator", recipients.generate_identity_file(tmp_path / "investigator.key"))
    chosen = items.list_items(vault.conn)
    monkeypatch.setattr(sealing, "MAX_MEMBERS", 8)
    with pytest.raises(UsageError, match="at most 0 files"):
        bundle.seal(vault, chosen, ["investigator"], tmp_path / "x.evb")
    monkeypatch.setattr(sealing, "MAX_MEMBERS", 20_000)
    monkeypatch.setattr(sealing, "MAX_MANIFEST", 1000)
    with pytest.raises(UsageError, match="more than a reader accepts"):
        bundle.seal(vault, chosen, ["investigator"], tmp_path / "x.evb")
    assert not (tmp_path / "x.evb").exists()
