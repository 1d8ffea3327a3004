"""Storage, custody, the CLI (import hook, analyse, show) and the real-device samples."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media import results, store
from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.source import Source
from evidence_vault.core.session.vault import Vault
from tests.media import builders as b
from tests.support import PASSPHRASE, cli_main, require_samples


def test_analysis_is_stored_with_one_custody_event(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b.rich_jpeg())
    Importer(vault).run([path])
    assert results.pending(vault.conn) == [1]
    summary = store.analyse_pending(vault)
    assert summary.analysed == 1 and results.pending(vault.conn) == []
    info = results.load(vault.conn, 1)
    assert info is not None and info.status == "done" and info.has_preview
    assert info.fields[0].risk.value == "high"  # stored HIGH first
    assert results.preview(vault.conn, 1)[:2] == b"\xff\xd8"  # type: ignore[index]
    body = json.loads(
        bytes(
            vault.conn.execute("SELECT body FROM custody WHERE action = 'item.metadata_read'").fetchone()[0]
        )
    )
    assert body["params"]["position"] == {"latitude": "48.8584000", "longitude": "2.2945000"}
    assert body["params"]["capture_time"] == "2024-03-01T10:20:30+02:00"
    assert body["params"]["fields"]["high"] > 10 and body["params"]["preview_sha256"]
    # a second run finds nothing to do
    assert store.analyse_pending(vault).analysed == 0


def test_analysis_waits_while_an_import_runs(vault: Vault, tmp_path: Path) -> None:
    import threading

    path = tmp_path / "photo.jpg"
    path.write_bytes(b.rich_jpeg())
    Importer(vault).run([path])
    done: list[store.AnalyseSummary] = []
    with vault.importing():  # as Importer.run does for the length of an import
        worker = threading.Thread(target=lambda: done.append(store.analyse_pending(vault)))
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive() and results.pending(vault.conn) == [1]  # nothing analysed meanwhile
    worker.join(timeout=60)
    assert done and done[0].analysed == 1 and results.pending(vault.conn) == []


def _cli(vault_dir: Path, tmp_path: Path, *args: str) -> int:
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return cli_main(["--vault", str(vault_dir), "--passphrase-file", str(secret), *args])


def test_cli_import_analyses_and_show_prints_by_risk(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b.rich_jpeg())
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b.pdf_bytes())
    assert _cli(vault_dir, tmp_path, "import", "--no-analyse", str(pdf)) == 0
    assert _cli(vault_dir, tmp_path, "import", str(photo)) == 0
    out = capsys.readouterr().out
    assert "Metadata read for 2 items" in out  # everything pending, the skipped PDF too
    assert _cli(vault_dir, tmp_path, "analyse") == 0
    assert "analysed already" in capsys.readouterr().out
    assert _cli(vault_dir, tmp_path, "show", "2") == 0
    text = capsys.readouterr().out
    assert text.index("HIGH risk") < text.index("MEDIUM risk") < text.index("LOW risk")
    assert "Position:  48.858400, 2.294500" in text and "BodySerialNumber: SN-998877" in text
    assert _cli(vault_dir, tmp_path, "show", "1", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["analysis"]["status"] == "done" and data["media"]["pages"] == 1
    assert {
        "field": "Author",
        "value": "Dr. Report Writer",
        "location": "PDF Info dictionary",
    }.items() <= next(m for m in data["metadata"] if m["field"] == "Author").items()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_read_out_never_raises(data: st.DataObject) -> None:
    """Mutations of valid files of every kind: the read-out reports, never raises."""
    seeds = _seeds()
    seed = data.draw(st.sampled_from(sorted(seeds)))
    raw = bytearray(seeds[seed])
    for _ in range(data.draw(st.integers(0, 8))):
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        raw[at : at + 1] = bytes([data.draw(st.integers(0, 255))])
    cut = data.draw(st.integers(0, len(raw)))
    result = analyse(Source.of(bytes(raw[:cut] if data.draw(st.booleans()) else raw)), preview=False)
    assert len(result.fields) <= 4000


_SEEDS: dict[str, bytes] = {}


def _seeds() -> dict[str, bytes]:
    if not _SEEDS:
        _SEEDS.update(
            jpeg=b.rich_jpeg(),
            png=b.png_bytes(),
            webp=b.webp_bytes(),
            tiff=b.tiff_bytes(),
            gif=b.gif_bytes(),
            mov=b.handmade_mov(),
            pdf=b.pdf_bytes(),
        )
    return _SEEDS


def test_real_device_samples() -> None:
    samples = require_samples()
    gps = analyse(Source.of((samples / "jpeg-gps" / "DSCN0010.jpg").read_bytes()))
    assert gps.position == pytest.approx((43.4674483, 11.8851267), abs=1e-5)
    assert any(f.field == "Embedded thumbnail" and f.risk.value == "high" for f in gps.fields)
    assert any(f.field == "Model" and f.value == "COOLPIX P6000" for f in gps.fields)
    iphone = analyse(Source.of((samples / "heic" / "IMG_5195.HEIC").read_bytes()))
    assert iphone.position is not None and iphone.capture_time == "2021-04-11T15:47:53-05:00"
    assert any(f.field == "LensModel" and "iPhone 11 Pro Max" in f.value for f in iphone.fields)
    nokia = analyse(Source.of((samples / "heic" / "HMD_Nokia_8.3_5G.heif").read_bytes()))
    assert nokia.position is not None and nokia.preview
    for path in sorted(samples.glob("*/*")):
        if path.suffix.lower() in (".jpg", ".jpeg", ".tiff", ".heic", ".heif"):
            result = analyse(Source.of(path.read_bytes()))  # broken ones included: never raises
            assert result.fields or result.problems, path.name
