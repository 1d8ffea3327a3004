"""Custody log speed: appending events and verifying a log of 1,000,000 events.

    python benchmarks/custody.py [--events 1000000]

Appends N real events (canonical JSON, SHA-256, Ed25519, stored tree) through
``custody.append`` in transactions of 10,000, timing each append individually,
then signs a tree head and runs the full ``custody.verify`` (every hash, link,
signature, stored tree node and tree head).
Targets: verification >= 20,000 events/s; one append < 1 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from evidence_vault.core.crypto import kdf
from evidence_vault.core.custody import log as custody
from evidence_vault.core.session.vault import Vault


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ev-custody-"))
    try:
        params = kdf.TEST_WEAK_PARAMS if kdf.weak_kdf_allowed() else None
        vault, _ = Vault.create(work / "vault", "benchmark passphrase", params=params)
        durations: list[float] = []
        started = time.perf_counter()
        remaining = args.events - custody.count(vault.conn)
        sha = "ab" * 32
        while remaining > 0:
            batch = min(10_000, remaining)
            with vault.transaction() as conn:
                for n in range(batch):
                    t0 = time.perf_counter()
                    vault.record(
                        conn, "item.viewed", {"sha256": sha, "n": n}, items=[1 + n % 5000], objects=[sha]
                    )
                    durations.append(time.perf_counter() - t0)
            remaining -= batch
        append_total = time.perf_counter() - started
        vault.seal_log_head()
        total = custody.count(vault.conn)
        size_mb = (work / "vault" / "vault.db").stat().st_size / 1e6

        started = time.perf_counter()
        problems = custody.verify(vault.conn, vault.verify_key)
        verify_s = time.perf_counter() - started
        vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    durations.sort()
    p99 = durations[int(len(durations) * 0.99)]
    rate = total / verify_s
    print(f"events: {total:,}   vault.db: {size_mb:.0f} MB   CPUs: {os.cpu_count()}")
    print(
        f"append: mean {statistics.fmean(durations) * 1e3:.3f} ms, p99 {p99 * 1e3:.3f} ms, "
        f"max {durations[-1] * 1e3:.3f} ms ({total / append_total:,.0f} events/s with commits)"
    )
    print(f"verify: {verify_s:.1f} s = {rate:,.0f} events/s, problems: {len(problems)}")
    met = rate >= 20_000 and p99 < 1e-3 and not problems
    print("Targets (verify >= 20,000 events/s, append p99 < 1 ms):", "met" if met else "NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
