"""Batch intake throughput, memory and resume (issue 22, part 1).

    python benchmarks/batch_intake.py [--quick] [--jobs N] [--keep DIR]

(benchmarks/intake.py is another benchmark: peak memory on hostile bundles.)

Builds 200 bundles of mixed sizes, 2 GiB and more in all (``--quick``: 40 bundles, about
128 MiB), each with one file of random bytes, every tenth also with one photo the others
share (stored once by the investigator). Then, in the same run on the same machine:

1. the reference: ``for f in …; do age -d -i KEY "$f" | sha256sum; done`` (decrypt and hash,
   no check, nothing stored), after one read of every file so both start from a warm cache;
2. ``evidence-vault bundle intake DIR --identity KEY --report R.jsonl`` into a new vault:
   seconds, MiB/s and the ratio to the reference (goal: 70 % or more), the command's own
   peak RSS (VmHWM), ``wait4``'s ru_maxrss (the largest single process of the tree: the
   command or one of its verifying children, not their sum) and the peak of the whole
   tree's summed RSS sampled every 50 ms (goal: under 300 MB);
3. resume: a new vault, the command killed (SIGKILL) once half the bundles have a report
   line, then run again: it must finish (exit 0) and decrypt none of the bundles the
   first run took in (their lines say ``skipped`` and ``verified: false``).

The vaults use the tests' small Argon2id (as benchmarks/intake.py explains): unlocking
with the default 256 MiB would hide the intake's own peak.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evidence_vault.core import bundle  # noqa: E402
from evidence_vault.core.bundle import recipients  # noqa: E402
from evidence_vault.core.crypto import kdf  # noqa: E402
from evidence_vault.core.evidence import items  # noqa: E402
from evidence_vault.core.evidence.importer import Importer  # noqa: E402
from evidence_vault.core.session.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase for batch intake"
MB = 1 << 20
RATIO_GOAL, RSS_GOAL_MB = 0.70, 300


def sizes(count: int, total: int, seed: int = 22) -> list[int]:
    """Mixed sizes: seven in ten small (64 KiB-1 MiB), a quarter medium, a few large, the
    large ones grown until the total is reached."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        kind = n % 20
        if kind < 14:
            out.append(rng.randint(64 << 10, 1 << 20))
        elif kind < 19:
            out.append(rng.randint(total // count // 4, total // count))
        else:
            out.append(rng.randint(total // count * 4, total // count * 8))
    large = [n for n in range(count) if n % 20 == 19]
    while sum(out) < total:
        for n in large:
            out[n] += max(1 << 20, (total - sum(out)) // len(large) + 1)
    return out


def build(work: Path, count: int, total: int) -> None:
    """The sender's vault, the investigator's key and ``work/in/NNN.evb`` (in a process of
    its own: Linux counts a parent's size in its children's peak)."""
    sender, _ = Vault.create(work / "sender", PASSPHRASE)
    source = work / "src"
    source.mkdir()
    (source / "shared.jpg").write_bytes(b"\xff\xd8\xff" + os.urandom(300_000))
    for n, size in enumerate(sizes(count, total)):
        with open(source / f"video-{n:03d}.bin", "wb") as handle:
            left = size
            while left:
                handle.write(os.urandom(min(left, 4 * MB)))
                left -= min(left, 4 * MB)
    Importer(sender).run([source])
    key = work / "investigator.key"
    recipients.add(sender, "investigator", recipients.generate_identity_file(key))
    by_name = {item.name: item for item in items.list_items(sender.conn)}
    (work / "in").mkdir()
    for n in range(count):
        chosen = [by_name[f"video-{n:03d}.bin"]] + ([by_name["shared.jpg"]] if n % 10 == 0 else [])
        bundle.seal(sender, chosen, ["investigator"], work / "in" / f"{n:03d}.evb")
    sender.lock()
    for path in source.iterdir():  # the plaintext is not needed any more
        path.unlink()


_WRAP = """
import atexit, os, runpy, sys
def _hwm():
    with open("/proc/self/status") as status, open(os.environ["EV_HWM_FILE"], "w") as out:
        out.write(next(l for l in status if l.startswith("VmHWM:")).split()[1])
atexit.register(_hwm)
sys.argv = ["evidence-vault", *sys.argv[1:]]
runpy.run_module("evidence_vault.cli", run_name="__main__")
"""


def _tree_rss(pid: int) -> int:
    """Summed VmRSS (bytes) of a process and all its descendants."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                rss = [int(row.split()[1]) for row in status if row.startswith("VmRSS:")]
                total += sum(rss) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


class Command:
    """``evidence-vault ARGS`` in its own process, its memory watched."""

    def __init__(self, arguments: list[str], work: Path) -> None:
        self.hwm = work / "hwm"
        self.hwm.unlink(missing_ok=True)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-c", _WRAP, *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=dict(os.environ, EV_HWM_FILE=str(self.hwm)),
        )
        self.tree_peak = 0
        self._watching = True
        self._watcher = threading.Thread(target=self._watch, daemon=True)
        self._watcher.start()

    def _watch(self) -> None:
        while self._watching:
            self.tree_peak = max(self.tree_peak, _tree_rss(self.process.pid))
            time.sleep(0.05)

    def wait(self) -> tuple[int, float, int, str]:
        """Exit status, seconds, wait4 ru_maxrss (bytes), stdout."""
        assert self.process.stdout is not None
        out = self.process.stdout.read().decode()
        _, status, usage = os.wait4(self.process.pid, 0)
        seconds = time.perf_counter() - self.started
        self._watching = False
        self._watcher.join()
        self.process.returncode = os.waitstatus_to_exitcode(status)
        return self.process.returncode, seconds, usage.ru_maxrss * 1024, out

    def own_peak(self) -> int:
        return int(self.hwm.read_text()) * 1024 if self.hwm.exists() else 0


def reference(files: list[Path], key: Path) -> float:
    loop = 'for f in "$@"; do age -d -i "$KEY" "$f" | sha256sum; done > /dev/null'
    start = time.perf_counter()
    subprocess.run(
        ["bash", "-c", loop, "loop", *map(str, files)], env=dict(os.environ, KEY=str(key)), check=True
    )
    return time.perf_counter() - start


def _new_vault(path: Path) -> list[str]:
    Vault.create(path, PASSPHRASE)[0].lock()
    return ["--vault", str(path), "--passphrase-file", str(path.parent / "pw")]


def _lines(report: Path) -> list[dict[str, object]]:
    return [json.loads(t) for t in report.read_text().splitlines() if t.endswith("}")]


def sqlcipher_floor(path: Path, size: int) -> float:
    """MiB/s of a bare SQLCipher table taking ``size`` bytes as 1 MiB rows, opened exactly as
    the vault opens its database (``database.connect``: 64 KiB pages, memory security on,
    rollback journal, synchronous FULL), a commit every 32 rows as the blob store does: the
    rate no import into the vault can beat, whatever it does around it."""
    from evidence_vault.core.store import database

    for leftover in (path, path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)
    conn = database.connect(path, bytearray(os.urandom(32)), create=True)
    conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    chunk = os.urandom(MB)
    started = time.perf_counter()
    for index in range(size // MB):
        if index % 32 == 0:
            conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO b (data) VALUES (?)", (chunk,))
        if index % 32 == 31:
            conn.execute("COMMIT")
    if conn.in_transaction:
        conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    path.unlink()
    return size // MB / seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="40 bundles, about 128 MiB")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for the command (default: its own)")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (built bundles are reused)")
    parser.add_argument("--build", nargs=3, metavar=("DIR", "COUNT", "TOTAL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build(Path(args.build[0]), int(args.build[1]), int(args.build[2]))
        return 0
    count, total = (40, 128 * MB) if args.quick else (200, (2 << 30) + 32 * MB)
    holder = None if args.keep else tempfile.TemporaryDirectory(prefix="ev-batch-")
    work = Path(args.keep or holder.name)  # type: ignore[union-attr]
    work.mkdir(parents=True, exist_ok=True)
    if not (work / "in").is_dir():
        built = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build", str(work), str(count), str(total)], check=True)
        print(f"built {count} bundles in {time.perf_counter() - built:.0f} s")
    files = sorted((work / "in").glob("*.evb"))
    key = work / "investigator.key"
    size = sum(f.stat().st_size for f in files)
    (work / "pw").write_text(PASSPHRASE + "\n")
    os.environ[kdf.WEAK_KDF_ENV] = "1"
    jobs = ["--jobs", str(args.jobs)] if args.jobs is not None else []
    smallest, largest = min(f.stat().st_size for f in files), max(f.stat().st_size for f in files)
    shown = f"smallest {smallest / MB:.2f} MiB, largest {largest / MB:.0f} MiB"
    print(f"{len(files)} bundles, {size / MB:.0f} MiB ({shown}); cores {os.cpu_count()}")
    for f in files:  # one read of each, so that both start from the same warm cache
        with open(f, "rb") as handle:
            while handle.read(8 * MB):
                pass
    print(f"load average before: {os.getloadavg()}")
    ref_seconds = reference(files, key)
    ref_rate = size / MB / ref_seconds
    print(f"reference age -d | sha256sum loop: {ref_seconds:.1f} s, {ref_rate:.1f} MiB/s")
    floor = sqlcipher_floor(work / "floor.db", min(size, 512 * MB))
    print(f"the vault's floor, SQLCipher alone storing 1 MiB rows as the vault does: {floor:.1f} MiB/s "
          f"({floor / ref_rate:.0%} of the reference)")  # fmt: skip

    for name in ("vault-batch", "vault-resume"):
        if (work / name).exists():
            subprocess.run(["rm", "-rf", str(work / name)], check=True)
    for name in ("batch.jsonl", "resume.jsonl"):
        (work / name).unlink(missing_ok=True)
    report = work / "batch.jsonl"
    intake = ["bundle", "intake", str(work / "in"), "--identity", str(key), *jobs, "--json"]
    command = Command([*_new_vault(work / "vault-batch"), *intake, "--report", str(report)], work)
    code, seconds, maxrss, out = command.wait()
    rate = size / MB / seconds
    summary = json.loads(out) if out.strip().startswith("{") else {}
    print(f"batch intake (exit {code}): {seconds:.1f} s, {rate:.1f} MiB/s; {summary}")
    ratio = rate / ref_rate
    verdict = "met" if ratio >= RATIO_GOAL else "MISSED"
    print(f"ratio to the reference: {ratio:.0%} (goal {RATIO_GOAL:.0%}: {verdict}); "
          f"{rate / floor:.0%} of the SQLCipher floor")  # fmt: skip

    own, tree = command.own_peak(), command.tree_peak
    print(f"peak RSS: the command {own / MB:.0f} MB (VmHWM); wait4 ru_maxrss {maxrss / MB:.0f} MB "
          f"(largest single process of the tree); whole tree summed (sampled) {tree / MB:.0f} MB "
          f"(goal < {RSS_GOAL_MB} MB: {'met' if tree < RSS_GOAL_MB * MB else 'MISSED'})")  # fmt: skip
    print(f"load average after the batch: {os.getloadavg()}")

    resume = work / "resume.jsonl"
    arguments = [*_new_vault(work / "vault-resume"), *intake, "--report", str(resume)]
    first = Command(arguments, work)
    while first.process.poll() is None and (not resume.exists() or len(_lines(resume)) < len(files) // 2):
        time.sleep(0.02)
    first.process.send_signal(signal.SIGKILL)
    first.wait()
    before = _lines(resume)
    taken = {str(w["path"]) for w in before if w["outcome"] == "imported"}
    again = Command(arguments, work)
    code2, seconds2, _, _ = again.wait()
    after = _lines(resume)[len(before) :]
    redone = [w for w in after if str(w["path"]) in taken and w["verified"]]
    finished = (
        code2 == 0
        and len(after) == len(files)
        and all(w["outcome"] in ("imported", "skipped") for w in after)
    )
    skipped = sum(1 for w in after if w["outcome"] == "skipped")
    print(f"resume: killed after {len(before)} of {len(files)} lines ({len(taken)} imported)")
    print(f"rerun: exit {code2} in {seconds2:.1f} s, {len(after)} lines, {skipped} skipped")
    print(f"{len(redone)} of the bundles taken in before were decrypted again")
    print("resume " + ("OK" if finished and not redone else "FAILED"))
    print(f"load average at the end: {os.getloadavg()}")
    if holder is not None:
        holder.cleanup()
    return 0 if finished and not redone and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
