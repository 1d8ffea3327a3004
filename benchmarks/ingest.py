"""Import speed and memory against the raw limits, measured in the same run.

    python benchmarks/ingest.py [--size-mib 1024] [--work DIR] [--json]

For one file of random bytes it measures, each in a fresh process:
- ``sha256sum`` of the file (the hashing limit);
- raw SQLCipher: the same bytes as 1 MiB rows in a bare table (synchronous=FULL,
  commit every 32 rows like the vault) for page sizes 4, 16, 64 KiB and journal
  modes DELETE and WAL, with SQLCipher's memory security OFF (its fastest) and ON
  (what the vault uses: freed memory is wiped);
- Evidence Vault import and extraction with a real calibrated Argon2id vault: MB/s
  and peak RSS of the phase alone (the peak is reset after unlock; the unlock's
  Argon2id memory is reported separately). The import is also run with memory
  security off, to compare the pipeline with raw SQLCipher under equal settings.
Targets: import >= 85% of the best raw rate; peak RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHUNK = 1 << 20
MB = 1_000_000
PASSPHRASE = "benchmark passphrase"


def make_file(path: Path, size_mib: int) -> None:
    block = os.urandom(CHUNK)
    with open(path, "wb") as handle:
        for index in range(size_mib):
            # Vary each chunk cheaply so nothing can deduplicate or compress it.
            handle.write(index.to_bytes(8, "big") + block[8:])


def _hwm_kib() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _reset_hwm() -> None:
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")


def child_raw(source: Path, db: Path, page_size: int, journal: str, security: str) -> dict[str, float]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA key = \"x'" + "42" * 32 + "'\"")
    conn.execute(f"PRAGMA cipher_page_size = {page_size}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute(f"PRAGMA cipher_memory_security = {security}")
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    with open(source, "rb", buffering=0) as handle:
        count = 0
        while chunk := handle.read(CHUNK):
            conn.execute("INSERT INTO t (data) VALUES (?)", (chunk,))
            count += 1
            if count % 32 == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
    conn.execute("COMMIT")
    if journal == "wal":
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"seconds": time.perf_counter() - start}


def child_vault(mode: str, vault_dir: Path, path: Path, security: str) -> dict[str, float]:
    from evidence_vault.core.evidence import items
    from evidence_vault.core.evidence.importer import Importer, Status
    from evidence_vault.core.session.vault import Vault
    from evidence_vault.core.store import database

    database.MEMORY_SECURITY = security == "ON"
    start = time.perf_counter()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    unlock_s, unlock_hwm = time.perf_counter() - start, _hwm_kib()
    _reset_hwm()
    start = time.perf_counter()
    if mode == "import":
        (result,) = Importer(vault).run([path]).results
        assert result.status is Status.IMPORTED, result
    else:
        items.extract(vault, items.list_items(vault.conn)[-1], path)
    elapsed = time.perf_counter() - start
    phase_hwm = _hwm_kib()
    vault.lock()
    return {"seconds": elapsed, "peak_kib": phase_hwm, "unlock_s": unlock_s, "unlock_peak_kib": unlock_hwm}


def in_child(*args: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True
    )
    return dict(json.loads(result.stdout))


def remove_db(db: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def measure(size_mib: int, work: Path) -> dict[str, Any]:
    from evidence_vault.core.crypto import kdf
    from evidence_vault.core.session.vault import Vault

    source = work / "source.bin"
    size = size_mib * CHUNK
    make_file(source, size_mib)
    results: dict[str, Any] = {"size_bytes": size}

    start = time.perf_counter()
    subprocess.run(["sha256sum", str(source)], check=True, capture_output=True)
    results["sha256sum_MBps"] = size / MB / (time.perf_counter() - start)

    raw: dict[str, dict[str, float]] = {"OFF": {}, "ON": {}}
    for security in ("OFF", "ON"):
        for page_size in (4096, 16384, 65536):
            for journal in ("delete", "wal"):
                db = work / "raw.db"
                remove_db(db)
                seconds = in_child("raw", str(source), str(db), str(page_size), journal, security)["seconds"]
                remove_db(db)
                raw[security][f"{page_size // 1024} KiB pages, {journal}"] = size / MB / seconds
    results["raw_sqlcipher_MBps"] = raw

    params = kdf.TEST_WEAK_PARAMS if kdf.weak_kdf_allowed() else None
    for security in ("ON", "OFF"):
        vault_dir = work / f"vault-{security}"
        Vault.create(vault_dir, PASSPHRASE, params=params)[0].lock()
        imported = in_child("vault", "import", str(vault_dir), str(source), security)
        results[f"import_memory_security_{security}"] = {
            "MBps": size / MB / imported["seconds"],
            "peak_rss_MB": imported["peak_kib"] * 1024 / MB,
            "unlock_seconds": imported["unlock_s"],
            "unlock_peak_rss_MB": imported["unlock_peak_kib"] * 1024 / MB,
        }
        if security == "ON":
            out = work / "extracted.bin"
            extracted = in_child("vault", "extract", str(vault_dir), str(out), security)
            results["extract"] = {
                "MBps": size / MB / extracted["seconds"],
                "peak_rss_MB": extracted["peak_kib"] * 1024 / MB,
                "byte_exact": subprocess.run(["cmp", "-s", str(source), str(out)], check=False).returncode
                == 0,
            }
            out.unlink()
        shutil.rmtree(vault_dir)
    return results


def report(results: dict[str, Any]) -> bool:
    raw = results["raw_sqlcipher_MBps"]
    best = {sec: max(raw[sec].items(), key=lambda kv: kv[1]) for sec in ("OFF", "ON")}
    product = results["import_memory_security_ON"]
    pipeline = results["import_memory_security_OFF"]
    extract = results["extract"]
    print(f"File: {results['size_bytes'] // CHUNK} MiB of random bytes")
    print(f"sha256sum                              {results['sha256sum_MBps']:7.0f} MB/s")
    for security in ("OFF", "ON"):
        for label, rate in sorted(raw[security].items(), key=lambda kv: -kv[1]):
            print(f"raw SQLCipher, memory security {security:<3} {label:<22} {rate:7.0f} MB/s")
    ratio_on = product["MBps"] / best["ON"][1]
    ratio_off = product["MBps"] / best["OFF"][1]
    ratio_pipeline = pipeline["MBps"] / best["OFF"][1]
    print(
        f"vault import (memory security ON)      {product['MBps']:7.0f} MB/s  "
        f"{ratio_on:.0%} of best raw ON, {ratio_off:.0%} of best raw OFF; "
        f"peak RSS {product['peak_rss_MB']:.0f} MB"
    )
    print(
        f"vault import (memory security OFF)     {pipeline['MBps']:7.0f} MB/s  "
        f"{ratio_pipeline:.0%} of best raw OFF; peak RSS {pipeline['peak_rss_MB']:.0f} MB"
    )
    print(
        f"vault extract                          {extract['MBps']:7.0f} MB/s  "
        f"peak RSS {extract['peak_rss_MB']:.0f} MB, byte-exact: {extract['byte_exact']}"
    )
    print(
        f"unlock (Argon2id)                      {product['unlock_seconds']:.2f} s, "
        f"peak RSS {product['unlock_peak_rss_MB']:.0f} MB"
    )
    met = ratio_on >= 0.85 and product["peak_rss_MB"] < 300 and extract["peak_rss_MB"] < 300
    print(
        "Targets (import >= 85% of best raw at equal settings, phase RSS < 300 MB):",
        "met" if met else "NOT met",
    )
    return met


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *rest = sys.argv[2:]
        if kind == "raw":
            out = child_raw(Path(rest[0]), Path(rest[1]), int(rest[2]), rest[3], rest[4])
        else:
            out = child_vault(rest[0], Path(rest[1]), Path(rest[2]), rest[3])
        print(json.dumps(out))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: a new temp folder)")
    parser.add_argument("--json", action="store_true", help="also print the raw results as JSON")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="ev-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = measure(args.size_mib, work)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    met = report(results)
    if args.json:
        print(json.dumps(results, indent=2))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
