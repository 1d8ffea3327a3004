"""``export --profile anonymised``: each item leaves as a derivative with its faces hidden,
recorded in custody (both hashes, the model's hash and settings, every box, who confirmed
them) in the same transaction, listed in the manifest without what would help undo it, and
shown from the original. A witness's consent that asks for the voice disguised refuses a
video exported without --voice."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path
from typing import Any

import numpy as np
import pyrage
import pytest
from PIL import Image

from evidence_vault.core.bundle import recipients
from tests.anonymise import scenes
from tests.support import CliVault


@pytest.fixture
def ev(tmp_path: Path) -> CliVault:
    """Item 1: a photo of a face; item 2: a short video of a face, linked to a statement
    whose witness agreed to publication only with face hidden and voice disguised."""
    ev = CliVault(tmp_path)
    ev.ok("init")
    frame = scenes.background(800, 600, 2)
    ev.face = scenes.paste(frame, scenes.face_crops()[0], 150, 250, 150)  # type: ignore[attr-defined]
    Image.fromarray(frame).save(tmp_path / "square.jpg", "JPEG", quality=92)
    clip, _boxes = scenes.moving_face_clip(frames=20)
    (tmp_path / "march.mp4").write_bytes(clip)
    ev.ok("import", str(tmp_path / "square.jpg"), str(tmp_path / "march.mp4"))
    ev.ok("recipients", "add", "press", recipients.generate_identity_file(tmp_path / "press.key"))
    (tmp_path / "n.txt").write_text("I filmed it.", "utf-8")
    ev.ok(
        "statement", "add", "--title", "March", "--narrative-file", str(tmp_path / "n.txt"),
        "--pseudonym", "Tsimur", "--consent", "public-anonymised", "--publish-only", "face-hidden",
        "--publish-only", "voice-disguised", "--item", "2",
    )  # fmt: skip
    return ev


def _members(ev: CliVault, name: str) -> dict[str, bytes]:
    identity = recipients.load_identity_file(ev.tmp_path / "press.key")
    plain = pyrage.decrypt((ev.tmp_path / name).read_bytes(), [identity])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def _export(ev: CliVault, name: str, *args: str) -> Any:
    return ev("export", *args, "--profile", "anonymised", "--to", "press", "--out", str(ev.tmp_path / name))


def test_a_photo_leaves_with_its_face_hidden_and_the_custody_says_how(ev: CliVault) -> None:
    done = _export(ev, "photo.evb", "1", "--add-box", "5,5,40,40", "--confirmed-by", "Ales")
    assert done.returncode == 0, done.stderr
    members = _members(ev, "photo.evb")
    manifest = json.loads(members["manifest.json"])
    (entry,) = manifest["files"]
    assert manifest["profile"] == "anonymised" and entry["sha256"] != entry["original_sha256"]
    published = entry["derivative"]["anonymised"]
    assert published["face_boxes"] == 2 and len(published["model_sha256"]) == 64
    # Who confirmed the boxes stays in the vault: not in the manifest, and the custody event
    # that names them is withheld, proven by its hash.
    assert not [name for name, data in members.items() if b"Ales" in data]
    assert manifest["custody"]["withheld_events"]
    picture = np.asarray(Image.open(io.BytesIO(members[entry["path"]])).convert("RGB")).astype(np.int16)
    original = np.asarray(Image.open(ev.tmp_path / "square.jpg").convert("RGB")).astype(np.int16)
    x0, y0, x1, y1 = ev.face  # type: ignore[attr-defined]
    assert np.abs(picture[y0:y1, x0:x1] - original[y0:y1, x0:x1]).mean() > 40
    log = json.loads(ev.ok("--json", "log"))
    (made,) = [e for e in log if e["action"] == "item.derivative_made"]
    params = made["params"]
    assert params["original_sha256"] == entry["original_sha256"]
    assert params["derivative_sha256"] == entry["sha256"]
    options = params["options"]
    assert options["profile"] == "anonymised" and options["confirmed_by"] == "Ales"
    assert options["model_sha256"] == published["model_sha256"]
    assert [b["source"] for b in options["boxes"]] == ["detected", "added"]
    assert float(options["detector"]["threshold"]) > 0  # decimal text: canonical JSON has no floats
    # The link, both ways: the original lists its copy; the copy's hash leads to the original.
    shown = json.loads(ev.ok("--json", "show", "1"))
    (copy,) = shown["derivatives"]
    assert copy["sha256"] == entry["sha256"] and copy["profile"] == "anonymised"
    back = ev.ok("show", entry["sha256"][:16])
    assert "Copy of item 1" in back and entry["original_sha256"] in back


def test_the_witness_who_asked_for_a_disguised_voice_is_heard(ev: CliVault) -> None:
    refused = _export(ev, "video.evb", "2")
    assert refused.returncode != 0 and "voice disguised" in refused.stderr and "--voice" in refused.stderr
    assert not (ev.tmp_path / "video.evb").exists()
    done = _export(ev, "video.evb", "2", "--voice")
    assert done.returncode == 0, done.stderr
    (entry,) = json.loads(_members(ev, "video.evb")["manifest.json"])["files"]
    assert entry["derivative"]["anonymised"]["voice_disguised"] is True
    assert entry["path"].endswith(".mp4")


def test_box_corrections_need_a_single_item(ev: CliVault) -> None:
    done = _export(ev, "two.evb", "1", "2", "--voice", "--drop-box", "1", "--reviewed", "0" * 16)
    assert done.returncode == 2 and "one item" in done.stderr
    bare = _export(ev, "one.evb", "1", "--drop-box", "1")
    assert bare.returncode == 2 and "--reviewed FINGERPRINT" in bare.stderr
    wrong = ev("export", "1", "--voice", "--to", "press", "--out", str(ev.tmp_path / "x.evb"))
    assert wrong.returncode == 2 and "--profile anonymised" in wrong.stderr


def test_a_box_is_dropped_with_the_fingerprint_of_its_review(ev: CliVault) -> None:
    """The item's file reviewed outside the vault (the same bytes, the same detection), its
    box dropped on export with that review's fingerprint; another fingerprint is refused."""
    listed = ev("anonymise", str(ev.tmp_path / "square.jpg"), "--review", "--json")
    assert listed.returncode == 0, listed.stderr
    fingerprint = json.loads(listed.stdout)[0]["review"]["fingerprint"]
    wrong = _export(ev, "wrong.evb", "1", "--drop-box", "1", "--reviewed", "0" * 16)
    assert wrong.returncode != 0 and "other than what was reviewed" in wrong.stderr
    assert not (ev.tmp_path / "wrong.evb").exists()
    done = _export(
        ev, "kept.evb", "1", "--drop-box", "1", "--reviewed", fingerprint[:20], "--add-box", "5,5,40,40"
    )
    assert done.returncode == 0, done.stderr
    log = json.loads(ev.ok("--json", "log"))
    (made,) = [e for e in log if e["action"] == "item.derivative_made"]
    options = made["params"]["options"]
    assert options["reviewed_detection"] == fingerprint and options["dropped"] == [1]
    assert [b["source"] for b in options["boxes"]] == ["added"]
