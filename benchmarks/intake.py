"""Peak memory of bundle intake on hostile bundles (issue 18, section 2).

    python benchmarks/intake.py [--size-mib 300] [--tiny 20000]

Builds a genuine bundle (one file of random bytes and a note) and, from it, the bundles a
hostile co-recipient or anyone holding the investigator's public key can craft. Runs
``bundle verify``, ``bundle open`` and ``bundle import`` on each as a command, in its own
process, and reports that process's peak RSS (``wait4``), exit status and what was left on
disk. Target: peak RSS under 150 MB whatever the bundle holds; nothing written for a
refused bundle.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nacl.signing  # noqa: E402
from tests.bundles import forge  # noqa: E402

from evidence_vault.core import bundle  # noqa: E402
from evidence_vault.core.bundle import recipients  # noqa: E402
from evidence_vault.core.crypto import kdf, minisign  # noqa: E402
from evidence_vault.core.evidence import items  # noqa: E402
from evidence_vault.core.evidence.importer import Importer  # noqa: E402
from evidence_vault.core.session.vault import Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase for intake"
MB = 1 << 20
LIMIT_MB = 150


def _signed(manifest: dict[str, object], signer: nacl.signing.SigningKey) -> forge.Members:
    raw = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
    return [("manifest.json", raw), ("manifest.json.minisig", minisign.sign(signer, [raw], "x").encode())]


def build(work: Path, size_mib: int, tiny: int) -> dict[str, Path]:
    vault, _ = Vault.create(work / "sender", PASSPHRASE)
    (work / "src").mkdir()
    with open(work / "src" / "video.bin", "wb") as handle:
        for _ in range(size_mib):
            handle.write(os.urandom(MB))
    (work / "src" / "note.txt").write_text("what the medic saw")
    Importer(vault).run([work / "src"])
    key = work / "investigator.key"
    recipients.add(vault, "investigator", recipients.generate_identity_file(key))
    genuine = work / "genuine.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["investigator"], genuine)
    vault.lock()
    members = forge.take_apart(genuine, key)
    attacker = nacl.signing.SigningKey.generate()
    out: dict[str, Path] = {f"genuine ({size_mib} MiB file)": genuine}

    # The reported finding: six 250 MiB sparse members (20 KB of bundle).
    sparse = b"".join(forge.header(f"custody/x{n}", 250 * MB, b"S") for n in range(6))
    out["six 250 MiB sparse members"] = forge.encrypt_to(
        b"".join(forge.member(n, d) for n, d in members[:2]) + sparse + bytes(1024), key, work / "sparse.evb"
    )
    # Thousands of tiny members nobody listed, after a genuine manifest.
    extra = b"".join(forge.member(f"x{n}", b"y") for n in range(tiny))
    whole = forge.tar_of(members)
    out[f"{tiny} tiny unlisted members"] = forge.encrypt_to(
        whole[:-1024] + extra + bytes(1024), key, work / "tiny.evb"
    )
    # A self-signed manifest that does list thousands of tiny files (and SHA256SUMS too).
    manifest = json.loads(dict(members)["manifest.json"])
    template = dict(manifest["files"][0])
    files = [(f"files/{n + 10:06d}-t.bin", b"t") for n in range(tiny)]
    digest = hashlib.sha256(b"t").hexdigest()
    entries = [*manifest["files"], *(dict(template, path=name, size=1, sha256=digest) for name, _ in files)]
    listed = forge.resign([*members, *files], attacker, files=entries)
    out[f"{tiny} tiny members, self-signed"] = forge.reseal(listed, key, work / "tiny-signed.evb")
    resigned = forge.resign(members, attacker)
    # A self-signed manifest declaring a 4 GiB file, 64 KiB of it sent.
    manifest = json.loads(dict(resigned)["manifest.json"])
    big = next(f for f in manifest["files"] if f["size"] > MB)
    for entry in [*manifest["files"], *manifest["members"]]:
        if entry.get("path", entry.get("name")) == big["path"]:
            entry["size"] = 4 << 30
    claim = forge.header(big["path"], 4 << 30)
    body = b"".join(forge.member(n, d) for n, d in resigned[2:] if n != big["path"])
    tar = (
        b"".join(forge.member(n, d) for n, d in _signed(manifest, attacker))
        + body
        + claim
        + os.urandom(65536)
    )
    out["4 GiB declared, 64 KiB sent"] = forge.encrypt_to(tar, key, work / "4g.evb")
    # A pax header claiming 256 MiB.
    out["256 MiB pax header"] = forge.encrypt_to(
        forge.header("././@PaxHeader", 256 * MB, b"x"), key, work / "pax.evb"
    )
    return out


# The command runs under this wrapper, which writes its own peak RSS (VmHWM: of this
# program alone, not of whatever forked it) to the file named by EV_HWM_FILE at exit.
_WRAP = """
import atexit, os, runpy, sys
def _hwm():
    with open("/proc/self/status") as status, open(os.environ["EV_HWM_FILE"], "w") as out:
        out.write(next(l for l in status if l.startswith("VmHWM:")).split()[1])
atexit.register(_hwm)
sys.argv = ["evidence-vault", *sys.argv[1:]]
runpy.run_module("evidence_vault.cli", run_name="__main__")
"""


def run(arguments: list[str], work: Path) -> tuple[int, float, float]:
    """Exit status, peak RSS in MB and seconds of ``evidence-vault ARGUMENTS``."""
    hwm = work / "hwm"
    hwm.unlink(missing_ok=True)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAP, *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ, EV_HWM_FILE=str(hwm)),
        check=False,
    )
    return done.returncode, int(hwm.read_text()) / 1024, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size-mib", type=int, default=300)
    parser.add_argument("--tiny", type=int, default=20000)
    parser.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:  # in a process of its own: Linux counts a parent's size in its children's peak
        bundles = build(Path(args.build), args.size_mib, args.tiny)
        (Path(args.build) / "bundles.json").write_text(json.dumps({k: str(v) for k, v in bundles.items()}))
        return 0
    with tempfile.TemporaryDirectory(prefix="ev-intake-") as tmp:
        work = Path(tmp)
        subprocess.run([sys.executable, __file__, "--build", tmp, "--size-mib", str(args.size_mib),
                        "--tiny", str(args.tiny)], check=True)  # fmt: skip
        bundles = {k: Path(v) for k, v in json.loads((work / "bundles.json").read_text()).items()}
        key = work / "investigator.key"
        (work / "pw").write_text(PASSPHRASE + "\n")
        print(f"load average before: {os.getloadavg()}")
        print(f"{'bundle':34} {'size':>9} {'command':8} {'exit':>4} {'peak RSS':>9} {'seconds':>8}  on disk")
        # Unlocking alone needs the Argon2id memory (256 MiB by default), freed before any
        # intake starts, which would hide the intake's own peak: the vaults imported into
        # below are made with the tests' 8 MiB Argon2id, so their peak is the intake's.
        Vault.create(work / "unlock-only", PASSPHRASE)[0].lock()
        _, unlock_peak, _ = run(
            ["--vault", str(work / "unlock-only"), "--passphrase-file", str(work / "pw"), "list"], work
        )
        print(
            f"unlocking alone with the default Argon2id (evidence-vault list): peak RSS {unlock_peak:.1f} MB"
        )
        os.environ[kdf.WEAK_KDF_ENV] = "1"
        worst = 0.0
        for index, (label, path) in enumerate(bundles.items()):
            for command in ("verify", "open", "import"):
                target = work / f"out-{index}-{command}"
                argv = ["bundle", command, str(path), "--identity", str(key)]
                if command == "open":
                    argv += ["--out", str(target)]
                if command == "import":
                    Vault.create(target, PASSPHRASE)[0].lock()
                    argv = ["--vault", str(target), "--passphrase-file", str(work / "pw"), *argv]
                code, peak, seconds = run(argv, work)
                worst = max(worst, peak)
                if command == "open":
                    left = (
                        sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
                        if target.exists()
                        else 0
                    )
                    shown = f"{left / MB:.1f} MiB" if target.exists() else "nothing"
                else:
                    shown = ""
                size = path.stat().st_size
                print(
                    f"{label:34} {size / MB:8.1f}M {command:8} {code:>4} {peak:8.1f}M {seconds:8.2f}  {shown}"
                )
        print(f"load average after: {os.getloadavg()}")
        print(
            f"worst peak RSS {worst:.1f} MB; target < {LIMIT_MB} MB: "
            + ("met" if worst < LIMIT_MB else "MISSED")
        )
    return 0 if worst < LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
