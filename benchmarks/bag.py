"""What writing a BagIt package costs next to opening the bundle into a folder (issue 22).

    python benchmarks/bag.py [--size-mib 300]

Seals one file of random bytes and a note, then runs ``bundle open`` (the reference: decrypt,
check, write) and ``bundle bag --no-pdf`` (the same, then bagit's SHA-256 + SHA-512 manifests
and a full bagit validation, so every payload byte is read twice more) as commands, each in
its own process, and reports seconds, the ratio to ``open`` and peak RSS. Memory must stay
flat (the files are streamed and hashed in blocks): target peak RSS under 150 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.intake import run  # noqa: E402
from evidence_vault.core import bundle  # noqa: E402
from evidence_vault.core.bundle import recipients  # noqa: E402
from evidence_vault.core.evidence import items  # noqa: E402
from evidence_vault.core.evidence.importer import Importer  # noqa: E402
from evidence_vault.core.session.vault import Vault  # noqa: E402

MB = 1 << 20
LIMIT_MB = 150


def build(work: Path, size_mib: int) -> Path:
    vault, _ = Vault.create(work / "sender", "benchmark passphrase for bags")
    (work / "src").mkdir()
    with open(work / "src" / "video.bin", "wb") as handle:
        for _ in range(size_mib):
            handle.write(os.urandom(MB))
    (work / "src" / "note.txt").write_text("what the medic saw")
    Importer(vault).run([work / "src"])
    recipients.add(vault, "archive", recipients.generate_identity_file(work / "archive.key"))
    path = work / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["archive"], path)
    vault.lock()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mib", type=int, default=300)
    parser.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:  # in a process of its own: Linux counts a parent's size in its children's peak
        build(Path(args.build), args.size_mib)
        return 0
    with tempfile.TemporaryDirectory(prefix="ev-bag-") as tmp:
        work = Path(tmp)
        subprocess.run(
            [sys.executable, __file__, "--build", tmp, "--size-mib", str(args.size_mib)], check=True
        )
        path, key = work / "case.evb", work / "archive.key"
        print(f"load average before: {os.getloadavg()}")
        print(f"bundle of {path.stat().st_size / MB:.1f} MiB")
        common = [str(path), "--identity", str(key)]
        code, open_peak, open_s = run(["bundle", "open", *common, "--out", str(work / "opened")], work)
        assert code == 0, "bundle open failed"
        code, bag_peak, bag_s = run(["bundle", "bag", *common, "--out", str(work / "bag"), "--no-pdf"], work)
        assert code == 0, "bundle bag failed"
        print(f"bundle open (reference)  {open_s:7.2f} s  peak RSS {open_peak:6.1f} MB")
        print(
            f"bundle bag --no-pdf      {bag_s:7.2f} s  peak RSS {bag_peak:6.1f} MB  "
            f"({bag_s / open_s:.2f}x open)"
        )
        print(f"load average after: {os.getloadavg()}")
        worst = max(open_peak, bag_peak)
        print(
            f"worst peak RSS {worst:.1f} MB; target < {LIMIT_MB} MB: "
            + ("met" if worst < LIMIT_MB else "MISSED")
        )
    return 0 if worst < LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
