"""Media analysis throughput, and whether it slows the import of originals.

    python benchmarks/media.py [--photos 1000] [--work DIR] [--json]

Makes N typical phone photos once (12 MP JPEGs of 3-4 MB with EXIF: make, model, GPS,
serial number, capture time and an IFD1 thumbnail) in a scratch folder, then measures
in fresh vaults:

1. import of the originals alone (no analysis) -> baseline import time;
2. stage 1 of the analysis of all N after that import: the metadata read-out and a
   preview from each photo's embedded EXIF thumbnail -> photos/s (the issue's target,
   >= 50);
3. stage 2, which runs when stage 1 has nothing left: previews decoded from the pictures
   and compared with the thumbnails -> photos/s;
4. import of the same photos into another vault while the analysis (both stages) runs
   concurrently, picking up items as they land (what the desktop app does) -> import
   time compared with the baseline;
5. the cost of reading C2PA provenance (core/provenance, part of stage 1) per photo, in
   this process: on the photos as made (no manifest; goal < 5 ms) and on copies signed
   with a test chain (goal < 30 ms).

Other processes on the machine change every number: the load average is reported.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import struct
import sys
import tempfile
import threading
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

from PIL import Image, ImageFilter

PASSPHRASE = "benchmark passphrase"


def _exif(n: int) -> bytes:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0131] = "Google", "Pixel 7", "HDR+ 1.0"
    exif[0x0112] = 1
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = f"2024:03:{1 + n % 28:02d} 10:{n % 60:02d}:{(n * 7) % 60:02d}"
    ifd[0xA431] = f"SN{n:08d}"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[3] = "N", "E"
    gps[2] = (Fraction(48), Fraction(n % 60), Fraction(n * 13 % 6000, 100))
    gps[4] = (Fraction(2), Fraction(17), Fraction(4020, 100))
    return exif.tobytes()


def _with_thumbnail(block: bytes, thumbnail: bytes) -> bytes:
    tiff = bytearray(block[6:])
    o = "<" if tiff[:2] == b"II" else ">"
    ifd0 = struct.unpack(o + "I", tiff[4:8])[0]
    count = struct.unpack(o + "H", tiff[ifd0 : ifd0 + 2])[0]
    struct.pack_into(o + "I", tiff, ifd0 + 2 + 12 * count, len(tiff))
    at = len(tiff) + 2 + 24 + 4
    tiff += struct.pack(o + "H", 2) + struct.pack(o + "HHII", 0x0201, 4, 1, at)
    tiff += struct.pack(o + "HHII", 0x0202, 4, 1, len(thumbnail)) + struct.pack(o + "I", 0) + thumbnail
    return b"Exif\x00\x00" + bytes(tiff)


def make_photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"PXL_{n:05d}.jpg" for n in range(count)]
    if all(p.exists() for p in paths):
        return paths
    bases = []
    for seed in range(8):
        random.seed(seed)
        # Fine noise, slightly blurred: about the entropy (and size) of a 12 MP phone photo.
        noise = Image.effect_noise((4032, 3024), 18 + seed).convert("L").filter(ImageFilter.GaussianBlur(0.5))
        grad = Image.linear_gradient("L").resize((4032, 3024))
        image = Image.merge("RGB", (noise, grad, Image.blend(noise, grad, 0.5)))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=92)
        thumb = io.BytesIO()
        image.resize((160, 120)).save(thumb, "JPEG", quality=80)
        bases.append((out.getvalue(), thumb.getvalue()))
    for n, path in enumerate(paths):
        body, thumb = bases[n % len(bases)]
        app1 = _with_thumbnail(_exif(n), thumb)
        segment = b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
        path.write_bytes(body[:2] + segment + body[2:])
    return paths


def run(photos: list[Path], work: Path, workers: int) -> dict[str, Any]:
    os.environ.setdefault("EVIDENCE_VAULT_TEST_WEAK_KDF", "1")  # unlock cost is not measured here
    from evidence_vault.core.crypto import kdf
    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.media import results as media_results
    from evidence_vault.core.media import store
    from evidence_vault.core.session.vault import Vault

    weak = kdf.KdfParams(opslimit=1, memlimit=8 << 20)
    size = sum(p.stat().st_size for p in photos)
    results: dict[str, Any] = {
        "photos": len(photos),
        "mean_size_mb": round(size / len(photos) / 1e6, 2),
        "workers": workers,
        "load_before": round(os.getloadavg()[0], 2),
    }

    vault, _ = Vault.create(work / "alone", PASSPHRASE, params=weak)
    started = time.perf_counter()
    Importer(vault).run(photos)
    results["import_alone_s"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    summary = store.analyse_pending(vault, workers=workers, check=False)
    elapsed = time.perf_counter() - started
    results["stage1_s"] = round(elapsed, 2)
    results["stage1_photos_per_s"] = round(summary.analysed / elapsed, 1)
    results["stage1_failed"] = summary.failed + summary.partial + len(summary.errors)
    sources = vault.conn.execute(
        "SELECT json_extract(facts, '$.preview_source'), count(*) FROM media_analysis GROUP BY 1"
    ).fetchall()
    results["stage1_preview_sources"] = {str(k): int(n) for k, n in sources}
    started = time.perf_counter()
    summary = store.analyse_pending(vault, workers=workers)
    elapsed = time.perf_counter() - started
    results["stage2_s"] = round(elapsed, 2)
    results["stage2_photos_per_s"] = round(summary.checked / elapsed, 1) if summary.checked else 0.0
    results["stage2_thumbnail_differs"] = summary.differs
    results["stage2_errors"] = len(summary.errors)
    previews = vault.conn.execute("SELECT count(*), avg(length(data)) FROM media_previews").fetchone()
    results["previews"], results["mean_preview_kb"] = int(previews[0]), round(float(previews[1]) / 1e3, 1)
    events = vault.conn.execute("SELECT action, count(*) FROM custody GROUP BY action").fetchall()
    results["custody_events"] = {str(a): int(n) for a, n in events if str(a).startswith("item.")}
    vault.lock()

    vault, _ = Vault.create(work / "together", PASSPHRASE, params=weak)
    importing = threading.Event()
    importing.set()

    def analyse_while_importing() -> None:
        while (
            importing.is_set()
            or media_results.pending(vault.conn)
            or media_results.pending_checks(vault.conn)
        ):
            store.analyse_pending(vault, workers=workers)
            time.sleep(0.2)

    analyser = threading.Thread(target=analyse_while_importing)
    started = time.perf_counter()
    analyser.start()
    Importer(vault).run(photos)
    results["import_with_analysis_s"] = round(time.perf_counter() - started, 2)
    importing.clear()
    analyser.join()
    results["import_and_analysis_done_s"] = round(time.perf_counter() - started, 2)
    vault.lock()
    results["load_after"] = round(os.getloadavg()[0], 2)
    results["import_slowdown_pct"] = round(
        100 * (results["import_with_analysis_s"] / results["import_alone_s"] - 1), 1
    )
    return results


def provenance_cost(photos: list[Path], signed_count: int = 10) -> dict[str, Any]:
    """Mean milliseconds of core/provenance's read per photo, without and with a manifest."""
    import io as _io

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.provenance.signing
    from tests.provenance import signing

    from evidence_vault.core.provenance import c2pa_read

    sample = [p.read_bytes() for p in photos[:50]]
    c2pa_read.read(_io.BytesIO(sample[0]), "jpeg")  # loads the library: once per analysis process
    started = time.perf_counter()
    verdicts = {c2pa_read.read(_io.BytesIO(data), "jpeg").verdict for data in sample}
    absent_ms = (time.perf_counter() - started) * 1000 / len(sample)
    chain = signing.make_chain()
    signed = [signing.sign(data, chain) for data in sample[:signed_count]]
    anchors = chain.root_pem.decode()
    started = time.perf_counter()
    signed_verdicts = {c2pa_read.read(_io.BytesIO(data), "jpeg", anchors, 1).verdict for data in signed}
    signed_ms = (time.perf_counter() - started) * 1000 / len(signed)
    return {
        "provenance_absent_ms": round(absent_ms, 2),
        "provenance_absent_verdicts": sorted(verdicts),
        "provenance_signed_ms": round(signed_ms, 2),
        "provenance_signed_verdicts": sorted(signed_verdicts),
        "provenance_load": round(os.getloadavg()[0], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (photos are kept for reuse)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--workers", type=int, default=None, help="analysis processes (default: the app's)")
    args = parser.parse_args()
    scratch = args.work or Path(tempfile.gettempdir()) / "ev-media-bench"
    photos = make_photos(scratch / f"photos-{args.photos}", args.photos)
    with tempfile.TemporaryDirectory(dir=scratch) as work:
        from evidence_vault.core.media import store

        results = run(photos, Path(work), args.workers or store.WORKERS)
    results.update(provenance_cost(photos))
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        for key, value in results.items():
            print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
