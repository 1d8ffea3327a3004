"""Hostile input: a time-boxed mutation fuzz of the metadata read-out, and a corpus of
bombs, truncated, mislabelled, empty and hostilely named files imported through the CLI.
Nothing crashes, hangs or writes outside the vault."""

from __future__ import annotations

import itertools
import os
import random
import time
from pathlib import Path

from evidence_vault.core.audit import verify
from evidence_vault.core.evidence import items
from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.source import Source
from evidence_vault.core.session.vault import Vault
from tests.media import builders as b
from tests.media.test_hostile import HOSTILE, bomb_png
from tests.media.test_service import _seeds
from tests.reliability import budget
from tests.reliability.conftest import Record
from tests.reliability.harness import cli, no_traceback, run
from tests.support import PASSPHRASE


def test_fuzz_read_out_time_boxed(record: Record) -> None:
    """The Hypothesis property of tests/media, as a plain seeded mutation loop for a fixed time."""
    seeds = _seeds()
    names = sorted(seeds)
    failures: list[str] = []
    deadline = time.monotonic() + budget.FUZZ_SECONDS
    runs = 0
    first = budget.seeds("fuzz", 1)
    for seed in first if budget.REPLAY else itertools.count(first[0]):
        if time.monotonic() > deadline:
            break
        rng = random.Random(seed)
        raw = bytearray(seeds[rng.choice(names)])
        for _ in range(rng.randrange(1, 16)):
            at = rng.randrange(len(raw))
            raw[at : at + rng.randrange(1, 5)] = rng.randbytes(rng.randrange(0, 5))
        if rng.random() < 0.3:
            raw = raw[: rng.randrange(len(raw) + 1)]
        started = time.monotonic()
        try:
            result = analyse(Source.of(bytes(raw)), preview=False)
            if len(result.fields) > 4000:
                failures.append(f"seed {seed}: {len(result.fields)} fields")
        except Exception as exc:  # noqa: BLE001 - the read-out must never raise
            failures.append(f"seed {seed}: {type(exc).__name__}: {exc}")
        if time.monotonic() - started > 10:
            failures.append(f"seed {seed}: took {time.monotonic() - started:.1f} s")
        runs += 1
    record(
        f"hostile: mutation fuzz of the metadata read-out ({budget.FUZZ_SECONDS:.0f} s)",
        runs,
        failures,
        "byte replacements, insertions, deletions and truncation of JPEG, PNG, WebP, TIFF, GIF, MOV, PDF",
    )


HOSTILE_NAMES = [
    b"\x1b]0;pwned\x07\x1b[2J.jpg",
    "zero\u200b\u200dwidth\ufeff.txt".encode(),
    "invoice\u202egpj.exe".encode(),
    "..\u2215..\u2215etc\u2215passwd".encode(),  # division slash, looks like a path separator
    b"back\\slash\\..\\..\\x.txt",
    b"not-utf8-\xff\xfe.bin",
    b"-rf --help",
]


def _corpus(folder: Path) -> dict[bytes, bytes]:
    jpeg = b.rich_jpeg()
    files: dict[bytes, bytes] = {
        f"hostile-{name}.bin".replace("/", "_").encode(): data for name, data in HOSTILE.items()
    }
    files.update(
        {
            b"bomb.png": bomb_png(),
            b"zip-bomb.txt": b"PK\x03\x04" + b"\x00" * 26 + os.urandom(64),
            b"truncated.jpg": jpeg[: len(jpeg) // 3],
            b"truncated.mov": b.handmade_mov()[:100],
            b"png-named.jpg": b.png_bytes(),
            b"pdf-named.mp4": b.pdf_bytes(),
            b"jpeg-named.pdf": jpeg,
            b"empty.jpg": b"",
            b"empty": b"",
        }
    )
    for n, name in enumerate(HOSTILE_NAMES):
        files[name] = jpeg if n % 2 else f"named {n}".encode()
    for name, data in files.items():
        fd = os.open(os.fsencode(folder) + b"/" + name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    return files


def _snapshot(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*")}


def test_hostile_corpus_through_the_cli(tmp_path: Path, isolated_environment: Path, record: Record) -> None:
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    folder = tmp_path / "corpus"
    folder.mkdir()
    files = _corpus(folder)
    before = _snapshot(tmp_path) | _snapshot(isolated_environment)
    failures: list[str] = []
    started = time.monotonic()
    result = run(cli(vault_dir, pass_file, "import", str(folder)), timeout=300)
    took = time.monotonic() - started
    if crash := no_traceback(result):
        failures.append(crash)
    if result.returncode != 0:
        failures.append(f"import exit {result.returncode}: {result.stdout[-2000:]}")
    if any(ord(c) < 32 and c not in "\n\r\t" for c in result.stdout) or "\u202e" in result.stdout:
        failures.append("raw control or bidi characters reached the terminal")
    created = (_snapshot(tmp_path) | _snapshot(isolated_environment)) - before
    outside = sorted(p for p in created if not p.startswith(str(vault_dir)))
    if outside:
        failures.append(f"files written outside the vault: {outside}")
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        stored = {bytes(row[0]) for row in vault.conn.execute("SELECT original_name FROM items")}
        distinct = len({data for data in files.values()})
        if items.count(vault.conn)[0] != distinct:
            failures.append(f"{items.count(vault.conn)[0]} items stored for {distinct} distinct files")
        missing = [n for n in HOSTILE_NAMES if n not in stored and files[n] not in (b"",)]
        if len(missing) > 3:  # duplicates of the same JPEG are stored once, under the first name
            failures.append(f"names not kept exactly: {missing}")
        report = verify.verify(vault)
        if not report.ok:
            failures.append(f"verify: {report.problems}")
    record(
        "hostile: bombs, truncated, mislabelled, empty and hostilely named files imported by the CLI",
        len(files),
        failures,
        f"import and analysis took {took:.1f} s",
    )
