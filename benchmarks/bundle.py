"""Sealing and verifying a large bundle, against its two limits, in the same run.

    python benchmarks/bundle.py [--size-mib 1024]

Imports one file of random bytes, then in fresh processes (peak RSS of the phase
alone): seals it into a bundle (the seal includes the full decrypt-and-verify of the
written file, which a child process does while it follows the writer; its peak RSS is
added) and verifies the bundle as a recipient. References, on the
same bytes: ``age`` encrypting the plaintext file, and reading the same bytes back out
of a bare SQLCipher table (64 KiB pages, memory security on, like the vault).
Targets: sealing >= 70% of the slower reference; peak RSS < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest import CHUNK, MB, _hwm_kib, _reset_hwm, make_file

PASSPHRASE = "benchmark passphrase"


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def child(mode: str, work: Path) -> dict[str, float]:
    from evidence_vault.core import bundle
    from evidence_vault.core.bundle import recipients
    from evidence_vault.core.evidence import items
    from evidence_vault.core.session.vault import Vault

    if mode == "raw-read":
        import sqlcipher3

        conn = sqlcipher3.connect(str(work / "raw.db"), isolation_level=None)
        conn.execute("PRAGMA key = \"x'" + "42" * 32 + "'\"")
        conn.execute("PRAGMA cipher_page_size = 65536")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA cipher_memory_security = ON")
        if not conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 't'").fetchone()[0]:
            conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB)")
            with open(work / "source.bin", "rb") as handle:
                conn.execute("BEGIN")
                while chunk := handle.read(CHUNK):
                    conn.execute("INSERT INTO t (data) VALUES (?)", (chunk,))
                conn.execute("COMMIT")
        _reset_hwm()
        start, cpu = time.perf_counter(), _cpu_seconds(resource.RUSAGE_SELF)
        total = sum(len(bytes(row[0])) for row in conn.execute("SELECT data FROM t ORDER BY id"))
        return {
            "seconds": time.perf_counter() - start,
            "cpu": _cpu_seconds(resource.RUSAGE_SELF) - cpu,
            "bytes": total,
            "peak_kib": _hwm_kib(),
        }
    vault = Vault.unlock(work / "vault", PASSPHRASE)
    identity = recipients.load_identity_file(work / "investigator.key")
    _reset_hwm()
    start, cpu = time.perf_counter(), _cpu_seconds(resource.RUSAGE_SELF)
    if mode == "seal":
        bundle.seal(vault, items.list_items(vault.conn), ["investigator"], work / "big.evb")
    else:
        report = bundle.read(work / "big.evb", identity)
        assert report.ok, report.problems
    elapsed = time.perf_counter() - start
    cpu = _cpu_seconds(resource.RUSAGE_SELF) - cpu
    child_cpu = _cpu_seconds(resource.RUSAGE_CHILDREN)
    peak = _hwm_kib()
    vault.lock()
    # The seal's read-back check runs in a child process (core/bundle/check_child.py): its peak too.
    child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": elapsed, "cpu": cpu + child_cpu, "peak_kib": peak, "child_peak_kib": child_kib}


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]))))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mib", type=int, default=1024)
    args = parser.parse_args()
    from evidence_vault.core.bundle import recipients
    from evidence_vault.core.crypto import kdf
    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.session.vault import Vault

    work = Path(tempfile.mkdtemp(prefix="ev-bundle-"))
    size = args.size_mib * CHUNK
    results: dict[str, Any] = {}
    try:
        make_file(work / "source.bin", args.size_mib)
        params = kdf.TEST_WEAK_PARAMS if kdf.weak_kdf_allowed() else None
        vault, _ = Vault.create(work / "vault", PASSPHRASE, params=params)
        Importer(vault).run([work / "source.bin"])
        public = recipients.generate_identity_file(work / "investigator.key")
        recipients.add(vault, "investigator", public)
        vault.lock()

        def run(mode: str) -> dict[str, float]:
            out = subprocess.run(
                [sys.executable, __file__, "--child", mode, str(work)],
                capture_output=True,
                text=True,
                check=True,
            )
            return dict(json.loads(out.stdout))

        start = time.perf_counter()
        subprocess.run(
            ["age", "-r", public, "-o", str(work / "age.out"), str(work / "source.bin")], check=True
        )
        results["age_MBps"] = size / MB / (time.perf_counter() - start)
        (work / "age.out").unlink()
        raw = run("raw-read")
        results["sqlcipher_read_MBps"] = size / MB / raw["seconds"]
        (work / "raw.db").unlink()
        seal = run("seal")
        verify = run("verify")
        results["seal_MBps"] = size / MB / seal["seconds"]
        cpu_line = (
            f"processor time (seconds used in seconds of wall time): SQLCipher read {raw['cpu']:.1f} in "
            f"{raw['seconds']:.1f}; seal {seal['cpu']:.1f} in {seal['seconds']:.1f} (both processes); "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        results["seal_peak_rss_MB"] = seal["peak_kib"] * 1024 / MB
        results["seal_child_peak_rss_MB"] = seal.get("child_peak_kib", 0) * 1024 / MB
        results["verify_MBps"] = size / MB / verify["seconds"]
        results["verify_peak_rss_MB"] = verify["peak_kib"] * 1024 / MB
    finally:
        shutil.rmtree(work, ignore_errors=True)
    limit = min(results["age_MBps"], results["sqlcipher_read_MBps"])
    ratio = results["seal_MBps"] / limit
    print(f"{args.size_mib} MiB of evidence")
    print(f"age encrypting the plaintext file:        {results['age_MBps']:7.0f} MB/s")
    print(f"reading it out of bare SQLCipher:         {results['sqlcipher_read_MBps']:7.0f} MB/s")
    print(
        f"seal (encrypt + verify of the file):      {results['seal_MBps']:7.0f} MB/s = {ratio:.0%} "
        f"of the slower limit; peak RSS {results['seal_peak_rss_MB']:.0f} MB "
        f"+ {results['seal_child_peak_rss_MB']:.0f} MB in the verifying process"
    )
    print(
        f"verify as a recipient:                    {results['verify_MBps']:7.0f} MB/s; "
        f"peak RSS {results['verify_peak_rss_MB']:.0f} MB"
    )
    print(cpu_line)
    seal_rss = results["seal_peak_rss_MB"] + results["seal_child_peak_rss_MB"]
    met = ratio >= 0.7 and max(seal_rss, results["verify_peak_rss_MB"]) < 300
    print("Targets (seal >= 70% of the slower limit, RSS < 300 MB):", "met" if met else "NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
