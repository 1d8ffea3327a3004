"""``bundle bag``: a verified bundle as a BagIt package (issue 22). The bag validates with the
bagit library's own validator (its Python API and the ``bagit.py --validate`` command line, as
oracles) and fails after a byte flip in a payload or a tag file; bag-info names the bundle and
its sender; every carried custody event has its PREMIS record; a bundle that does not verify
leaves no bag and nothing else behind; an existing destination is refused; a member name a
bagit manifest cannot carry is refused; a batch goes on past a bad bundle."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import threading
from pathlib import Path

import bagit
import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import bag as bag_module
from evidence_vault.core.bundle import premis, recipients
from evidence_vault.core.bundle.errors import BundleError, ExportCancelled
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.proofmode import store as proof_store
from evidence_vault.core.session.vault import Vault
from tests.bundles import forge
from tests.proofmode import builders as b
from tests.support import require_tool, run_cli

PHOTO = b"\xff\xd8\xff\xe0" + b"pixels of the square " * 400
NOTE = "Ён бачыў, як іх білі.".encode()


def bagit_cli() -> str:
    """bagit.py, installed with the bagit package beside this Python (the venv's bin)."""
    return require_tool("bagit.py")


def cli_validates(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [bagit_cli(), "--validate", str(folder)], capture_output=True, text=True, check=False
    )


@pytest.fixture
def sealed(vault: Vault, tmp_path: Path) -> tuple[Vault, Path, Path]:
    """A ProofMode capture (its proof files travel as attachments) and a note, sealed as originals."""
    export = b.export(tmp_path / "proofmode", b.Phone.make(), {"IMG_1.jpg": PHOTO}).folder
    assert proof_store.import_export(vault, export).media[0].result.item_id
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "Сведчанне.txt").write_bytes(NOTE)
    Importer(vault).run([tmp_path / "notes"])
    recipients.add(vault, "archive", recipients.generate_identity_file(tmp_path / "archive.key"))
    out = tmp_path / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["archive"], out)
    return vault, out, tmp_path / "archive.key"


def _bag(path: Path, key: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run_cli("bundle", "bag", str(path), "--identity", str(key), "--out", str(out), *extra)


def _flip(path: Path, at: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial-" in p.name)


def test_the_bag_holds_the_verified_bundle_and_bagit_validates_it(
    sealed: tuple[Vault, Path, Path], tmp_path: Path
) -> None:
    _, path, key = sealed
    out = tmp_path / "bags" / "case"
    done = _bag(path, key, out, "--source-organization", "Viasna archive")
    assert done.returncode == 0, done.stderr
    assert "validated by bagit" in done.stdout
    report = bundle.read(path, forge.identity(key))

    # The oracles: the bagit library's own validator, through its API and its command line.
    bagit.Bag(str(out)).validate()
    checked = cli_validates(out)
    assert checked.returncode == 0, checked.stderr
    assert "is valid" in checked.stderr

    # Byte-exact originals and their proof files under data/, as the signed manifest lists them.
    for entry in report.files:
        data = (out / "data" / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] == entry["original_sha256"]
    assert NOTE in [(out / "data" / e["path"]).read_bytes() for e in report.files]
    attachments = [a for e in report.files for a in e.get("attachments") or []]
    assert attachments
    for attachment in attachments:
        data = (out / "data" / attachment["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == attachment["sha256"]
    manifest = (out / "manifest-sha512.txt").read_text()
    assert all(f"data/{a['path']}" in manifest for a in attachments)

    # The signed records exactly as they came, and what was found, as tag files.
    assert (out / "bundle" / "manifest.json").read_bytes() == report.manifest
    assert (out / "bundle" / "manifest.json.minisig").read_text() == report.signature
    for name, data in report.custody_files.items():
        assert (out / "bundle" / name).read_bytes() == data
    proofs = json.loads((out / "metadata" / "merkle-proofs.json").read_text())
    assert proofs["inclusion_proofs"] == json.loads(report.manifest)["custody"]["inclusion_proofs"]
    assert proofs["tree_head"] == report.tree_head
    provenance = json.loads((out / "metadata" / "provenance.json").read_text())
    assert [p["provenance"] for p in provenance] == [e.get("provenance") for e in report.files]
    assert {a["path"] for p in provenance for a in p["attachments"]} == {
        f"data/{a['path']}" for a in attachments
    }
    assert (out / "metadata" / "verification-report.txt").read_text() == bundle.report_text(report)
    assert (out / "metadata" / "verification-report.pdf").read_bytes().startswith(b"%PDF")
    tags = (out / "tagmanifest-sha256.txt").read_text()
    for name in ("bundle/manifest.json", "metadata/premis-events.json", "metadata/verification-report.pdf"):
        assert f" {name}\n" in tags
    # Plaintext evidence: the folders only for the user who made them.
    assert (out / "data").stat().st_mode & 0o077 == 0
    assert (out / "data" / report.files[0]["path"]).stat().st_mode & 0o077 == 0
    assert _leftovers(out.parent) == []


def test_bag_info_names_the_bundle_and_its_sender(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    _, path, key = sealed
    out = tmp_path / "bag"
    result = bag_module.write_bag(path, forge.identity(key), out, source_organization="Viasna\narchive")
    info = bagit.Bag(str(out)).info
    report = result.report
    assert info["External-Identifier"] == report.bundle_id == info["Evidence-Vault-Bundle-Id"]
    assert info["Evidence-Vault-Sender-Fingerprint"] == report.sealed_by["fingerprint"]
    assert info["Evidence-Vault-Sender-Minisign-Key"] == report.sealed_by["minisign_public_key"]
    assert info["Evidence-Vault-Sealed-At"] == report.created_at
    assert info["Evidence-Vault-Bundle-SHA256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert info["Source-Organization"] == "Viasna archive"  # one line, whatever was typed
    assert info["Bag-Software-Agent"].startswith("evidence-vault ")
    assert info["Payload-Oxum"] == f"{result.payload_bytes}.{result.payload_files}"
    attachments = sum(len(e.get("attachments") or []) for e in report.files)
    assert result.payload_files == len(report.files) + attachments
    assert {"sha256", "sha512"} == set(bagit.Bag(str(out)).algorithms)
    assert not (out / "metadata" / "verification-report.pdf").exists()  # no pdf callback: none


def test_a_byte_flip_in_a_payload_or_a_tag_file_fails_validation(
    sealed: tuple[Vault, Path, Path], tmp_path: Path
) -> None:
    _, path, key = sealed
    out = tmp_path / "bag"
    result = bag_module.write_bag(path, forge.identity(key), out)
    payload = out / "data" / result.report.files[0]["path"]
    for target in (payload, out / "bundle" / "manifest.json", out / "metadata" / "premis-events.json"):
        _flip(target, 5)
        with pytest.raises(bagit.BagValidationError):
            bagit.Bag(str(out)).validate()
        checked = cli_validates(out)
        assert checked.returncode != 0 and "is invalid" in checked.stderr, target
        _flip(target, 5)  # back: valid again, so the failure above was that flip's
        assert cli_validates(out).returncode == 0


def test_every_carried_event_has_its_premis_record(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    _, path, key = sealed
    out = tmp_path / "bag"
    result = bag_module.write_bag(path, forge.identity(key), out)
    document = json.loads((out / "metadata" / "premis-events.json").read_text())
    carried = [json.loads(line) for line in result.report.custody_files["custody/events.jsonl"].splitlines()]
    assert len(carried) >= 4  # imports, proof files, the ProofMode check, the note
    records = {r["eventIdentifier"]["eventIdentifierValue"]: r for r in document["events"]}
    for event in carried:
        body = json.loads(event["canonical"])
        record = records[event["hash"]]
        assert record["recorded_in_custody_log"] is True
        assert record["evidence_vault"]["action"] == body["action"]
        assert record["eventDateTime"] == body["time"]
        assert record["eventType"] == premis.event_type(body["action"])
    by_action = {r["evidence_vault"]["action"]: r for r in document["events"] if r["recorded_in_custody_log"]}
    imported = by_action["item.imported"]
    assert imported["eventType"]["uri"] == "http://id.loc.gov/vocabulary/preservation/eventType/ing"
    paths = [o["linkingObjectIdentifierValue"] for o in imported["linkingObjectIdentifier"]]
    assert any(p.startswith("data/files/") for p in paths)
    assert by_action["item.proof_checked"]["eventType"]["label"] == "digital signature validation"
    ours = [r for r in document["events"] if not r["recorded_in_custody_log"]]
    assert [r["eventType"]["label"] for r in ours] == [
        "fixity check",
        "message digest calculation",
        "information package creation",
    ]


@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_tampered_bundle_leaves_no_bag_and_nothing_else(
    sealed: tuple[Vault, Path, Path], tmp_path: Path, where: str
) -> None:
    _, path, key = sealed
    tampered = tmp_path / "tampered.evb"
    shutil.copy(path, tampered)
    size = tampered.stat().st_size
    _flip(tampered, size // 2 if where == "middle" else size - 40)  # "end": after files were written
    bags = tmp_path / "bags"
    bags.mkdir()
    done = _bag(tampered, key, bags / "case")
    assert done.returncode == 1
    assert str(tampered) in done.stderr and "no bag was written" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(bags.iterdir()) == []


def test_an_existing_destination_is_refused(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    _, path, key = sealed
    out = tmp_path / "taken"
    out.mkdir()
    (out / "notes.txt").write_bytes(b"the archive's own")
    done = _bag(path, key, out, "--no-pdf")
    assert done.returncode == 1 and "is not an empty folder" in done.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"] and _leftovers(tmp_path) == []
    (out / "notes.txt").unlink()  # an empty folder is fine
    assert _bag(path, key, out, "--no-pdf").returncode == 0
    assert cli_validates(out).returncode == 0


def test_a_cancel_stops_the_bag_and_leaves_nothing(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    _, path, key = sealed
    bags = tmp_path / "bags"
    stop = threading.Event()
    written: list[int] = []

    def progress(count: int) -> None:  # the user presses Cancel once the first bytes are written
        written.append(count)
        stop.set()

    with pytest.raises(ExportCancelled):
        bag_module.write_bag(path, forge.identity(key), bags / "case", cancel=stop, progress=progress)
    assert written and list(bags.iterdir()) == []


def test_a_destination_that_cannot_be_made_is_said_so(
    sealed: tuple[Vault, Path, Path], tmp_path: Path
) -> None:
    _, path, key = sealed
    (tmp_path / "a-file").write_bytes(b"")
    done = _bag(path, key, tmp_path / "a-file" / "bag", "--no-pdf")
    assert done.returncode == 1 and "cannot write a bag in" in done.stderr and "Traceback" not in done.stderr


def _renamed(vault: Vault, path: Path, key: Path, old: str, new: str, out: Path) -> Path:
    """The bundle with one file's name changed, re-signed with the sender's own key: what a
    buggy or other sealer could make. It verifies: the bag's name rule is what must stop it."""
    members = [(new if n == old else n, d) for n, d in forge.take_apart(path, key)]
    manifest = json.loads(dict(members)["manifest.json"])
    files = [{**e, "path": new if e["path"] == old else e["path"]} for e in manifest["files"]]
    return forge.reseal(forge.resign(members, vault.signer, files=files), key, out)


def test_a_percent_in_a_member_name_is_refused(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    vault, path, key = sealed
    report = bundle.read(path, forge.identity(key))
    old = report.files[0]["path"]
    forged = _renamed(vault, path, key, old, "files/100%0A.jpg", tmp_path / "forged.evb")
    checked = bundle.read(forged, forge.identity(key))
    assert checked.ok, checked.problems  # a bundle that verifies
    bags = tmp_path / "bags"
    with pytest.raises(
        BundleError, match=r"'files/100%0A.jpg' cannot be named in a BagIt manifest"
    ) as refused:
        bag_module.write_bag(forged, forge.identity(key), bags / "case")
    assert str(refused.value).startswith(f"{forged}: ") and "did not verify" not in str(refused.value)
    assert list(bags.iterdir()) == []

    # Why: bagit writes '%' as it is and reads '%0A' back as a line feed, so such a bag would
    # not validate (RFC 8493 wants '%' written as %25).
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "100%0A.jpg").write_bytes(b"x")
    bagit.make_bag(str(plain), checksums=["sha256"])
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(plain)).validate()


def test_a_line_break_in_a_member_name_never_reaches_the_bag(
    sealed: tuple[Vault, Path, Path], tmp_path: Path
) -> None:
    vault, path, key = sealed
    old = bundle.read(path, forge.identity(key)).files[0]["path"]
    forged = _renamed(vault, path, key, old, "files/a\nb.jpg", tmp_path / "forged.evb")
    bags = tmp_path / "bags"
    with pytest.raises(
        BundleError, match=r"did not verify, so no bag was written: .*not a portable member name"
    ):
        bag_module.write_bag(forged, forge.identity(key), bags / "case")
    assert list(bags.iterdir()) == []
    assert bag_module.name_problem("files/a\rb.jpg") is not None


def test_a_batch_goes_on_past_a_bad_bundle(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    vault, first, key = sealed
    second = tmp_path / "second.evb"
    bundle.seal(vault, items.list_items(vault.conn)[:1], ["archive"], second)
    bad = tmp_path / "bad.evb"
    shutil.copy(first, bad)
    _flip(bad, bad.stat().st_size // 2)
    bags = tmp_path / "bags"
    done = run_cli(
        "bundle", "bag", str(first), str(bad), str(second), "--identity", str(key),
        "--out", str(bags), "--no-pdf", "--json",
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    results = json.loads(done.stdout)
    assert [r["ok"] for r in results] == [True, False, True]
    assert str(bad) in results[1]["error"]
    made = sorted(p.name for p in bags.iterdir())
    assert made == sorted([results[0]["bundle_id"], results[2]["bundle_id"]])
    for result in (results[0], results[2]):
        assert Path(result["bag"]) == bags / result["bundle_id"]
        assert cli_validates(Path(result["bag"])).returncode == 0

    # The same bundle again: its bag exists, so it is refused, and the rest is untouched.
    again = _bag(first, key, bags, "--no-pdf")
    assert again.returncode == 1
    again = run_cli("bundle", "bag", str(first), str(second), "--identity", str(key), "--out", str(bags))
    assert again.returncode == 1 and again.stderr.count("is not an empty folder") == 2
    assert sorted(p.name for p in bags.iterdir()) == made


def test_more_than_the_cap_writes_nothing(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    _, path, key = sealed
    bags = tmp_path / "bags"
    done = _bag(path, key, bags / "case", "--no-pdf", "--max-size", "1K")
    assert done.returncode == 1 and "more than the limit of 1024" in done.stderr
    assert str(path) in done.stderr and "did not verify" not in done.stderr
    assert list(bags.iterdir()) == []


def test_a_format_1_bundle_is_bagged_too(sealed: tuple[Vault, Path, Path], tmp_path: Path) -> None:
    vault, path, key = sealed
    old = forge.reseal(
        forge.as_format_1(forge.take_apart(path, key), vault.signer), key, tmp_path / "old.evb"
    )
    result = bag_module.write_bag(old, forge.identity(key), tmp_path / "bag")
    assert result.report.format == bundle.FORMAT_1
    assert cli_validates(tmp_path / "bag").returncode == 0
    assert bagit.Bag(str(tmp_path / "bag")).info["Evidence-Vault-Bundle-Format"] == bundle.FORMAT_1
    assert (tmp_path / "bag" / "bundle" / "manifest.json").read_bytes() == result.report.manifest
    assert not (tmp_path / "bag" / "bundle" / "VERIFY.txt").exists()  # unsigned in format 1: not kept
