"""Sealed bundles: standard tools open and check them; every kind of tampering is caught
with the right reason, and nothing readable is left behind after a failure."""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
from pathlib import Path

import nacl.signing
import pyrage
import pytest
from PIL import Image

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.crypto import minisign
from evidence_vault.core.custody import log as custody
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.support import CliVault, require_tool, run_cli

SECRET_BYTES = b"\xff\xd8\xff" + b"injury photo " * 50_000


@pytest.fixture
def sealed(vault: Vault, tmp_path: Path) -> tuple[Vault, Path, Path]:
    source = tmp_path / "src"
    source.mkdir()
    (source / "IMG_0042.JPG").write_bytes(SECRET_BYTES)
    (source / "Сведчанне.txt").write_bytes("Ён бачыў, як іх білі.".encode())
    Importer(vault, case="Akrestsina").run([source])
    public = recipients.generate_identity_file(tmp_path / "investigator.key")
    recipients.add(vault, "UN mechanism", public)
    out = tmp_path / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["UN mechanism"], out)
    return vault, out, tmp_path / "investigator.key"


def _identity(path: Path) -> pyrage.x25519.Identity:
    return recipients.load_identity_file(path)


def _plain_members(bundle_path: Path, key: Path) -> dict[str, bytes]:
    plain = pyrage.decrypt(bundle_path.read_bytes(), [_identity(key)])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _reseal(members: dict[str, bytes], key: Path, out: Path) -> None:
    """What someone holding the investigator's key could do: rebuild and re-encrypt."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    out.write_bytes(pyrage.encrypt(buffer.getvalue(), [_identity(key).to_public()]))


class TestStandardTools:
    def test_age_minisign_and_sha256sum_check_it(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        age, minisign_tool = require_tool("age"), require_tool("minisign")
        tar_path = tmp_path / "bundle.tar"
        decrypted = subprocess.run(
            [age, "-d", "-i", str(key), "-o", str(tar_path), str(path)], capture_output=True
        )
        assert decrypted.returncode == 0, decrypted.stderr
        folder = tmp_path / "unpacked"
        folder.mkdir()
        with tarfile.open(tar_path) as tar:
            tar.extractall(folder, filter="data")
        signed = subprocess.run(
            [minisign_tool, "-Vm", "manifest.json", "-p", "signing-key.pub"],
            cwd=folder,
            capture_output=True,
            text=True,
        )
        assert signed.returncode == 0 and "Signature and comment signature verified" in signed.stdout
        sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
        assert sums.returncode == 0, sums.stdout
        assert "files/000001-IMG_0042.JPG: OK" in sums.stdout
        assert (folder / "files" / "000001-IMG_0042.JPG").read_bytes() == SECRET_BYTES
        assert "minisign -Vm manifest.json" in (folder / "VERIFY.txt").read_text()
        signed_sums = subprocess.run(
            [minisign_tool, "-Vm", "SHA256SUMS", "-p", "signing-key.pub"], cwd=folder, capture_output=True
        )
        assert signed_sums.returncode == 0, signed_sums.stderr

    def test_the_file_itself_reveals_nothing(self, sealed: tuple[Vault, Path, Path]) -> None:
        _, path, _ = sealed
        data = path.read_bytes()
        assert data.startswith(b"age-encryption.org/v1\n")
        for needle in (b"injury photo", b"IMG_0042", "Сведчанне".encode(), b"manifest"):
            assert needle not in data


class TestVerification:
    def test_a_good_bundle_verifies_with_its_proofs(self, sealed: tuple[Vault, Path, Path]) -> None:
        vault, path, key = sealed
        report = bundle.read(path, _identity(key))
        assert report.ok, report.problems
        assert report.sealed_by["fingerprint"] == minisign.fingerprint(vault.verify_key)
        assert {f["original_name"] for f in report.files} == {"IMG_0042.JPG", "Сведчанне.txt"}
        assert any("inclusion proofs" in c for c in report.checks)
        event = custody.latest(vault.conn, "bundle.sealed")
        assert event is not None and event.body["params"]["recipients"][0]["name"] == "UN mechanism"

    def test_flipped_byte_anywhere(self, sealed: tuple[Vault, Path, Path]) -> None:
        _, path, key = sealed
        data = bytearray(path.read_bytes())
        for position in (200, len(data) // 2, len(data) - 10):
            tampered = path.with_name(f"flipped-{position}.evb")
            copy = bytearray(data)
            copy[position] ^= 0x01
            tampered.write_bytes(bytes(copy))
            report = bundle.read(tampered, _identity(key))
            assert not report.ok
            assert report.problems[0].startswith("the bundle is damaged or was altered"), report.problems

    def test_truncated(self, sealed: tuple[Vault, Path, Path]) -> None:
        _, path, key = sealed
        short = path.with_name("short.evb")
        short.write_bytes(path.read_bytes()[:-70_000])
        report = bundle.read(short, _identity(key))
        assert not report.ok and report.problems[0].startswith("the bundle is damaged or was altered")

    def test_wrong_identity(self, sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
        _, path, _ = sealed
        recipients.generate_identity_file(tmp_path / "someone-else.key")
        report = bundle.read(path, _identity(tmp_path / "someone-else.key"))
        assert report.problems == ["this bundle is not encrypted to the given identity"]

    def test_manifest_re_signed_by_another_key(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        members = _plain_members(path, key)
        impostor = nacl.signing.SigningKey.generate()
        members["manifest.json.minisig"] = minisign.sign(
            impostor, [members["manifest.json"]], "forged"
        ).encode()
        forged = tmp_path / "forged.evb"
        _reseal(members, key, forged)
        report = bundle.read(forged, _identity(key))
        assert not report.ok
        assert report.problems[0].startswith("the manifest's signature does not verify")

    def test_file_swapped_inside_a_re_encrypted_tar(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        members = _plain_members(path, key)
        import hashlib

        swapped = b"\xff\xd8\xff a different photo"
        members["files/000001-IMG_0042.JPG"] = swapped
        forged = tmp_path / "swapped.evb"
        _reseal(members, key, forged)
        report = bundle.read(forged, _identity(key))
        declared = len(SECRET_BYTES)
        assert report.problems == [
            f"files/000001-IMG_0042.JPG: {len(swapped)} bytes, but the signed manifest says {declared}"
        ]
        same_size = swapped.ljust(len(SECRET_BYTES), b"\0")
        members["files/000001-IMG_0042.JPG"] = same_size
        _reseal(members, key, forged)
        report = bundle.read(forged, _identity(key))
        assert report.problems == ["files/000001-IMG_0042.JPG: SHA-256 does not match the signed manifest"]
        # Rebuilding SHA256SUMS to match does not help: it is listed, with its hash, in the manifest.
        sums = (
            members["SHA256SUMS"]
            .decode()
            .replace(hashlib.sha256(SECRET_BYTES).hexdigest(), hashlib.sha256(same_size).hexdigest())
        )
        members["SHA256SUMS"] = sums.encode()
        _reseal(members, key, forged)
        report = bundle.read(forged, _identity(key))
        assert report.problems == ["SHA256SUMS: SHA-256 does not match the signed manifest"]

    def test_failed_open_leaves_no_plaintext(self, sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
        _, path, key = sealed
        data = bytearray(path.read_bytes())
        data[len(data) - 100] ^= 0x01  # the end: most plaintext was already written
        tampered = tmp_path / "late.evb"
        tampered.write_bytes(bytes(data))
        out = tmp_path / "opened"
        report = bundle.open_to_folder(tampered, _identity(key), out)
        assert not report.ok
        assert not out.exists()
        good = bundle.open_to_folder(path, _identity(key), tmp_path / "good")
        assert good.ok and (tmp_path / "good" / "files" / "000001-IMG_0042.JPG").read_bytes() == SECRET_BYTES
        assert "VERIFIED" in (tmp_path / "good" / "report.txt").read_text()
        assert "<pre>" in (tmp_path / "good" / "report.html").read_text()


class TestChainOfBundles:
    def test_second_bundle_proves_the_log_extends_the_first(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        vault, path, key = sealed
        (tmp_path / "later.txt").write_bytes(b"a later note")
        Importer(vault).run([tmp_path / "later.txt"])
        second = tmp_path / "second.evb"
        bundle.seal(vault, items.list_items(vault.conn)[-1:], ["UN mechanism"], second)
        report = bundle.read(second, _identity(key))
        assert report.ok, report.problems
        assert any("extends the previous bundle" in c for c in report.checks)
        manifest = json.loads(report.manifest)
        first = json.loads(bundle.read(path, _identity(key)).manifest)
        assert (
            manifest["custody"]["consistency_from_previous_bundle"]["from"]["root"]
            == first["custody"]["tree_head"]["root"]
        )

    def test_import_into_the_investigators_vault(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        _, path, key = sealed
        theirs, _ = Vault.create(tmp_path / "investigator-vault", "their own passphrase")
        report = bundle.import_into(theirs, path, _identity(key))
        assert report.ok
        names = sorted(i.name for i in items.list_items(theirs.conn))
        assert names == ["IMG_0042.JPG", "Сведчанне.txt"]
        photo = next(i for i in items.list_items(theirs.conn) if i.name == "IMG_0042.JPG")
        items.extract(theirs, photo, tmp_path / "out.jpg")
        assert (tmp_path / "out.jpg").read_bytes() == SECRET_BYTES
        event = custody.latest(theirs.conn, "bundle.imported")
        assert event is not None and event.body["params"]["sender_tree_head"] == report.tree_head
        stored = theirs.conn.execute("SELECT manifest, signature FROM bundles_received").fetchone()
        assert bytes(stored[0]) == report.manifest
        with pytest.raises(UsageError, match="already imported"):
            bundle.import_into(theirs, path, _identity(key))
        theirs.lock()


class TestSanitizedProfile:
    def test_sanitized_copies_carry_what_was_removed(self, vault: Vault, tmp_path: Path) -> None:
        picture = io.BytesIO()
        exif = Image.Exif()
        exif[0x013B] = "Medic Name"  # Artist
        exif[0x010F] = "PhoneMaker"  # Make
        Image.new("RGB", (64, 48), (10, 120, 40)).save(picture, "JPEG", exif=exif)
        (tmp_path / "wound.jpg").write_bytes(picture.getvalue())
        Importer(vault).run([tmp_path / "wound.jpg"])
        public = recipients.generate_identity_file(tmp_path / "journalist.key")
        recipients.add(vault, "journalist", public)
        out = tmp_path / "public.evb"
        bundle.seal(vault, items.list_items(vault.conn), ["journalist"], out, profile="sanitized")
        report = bundle.read(out, _identity(tmp_path / "journalist.key"))
        assert report.ok, report.problems
        (entry,) = report.files
        assert entry["sha256"] != entry["original_sha256"] and entry["derivative"]["removed"]
        members = _plain_members(out, tmp_path / "journalist.key")
        assert b"Medic Name" not in members[entry["path"]]
        assert b"Medic Name" not in members["manifest.json"]


def test_cli_round_trip_and_exit_codes(tmp_path: Path) -> None:
    cli = CliVault(tmp_path)

    def run(*args: str, vault: bool = True) -> subprocess.CompletedProcess[str]:
        return cli(*args) if vault else run_cli(*args)

    assert run("init").returncode == 0
    (tmp_path / "note.txt").write_text("evidence")
    assert run("import", str(tmp_path / "note.txt"), "--case", "C").returncode == 0
    key_out = run("keys", "generate", "--out", str(tmp_path / "inv.key"), vault=False)
    public = key_out.stdout.strip().splitlines()[-1]
    assert public.startswith("age1")
    assert run("recipients", "add", "investigator", public).returncode == 0
    sealed = run("export", "--case", "C", "--to", "investigator", "--out", str(tmp_path / "b.evb"), "--json")
    assert sealed.returncode == 0, sealed.stderr
    assert json.loads(sealed.stdout)["items"] == 1
    verified = run(
        "bundle",
        "verify",
        str(tmp_path / "b.evb"),
        "--identity",
        str(tmp_path / "inv.key"),
        "--json",
        vault=False,
    )
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"]
    data = bytearray((tmp_path / "b.evb").read_bytes())
    data[-5] ^= 1
    (tmp_path / "bad.evb").write_bytes(bytes(data))
    failed = run(
        "bundle", "verify", str(tmp_path / "bad.evb"), "--identity", str(tmp_path / "inv.key"), vault=False
    )
    assert failed.returncode == 1 and "PROBLEM: the bundle is damaged or was altered" in failed.stdout
    assert run("export", "--case", "C", "--to", "nobody", "--out", str(tmp_path / "c.evb")).returncode == 2


class TestStatementsInBundles:
    def test_consent_decides_and_identity_travels_only_where_allowed(
        self, vault: Vault, tmp_path: Path
    ) -> None:
        from evidence_vault.core.evidence import statements

        for name in ("OSCE expert", "Unknown blogger"):
            recipients.add(vault, name, recipients.generate_identity_file(tmp_path / f"{name}.key"))
        sid = statements.create(
            vault,
            statements.Fields(title="Akrestsina, night of 11 August", narrative="Нас білі ў пастарунку."),
            "Tsimur (not his real name)",
            identity=("Ales Real-Name", "+375 29 000 00 00"),
            consent=statements.ConsentInput("named-investigators", ("OSCE expert",), may_be_named=False),
        )
        with pytest.raises(UsageError, match="did not agree to Unknown blogger"):
            bundle.seal(vault, [], ["Unknown blogger"], tmp_path / "no.evb", statement_ids=[sid])
        assert not (tmp_path / "no.evb").exists()
        with pytest.raises(UsageError, match="did not agree to be named"):
            bundle.seal(
                vault, [], ["OSCE expert"], tmp_path / "named.evb", statement_ids=[sid], include_identity=True
            )
        out = tmp_path / "osce.evb"
        bundle.seal(vault, [], ["OSCE expert"], out, statement_ids=[sid])
        report = bundle.read(out, _identity(tmp_path / "OSCE expert.key"))
        assert report.ok, report.problems
        assert report.statements[0]["pseudonym"] == "Tsimur (not his real name)"
        plain = pyrage.decrypt(out.read_bytes(), [_identity(tmp_path / "OSCE expert.key")])
        for secret in ("Ales Real-Name", "+375 29 000 00 00"):
            assert secret.encode() not in plain
        assert "Нас білі ў пастарунку.".encode() in plain
        opened = bundle.open_to_folder(out, _identity(tmp_path / "OSCE expert.key"), tmp_path / "opened")
        assert opened.ok and (tmp_path / "opened" / "statements" / f"{sid:06d}.html").is_file()


class TestBackupReminder:
    def test_sealed_items_stop_counting_as_never_sealed(
        self, sealed: tuple[Vault, Path, Path], tmp_path: Path
    ) -> None:
        vault, _out, _key = sealed
        assert items.never_sealed(vault.conn) == 0
        (tmp_path / "later.txt").write_bytes(b"added after the bundle")
        Importer(vault).run([tmp_path / "later.txt"])
        assert items.never_sealed(vault.conn) == 1


def test_sealing_onto_a_stick_without_hard_links(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT and exFAT (most USB sticks) have no hard links: the verified bundle is renamed into
    place instead, and an existing file is still never overwritten."""
    import errno

    def no_links(_src: object, _dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "IMG_0042.JPG").write_bytes(SECRET_BYTES)
    Importer(vault).run([tmp_path / "IMG_0042.JPG"])
    recipients.add(vault, "UN mechanism", recipients.generate_identity_file(tmp_path / "investigator.key"))
    out = tmp_path / "stick" / "case.evb"
    out.parent.mkdir()
    sealed = bundle.seal(vault, items.list_items(vault.conn), ["UN mechanism"], out)
    assert sealed.path == out and sorted(p.name for p in out.parent.iterdir()) == ["case.evb"]
    assert bundle.read(out, recipients.load_identity_file(tmp_path / "investigator.key")).ok
