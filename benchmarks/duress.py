"""Duress timing: can a duress unlock be told from a real one by its time or its I/O?

    python benchmarks/duress.py [--runs 20] [--large-mib 1024] [--slow-mib-s 20]

With the real Argon2id cost calibrated for this machine, it unlocks fresh copies of
one armed vault (10 MiB of evidence, a decoy of a few photos) with the real
passphrase and with the duress passphrase, interleaved, and reports per path:
medians and interquartile range of the whole Vault.unlock call, bytes written (by
the counted os.write/os.pwrite calls and by /proc/self/io wchar), fsync calls, and
how often the best single time threshold tells the two apart. It repeats that on a
simulated slow device (every write costs bytes / rate, every fsync 20 ms, as on a
cheap USB stick), and on a large vault, where a duress unlock leaves the real
database's tail to be freed in the background after the unlock ("tidy": the wait
for it, measured before the lock). Goals: medians within 3%, classifier <= 60%,
equal bytes and fsyncs. Beside the classifier's score it prints what the same
classifier scores on shuffled labels: with 20-30 runs per path, two samples of one
distribution already score about 60% by chance.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from evidence_vault.core import duress
from evidence_vault.core.crypto import kdf
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault

REAL, DURESS = "real passphrase", "duress passphrase"


def wchar() -> int:
    fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    return int(fields["wchar"])


@contextmanager
def counted(slow_rate: float | None) -> Iterator[Counter[str]]:
    """Count bytes written and fsyncs; with ``slow_rate`` (bytes/s), also make them cost time."""
    counts: Counter[str] = Counter()
    real = {name: getattr(os, name) for name in ("write", "pwrite", "fsync", "fdatasync")}

    def cost(nbytes: int) -> None:
        if slow_rate:
            time.sleep(nbytes / slow_rate)

    def write(fd: int, data: Any) -> int:
        n: int = real["write"](fd, data)
        counts["bytes"] += n
        cost(n)
        return n

    def pwrite(fd: int, data: Any, offset: int) -> int:
        n: int = real["pwrite"](fd, data, offset)
        counts["bytes"] += n
        cost(n)
        return n

    def sync(name: str) -> Callable[[int], None]:
        def call(fd: int) -> None:
            counts["fsync"] += 1
            real[name](fd)
            if slow_rate:
                time.sleep(0.020)

        return call

    os.write, os.pwrite = write, pwrite  # type: ignore[assignment]
    os.fsync, os.fdatasync = sync("fsync"), sync("fdatasync")  # type: ignore[assignment]
    before = wchar()
    try:
        yield counts
    finally:
        counts["wchar"] = wchar() - before
        for name, function in real.items():
            setattr(os, name, function)


def timed_unlock(
    directory: Path, passphrase: str, slow_rate: float | None, tidy: list[float] | None = None
) -> tuple[float, Counter[str]]:
    with counted(slow_rate) as counts:  # the background tidying counts as the unlock's work
        start = time.perf_counter()
        vault = Vault.unlock(directory, passphrase)
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        vault.wait_for_tidying()
        if tidy is not None:
            tidy.append(time.perf_counter() - start)
    vault.lock()
    return elapsed, counts


def armed_vault(directory: Path, params: kdf.KdfParams, size_mib: int, scratch: Path) -> None:
    vault, _ = Vault.create(directory, REAL, params=params)
    source = scratch / f"evidence-{size_mib}.bin"
    with open(source, "wb") as handle:
        block = os.urandom(1 << 20)
        for index in range(size_mib):
            handle.write(index.to_bytes(8, "big") + block[8:])
    Importer(vault).run([source])
    source.unlink()
    decoy = scratch / "decoy"
    decoy.mkdir(exist_ok=True)
    for n in range(3):  # three "photos" of 1 MiB
        (decoy / f"IMG_{n:04}.JPG").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(1 << 20))
    duress.set_up(vault, DURESS, [decoy])
    vault.lock()


def quartiles(values: list[float]) -> tuple[float, float, float]:
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return q1, q2, q3


def best_threshold_accuracy(a: list[float], b: list[float]) -> float:
    """The best accuracy of 'x <= t means a' (or the reverse) over every threshold t."""
    points = sorted([(x, 0) for x in a] + [(x, 1) for x in b])
    best, total = 0.5, len(points)
    below = [0, 0]
    for x, label in points:
        below[label] += 1
        right = below[0] + (len(b) - below[1])  # a below or at t, b above
        best = max(best, right / total, (total - right) / total)
        del x
    return best


def chance_accuracy(a: list[float], b: list[float], shuffles: int = 2000) -> tuple[float, float]:
    """Median and 95th percentile of the best threshold's accuracy when the labels are shuffled:
    what that classifier scores on two samples of this size from one and the same distribution."""
    rng = random.Random(18)
    pooled = a + b
    scores = []
    for _ in range(shuffles):
        rng.shuffle(pooled)
        scores.append(best_threshold_accuracy(pooled[: len(a)], pooled[len(a) :]))
    scores.sort()
    return statistics.median(scores), scores[int(0.95 * len(scores))]


def series(template: Path, work: Path, runs: int, slow_rate: float | None) -> dict[str, Any]:
    times: dict[str, list[float]] = {REAL: [], DURESS: []}
    tidy: dict[str, list[float]] = {REAL: [], DURESS: []}
    io: dict[str, list[Counter[str]]] = {REAL: [], DURESS: []}
    for run in range(runs):
        order = (REAL, DURESS) if run % 2 == 0 else (DURESS, REAL)
        for which in order:
            copy = work / "copy"
            shutil.copytree(template, copy)
            os.sync()  # the copy's writeback must not land inside the timed unlock
            elapsed, counts = timed_unlock(copy, which, slow_rate, tidy[which])
            times[which].append(elapsed)
            io[which].append(counts)
            shutil.rmtree(copy)
    return {"times": times, "io": io, "tidy": tidy}


def report(title: str, result: dict[str, Any]) -> bool:
    times, io, tidy = result["times"], result["io"], result["tidy"]
    print(f"\n{title}")
    print(
        f"{'path':<18} {'median s':>9} {'IQR s':>13} {'bytes (calls)':>14} {'wchar':>11} {'fsyncs':>7} "
        f"{'tidy s':>7}"
    )
    for which in (REAL, DURESS):
        q1, q2, q3 = quartiles(times[which])
        b = sorted({c["bytes"] for c in io[which]})
        w = sorted({c["wchar"] for c in io[which]})
        f = sorted({c["fsync"] for c in io[which]})
        print(
            f"{which:<18} {q2:9.3f} {q1:6.3f}-{q3:6.3f} {'/'.join(map(str, b)):>14} "
            f"{'/'.join(map(str, w)):>11} {'/'.join(map(str, f)):>7} {statistics.median(tidy[which]):7.3f}"
        )
    real_median, duress_median = statistics.median(times[REAL]), statistics.median(times[DURESS])
    diff = duress_median / real_median - 1
    accuracy = best_threshold_accuracy(times[REAL], times[DURESS])
    same_io = all(
        {c[key] for c in io[REAL]} == {c[key] for c in io[DURESS]} for key in ("bytes", "fsync", "wchar")
    )
    chance, chance_95 = chance_accuracy(times[REAL], times[DURESS])
    print(
        f"median difference {diff:+.1%}; best single-threshold classifier {accuracy:.0%} "
        f"(shuffled labels: median {chance:.0%}, 95th percentile {chance_95:.0%}); "
        f"equal bytes and fsyncs: {'yes' if same_io else 'NO'}"
    )
    return abs(diff) <= 0.03 and accuracy <= 0.60 and same_io


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--large-mib", type=int, default=1024)
    parser.add_argument("--large-runs", type=int, default=6)
    parser.add_argument("--slow-mib-s", type=float, default=20.0)
    args = parser.parse_args()
    params = kdf.TEST_WEAK_PARAMS if kdf.weak_kdf_allowed() else kdf.calibrate()
    work = Path(tempfile.mkdtemp(prefix="ev-duress-"))
    try:
        template = work / "template"
        armed_vault(template, params, 10, work)
        print(
            f"Argon2id: {params.opslimit} passes over {params.memlimit >> 20} MiB; "
            f"{args.runs} interleaved runs per path, each on a fresh copy"
        )
        fast = series(template, work, args.runs, None)
        slow = series(template, work, args.runs, args.slow_mib_s * (1 << 20))
        large = work / "large"
        armed_vault(large, params, args.large_mib, work)
        big = series(large, work, args.large_runs, None)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    met = [
        report("10 MiB vault, this machine's disk", fast),
        report(
            f"10 MiB vault, simulated slow device ({args.slow_mib_s:g} MiB/s writes, 20 ms per fsync)", slow
        ),
        report(f"{args.large_mib} MiB vault, this machine's disk ({args.large_runs} runs per path)", big),
    ]
    print(
        "Goals (medians within 3%, classifier <= 60%, equal bytes and fsyncs):",
        "met" if all(met) else "NOT met: " + ", ".join(str(m) for m in met),
    )
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
