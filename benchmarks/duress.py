"""Duress timing: is a duress unlock distinguishable from a normal one, and does the
wipe depend on the vault's size?

    python benchmarks/duress.py [--runs 50] [--large-mib 2048]

With the real Argon2id cost calibrated for this machine, it unlocks a vault N times
with its passphrase and N times with its duress passphrase (each duress run on a
fresh copy of the same armed vault), interleaved, and reports medians of
  - the unlock phase: Argon2id and the eight slot tries (the same code for both), and
  - the whole call, which for duress includes the crypto-erase and opening the decoy.
Then it times the duress unlock of a 10 MB and a large vault. Targets: unlock phase
medians within 5%; extra time of the erase under 1 s and independent of vault size.
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

from evidence_vault.core import duress
from evidence_vault.core.crypto import kdf, keyfile
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault

REAL, DURESS = "real passphrase", "duress passphrase"


def timed_unlock(directory: Path, passphrase: str) -> tuple[float, float]:
    """(seconds until the slots were tried, seconds for the whole unlock)."""
    marks: list[float] = []
    original = keyfile.open_slots

    def spy(data: bytes, root: bytes) -> list[tuple[int, keyfile.SlotPayload]]:
        result = original(data, root)
        marks.append(time.perf_counter())
        return result

    keyfile.open_slots = spy  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        vault = Vault.unlock(directory, passphrase)
        total = time.perf_counter() - start
    finally:
        keyfile.open_slots = original  # type: ignore[assignment]
    vault.lock()
    return marks[0] - start, total


def armed_vault(directory: Path, params: kdf.KdfParams, size_mib: int, scratch: Path) -> None:
    vault, _ = Vault.create(directory, REAL, params=params)
    source = scratch / f"evidence-{size_mib}.bin"
    with open(source, "wb") as handle:
        block = os.urandom(1 << 20)
        for index in range(size_mib):
            handle.write(index.to_bytes(8, "big") + block[8:])
    Importer(vault).run([source])
    source.unlink()
    duress.set_up(vault, DURESS)
    vault.lock()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--large-mib", type=int, default=2048)
    args = parser.parse_args()
    params = kdf.TEST_WEAK_PARAMS if kdf.weak_kdf_allowed() else kdf.calibrate()
    work = Path(tempfile.mkdtemp(prefix="ev-duress-"))
    try:
        template = work / "template"
        armed_vault(template, params, 10, work)
        real_phase, real_total, duress_phase, duress_total = [], [], [], []
        for _ in range(args.runs):
            phase, total = timed_unlock(template, REAL)
            real_phase.append(phase)
            real_total.append(total)
            copy = work / "copy"
            shutil.copytree(template, copy)
            phase, total = timed_unlock(copy, DURESS)
            duress_phase.append(phase)
            duress_total.append(total)
            shutil.rmtree(copy)
        sizes = {}
        for label, mib in (("10 MiB", 10), (f"{args.large_mib} MiB", args.large_mib)):
            directory = work / label.replace(" ", "")
            armed_vault(directory, params, mib, work)
            sizes[label] = timed_unlock(directory, DURESS)
            shutil.rmtree(directory)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    rp, dp = statistics.median(real_phase), statistics.median(duress_phase)
    rt, dt = statistics.median(real_total), statistics.median(duress_total)
    print(f"Argon2id: {params.opslimit} passes over {params.memlimit >> 20} MiB; {args.runs} runs each")
    print(
        f"unlock phase (Argon2id + 8 slot tries): real {rp:.3f} s, duress {dp:.3f} s, "
        f"difference {dp / rp - 1:+.1%}"
    )
    print(
        f"whole unlock call:                       real {rt:.3f} s, duress {dt:.3f} s "
        f"(erase + decoy {dt - dp:.3f} s)"
    )
    for label, (phase, total) in sizes.items():
        print(
            f"duress unlock of a {label} vault: erase and decoy {total - phase:.3f} s "
            f"(whole call {total:.3f} s)"
        )
    erase = [total - phase for phase, total in sizes.values()]
    met = abs(dp / rp - 1) <= 0.05 and max(erase) < 1.0
    print("Targets (unlock phase within 5%, erase under 1 s at any size):", "met" if met else "NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
