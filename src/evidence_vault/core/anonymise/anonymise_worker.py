"""The worker of the ``anonymise`` command: ``python -m evidence_vault.core.anonymise.anonymise_worker``.

Started by ``standalone.anonymise_files`` through the helper channel, one per file. It sets
its limits first (no core dumps, ``standalone.MEMORY_LIMIT`` of address space, CPU time),
then reads one job and answers with progress messages and one result:

    J  parent to worker, JSON: path, partial (the temporary name to write), out_dir,
       review (only list what is found), request
    P  worker to parent, JSON: [frames or seconds done, total or null]
    R  worker to parent, JSON: the ``Anonymised`` result
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import BinaryIO

from ..child import limits, protocol
from ..errors import VaultError
from ..placing import put_in_place
from . import one_file, standalone
from .standalone import Anonymised


def run(job: dict[str, object], out: BinaryIO) -> Anonymised:
    path = Path(str(job["path"]))
    request = standalone.request_from_json(job["request"])  # type: ignore[arg-type]
    last = [0.0]

    def progress(done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.2:  # a few a second are enough for a progress line
            last[0] = now
            protocol.send(out, standalone.PROGRESS, json.dumps([done, total]).encode("ascii"))

    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        kind = one_file.kind_of(head, path, path.name)
        if job["review"]:
            found = one_file.review(path, kind, path.name, progress)
            return Anonymised(str(path), kind=kind, review=found.to_json())
        partial, out_dir = Path(str(job["partial"])), Path(str(job["out_dir"]))
        fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "w+b") as written:
            done = one_file.anonymise(path, written, kind, path.name, request, progress=progress)
            written.flush()
            os.fsync(written.fileno())
        target = out_dir / (Path(path.name).stem + done.suffix)
        put_in_place(partial, target)
        return Anonymised(str(path), str(target), kind, done.record)
    except VaultError as exc:
        reason = getattr(exc, "reason", str(exc))
        return Anonymised(str(path), refused=str(reason), remaining=list(getattr(exc, "remaining", [])))
    except FileExistsError:
        return Anonymised(str(path), refused="the output already exists; not overwriting it")
    except OSError as exc:
        return Anonymised(str(path), refused=f"cannot read or write it ({exc.strerror or exc})")


def main() -> int:
    """Limits first, then the pipes: the protocol owns the original stdout, and anything a
    C library prints goes to stderr (the null device)."""
    limits.no_core_dumps()
    limits.memory(standalone.MEMORY_LIMIT)
    limits.more_cpu(standalone.CPU_S_PER_FILE)
    inp, out = protocol.take_stdio()
    try:
        kind, payload = protocol.receive(inp, standalone.REQUESTS)
    except EOFError:
        return 0
    if kind != standalone.JOB:
        return 2
    try:
        result = run(json.loads(payload), out)
    except Exception as exc:  # noqa: BLE001 - e.g. MemoryError at the limit: refuse the file
        result = Anonymised(
            str(json.loads(payload)["path"]), refused=f"anonymising failed ({type(exc).__name__})"
        )
    protocol.send(out, standalone.DONE, result.message())
    return 0


if __name__ == "__main__":
    sys.exit(main())
