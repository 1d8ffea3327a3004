"""Issue 20: every common container cleaned (MOV with PCM, M4A, APP14, C2PA, short audio)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import av
import pytest

from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.source import Source
from evidence_vault.core.sanitize import check, sanitize_bytes_detailed, sanitize_file
from tests.sanitize import containers as C


def _packets(data: bytes) -> list[tuple[str, str]]:
    with av.open(io.BytesIO(data)) as container:
        return [
            (p.stream.type, hashlib.sha256(bytes(p)).hexdigest())
            for p in container.demux(list(container.streams))
            if p.size
        ]


def _format_and_codecs(data: bytes) -> tuple[str, list[str]]:
    with av.open(io.BytesIO(data)) as container:
        return container.format.name, [s.codec_context.name for s in container.streams]


@pytest.mark.parametrize("codec", ["pcm_u8", "pcm_s16le", "pcm_s16be"])
@pytest.mark.parametrize("ftyp", [True, False])
def test_camera_mov_with_pcm_stays_a_mov(tmp_path: Path, codec: str, ftyp: bool) -> None:
    original = C.camera_mov(tmp_path / "cam.mov", codec, ftyp=ftyp)
    outcome = sanitize_bytes_detailed(original, "cam.mov")
    assert outcome.data is not None
    assert outcome.kind == "mov" and outcome.content_type == "video/quicktime"
    assert C.major_brand(outcome.data) == b"qt  "
    assert _format_and_codecs(outcome.data)[1] == ["mpeg4", codec]
    assert _packets(outcome.data) == _packets(original)
    assert check.residual(analyse(Source.of(outcome.data), preview=False)) == []


def test_camera_mov_by_path(tmp_path: Path) -> None:
    C.camera_mov(tmp_path / "cam.mov", "pcm_u8", ftyp=False)
    outcome = sanitize_file(tmp_path / "cam.mov", tmp_path / "out.mov", "cam.mov")
    assert outcome.kind == "mov"
    assert _format_and_codecs((tmp_path / "out.mov").read_bytes())[1] == ["mpeg4", "pcm_u8"]


def test_m4a_stays_an_m4a(tmp_path: Path) -> None:
    original = C.itunes_m4a(tmp_path / "song.m4a")
    assert C.major_brand(original) == b"M4A "
    outcome = sanitize_bytes_detailed(original, "song.m4a")
    assert outcome.data is not None
    assert outcome.kind == "ipod" and outcome.content_type == "audio/mp4"
    assert C.major_brand(outcome.data) == b"M4A "
    assert [t for t, _h in _packets(outcome.data)] == ["audio"] * len(_packets(outcome.data))
    assert _packets(outcome.data) == [p for p in _packets(original) if p[0] == "audio"]
    assert any("cover" in r for r in outcome.removed)


def test_m4a_by_path(tmp_path: Path) -> None:
    C.itunes_m4a(tmp_path / "song.m4a")
    outcome = sanitize_file(tmp_path / "song.m4a", tmp_path / "out.m4a", "song.m4a")
    assert outcome.kind == "ipod"
    assert C.major_brand((tmp_path / "out.m4a").read_bytes()) == b"M4A "


def test_3gp_stays_a_3gp(tmp_path: Path) -> None:
    from tests.sanitize import fixtures as F

    original = F.video(tmp_path / "phone.3gp", "3gp")
    assert C.major_brand(original).startswith(b"3gp")
    outcome = sanitize_bytes_detailed(original, "phone.3gp")
    assert outcome.data is not None
    assert outcome.kind == "3gp" and outcome.content_type == "video/3gpp"
    assert C.major_brand(outcome.data).startswith(b"3gp")
    assert F.canary_in(outcome.data) == []


def test_strip_says_which_file_it_could_not_read(tmp_path: Path) -> None:
    from evidence_vault.core.sanitize.strip_worker import clean_one

    missing = tmp_path / "gone.m4a"
    result = clean_one(missing, tmp_path / ".gone.partial", tmp_path / "out", "jpeg", False)
    assert result.refused == f"reading it failed (No such file or directory: {missing})"


def test_m4a_read_out_with_boolean_atoms(tmp_path: Path) -> None:
    result = analyse(Source.of(C.itunes_m4a(tmp_path / "song.m4a")), preview=False)
    assert result.problems == []
    shown = {f.field: f.value for f in result.fields}
    assert shown["Artist"] == "Jane Witness"
    assert shown["Compilation (cpil)"] == "yes"
    assert shown["Gapless playback (pgap)"] == "yes"
    assert shown["Track number"] == "1 of 9"


def test_a_readers_own_bug_is_not_shown_as_the_files_content(tmp_path: Path) -> None:
    from evidence_vault.core.media.collect import Collector

    col = Collector()
    with col.guard("audio tags"):
        raise TypeError("'bool' object is not iterable")
    with col.guard("MP4 boxes"):
        raise ValueError("corrupt box 'moov' at byte 8")
    assert col.result.problems == [
        "audio tags: internal reader failure (a bug in this program, not something in the file: "
        "TypeError: 'bool' object is not iterable)",
        "MP4 boxes: ValueError: corrupt box 'moov' at byte 8",
    ]


def _adobe_jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("CMYK", (64, 48), (10, 200, 30, 5)).save(out, "JPEG", quality=90)
    data = out.getvalue()
    assert b"\xff\xee\x00\x0eAdobe" in data, "Pillow writes the 12-byte Adobe APP14 for CMYK"
    return data


def _pixels(data: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return image.tobytes()


def test_exact_adobe_app14_is_kept(tmp_path: Path) -> None:
    original = _adobe_jpeg()
    outcome = sanitize_bytes_detailed(original, "cmyk.jpg")
    assert outcome.data is not None
    segment = original[original.index(b"\xff\xee") : original.index(b"\xff\xee") + 16]
    assert segment in outcome.data
    assert _pixels(outcome.data) == _pixels(original)
    fields = analyse(Source.of(original), preview=False).fields
    adobe = [f for f in fields if "APP14" in f.location]
    assert [(f.field, f.risk.value) for f in adobe] == [("Adobe colour transform", "low")]


@pytest.mark.parametrize(
    "body",
    [
        b"Adobe\x00\x64\x00\x00\x00\x00\x01" + b"Photoshop CS6 by Jane",  # longer than the structure
        b"Adobe\x00\x64\x00\x00\x00\x00",  # shorter
        b"Ducky\x00\x01\x00\x04\x00\x00\x00\x50\x00",  # another APP14
    ],
)
def test_other_app14_is_removed(body: bytes) -> None:
    from tests.media import builders as b

    base = _adobe_jpeg()
    at = base.index(b"\xff\xee")
    data = base[:at] + b.segment(0xEE, body) + base[at + 16 :]
    outcome = sanitize_bytes_detailed(data, "odd.jpg")
    assert outcome.data is not None
    assert b"\xff\xee" not in outcome.data[: outcome.data.index(b"\xff\xda")]
    assert "APP14 segment" in outcome.removed
    assert check.raw_problems("jpeg", data)  # the raw check would not let it through either


C2PA = "C2PA Content Credentials (may name the device, owner or account)"


def test_c2pa_in_jpeg_is_read_out_and_removed(tmp_path: Path) -> None:
    import json
    import subprocess

    from tests.support import require_tool

    base = _adobe_jpeg()
    data = base[:2] + C.app11_c2pa(b"Jane Witness") + base[2:]
    before = analyse(Source.of(data), preview=False)
    found = [f for f in before.fields if f.field == C2PA]
    assert found and found[0].risk.value == "high" and found[0].location == "JPEG APP11 (JUMBF)"
    outcome = sanitize_bytes_detailed(data, "signed.jpg")
    assert outcome.data is not None
    assert "C2PA Content Credentials (APP11 JUMBF)" in outcome.removed
    assert b"jumb" not in outcome.data and b"Jane Witness" not in outcome.data
    exiftool = require_tool("exiftool")
    (tmp_path / "in.jpg").write_bytes(data)
    (tmp_path / "out.jpg").write_bytes(outcome.data)
    run = subprocess.run(
        [exiftool, "-a", "-G1", "-ee", "-json", tmp_path / "in.jpg", tmp_path / "out.jpg"],
        capture_output=True,
        check=True,
    )
    seen_in, seen_out = json.loads(run.stdout)
    assert any(k.startswith("JUMBF:") for k in seen_in), "exiftool must see the fixture's JUMBF"
    assert not any(k.startswith(("JUMBF:", "JSON:")) for k in seen_out)


def test_c2pa_in_mp4_is_read_out_and_dropped(tmp_path: Path) -> None:
    data = C.mp4_with_c2pa(tmp_path / "signed.mp4", b"Jane Witness")
    before = analyse(Source.of(data), preview=False)
    assert [f.risk.value for f in before.fields if f.field == C2PA] == ["high"]
    outcome = sanitize_bytes_detailed(data, "signed.mp4")
    assert outcome.data is not None
    assert b"Jane Witness" not in outcome.data and C.C2PA_UUID not in outcome.data
    assert any(r.startswith(C2PA) for r in outcome.removed)


@pytest.mark.parametrize(
    "codec,fmt,name", [("libopus", "ogg", "short.opus"), ("libmp3lame", "mp3", "short.mp3")]
)
@pytest.mark.parametrize("seconds", [0.02, 0.1])
def test_very_short_audio_is_cleaned(tmp_path: Path, codec: str, fmt: str, name: str, seconds: float) -> None:
    import mutagen

    from tests.media import builders as b

    path = b.pyav_audio(tmp_path / name, codec, fmt, seconds=seconds)
    tags = mutagen.File(path, easy=True)
    assert tags is not None
    if tags.tags is None:
        tags.add_tags()
    tags["artist"] = "Jane Witness"
    tags.save()
    outcome = sanitize_bytes_detailed(path.read_bytes(), name)
    assert outcome.data is not None and b"Jane Witness" not in outcome.data
    assert check.residual(analyse(Source.of(outcome.data), preview=False)) == []


@pytest.mark.parametrize("fmt,name", [("matroska", "rec.mkv"), ("webm", "rec.webm")])
def test_matroska_and_webm_are_cleaned(tmp_path: Path, fmt: str, name: str) -> None:
    import json
    import subprocess

    from tests.sanitize import fixtures as F
    from tests.support import require_tool

    original = C.matroska(tmp_path / name, fmt)
    outcome = sanitize_bytes_detailed(original, name)
    assert outcome.data is not None
    assert outcome.kind == fmt
    assert outcome.content_type == ("video/webm" if fmt == "webm" else "video/x-matroska")
    assert F.canary_in(original) and F.canary_in(outcome.data) == []
    assert C.stream_packets(outcome.data) == C.stream_packets(original)
    assert "1 chapters" in outcome.removed
    if fmt == "matroska":
        assert any(r.startswith("attachment track") for r in outcome.removed)
        assert any(r.startswith("cover picture") for r in outcome.removed)
    assert check.residual(analyse(Source.of(outcome.data), preview=False)) == []
    exiftool = require_tool("exiftool")
    (tmp_path / f"out-{name}").write_bytes(outcome.data)
    run = subprocess.run(
        [exiftool, "-a", "-G1", "-ee", "-json", tmp_path / f"out-{name}"], capture_output=True, check=True
    )
    report = json.loads(run.stdout)[0]
    keys = [k.split(":")[-1].lower() for k in report if not k.startswith("System:")]
    risky = ("title", "artist", "date", "gps", "attach", "chapter", "trackname", "encoder")
    assert [k for k in keys if any(word in k for word in risky)] == []
    # The bit-exact muxer writes Matroska's mandatory application names as a bare "Lavf".
    assert {report["Matroska:MuxingApp"], report["Matroska:WritingApp"]} == {"Lavf"}


def test_matroska_by_path(tmp_path: Path) -> None:
    from tests.sanitize import fixtures as F

    C.matroska(tmp_path / "rec.mkv")
    outcome = sanitize_file(tmp_path / "rec.mkv", tmp_path / "out.mkv", "rec.mkv")
    assert outcome.kind == "matroska"
    assert F.canary_in((tmp_path / "out.mkv").read_bytes()) == []


def test_strip_worker_loads_no_vault_and_the_package_names_stay_functions() -> None:
    import subprocess
    import sys

    code = (
        "import sys, evidence_vault.core.sanitize.strip_worker\n"
        "assert 'evidence_vault.core.session.vault' not in sys.modules\n"
        "assert 'evidence_vault.core.custody.log' not in sys.modules\n"
        "from evidence_vault.core.sanitize import make_derivative, derivatives, WITHHOLD_CHOICES\n"
        "assert callable(derivatives) and not isinstance(derivatives, type(sys))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
