"""Hostile and broken files: nothing crashes, hangs or loses the original; failures are recorded."""

from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import pytest

from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.evidence.items import resolve
from evidence_vault.core.media import results, store
from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.sandbox import AnalysisFailed, AnalysisProcess
from evidence_vault.core.media.source import Source
from evidence_vault.core.session.vault import Vault
from tests.media import builders as b


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png() -> bytes:
    """Declares 100,000 × 100,000 pixels in a few dozen bytes."""
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    return (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")
    )


def exif_loop_jpeg() -> bytes:
    """IFD0's 'next IFD' points back at IFD0: a reader without loop detection spins forever."""
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 1)
    tiff += struct.pack("<HHII", 0x010F, 2, 4, int.from_bytes(b"Mak\x00", "little")) + struct.pack("<I", 8)
    base = b.jpeg_bytes(b.picture())
    return base[:2] + b.segment(0xE1, b"Exif\x00\x00" + tiff) + base[2:]


def gigantic_tag_jpeg() -> bytes:
    """A tag claiming 4 GB of data, and a 60 KB comment."""
    tiff = b"MM\x00*" + struct.pack(">I", 8) + struct.pack(">H", 1)
    tiff += struct.pack(">HHII", 0x010E, 2, 0xFFFFFFF0, 26) + struct.pack(">I", 0)
    base = b.jpeg_bytes(b.picture())
    return base[:2] + b.segment(0xE1, b"Exif\x00\x00" + tiff) + b.segment(0xFE, b"A" * 60000) + base[2:]


def corrupt_mp4s() -> list[bytes]:
    good = b.handmade_mov()
    tiny = good[:32] + struct.pack(">I", 3) + b"moov" + good[40:]  # box smaller than its header
    huge = good[:32] + struct.pack(">I", 0xFFFFFFF0) + good[36:]  # box larger than the file
    nested = b"".join(struct.pack(">I", 8 * (2000 - n)) + b"moov" for n in range(2000))
    return [tiny, huge, b.box(b"ftyp", payload=b"isom") + nested, good[: len(good) // 2]]


HOSTILE = {
    "zero bytes": b"",
    "decompression bomb": bomb_png(),
    "truncated jpeg": b.rich_jpeg()[:700],
    "jpeg named pdf / wrong magic": b"%PDF-1.7\n" + b.rich_jpeg(),
    "exif ifd loop": exif_loop_jpeg(),
    "gigantic tag": gigantic_tag_jpeg(),
    "truncated pdf": b.pdf_bytes()[:300],
    "random bytes": bytes(range(256)) * 40,
    **{f"corrupt mp4 {n}": data for n, data in enumerate(corrupt_mp4s())},
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_read_out_survives(name: str) -> None:
    started = time.monotonic()
    result = analyse(Source.of(HOSTILE[name]))  # never raises
    assert time.monotonic() - started < 10
    assert len(result.fields) <= 4000
    assert all(len(f.value) <= 2100 for f in result.fields)
    if name in ("zero bytes", "decompression bomb", "exif ifd loop", "truncated pdf"):
        assert result.problems, name


def test_bomb_refused_by_pixel_limit() -> None:
    result = analyse(Source.of(bomb_png()))
    assert any("DecompressionBomb" in p or "exceeds limit" in p for p in result.problems)


def test_ifd_loop_named() -> None:
    result = analyse(Source.of(exif_loop_jpeg()))
    assert any("loops back" in p for p in result.problems)


class TestChildProcess:
    def test_hang_is_stopped_by_the_wall_clock(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("EV_HOSTILE_MODE", "hang")
        proc = AnalysisProcess(wall_s=1.0, module="tests.media.hostile_worker")
        started = time.monotonic()
        with pytest.raises(AnalysisFailed, match="longer than 1 s"):
            proc.analyse(10, lambda i: b"x" * 10)
        assert time.monotonic() - started < 5
        proc.close()

    def test_crash_is_named(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("EV_HOSTILE_MODE", "crash")
        proc = AnalysisProcess(module="tests.media.hostile_worker")
        with pytest.raises(AnalysisFailed, match="crashed \\(SIGABRT\\)"):
            proc.analyse(10, lambda i: b"x" * 10)

    def test_protocol_garbage_is_refused(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("EV_HOSTILE_MODE", "garbage")
        proc = AnalysisProcess(module="tests.media.hostile_worker")
        with pytest.raises(AnalysisFailed, match="protocol"):
            proc.analyse(10, lambda i: b"x" * 10)

    def test_out_of_memory_is_recorded(self) -> None:
        proc = AnalysisProcess(memory_mb=40)  # too little to even load the decoders
        with pytest.raises(AnalysisFailed):
            proc.analyse(10, lambda i: b"x" * 10)

    def test_real_child_reads_blocks_on_demand(self) -> None:
        data = b.rich_jpeg() + bytes(3 << 20)  # > 1 block
        asked: list[int] = []

        def block(index: int) -> bytes:
            asked.append(index)
            return data[index << 20 : (index + 1) << 20]

        proc = AnalysisProcess()
        try:
            result = proc.analyse(len(data), block)
        finally:
            proc.close()
        assert result.position is not None and result.preview
        assert sorted(set(asked)) == [0, 1, 2, 3]


def test_hostile_files_in_a_vault(vault: Vault, tmp_path: Path) -> None:
    """Every hostile file is stored byte-exact and gets a recorded reason; none blocks the rest."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n, (name, data) in enumerate(sorted(HOSTILE.items())):
        (folder / f"{n:02d}-{name.replace(' ', '_').replace('/', '_')}.jpg").write_bytes(data)
    (folder / "good.jpg").write_bytes(b.rich_jpeg())
    Importer(vault).run([folder])
    summary = store.analyse_pending(vault)
    assert summary.errors == []
    ids = [int(r[0]) for r in vault.conn.execute("SELECT id FROM items ORDER BY id")]
    assert results.pending(vault.conn) == []
    reasons = {}
    for item_id in ids:
        info = results.load(vault.conn, item_id)
        assert info is not None
        reasons[resolve(vault.conn, str(item_id)).name] = (info.status, info.reason)
    assert reasons["good.jpg"][0] == "done"
    zero = next(v for k, v in reasons.items() if "zero_bytes" in k)
    assert zero[0] == "failed" and zero[1] and zero[1].startswith("metadata could not be read: ")
    loop = next(v for k, v in reasons.items() if "ifd_loop" in k)
    assert loop[1] and "loops back" in loop[1]
    events = vault.conn.execute("SELECT count(*) FROM custody WHERE action = 'item.metadata_read'").fetchone()
    assert events[0] == len(ids)
    # originals untouched
    from evidence_vault.core.audit.verify import verify

    assert verify(vault).ok


def test_failed_child_is_recorded_on_the_item(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EV_HOSTILE_MODE", "crash")
    path = tmp_path / "x.jpg"
    path.write_bytes(b.rich_jpeg())
    Importer(vault).run([path])
    store.analyse_pending(vault, process_options={"module": "tests.media.hostile_worker"})
    info = results.load(vault.conn, 1)
    assert info is not None and info.status == "failed"
    assert info.reason == "metadata could not be read: the decoder crashed (SIGABRT)"
    body = vault.conn.execute("SELECT body FROM custody WHERE action = 'item.metadata_read'").fetchone()[0]
    assert b"SIGABRT" in bytes(body)


def test_io_bytesio_only() -> None:
    assert io  # the read-out takes bytes through Source; no path is ever opened
