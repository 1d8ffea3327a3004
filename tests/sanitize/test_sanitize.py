"""Every hiding place cleaned, proven by the read-out, a canary search and exiftool; fail-closed cases."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import av
import pytest
from PIL import Image

from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.model import Risk
from evidence_vault.core.media.source import Source
from evidence_vault.core.sanitize import (
    SanitizeRefused,
    check,
    derivative_chunks,
    derivatives,
    make_derivative,
    risk_report,
    sanitize_bytes,
    sanitize_file,
    standalone,
)
from evidence_vault.core.sanitize import jpeg as jpeg_sanitizer
from evidence_vault.core.session.vault import Vault
from tests.media import builders as b
from tests.sanitize import fixtures as F
from tests.support import cli_main, require_samples, require_tool

BUILDERS: dict[str, Callable[[Path], bytes]] = {
    "photo.jpg": lambda _t: F.jpeg(),
    "plain.jpg": lambda _t: b.rich_jpeg(),
    "image.png": lambda _t: F.png(),
    "image.webp": lambda _t: F.webp(),
    "image.tiff": lambda _t: F.tiff(),
    "image.gif": lambda _t: F.gif(),
    "photo.heic": lambda _t: F.heic(),
    "clip.mov": lambda t: F.video(t / "src.mov"),
    "clip.mp4": lambda t: F.video(t / "src.mp4", "mp4"),
    "voice.mp3": lambda t: F.mp3(t / "src.mp3"),
    "voice.flac": lambda t: F.flac(t / "src.flac"),
    "voice.opus": lambda t: F.opus(t / "src.opus"),
    "voice.wav": lambda t: F.wav(t / "src.wav"),
    "voice.m4a": lambda t: F.m4a(t / "src.m4a"),
    "report.pdf": lambda _t: F.pdf(),
}
EXIFTOOL_RISKY = ("gps", "serial", "owner", "artist", "author", "creator", "comment", "thumbnail", "preview")
# exiftool names that match a word above but hold no personal data in a cleaned file.
EXIFTOOL_NEUTRAL = {"ICC-header:ProfileCreator", "QuickTime:PreviewTime", "QuickTime:PreviewDuration"}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes, list[str], bool]]:
    tmp = tmp_path_factory.mktemp("sanitize")
    out = {}
    for name, build in BUILDERS.items():
        original = build(tmp)
        data, removed, reencoded = sanitize_bytes(original, name=name)
        out[name] = (original, data, removed, reencoded)
    return out


def _pixels(data: bytes) -> list[bytes]:
    with Image.open(io.BytesIO(data)) as image:
        frames = []
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            frames.append(image.convert("RGBA").tobytes())
        return frames


def _packets(data: bytes, kind: str) -> list[str]:
    with av.open(io.BytesIO(data)) as container:
        streams = [s for s in container.streams if s.type == kind][:1]
        return [hashlib.sha256(bytes(p)).hexdigest() for p in container.demux(streams) if p.size]


@pytest.mark.parametrize("name", list(BUILDERS))
def test_nothing_risky_remains(cleaned: dict[str, tuple[bytes, bytes, list[str], bool]], name: str) -> None:
    original, data, removed, _reencoded = cleaned[name]
    before = analyse(Source.of(original))
    after = analyse(Source.of(data))
    assert any(f.risk is Risk.HIGH for f in before.fields), "the fixture must carry risky fields"
    assert check.residual(after) == []
    assert removed, "the report must name what was removed"
    if name != "plain.jpg":
        assert F.canary_in(original), "the fixture must carry the canary"
    assert F.canary_in(data) == [], f"canary left in {name}"


@pytest.mark.parametrize(
    "name", ["photo.jpg", "plain.jpg", "image.png", "image.webp", "image.tiff", "image.gif"]
)
def test_pixels_identical(cleaned: dict[str, tuple[bytes, bytes, list[str], bool]], name: str) -> None:
    original, data, _removed, reencoded = cleaned[name]
    assert not reencoded
    assert _pixels(original) == _pixels(data)


def test_jpeg_keeps_only_orientation_and_scan_bytes(
    cleaned: dict[str, tuple[bytes, bytes, list[str], bool]],
) -> None:
    original, data, _removed, _ = cleaned["photo.jpg"]
    assert jpeg_sanitizer.orientation_of(jpeg_sanitizer.minimal_exif(6)) == 6
    with Image.open(io.BytesIO(data)) as image:
        assert dict(image.getexif()) == {0x0112: 6}
    sos = original.rindex(b"\xff\xda")  # the main picture's scan (the thumbnail's comes earlier)
    assert original[sos : original.rindex(b"\xff\xd9")] in data  # scan data copied byte for byte


def test_heic_is_reencoded_and_says_so(cleaned: dict[str, tuple[bytes, bytes, list[str], bool]]) -> None:
    _original, data, removed, reencoded = cleaned["photo.heic"]
    assert reencoded and "pixels were re-encoded" in removed
    assert data.startswith(b"\xff\xd8")
    out, _removed, again = sanitize_bytes(F.heic(), heic_to="heic")
    assert again and check.residual(analyse(Source.of(out))) == []


@pytest.mark.parametrize("name", ["clip.mov", "clip.mp4"])
def test_video_frames_identical_and_only_primary_streams(
    cleaned: dict[str, tuple[bytes, bytes, list[str], bool]], name: str
) -> None:
    original, data, removed, _ = cleaned[name]
    assert _packets(original, "video") == _packets(data, "video")
    assert _packets(original, "audio") == _packets(data, "audio")
    with av.open(io.BytesIO(data)) as container:
        assert sorted(s.type for s in container.streams) == ["audio", "video"]
        assert "encoder" not in container.metadata
    assert check.mp4_problems(lambda o, n: data[o : o + n], len(data)) == []
    assert any("data track" in r or "Subtitle" in r for r in removed)


@pytest.mark.parametrize("name", ["voice.mp3", "voice.flac", "voice.opus", "voice.wav", "voice.m4a"])
def test_audio_identical(cleaned: dict[str, tuple[bytes, bytes, list[str], bool]], name: str) -> None:
    original, data, _removed, _ = cleaned[name]
    assert _packets(original, "audio") == _packets(data, "audio")


def test_pdf_single_revision_and_flatten(cleaned: dict[str, tuple[bytes, bytes, list[str], bool]]) -> None:
    original, data, _removed, _ = cleaned["report.pdf"]
    assert original.count(b"%%EOF") == 2 and data.count(b"%%EOF") == 1
    flat, _r, _e = sanitize_bytes(original, flatten_pdf=True)
    assert F.canary_in(flat) == [] and check.residual(analyse(Source.of(flat))) == []
    import pikepdf

    text_pdf = pikepdf.new()
    text_pdf.add_blank_page()
    buffer = io.BytesIO()
    text_pdf.save(buffer)
    with pytest.raises(SanitizeRefused, match="not a single scanned image"):
        sanitize_bytes(buffer.getvalue(), flatten_pdf=True, name="text.pdf")


@pytest.mark.oracle
def test_exiftool_finds_nothing_risky(
    cleaned: dict[str, tuple[bytes, bytes, list[str], bool]], tmp_path: Path
) -> None:
    exiftool = require_tool("exiftool")
    paths = []
    for name, (_original, data, _removed, _) in cleaned.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(str(path))
    report = json.loads(subprocess.run([exiftool, "-a", "-G1", "-ee", "-json", *paths], capture_output=True,
                                       check=True).stdout)  # fmt: skip
    assert len(report) == len(paths)
    for entry in report:
        risky = {
            key: value
            for key, value in entry.items()
            if any(word in key.lower() for word in EXIFTOOL_RISKY) and key not in EXIFTOOL_NEUTRAL
        }
        assert risky == {}, entry["SourceFile"]


# -- fail closed -----------------------------------------------------------------------------
def test_unknown_format_refused() -> None:
    with pytest.raises(SanitizeRefused, match=r"notes.txt.*not one this program can clean") as caught:
        sanitize_bytes(b"plain text notes", name="notes.txt")
    assert caught.value.exit_code == 1


def test_residual_field_refuses_and_stores_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(F.jpeg())
    Importer(vault).run([path])
    item = items.list_items(vault.conn)[0]
    blobs = vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0]
    events = custody.count(vault.conn)

    def leaky(data: bytes) -> object:  # a broken sanitizer that forgets the COM segment
        result = real(data)
        assert result.data is not None
        result.data = result.data[:2] + b"\xff\xfe\x00\x0cQZXCANARY7" + result.data[2:]
        return result

    real = jpeg_sanitizer.sanitize
    monkeypatch.setattr(jpeg_sanitizer, "sanitize", leaky)
    with pytest.raises(SanitizeRefused, match=r"photo.jpg.*JPEG comment"):
        make_derivative(vault, item)
    assert derivatives(vault.conn, item.id) == []
    assert vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == blobs
    assert custody.count(vault.conn) == events


def test_handmade_tracks_without_samples_refused() -> None:
    with pytest.raises(SanitizeRefused):
        sanitize_bytes(b.handmade_mov(), name="boxes.mov")


# -- in the vault ----------------------------------------------------------------------------
def test_derivatives_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    photo, clip = tmp_path / "photo.jpg", tmp_path / "clip.mov"
    photo.write_bytes(F.jpeg())
    clip.write_bytes(F.video(tmp_path / "src.mov"))
    Importer(vault).run([photo, clip])
    by_name = {i.name: i for i in items.list_items(vault.conn)}
    for name in ("photo.jpg", "clip.mov"):
        item = by_name[name]
        report = risk_report(vault, item)
        assert report.cleanable and any(p.action == "removed" for p in report.fields)
        assert json.loads(json.dumps(report.to_json()))["item_id"] == item.id
        made = make_derivative(vault, item)
        data = b"".join(derivative_chunks(vault.conn, made))
        assert hashlib.sha256(data).hexdigest() == made.sha256 and len(data) == made.size
        assert F.canary_in(data) == [] and check.residual(analyse(Source.of(data))) == []
        assert make_derivative(vault, item) == made  # reused, not stored twice
        assert derivatives(vault.conn, item.id) == [made]
        event = custody.latest(vault.conn, "item.derivative_made")
        assert event is not None and event.body["params"]["original_sha256"] == item.sha256
        assert event.body["params"]["derivative_sha256"] == made.sha256
        assert event.body["params"]["removed"] == made.removed
    assert custody.count(vault.conn) > 0
    original = b"".join(items.blobstore.read_chunks(vault.conn, by_name["photo.jpg"].blob_id))
    assert hashlib.sha256(original).hexdigest() == by_name["photo.jpg"].sha256  # untouched


def test_strip_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "photo.jpg").write_bytes(F.jpeg())
    (src / "notes.txt").write_bytes(b"just text")
    out = tmp_path / "out"
    assert (
        cli_main(["strip", str(src / "photo.jpg"), str(src / "notes.txt"), "--out", str(out), "--report"])
        == 1
    )
    text = capsys.readouterr().out
    assert "cleaned:" in text and "REFUSED:" in text and "notes.txt" in text
    assert sorted(p.name for p in out.iterdir()) == ["photo.jpg"]
    assert F.canary_in((out / "photo.jpg").read_bytes()) == []
    assert cli_main(["strip", str(src / "photo.jpg"), "--out", str(out)]) == 1  # never overwrites


def test_real_device_samples(tmp_path: Path) -> None:
    samples = require_samples()
    for path in sorted(p for p in samples.rglob("*") if p.is_file()):
        if path.stat().st_size > 64 << 20:
            continue
        try:
            data, _removed, _reencoded = sanitize_bytes(path.read_bytes(), name=path.name)
        except SanitizeRefused as exc:
            assert exc.reason, path
            continue
        assert check.residual(analyse(Source.of(data))) == [], path


def test_raw_check_sees_segments_between_scans() -> None:
    """The raw JPEG walk skips only compressed picture data: a segment hidden between two
    scans of a progressive JPEG is found, and so is a metadata marker inside it."""
    buffer = io.BytesIO()
    Image.effect_noise((64, 48), 40).convert("RGB").save(buffer, "JPEG", progressive=True)
    clean, _removed, _reencoded = sanitize_bytes(buffer.getvalue(), name="progressive.jpg")
    assert check.raw_problems("jpeg", clean) == []
    last_scan = clean.rindex(b"\xff\xda")
    body = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>QZXCANARY7</x:xmpmeta>"
    hidden = clean[:last_scan] + b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body + clean[last_scan:]
    problems = check.raw_problems("jpeg", hidden)
    assert any(p.startswith("segment 0xE1") for p in problems), problems
    assert any("xmpmeta" in p for p in problems), problems
    assert check.raw_problems("jpeg", clean + b"trailer") == ["bytes after the end-of-image marker"]


def test_strip_many_files_in_order_and_same_names_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several files are cleaned at once by worker processes; the results keep the order of
    the arguments, and a second input with an output name already taken is refused."""
    paths = []
    for n in range(5):
        folder = tmp_path / f"card{n}"
        folder.mkdir()
        paths.append(folder / f"IMG_{n}.jpg")
        paths[-1].write_bytes(F.jpeg())
    twin = tmp_path / "card0b" / "IMG_0.jpg"
    twin.parent.mkdir()
    twin.write_bytes(F.jpeg())
    out = tmp_path / "out"
    assert cli_main(["strip", *map(str, [*paths, twin]), "--out", str(out), "--json"]) == 1
    results = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in results] == [str(p) for p in [*paths, twin]]
    assert all(r["output"] == str(out / p.name) for r, p in zip(results, paths, strict=False))
    assert "same name" in results[-1]["refused"]
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in paths]
    assert all(F.canary_in((out / p.name).read_bytes()) == [] for p in paths)


def _flip_in_mdat(path: Path) -> None:
    """Change one byte in the middle of a file's media data (its packets), nowhere else."""
    data = bytearray(path.read_bytes())
    at = data.index(b"mdat") + 4
    data[at + (len(data) - at) // 4] ^= 0xFF
    path.write_bytes(bytes(data))


def test_strip_video_by_path_keeps_packets_and_fails_closed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``strip`` lets FFmpeg read and write the files itself and compares every packet of the
    copy with the original's; a copy with one changed packet byte is refused and deleted."""
    from evidence_vault.core.sanitize import video

    clip = tmp_path / "clip.mov"
    clip.write_bytes(F.video(tmp_path / "src.mov"))
    out = tmp_path / "out"
    assert cli_main(["strip", str(clip), "--out", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)[0]
    cleaned = out / "clip.mov"
    assert result["output"] == str(cleaned) and F.canary_in(cleaned.read_bytes()) == []
    assert _packets(cleaned.read_bytes(), "video") == _packets(clip.read_bytes(), "video")
    assert _packets(cleaned.read_bytes(), "audio") == _packets(clip.read_bytes(), "audio")
    assert cleaned.stat().st_mode & 0o777 == 0o600
    assert video.same_packets(clip, cleaned) == []
    _flip_in_mdat(cleaned)
    assert any("differs from the original" in p for p in video.same_packets(clip, cleaned))

    real = video.remux

    def damaging(inp: Path, target: Path, *, digest: bool = True) -> object:
        made = real(inp, target, digest=digest)
        _flip_in_mdat(target)
        return made

    monkeypatch.setattr(video, "remux", damaging)
    with pytest.raises(SanitizeRefused) as refused:
        sanitize_file(clip, tmp_path / "damaged.mov", "clip.mov")
    assert any("differs from the original" in left for left in refused.value.remaining)


def test_strip_worker_crash_refuses_only_that_file(tmp_path: Path) -> None:
    """A worker that dies (here tests/sanitize/crashing_worker.py, the real worker but for a
    crash on bad.jpg after writing half its output) costs only that file: it is refused, the
    worker is replaced, the others are cleaned, and no partial file is left."""
    names = ["a.jpg", "bad.jpg", "c.jpg", "d.jpg", "e.jpg"]
    for name in names:
        (tmp_path / name).write_bytes(F.jpeg())
    out = tmp_path / "out"
    results = list(
        standalone.strip_files([tmp_path / n for n in names], out, worker="tests.sanitize.crashing_worker")
    )
    assert [r.file for r in results] == [str(tmp_path / n) for n in names]
    assert [r.refused for r in results] == [None, standalone.CRASHED, None, None, None]
    assert sorted(p.name for p in out.iterdir()) == ["a.jpg", "c.jpg", "d.jpg", "e.jpg"]  # no partial file
    for name in ("a.jpg", "c.jpg", "d.jpg", "e.jpg"):
        assert F.canary_in((out / name).read_bytes()) == []


def test_strip_stopped_early_ends_its_workers_and_leaves_nothing_half_made(tmp_path: Path) -> None:
    names = [f"{n}.jpg" for n in range(6)]
    for name in names:
        (tmp_path / name).write_bytes(F.jpeg())
    out = tmp_path / "out"
    stripped = standalone.strip_files([tmp_path / n for n in names], out)
    assert next(stripped).ok
    stripped.close()  # the caller stops: workers still cleaning are killed, partial files deleted
    assert not [p.name for p in out.iterdir() if p.name.endswith(".partial")]
    assert not [t.name for t in threading.enumerate() if t.name.startswith("strip-")]


class TestPutInPlace:
    def test_moves_and_never_overwrites(self, tmp_path: Path) -> None:
        from evidence_vault.core.placing import put_in_place

        partial, target = tmp_path / ".out.partial", tmp_path / "out.mov"
        partial.write_bytes(b"new")
        put_in_place(partial, target)
        assert target.read_bytes() == b"new" and not partial.exists()
        partial.write_bytes(b"newer")
        with pytest.raises(FileExistsError):
            put_in_place(partial, target)
        assert target.read_bytes() == b"new"

    def test_without_hard_links_renames_but_still_never_overwrites(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """FAT and exFAT (USB sticks) have no hard links: the file is renamed instead."""
        import errno
        import os

        from evidence_vault.core import placing

        def no_links(_src: object, _dst: object) -> None:
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_links)
        partial, target = tmp_path / ".out.partial", tmp_path / "out.mov"
        partial.write_bytes(b"new")
        placing.put_in_place(partial, target)
        assert target.read_bytes() == b"new" and not partial.exists()
        partial.write_bytes(b"newer")
        with pytest.raises(FileExistsError):
            placing.put_in_place(partial, target)
        assert target.read_bytes() == b"new" and partial.exists()


def test_strip_workers_run_under_limits(tmp_path: Path) -> None:
    if not Path("/proc/self/limits").exists():
        pytest.skip("reads the worker's limits from /proc (Linux)")
    worker = standalone._Worker(standalone.WORKER)
    try:
        result = worker.clean(tmp_path / "absent.jpg", tmp_path / ".partial", tmp_path, "jpeg", False)
        assert "reading it failed" in (result.refused or "")  # the limits are set by now
        limits = Path(f"/proc/{worker.channel.pid}/limits").read_text()
    finally:
        worker.stop()
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    memory = next(line for line in limits.splitlines() if line.startswith("Max address space"))
    cpu = next(line for line in limits.splitlines() if line.startswith("Max cpu time"))
    assert core.split()[4] == "0" and int(memory.split()[3]) <= standalone.MEMORY_LIMIT
    assert int(cpu.split()[3]) <= standalone.CPU_S_PER_FILE + 60  # seconds used so far + one file's
