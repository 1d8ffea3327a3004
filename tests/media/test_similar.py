"""Near-duplicates across senders (issue 22, part 3): a messenger's re-encoding of a picture
or clip is listed beside the original with a small distance, an unrelated one is not; each
side says which received bundle (and sender key) brought it; nothing is merged."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.crypto import minisign
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media import hashes, similar, store
from evidence_vault.core.media.perceptual import FRAMES
from evidence_vault.core.session.vault import Vault
from tests.media import look_alike_media as media
from tests.support import PASSPHRASE, run_cli


def _import(vault: Vault, folder: Path, files: dict[str, bytes]) -> dict[str, int]:
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    Importer(vault).run([folder / name for name in files])
    return {i.name: i.id for i in items.list_items(vault.conn)}


def _pairs(vault: Vault, max_distance: int = similar.DEFAULT_MAX_DISTANCE) -> dict[frozenset[str], int]:
    return {
        frozenset((p.first.name, p.second.name)): p.distance for p in similar.find(vault.conn, max_distance)
    }


def _hash_events(vault: Vault) -> list[custody.Event]:
    return [e for e in custody.events(vault.conn) if e.action == "item.perceptual_hash"]


def test_a_messenger_copy_of_a_picture_is_listed_and_an_unrelated_picture_is_not(
    vault: Vault, tmp_path: Path
) -> None:
    original = media.photo_bytes(media.scene())
    copy = media.messenger_copy(original)
    assert copy != original and b"ExampleCam" in original and b"ExampleCam" not in copy
    ids = _import(
        vault,
        tmp_path / "in",
        {"IMG_0042.jpg": original, "forwarded.jpg": copy, "other.jpg": media.photo_bytes(media.unrelated())},
    )
    summary = store.analyse_pending(vault)
    assert summary.hashed == 3 and summary.errors == []
    pairs = _pairs(vault)
    assert list(pairs) == [frozenset({"IMG_0042.jpg", "forwarded.jpg"})]
    assert pairs[frozenset({"IMG_0042.jpg", "forwarded.jpg"})] <= 4
    # The unrelated picture is far from both, not just beyond the default threshold.
    stored = {h.item_id: h.hashes[0] for h in hashes.load_all(vault.conn)}
    for name in ("IMG_0042.jpg", "forwarded.jpg"):
        assert bin(stored[ids[name]] ^ stored[ids["other.jpg"]]).count("1") > 2 * similar.DEFAULT_MAX_DISTANCE
    # Nothing merged: three items, each with its own bytes and its own custody event.
    assert len(items.list_items(vault.conn)) == 3
    events = _hash_events(vault)
    assert sorted(e.body["items"][0] for e in events) == sorted(ids.values())
    assert all(e.body["params"]["status"] == "done" and len(e.body["params"]["hashes"]) == 1 for e in events)


def test_a_reencoded_clip_is_listed_and_an_unrelated_clip_is_not(vault: Vault, tmp_path: Path) -> None:
    clips = tmp_path / "clips"
    clips.mkdir()
    first = media.clip(clips / "VID_0001.mp4", media.scene())
    second = media.reencoded(first, clips / "received.mp4")
    other = media.clip(clips / "other.mp4", media.unrelated())
    _import(vault, tmp_path / "in", {p.name: p.read_bytes() for p in (first, second, other)})
    assert store.analyse_pending(vault).hashed == 3
    assert {h.media: len(h.hashes) for h in hashes.load_all(vault.conn)} == {"video": FRAMES}
    pairs = _pairs(vault)
    assert list(pairs) == [frozenset({"VID_0001.mp4", "received.mp4"})]
    assert pairs[frozenset({"VID_0001.mp4", "received.mp4"})] <= 4
    assert frozenset({"VID_0001.mp4", "other.mp4"}) not in _pairs(vault, 16)


def test_the_video_rule_survives_a_few_odd_frames_and_not_half(vault: Vault) -> None:
    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**63, size=FRAMES, dtype=np.uint64)
    other = rng.integers(0, 2**63, size=FRAMES, dtype=np.uint64)
    few_odd = base.copy()
    few_odd[[0, 5, 11]] = other[[0, 5, 11]]  # a black frame, a cut: three of sixteen
    half_odd = base.copy()
    half_odd[::2] = other[::2]
    shifted = np.concatenate([base[1:], base[-1:]])  # the samples a frame apart
    frames = np.stack([base, few_odd, half_odd, shifted])
    found = {(i, j): d for i, j, d in similar.video_pairs(frames, 10)}
    assert found[(0, 1)] == 0 and found[(0, 3)] == 0
    assert (0, 2) not in found


def test_look_alikes_from_two_senders_bundles_name_each_bundle_and_sender(tmp_path: Path) -> None:
    public = recipients.generate_identity_file(tmp_path / "investigator.key")
    original = media.photo_bytes(media.scene())
    sent: dict[str, tuple[str, str]] = {}
    for sender, name, data in (
        ("medic", "IMG_0042.jpg", original),
        ("neighbour", "photo_2026-03-02.jpg", media.messenger_copy(original)),
    ):
        theirs, _ = Vault.create(tmp_path / f"{sender}-vault", PASSPHRASE)
        _import(theirs, tmp_path / f"{sender}-files", {name: data})
        recipients.add(theirs, "investigator", public)
        out = tmp_path / f"{sender}.evb"
        bundle.seal(theirs, items.list_items(theirs.conn), ["investigator"], out)
        sent[name] = (str(out), minisign.fingerprint(theirs.verify_key))
        theirs.lock()
    investigator, _ = Vault.create(tmp_path / "investigator-vault", PASSPHRASE)
    identity = recipients.load_identity_file(tmp_path / "investigator.key")
    bundle_ids = {}
    for name, (path, _fingerprint) in sent.items():
        report = bundle.import_into(investigator, Path(path), identity)
        assert report.ok
        bundle_ids[name] = report.bundle_id
    store.analyse_pending(investigator)
    (pair,) = similar.find(investigator.conn)
    assert pair.across_bundles
    for side in (pair.first, pair.second):
        (origin,) = side.origins
        assert origin.kind == "bundle"
        assert origin.bundle_id == bundle_ids[side.name]
        assert origin.sender == sent[side.name][1]
    assert sent["IMG_0042.jpg"][1] != sent["photo_2026-03-02.jpg"][1]
    investigator.lock()
    # The command line says the same (a new process, as a user runs it).
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run_cli(
        "similar", "--json", vault=tmp_path / "investigator-vault", passphrase_file=tmp_path / "pass"
    )
    assert done.returncode == 0, done.stderr
    (listed,) = json.loads(done.stdout)["pairs"]
    assert {s["name"]: s["origins"][0]["sender"] for s in listed["items"]} == {
        name: fingerprint for name, (_, fingerprint) in sent.items()
    }
    text = run_cli("similar", vault=tmp_path / "investigator-vault", passphrase_file=tmp_path / "pass")
    assert "Look-alike pairs: 1 " in text.stdout
    for name, (_, fingerprint) in sent.items():
        assert name in text.stdout and fingerprint in text.stdout


def test_hostile_files_get_no_hash_and_no_crash(vault: Vault, tmp_path: Path) -> None:
    original = media.photo_bytes(media.scene())
    clips = tmp_path / "clips"
    clips.mkdir()
    video = media.clip(clips / "v.mp4", media.scene(), seconds=1.0).read_bytes()
    ids = _import(
        vault,
        tmp_path / "in",
        {
            "truncated.jpg": original[:4000],
            "bomb.png": _png_claiming(60_000, 60_000),
            "broken.mp4": video[:64] + bytes(reversed(video[64:3000])),
            "good.jpg": original,
            "notes.txt": b"what the medic saw",
        },
    )
    summary = store.analyse_pending(vault)
    assert summary.errors == [] and summary.hashed == 5
    statuses = {e.body["items"][0]: e.body["params"]["status"] for e in _hash_events(vault)}
    assert statuses[ids["good.jpg"]] == "done"
    assert statuses[ids["notes.txt"]] == "none"
    for name in ("truncated.jpg", "bomb.png"):
        assert statuses[ids[name]] == "failed", name
    assert statuses[ids["broken.mp4"]] in ("failed", "none")
    assert [h.item_id for h in hashes.load_all(vault.conn)] == [ids["good.jpg"]]
    assert similar.find(vault.conn, similar.MAX_DISTANCE) == []


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG header declaring a huge picture (a decompression bomb), with almost no data."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 100))
        + chunk(b"IEND", b"")
    )


def test_items_analysed_before_hashes_existed_are_hashed_by_similar(vault: Vault, tmp_path: Path) -> None:
    original = media.photo_bytes(media.scene())
    _import(vault, tmp_path / "in", {"a.jpg": original, "b.jpg": media.messenger_copy(original)})
    store.analyse_pending(vault, perceptual=False)  # as a vault analysed before V12
    assert len(hashes.pending(vault.conn)) == 2 and similar.find(vault.conn) == []
    vault.lock()
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = run_cli("similar", "--json", vault=vault.directory, passphrase_file=tmp_path / "pass")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["pairs"]) == 1
    raw = run_cli("log", "--raw", vault=vault.directory, passphrase_file=tmp_path / "pass")
    assert raw.stdout.count("item.perceptual_hash") == 2


def test_a_deleted_item_takes_its_hashes_with_it(vault: Vault, tmp_path: Path) -> None:
    original = media.photo_bytes(media.scene())
    ids = _import(vault, tmp_path / "in", {"a.jpg": original, "b.jpg": media.messenger_copy(original)})
    store.analyse_pending(vault)
    assert len(similar.find(vault.conn)) == 1
    items.delete(vault, items.resolve(vault.conn, str(ids["b.jpg"])), "sent by mistake")
    assert similar.find(vault.conn) == []
    for table in ("media_hashes", "media_hash_runs"):
        row = vault.conn.execute(
            f"SELECT count(*) FROM {table} WHERE item_id = ?", (ids["b.jpg"],)
        ).fetchone()
        assert row[0] == 0, table
    assert hashes.pending(vault.conn) == []  # and it is not hashed again


def test_a_threshold_beyond_half_the_bits_is_refused(vault: Vault) -> None:
    with pytest.raises(ValueError, match="between 0 and 32"):
        similar.find(vault.conn, 33)
