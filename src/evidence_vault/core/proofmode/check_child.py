"""The ProofMode checker's process: ``python -m evidence_vault.core.proofmode.check_child``.

Why a child process: everything in an export is hostile input, and checking it means parsing
OpenPGP keys and signatures (Sequoia, Rust, but native code all the same), a .zip's directory
and its compressed streams, OpenTimestamps proofs, CSV and JSON. As with the media analysis,
a parser that crashes, hangs or balloons must take down only this process: it runs under a
memory limit, a CPU limit and the vault process's wall clock, may write no file and leaves no
core dump. It reads the export itself (read-only, by the path it is sent); the vault process
later stores only files whose SHA-256 equals what this process reported.

Over stdin one message ``P`` (the export's path, bytes); over stdout one answer: ``R`` (the
report, JSON), ``X`` (the export is refused as a whole: why, naming the file) or ``E`` (the
check failed: why).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from ..child import limits, protocol
from ..child.channel import Cancelled, Channel, TimedOut
from ..child.exits import Words

MODULE = "evidence_vault.core.proofmode.check_child"
CHECKER = "proofmode-check 1"  # in every stored result: which checks made it
PATH, REPORT, REFUSED, ERROR = b"P", b"R", b"X", b"E"
MAX_REPLY = {REPORT: 64 << 20, REFUSED: 64 << 10, ERROR: 64 << 10}
MEMORY_MB = 1536
CPU_S = 600
WALL_S = 1800.0  # hashing a large export takes a while; a hang does not get longer than this


class CheckFailed(Exception):
    """The checker crashed, hung, ran out of memory or broke the protocol; ``str`` says which."""


def _words() -> Words:
    return Words(
        killed="the ProofMode checker died ({signal})",
        status="the ProofMode checker exited with status {code}",
        hung="the ProofMode checker stopped answering",
        signals={
            "SIGXCPU": f"the ProofMode checker used more than {CPU_S} s of processor time and was stopped",
            "SIGKILL": "the ProofMode checker was killed (out of memory?)",
        },
        codes={1: f"the ProofMode checker failed (out of memory above {MEMORY_MB} MiB?)"},
    )


def run(path: Path, *, wall_s: float = WALL_S, cancel: threading.Event | None = None) -> dict[str, Any]:
    """The report on the export at ``path``; ExportRefused, or CheckFailed."""
    from .export import ExportRefused  # the vault process needs only the exception from it

    channel = Channel(MODULE, ["--memory-mb", str(MEMORY_MB)], limits=MAX_REPLY)
    deadline = time.monotonic() + wall_s
    try:
        channel.send(PATH, os.fsencode(path.resolve()), deadline, cancel)
        kind, payload = channel.receive(deadline, cancel)
    except TimedOut:
        raise CheckFailed(f"the ProofMode checker took more than {wall_s:.0f} s and was stopped") from None
    except Cancelled:
        raise
    except (EOFError, OSError):
        raise CheckFailed(channel.ended(_words(), 5.0)) from None
    except protocol.ProtocolError as exc:
        raise CheckFailed(f"the ProofMode checker broke the protocol ({exc})") from None
    finally:
        channel.kill()
    text = payload.decode("utf-8", "replace")
    if kind == REFUSED:
        raise ExportRefused(text)
    if kind == ERROR:
        raise CheckFailed(f"the ProofMode check failed: {text}")
    report: dict[str, Any] = json.loads(payload)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory-mb", type=int, default=MEMORY_MB)
    args = parser.parse_args(argv)
    limits.no_core_dumps()  # it reads the evidence
    limits.memory(args.memory_mb << 20)
    limits.more_cpu(CPU_S)
    inp, out = protocol.take_stdio()
    limits.no_files()
    try:
        _kind, payload = protocol.receive(inp, {PATH: 1 << 16})
    except (EOFError, protocol.ProtocolError):
        return 0
    # Imported only now, under the limits: Sequoia and the parsers load inside them.
    from .check import check_export
    from .export import Export, ExportRefused

    try:
        with Export.open(Path(os.fsdecode(payload))) as export:
            report = {"checker": CHECKER, **check_export(export)}
            answer = REPORT, json.dumps(report, ensure_ascii=False).encode("utf-8")
    except ExportRefused as exc:
        answer = REFUSED, str(exc).encode("utf-8")[: 64 << 10]
    except MemoryError:
        answer = ERROR, f"out of memory above {args.memory_mb} MiB".encode()
    except Exception as exc:  # noqa: BLE001 - told to the vault process in words
        answer = ERROR, f"{type(exc).__name__}: {exc}".encode()[: 64 << 10]
    with contextlib.suppress(BrokenPipeError):
        protocol.send(out, *answer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
