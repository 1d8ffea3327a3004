"""A worker of the ``strip`` command: ``python -m evidence_vault.core.sanitize.strip_worker``.

Started by ``standalone.strip_files`` through the helper channel (``core/child/channel.py``).
It sets its limits first (no core dumps, ``standalone.MEMORY_LIMIT`` of address space), then
cleans one file per message, with ``standalone.CPU_S_PER_FILE`` more seconds of processor
time for each (SIGXCPU ends it past them):

    F  parent to worker, JSON: path, partial (the temporary name to write), out_dir,
       heic_to, flatten_pdf
    S  worker to parent, JSON: the ``Stripped`` result

It ends when its stdin closes. A crash or a limit costs only the file in hand: the parent
refuses it (``standalone.CRASHED``), deletes the partial file and starts another worker.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..child import limits, protocol
from ..placing import put_in_place
from . import engine, standalone
from .common import SanitizeRefused
from .standalone import Stripped

Clean = Callable[[Path, Path, Path, str, bool], Stripped]


def serve(inp: BinaryIO, out: BinaryIO, clean: Clean) -> int:
    """One file per message until the input ends (0); 2 for a message of another kind."""
    while True:
        try:
            kind, payload = protocol.receive(inp, standalone.REQUESTS)
        except EOFError:
            return 0
        if kind != standalone.FILE:
            return 2
        job = json.loads(payload)
        path, partial, out_dir = (Path(job[name]) for name in ("path", "partial", "out_dir"))
        limits.more_cpu(standalone.CPU_S_PER_FILE)
        try:
            result = clean(path, partial, out_dir, str(job["heic_to"]), bool(job["flatten_pdf"]))
        except Exception as exc:  # noqa: BLE001 - e.g. MemoryError at the limit: refuse the file
            result = Stripped(str(path), refused=f"cleaning failed ({type(exc).__name__}: {exc})")
        protocol.send(out, standalone.DONE, result.message())


def clean_one(path: Path, partial: Path, out_dir: Path, heic_to: str, flatten_pdf: bool) -> Stripped:
    """Clean ``path`` into ``partial``, check it, and give it its final name."""
    target = out_dir / path.name
    if os.path.lexists(target):
        return Stripped(str(path), refused=f"{target} already exists; not overwriting it")
    previous = os.umask(0o077)  # files FFmpeg creates are the owner's alone, like ours
    placed = False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        if engine.detect(head) in engine.STREAMED:
            outcome = engine.sanitize_file(path, partial, path.name)
        else:
            outcome = engine.sanitize_bytes_detailed(
                path.read_bytes(), path.name, heic_to=heic_to, flatten_pdf=flatten_pdf
            )
            assert outcome.data is not None
            if outcome.kind == "jpeg" and target.suffix.lower() in (".heic", ".heif"):
                target = target.with_suffix(".jpg")
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(outcome.data)
        put_in_place(partial, target)
        placed = True
    except SanitizeRefused as exc:
        return Stripped(str(path), refused=exc.reason, remaining=exc.remaining)
    except FileExistsError:
        return Stripped(str(path), refused=f"{target} already exists; not overwriting it")
    except OSError as exc:
        return Stripped(str(path), refused=_os_reason(exc, path, partial, target))
    finally:
        os.umask(previous)
        if not placed:  # refused, failed or interrupted: nothing half-made stays behind
            partial.unlink(missing_ok=True)
    return Stripped(str(path), str(target), outcome.removed, outcome.reencoded)


def _os_reason(exc: OSError, path: Path, partial: Path, target: Path) -> str:
    """Say which file could not be read or written; an OSError naming none of ours came from
    a library (FFmpeg reports its own failures as errno values) and is a cleaning failure."""
    names = {str(target): "naming the copy", str(partial): "writing the cleaned copy"}
    names[str(path)] = "reading it"
    step = names.get(str(exc.filename)) if exc.filename is not None else None
    if step is None:
        return f"cleaning failed ({type(exc).__name__}: {exc})"
    return f"{step} failed ({exc.strerror or exc}: {exc.filename})"


def main(clean: Clean = clean_one) -> int:
    """Limits first, then the pipes: the protocol owns the original stdout, and anything a
    C library prints goes to stderr (the null device)."""
    limits.no_core_dumps()  # a dump would hold the file's contents
    limits.memory(standalone.MEMORY_LIMIT)
    limits.keep_freed_memory()
    inp, out = protocol.take_stdio()
    return serve(inp, out, clean)


if __name__ == "__main__":
    # Straight out once the input ends: every answer is written unbuffered, and the parent
    # waits for this exit, which Python's own clean-up of its modules would slow by 30 ms.
    os._exit(main())
