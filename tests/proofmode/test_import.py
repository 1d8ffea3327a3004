"""A ProofMode export imported as one unit, and every verdict, honest and tampered."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from evidence_vault.core.custody import log as custody
from evidence_vault.core.proofmode import store, words
from evidence_vault.core.proofmode.export import MAX_ENTRIES, ExportRefused
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import blobstore
from tests.proofmode import builders as b
from tests.support import CliVault

PHOTO = b"\xff\xd8\xff\xe0" + b"a photo's bytes " * 400
VIDEO = b"\x00\x00\x00\x18ftypmp42" + b"a video's bytes " * 300


@pytest.fixture(scope="module")
def phone() -> b.Phone:
    return b.Phone.make()


def _media(outcome: store.ProofImport, name: str) -> store.MediaOutcome:
    return next(m for m in outcome.media if m.result.path.endswith(name))


def _sigs(one: store.MediaOutcome) -> dict[str, str]:
    """What is signed -> verdict."""
    return {("media" if s.get("signs_media") else s["signs"].rsplit(".", 1)[-1]): s["verdict"]
            for s in one.report["signatures"]}  # fmt: skip


def _proofs(one: store.MediaOutcome) -> dict[str, str]:
    return {p["kind"]: p["verdict"] for p in one.report["proofs"]}


def test_an_honest_export_verifies_and_travels_as_one_unit(
    vault: Vault, phone: b.Phone, tmp_path: Path
) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO, "VID_2.mp4": VIDEO})
    outcome = store.import_export(vault, built.zip(tmp_path / "export.zip"))
    assert [m.result.status.value for m in outcome.media] == ["imported", "imported"]
    photo = _media(outcome, "IMG_1.jpg")
    assert _sigs(photo) == {"media": "valid", "csv": "valid", "json": "valid"}
    assert {s["key"] for s in photo.report["signatures"]} == {phone.fingerprint}
    assert _proofs(photo) == {"proof-csv": "matches", "proof-json": "matches"}
    stamp = photo.report["timestamps"][0]
    assert (stamp["verdict"], stamp["state"], stamp["digest"]) == (
        "matches",
        "pending",
        hashlib.sha256(PHOTO).hexdigest(),
    )
    assert all(line.ok for line in words.lines(store.latest_check(vault.conn, photo.result.item_id or 0)))
    # The media are items, byte-exact; the proof files their attachments, not items.
    assert vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 2
    item_id = photo.result.item_id
    assert item_id is not None
    kept = {a.kind for a in store.attachments(vault.conn, item_id)}
    assert kept == {"public-key", "proof-csv", "proof-json", "timestamp", "signature"}
    sha = hashlib.sha256(PHOTO).hexdigest()
    for attachment in store.attachments(vault.conn, item_id):
        blob = vault.conn.execute(
            "SELECT blob_id FROM attachments WHERE id = ?", (attachment.id,)
        ).fetchone()[0]
        digest, size = blobstore.hash_blob(vault.conn, blob)
        assert (digest.hex(), size) == (attachment.sha256, attachment.size)
        assert digest == hashlib.sha256(built.files[attachment.name]).digest()
    actions = [e.action for e in custody.events(vault.conn, item_id)]
    assert actions[:3] == ["item.imported", "item.attachments_added", "item.proof_checked"]
    checked = next(e for e in custody.events(vault.conn, item_id) if e.action == "item.proof_checked")
    assert sha in checked.body["objects"]
    # Importing again adds no attachment twice, and checks again.
    again = store.import_export(vault, built.folder)
    assert [m.result.status.value for m in again.media] == ["already present", "already present"]
    assert len(store.attachments(vault.conn, item_id)) == len(kept) + 2  # 3 signatures


def test_media_changed_after_signing(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO})
    (built.folder / "IMG_1.jpg").write_bytes(PHOTO + b"edited")
    photo = store.import_export(vault, built.folder).media[0]
    assert photo.result.status.value == "imported"  # the media are never kept out
    assert _sigs(photo)["media"] == "bad"
    assert _proofs(photo) == {"proof-csv": "other-hash", "proof-json": "other-hash"}
    assert photo.report["timestamps"][0]["verdict"] == "other-hash"
    lines = words.lines(store.latest_check(vault.conn, photo.result.item_id or 0))
    assert [line.code for line in lines if not line.ok] == [
        "sig-bad", "proof-other-hash", "proof-other-hash", "ots-other-hash"]  # fmt: skip


def test_proof_csv_edited_after_signing(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO})
    sha = hashlib.sha256(PHOTO).hexdigest()
    csv_path = built.folder / f"{sha}.proof.csv"
    csv_path.write_bytes(csv_path.read_bytes().replace(b"50.4501", b"48.8566"))
    photo = store.import_export(vault, built.folder).media[0]
    assert _sigs(photo) == {"media": "valid", "csv": "bad", "json": "valid"}
    assert _proofs(photo)["proof-csv"] == "matches"  # still the photo's hash: only the place was moved


def test_signature_by_another_key(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    stranger = b.Phone.make("someone else <x@example.org>")
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO}, signer=stranger)
    photo = store.import_export(vault, built.folder).media[0]
    assert set(_sigs(photo).values()) == {"unknown-key"}
    assert photo.result.status.value == "imported"


def test_missing_public_key(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO}, with_pubkey=False)
    photo = store.import_export(vault, built.folder).media[0]
    assert set(_sigs(photo).values()) == {"no-key"}
    assert photo.result.status.value == "imported"


def test_signature_over_another_file(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO})
    sha = hashlib.sha256(PHOTO).hexdigest()
    (built.folder / f"{sha}.asc").write_bytes(built.files[f"{sha}.proof.csv.asc"])
    photo = store.import_export(vault, built.folder).media[0]
    media_sig = next(s for s in photo.report["signatures"] if s["signs_media"])
    assert (media_sig["verdict"], media_sig["other_file"]) == ("other-file", f"{sha}.proof.csv")


def test_a_validly_signed_proof_for_another_hash(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    """Named after the media, signed by the export's key, but recording another file's hash."""
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "IMG_1.jpg").write_bytes(PHOTO)
    fields = b.proof_fields("IMG_1.jpg", hashlib.sha256(b"another photo").hexdigest())
    data = b.proof_json(fields)
    (folder / "IMG_1.jpg.proof.json").write_bytes(data)
    (folder / "IMG_1.jpg.proof.json.asc").write_bytes(phone.sign(data))
    (folder / "IMG_1.jpg.asc").write_bytes(phone.sign(PHOTO))
    (folder / "pubkey.asc").write_bytes(phone.pubkey())
    photo = store.import_export(vault, folder).media[0]
    assert _sigs(photo) == {"media": "valid", "json": "valid"}
    assert _proofs(photo) == {"proof-json": "other-hash"}


def test_timestamps_pending_attested_and_truncated(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO, "VID_2.mp4": VIDEO}, ots="bitcoin")
    sha_video = hashlib.sha256(VIDEO).hexdigest()
    ots_path = built.folder / f"{sha_video}.ots"
    ots_path.write_bytes(ots_path.read_bytes()[:-3])
    outcome = store.import_export(vault, built.folder)
    stamp = _media(outcome, "IMG_1.jpg").report["timestamps"][0]
    expected_root = b.ots_bitcoin(hashlib.sha256(PHOTO).digest(), 830000)[1]
    assert stamp["state"] == "attested"
    assert stamp["attestations"] == [{"kind": "bitcoin", "height": 830000, "merkle_root": expected_root}]
    truncated = _media(outcome, "VID_2.mp4").report["timestamps"][0]
    assert truncated["verdict"] == "unreadable" and "truncated" in truncated["reason"]
    assert _media(outcome, "VID_2.mp4").result.status.value == "imported"


def _count_items(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM items").fetchone()[0])


def _hostile_zip(path: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]], built: b.Built) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in built.files.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return path


@pytest.mark.parametrize("attack", ["traversal", "absolute", "symlink", "bomb", "too-many"])
def test_hostile_zips_are_refused_whole(vault: Vault, phone: b.Phone, tmp_path: Path, attack: str) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO})
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = []
    if attack == "traversal":
        extra = [("../../evil.jpg", b"x")]
        named = "../../evil.jpg"
    elif attack == "absolute":
        extra = [("/etc/evil.jpg", b"x")]
        named = "/etc/evil.jpg"
    elif attack == "symlink":
        link = zipfile.ZipInfo("link.jpg")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        extra = [(link, b"/etc/passwd")]
        named = "link.jpg"
    elif attack == "bomb":
        extra = [("bomb.jpg", b"\0" * (64 << 20))]
        named = "bomb.jpg"
    else:
        extra = [(f"f{i}.txt", b"") for i in range(MAX_ENTRIES)]
        named = "entries"
    path = _hostile_zip(tmp_path / "hostile.zip", extra, built)
    with pytest.raises(ExportRefused, match=named.replace(".", r"\.")):
        store.import_export(vault, path)
    assert _count_items(vault) == 0  # nothing half-stored


def test_a_symlink_in_a_folder_export_is_refused(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO})
    os.symlink("/etc/passwd", built.folder / "passwd.jpg")
    with pytest.raises(ExportRefused, match=r"passwd\.jpg: a symbolic link"):
        store.import_export(vault, built.folder)
    assert _count_items(vault) == 0


def test_the_command_line(phone: b.Phone, tmp_path: Path) -> None:
    cli = CliVault(tmp_path)
    cli.ok("init")
    built = b.export(tmp_path / "export", phone, {"IMG_1.jpg": PHOTO, "VID_2.mp4": VIDEO})
    (built.folder / "VID_2.mp4").write_bytes(b"not the video that was signed")
    out = cli.ok("import-proofmode", str(built.folder), "--no-analyse")
    fingerprint = words.key_text(phone.fingerprint)
    assert f"  the file: signature valid, by the export's key {fingerprint}" in out
    assert "timestamp: pending at 2 calendar(s), for this file's hash" in out
    assert f"! the file: BAD signature: these bytes are not what key {fingerprint} signed" in out
    assert "Imported 2, already present 0, failed 0." in out
    shown: dict[str, Any] = json.loads(cli.ok("show", "2", "--json"))
    assert {a["kind"] for a in shown["attachments"]} >= {"proof-csv", "signature", "public-key"}
    assert shown["proofmode"]["signatures"][0]["verdict"] == "bad"
    text = cli.ok("show", "1")
    assert "Attachments:" in text and "ProofMode (checked" in text
    assert "The ProofMode proofs of #1 IMG_1.jpg were checked" in cli.ok("log", "--item", "1")
    assert "item.proof_checked" in cli.ok("log", "--item", "1", "--raw")
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.jpg", b"\0" * (64 << 20))
    refused = cli("import-proofmode", str(bomb))
    assert refused.returncode == 1
    assert "refused, nothing imported: big.jpg: would expand" in refused.stderr


def test_deleting_an_item_deletes_its_proof_files_and_checks(
    vault: Vault, phone: b.Phone, tmp_path: Path
) -> None:
    """A proof records where and on which phone the media was made: deleting the item must not
    leave that behind. The device's key, shared by the export's other media, stays for them."""
    from evidence_vault.core.evidence import items

    other = b"\xff\xd8\xff\xe0" + b"another photo " * 300
    built = b.export(tmp_path / "e", phone, {"IMG_1.jpg": PHOTO, "IMG_2.jpg": other})
    outcome = store.import_export(vault, built.folder)
    gone, kept = (_media(outcome, n).result.item_id for n in ("IMG_1.jpg", "IMG_2.jpg"))
    assert gone and kept
    csv = built.files[f"{hashlib.sha256(PHOTO).hexdigest()}.proof.csv"]
    blob = vault.conn.execute("SELECT blob_id FROM attachments WHERE item_id = ? AND kind = 'proof-csv'",
                              (gone,)).fetchone()[0]  # fmt: skip
    assert b"".join(blobstore.read_chunks(vault.conn, blob)) == csv
    items.delete(vault, items.resolve(vault.conn, str(gone)), "taken by mistake")
    assert store.attachments(vault.conn, gone) == [] and store.latest_check(vault.conn, gone) is None
    assert vault.conn.execute("SELECT count(*) FROM chunks WHERE blob_id = ?", (blob,)).fetchone()[0] == 0
    assert [a.kind for a in store.attachments(vault.conn, kept)].count("public-key") == 1
    key = next(a for a in store.attachments(vault.conn, kept) if a.kind == "public-key")
    key_blob = vault.conn.execute("SELECT blob_id FROM attachments WHERE id = ?", (key.id,)).fetchone()[0]
    assert b"".join(blobstore.read_chunks(vault.conn, key_blob)) == built.files["pubkey.asc"]
    deleted = [e for e in custody.events(vault.conn, gone) if e.action == "item.deleted"]
    assert deleted[0].body["params"]["attachments_removed"] == 7


def test_a_proof_file_equal_to_a_deleted_items_bytes_is_stored_again(
    vault: Vault, phone: b.Phone, tmp_path: Path
) -> None:
    """A deleted item keeps its blob row (and hash) without its bytes: an attachment with those
    bytes must bring them back, not point at nothing (nor fail on the unique hash)."""
    from evidence_vault.core.evidence import items
    from evidence_vault.core.evidence.importer import Importer

    built = b.export(tmp_path / "e", phone, {"IMG_1.jpg": PHOTO})
    (tmp_path / "key").mkdir()
    (tmp_path / "key" / "pubkey.asc").write_bytes(built.files["pubkey.asc"])
    Importer(vault).run([tmp_path / "key" / "pubkey.asc"])
    key_item = items.list_items(vault.conn)[0]
    items.delete(vault, key_item, "imported by mistake")
    media = _media(store.import_export(vault, built.folder), "IMG_1.jpg")
    key = next(a for a in store.attachments(vault.conn, media.result.item_id or 0) if a.kind == "public-key")
    blob = vault.conn.execute("SELECT blob_id FROM attachments WHERE id = ?", (key.id,)).fetchone()[0]
    assert b"".join(blobstore.read_chunks(vault.conn, blob)) == built.files["pubkey.asc"]


def test_an_item_with_a_proof_files_bytes_is_its_own(vault: Vault, phone: b.Phone, tmp_path: Path) -> None:
    """The device key imported as an item after the export: it imports (no clash of hashes), and
    deleting that item leaves the attachment's bytes whole."""
    from evidence_vault.core.evidence import items
    from evidence_vault.core.evidence.importer import Importer

    built = b.export(tmp_path / "e", phone, {"IMG_1.jpg": PHOTO})
    media = _media(store.import_export(vault, built.folder), "IMG_1.jpg")
    (tmp_path / "key").mkdir()
    (tmp_path / "key" / "pubkey.asc").write_bytes(built.files["pubkey.asc"])
    result = Importer(vault).run([tmp_path / "key" / "pubkey.asc"]).results[0]
    assert result.item_id is not None, result
    items.delete(vault, items.resolve(vault.conn, str(result.item_id)), "not evidence")
    key = next(a for a in store.attachments(vault.conn, media.result.item_id or 0) if a.kind == "public-key")
    blob = vault.conn.execute("SELECT blob_id FROM attachments WHERE id = ?", (key.id,)).fetchone()[0]
    assert b"".join(blobstore.read_chunks(vault.conn, blob)) == built.files["pubkey.asc"]
