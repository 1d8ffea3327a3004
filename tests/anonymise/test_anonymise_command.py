"""``evidence-vault anonymise``, run as a user runs it (a real subprocess, its worker in a
child): what --review lists, what is written, that the faces are gone and nothing
identifying is left (exiftool is the independent reader), and that every mistake is a
clear refusal naming the file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.anonymise import scenes
from tests.anonymise.test_voice import decoded as decoded_audio
from tests.anonymise.test_voice import encoded, voiced
from tests.support import exiftool_json, run_cli


def _astronaut_jpeg(path: Path) -> tuple[int, int, int, int]:
    """A camera-like JPEG of a face with GPS and a device in its EXIF; the face's box."""
    frame = scenes.background(960, 640, 3)
    face = scenes.paste(frame, scenes.face_crops()[0], 160, 300, 200)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 5D"  # make, model
    Image.fromarray(frame).save(path, "JPEG", quality=92, exif=exif.tobytes())
    return face


def anonymise(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("anonymise", *args)


def test_review_lists_the_face_and_writes_nothing(tmp_path: Path) -> None:
    photo = tmp_path / "protest.jpg"
    x0, y0, x1, y1 = _astronaut_jpeg(photo)
    done = anonymise(str(photo), "--review", "--json")
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)
    (box,) = result["review"]["found"]
    bx, by, bw, bh = (int(v) for v in box["box"].split(","))
    assert bx < (x0 + x1) / 2 < bx + bw and by < (y0 + y1) / 2 < by + bh
    assert len(result["review"]["model_sha256"]) == 64
    assert sorted(p.name for p in tmp_path.iterdir()) == ["protest.jpg"]


def test_the_face_is_hidden_the_metadata_gone_and_the_original_untouched(tmp_path: Path) -> None:
    photo = tmp_path / "protest.jpg"
    x0, y0, x1, y1 = _astronaut_jpeg(photo)
    before = photo.read_bytes()
    done = anonymise(str(photo), "--out", str(tmp_path / "pub"), "--add-box", "10,10,50,50", "--json")
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)
    record = result["record"]
    assert [b["source"] for b in record["boxes"]] == ["detected", "added"]
    assert record["metadata_check"] and len(record["model_sha256"]) == 64
    out = Path(result["output"])
    assert out == tmp_path / "pub" / "protest.jpg" and photo.read_bytes() == before
    original = np.asarray(Image.open(photo).convert("RGB")).astype(np.int16)
    hidden = np.asarray(Image.open(out).convert("RGB")).astype(np.int16)
    face = (slice(y0, y1), slice(x0, x1))
    assert np.abs(hidden[face] - original[face]).mean() > 40  # the face is gone
    assert np.abs(hidden[400:600, 700:900] - original[400:600, 700:900]).mean() < 6  # the rest is kept
    assert np.abs(hidden[10:60, 10:60] - original[10:60, 10:60]).mean() > 20  # the added box too
    tags = exiftool_json(out)
    assert not [k for k in tags if k.split(":")[0] in ("IFD0", "ExifIFD", "GPS", "XMP-x", "Canon")]
    assert "Canon" not in json.dumps(tags)


def test_mistakes_are_refused_by_name(tmp_path: Path) -> None:
    photo = tmp_path / "protest.jpg"
    _astronaut_jpeg(photo)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    listed = anonymise(str(photo), "--review", "--json")
    fingerprint = json.loads(listed.stdout)[0]["review"]["fingerprint"]
    done = anonymise(
        str(photo), str(tmp_path / "notes.pdf"), "--out", str(tmp_path / "pub"), "--drop-box", "4",
        "--reviewed", fingerprint,
    )  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout
    assert "REFUSED: " + str(photo) + ": there is no box 4 to drop (found 1" in done.stdout
    assert "notes.pdf: only pictures, videos and audio can be anonymised" in done.stdout
    assert list((tmp_path / "pub").iterdir()) == []  # nothing half-made stays behind
    bad_box = anonymise(str(photo), "--out", str(tmp_path / "pub"), "--add-box", "1,2,3")
    assert bad_box.returncode == 2 and "'1,2,3'" in bad_box.stderr
    missing = anonymise(str(tmp_path / "gone.jpg"), "--out", str(tmp_path / "pub"))
    assert missing.returncode == 2 and "gone.jpg does not exist" in missing.stderr
    ranged = anonymise(str(photo), "--out", str(tmp_path / "pub"), "--add-box", "1,1,9,9@2-5")
    assert ranged.returncode == 1 and "applies to videos" in ranged.stdout


def test_a_video_has_its_face_covered_in_every_frame(tmp_path: Path) -> None:
    clip, boxes = scenes.moving_face_clip(frames=40)
    (tmp_path / "march.mp4").write_bytes(clip)
    done = anonymise(str(tmp_path / "march.mp4"), "--out", str(tmp_path / "pub"), "--json")
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)
    assert result["record"]["frames"] == 40 and result["record"]["tracks"]
    out = Path(result["output"]).read_bytes()
    for index, (before, after) in enumerate(zip(scenes.decoded(clip), scenes.decoded(out), strict=True)):
        x0, y0, x1, y1 = boxes[index]
        change = np.abs(after[y0:y1, x0:x1].astype(np.int16) - before[y0:y1, x0:x1]).mean()
        assert change > 25, f"frame {index}: the face is visible"


def test_a_recording_has_its_voice_disguised(tmp_path: Path) -> None:
    wav = encoded(voiced(3.0), 22050, "wav", "pcm_s16le", "mono")
    (tmp_path / "testimony.wav").write_bytes(wav)
    without = anonymise(str(tmp_path / "testimony.wav"), "--out", str(tmp_path / "pub"))
    assert without.returncode == 1 and "use --voice" in without.stdout
    done = anonymise(str(tmp_path / "testimony.wav"), "--out", str(tmp_path / "pub"), "--voice", "--json")
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)
    assert result["output"].endswith("testimony.m4a") and result["record"]["voice"]["settings"]
    tags = exiftool_json(Path(result["output"]))
    assert not [k for k in tags if k.split(":")[0] in ("ItemList", "UserData", "Keys")]


@pytest.mark.parametrize("flag", ["--review", "--out"])
def test_out_is_needed_unless_reviewing(tmp_path: Path, flag: str) -> None:
    photo = tmp_path / "p.jpg"
    _astronaut_jpeg(photo)
    args = [str(photo), "--review"] if flag == "--review" else [str(photo)]
    done = anonymise(*args)
    assert (done.returncode == 0) == (flag == "--review"), done.stderr


def test_a_name_said_can_be_silenced(tmp_path: Path) -> None:
    wav = encoded(voiced(3.0), 22050, "wav", "pcm_s16le", "mono")
    (tmp_path / "t.wav").write_bytes(wav)
    alone = anonymise(str(tmp_path / "t.wav"), "--out", str(tmp_path / "a"), "--silence", "1-2")
    assert alone.returncode == 1 and "add --voice" in alone.stdout
    bad = anonymise(str(tmp_path / "t.wav"), "--out", str(tmp_path / "a"), "--voice", "--silence", "2-1")
    assert bad.returncode == 2 and "FROM-TO in seconds" in bad.stderr
    done = anonymise(
        str(tmp_path / "t.wav"), "--out", str(tmp_path / "b"), "--voice", "--silence", "1-2", "--json"
    )
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)
    assert result["record"]["voice"]["settings"]["ranges"] == [[1.0, 2.0, "silence"]]
    planes, rate, _tags = decoded_audio(Path(result["output"]).read_bytes())
    samples = planes[0]  # mono: one plane
    quiet = samples[int(1.1 * rate) : int(1.9 * rate)]
    loud = samples[int(0.2 * rate) : int(0.9 * rate)]
    assert float(np.sqrt(np.mean(quiet**2))) < 0.01 < float(np.sqrt(np.mean(loud**2)))
