"""Originals for investigators with device-identifying fields withheld: the sealed copy keeps
GPS and capture times, loses exactly the chosen fields (per exiftool, an independent reader),
keeps its pixels, is listed with the original's hash and what was removed, and is recorded in
custody; the original in the vault is untouched; what cannot be withheld blocks the seal."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from fractions import Fraction
from pathlib import Path

import pyrage
import pytest
from PIL import Image

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.sanitize import SanitizeRefused, parse_choices, risk_report
from evidence_vault.core.sanitize import jpeg as jpeg_surgery
from evidence_vault.core.sanitize.withhold import withhold_bytes
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import blobstore
from tests.support import CliVault, require_tool

SERIAL, LENS_SERIAL, OWNER = "SN083021004417", "LS9920117733", "Olena Kovalenko"
UNIQUE_ID = "f3a9c1d2e4b5a6978899aabbccddeeff"


def camera_jpeg() -> bytes:
    """A camera photo: GPS, capture time, make/model, software, owner, serials, a maker note."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R6 Mark II"
    exif[0x0131] = "Firmware Version 1.2.0"
    exif[0x013B] = OWNER  # Artist
    exif[0x0112] = 1
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2024:03:01 10:11:12"  # DateTimeOriginal
    sub[0xA430] = OWNER  # CameraOwnerName
    sub[0xA431] = SERIAL  # BodySerialNumber
    sub[0xA434] = "RF24-105mm F4 L IS USM"  # LensModel
    sub[0xA435] = LENS_SERIAL  # LensSerialNumber
    sub[0xA420] = UNIQUE_ID  # ImageUniqueID
    sub[0x927C] = b"MKN\x00" + SERIAL.encode() + bytes(10)  # MakerNote
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (Fraction(50), Fraction(27), Fraction(1))
    gps[3], gps[4] = "E", (Fraction(30), Fraction(31), Fraction(2))
    out = io.BytesIO()
    picture = Image.new("RGB", (64, 48))
    picture.putdata([(x * 4 % 256, y * 5 % 256, (x * y) % 256) for y in range(48) for x in range(64)])
    picture.save(out, "JPEG", exif=exif.tobytes(), quality=90)
    return out.getvalue()


def _exiftool(data: bytes, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "probe.jpg"
    path.write_bytes(data)
    out = subprocess.run(
        [require_tool("exiftool"), "-a", "-G1", "-json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout)[0])


def _members(path: Path, key: Path) -> dict[str, bytes]:
    plain = pyrage.decrypt(path.read_bytes(), [recipients.load_identity_file(key)])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as picture:
        return picture.tobytes()


@pytest.fixture
def investigator(vault: Vault, tmp_path: Path) -> Path:
    public = recipients.generate_identity_file(tmp_path / "investigator.key")
    recipients.add(vault, "investigator", public)
    return tmp_path / "investigator.key"


def test_sealed_copy_keeps_position_and_time_and_loses_the_chosen_fields(
    vault: Vault, tmp_path: Path, investigator: Path
) -> None:
    original = camera_jpeg()
    (tmp_path / "IMG_0042.JPG").write_bytes(original)
    Importer(vault).run([tmp_path / "IMG_0042.JPG"])
    (item,) = items.list_items(vault.conn)
    out = tmp_path / "case.evb"
    bundle.seal(vault, [item], ["investigator"], out, withhold=parse_choices("serials,make-model"))

    report = bundle.read(out, recipients.load_identity_file(investigator))
    assert report.ok, report.problems
    members = _members(out, investigator)
    (entry,) = json.loads(members["manifest.json"])["files"]
    sealed = members[entry["path"]]

    tags = _exiftool(sealed, tmp_path)
    assert tags["GPS:GPSLatitude"] == "50 deg 27' 1.00\"" and tags["GPS:GPSLongitudeRef"] == "East"
    assert tags["ExifIFD:DateTimeOriginal"] == "2024:03:01 10:11:12"
    for gone in ("IFD0:Make", "IFD0:Model", "ExifIFD:SerialNumber", "ExifIFD:LensSerialNumber",
                 "ExifIFD:LensModel", "ExifIFD:ImageUniqueID", "ExifIFD:MakerNoteUnknownBinary"):  # fmt: skip
        assert gone not in tags, gone
    assert not [name for name in tags if "Serial" in name or name.startswith("MakerNote")]
    assert tags["IFD0:Artist"] == OWNER and tags["IFD0:Software"] == "Firmware Version 1.2.0"  # not chosen
    for value in (SERIAL, LENS_SERIAL, UNIQUE_ID, "Canon EOS R6 Mark II"):
        assert value.encode() not in sealed
    assert _pixels(sealed) == _pixels(original)

    # The manifest: the original's hash, the copy's hash, exactly what was removed.
    assert entry["original_sha256"] == item.sha256 != entry["sha256"]
    removed = entry["derivative"]["removed"]
    assert "BodySerialNumber [JPEG APP1: EXIF Exif IFD]" in removed
    assert "Make [JPEG APP1: EXIF IFD0]" in removed and "Model [JPEG APP1: EXIF IFD0]" in removed
    assert not [r for r in removed if "GPS" in r or "DateTimeOriginal" in r or "Artist" in r]
    assert entry["derivative"]["withheld"] == ["make-model", "serials"]
    assert entry["derivative"]["reencoded"] is False
    assert "withheld" in bundle.report_text(report)

    # Custody: the derivative with both hashes and what was removed, then the seal naming both.
    events = {e.action: e.body for e in custody.events(vault.conn)}
    made = events["item.derivative_made"]["params"]
    assert made["original_sha256"] == item.sha256 and made["derivative_sha256"] == entry["sha256"]
    assert made["removed"] == removed and made["options"] == {"withhold": ["make-model", "serials"]}
    sealed_event = events["bundle.sealed"]["params"]
    assert sealed_event["withheld"] == ["make-model", "serials"]
    assert sealed_event["files"][0]["original_sha256"] == item.sha256

    # The original in the vault is untouched.
    (again,) = items.list_items(vault.conn)
    assert b"".join(blobstore.read_chunks(vault.conn, again.blob_id)) == original
    assert again.sha256 == item.sha256


def test_risk_report_says_withheld_or_kept(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(camera_jpeg())
    Importer(vault).run([tmp_path / "a.jpg"])
    (item,) = items.list_items(vault.conn)
    plan = {
        p.field.field: p.action for p in risk_report(vault, item, withhold=parse_choices("device")).fields
    }
    assert (
        plan["BodySerialNumber"] == plan["Make"] == plan["Software"] == plan["CameraOwnerName"] == "withheld"
    )
    assert plan["GPSLatitude"] == plan["DateTimeOriginal"] == "kept (original)"


def test_xmp_properties_are_cut_and_positions_kept(tmp_path: Path) -> None:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"'
        b' xmlns:exif="http://ns.adobe.com/exif/1.0/" tiff:Model="PhoneModelX12"'
        b' exif:GPSLatitude="50,27.0N" exif:DateTimeOriginal="2024-03-01T10:11:12">'
        b"<aux:SerialNumber>XMPSERIAL0099</aux:SerialNumber></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    base = camera_jpeg()
    data = (
        base[:2] + b"\xff\xe1" + (len(xmp) + 31).to_bytes(2, "big") + jpeg_surgery._XMP_HEAD + xmp + base[2:]
    )
    result = withhold_bytes(data, "x.jpg", parse_choices("device"))
    assert result.data is not None
    for gone in (b"PhoneModelX12", b"XMPSERIAL0099", SERIAL.encode(), OWNER.encode()):
        assert gone not in result.data
    assert b'exif:GPSLatitude="50,27.0N"' in result.data and b"2024-03-01T10:11:12" in result.data
    tags = _exiftool(result.data, tmp_path)
    assert "XMP-aux:SerialNumber" not in tags and "XMP-tiff:Model" not in tags
    assert tags["XMP-exif:GPSLatitude"]


def test_what_cannot_be_withheld_blocks_and_leaves_nothing(
    vault: Vault, tmp_path: Path, investigator: Path
) -> None:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Software", "PhoneCamera 14.2")
    Image.new("RGB", (8, 8)).save(tmp_path / "screen.png", pnginfo=info)
    Importer(vault).run([tmp_path / "screen.png"])
    out = tmp_path / "b.evb"
    with pytest.raises(SanitizeRefused, match=r"cannot withhold the chosen fields.*png.*Software"):
        bundle.seal(
            vault, items.list_items(vault.conn), ["investigator"], out, withhold=parse_choices("software")
        )
    assert not out.exists() and not list(tmp_path.glob(".b.evb*"))
    assert not [e for e in custody.events(vault.conn) if e.action == "bundle.sealed"]


def test_nothing_to_withhold_sends_the_original(vault: Vault, tmp_path: Path, investigator: Path) -> None:
    (tmp_path / "note.txt").write_text("witness notes")
    Importer(vault).run([tmp_path / "note.txt"])
    out = tmp_path / "b.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["investigator"], out, withhold=parse_choices("device"))
    (entry,) = json.loads(_members(out, investigator)["manifest.json"])["files"]
    assert entry["derivative"] is None and entry["sha256"] == entry["original_sha256"]


def test_cli_withhold(tmp_path: Path) -> None:
    run = CliVault(tmp_path)
    assert run("init").returncode == 0
    (tmp_path / "IMG_1.JPG").write_bytes(camera_jpeg())
    assert run("import", str(tmp_path / "IMG_1.JPG"), "--case", "C").returncode == 0
    public = recipients.generate_identity_file(tmp_path / "inv.key")
    assert run("recipients", "add", "investigator", public).returncode == 0
    common = ("export", "--case", "C", "--to", "investigator", "--out")
    bad = run(*common, str(tmp_path / "x.evb"), "--withhold", "serial-numbers")
    assert bad.returncode == 2 and "serials" in bad.stderr
    wrong = run(*common, str(tmp_path / "x.evb"), "--profile", "sanitized", "--withhold", "device")
    assert wrong.returncode == 2 and not (tmp_path / "x.evb").exists()
    done = run(*common, str(tmp_path / "b.evb"), "--withhold", "device")
    assert done.returncode == 0, done.stderr
    assert "withheld" in done.stderr and "kept (original)" in done.stderr
    members = _members(tmp_path / "b.evb", tmp_path / "inv.key")
    (entry,) = json.loads(members["manifest.json"])["files"]
    assert entry["derivative"]["withheld"] == ["make-model", "owner", "serials", "software"]
    sealed = members[entry["path"]]
    tags = _exiftool(sealed, tmp_path)
    assert "GPS:GPSLatitude" in tags and "ExifIFD:DateTimeOriginal" in tags
    assert not {"IFD0:Make", "IFD0:Model", "IFD0:Software", "IFD0:Artist", "ExifIFD:OwnerName"} & set(tags)
    assert SERIAL.encode() not in sealed and OWNER.encode() not in sealed
