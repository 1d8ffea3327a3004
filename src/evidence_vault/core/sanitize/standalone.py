"""Cleaning files outside any vault: the ``strip`` command.

Each file is cleaned in a worker process, several at once (one per core, as mat2 does). The
workers run under limits: no core dumps (a dump would hold the file's contents), a cap on
memory and on CPU time per file. Each worker has a pipe of its own and one file at a time, so
a parser that crashes or hits a limit costs only the file it was cleaning: that file is
refused, the worker is replaced, and the other files are cleaned as usual.

Every output is written under a temporary name the parent chose, readable by the owner only,
and takes its final name only once checked, never over an existing file. The parent deletes
the temporary file whatever happens to the worker, so a crash leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import secrets
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from ..child import limits
from ..placing import put_in_place
from . import engine
from .common import SanitizeRefused

MEMORY_LIMIT = 4 << 30  # address space per worker: in-memory cleaning holds a file several times
CPU_S_PER_FILE = 300
MAX_WORKERS = 8
CRASHED = "the cleaner stopped unexpectedly (a crash, or a memory or time limit); nothing was written"
SAME_NAME = "another input file has the same name; clean it into another folder"


@dataclass
class Stripped:
    """What happened to one input file: cleaned into ``output``, or refused with a reason."""

    file: str
    output: str | None = None
    removed: list[str] = field(default_factory=list)
    reencoded: bool = False
    refused: str | None = None
    remaining: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.refused is None

    def to_json(self) -> dict[str, Any]:
        if self.ok:
            return {
                "file": self.file,
                "output": self.output,
                "removed": self.removed,
                "reencoded": self.reencoded,
            }
        return {"file": self.file, "refused": self.refused, "remaining": self.remaining}


def strip_files(
    paths: list[Path], out_dir: Path, *, heic_to: str = "jpeg", flatten_pdf: bool = False
) -> Iterator[Stripped]:
    """Clean each of ``paths`` into ``out_dir``; yield the results in the order of ``paths``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    run = secrets.token_hex(6)
    names: set[str] = set()
    jobs: list[tuple[Path, Path]] = []
    results: dict[int, Stripped] = {}
    for index, path in enumerate(paths):
        jobs.append((path, out_dir / f".{path.name}.{run}.{index}.partial"))
        if path.name in names:
            results[index] = Stripped(str(path), refused=SAME_NAME)
        names.add(path.name)
    todo = deque(index for index in range(len(jobs)) if index not in results)
    options = (out_dir, heic_to, flatten_pdf)
    context = _context()
    workers = [_Worker(context, _clean_one) for _ in range(max(1, min(len(todo), _cores(), MAX_WORKERS)))]
    following = 0
    try:
        while following < len(jobs):
            for worker in workers:
                if worker.job is None and todo:
                    index = todo.popleft()
                    worker.give(index, (*jobs[index], *options))
            busy = [w for w in workers if w.job is not None]
            if busy:
                ready = wait([handle for w in busy for handle in (w.conn, w.process.sentinel)])
                for worker in busy:
                    if worker.conn in ready or worker.process.sentinel in ready:
                        index, result = worker.collect()
                        jobs[index][1].unlink(missing_ok=True)  # left behind only by a crash
                        results[index] = result
                        if not worker.process.is_alive():
                            workers[workers.index(worker)] = _Worker(context, _clean_one)
            while following in results:
                yield results.pop(following)
                following += 1
    finally:
        for worker in workers:
            worker.stop()
        for _path, partial in jobs:
            partial.unlink(missing_ok=True)


class _Worker:
    """One worker process and its pipe: it cleans one file at a time, so a crash costs only
    the file it was cleaning (a process pool would fail every file in flight)."""

    def __init__(self, context: Any, clean: Callable[..., Stripped]) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, clean), daemon=True)
        self.process.start()
        child.close()
        self.job: tuple[int, Path] | None = None

    def give(self, index: int, job: tuple[Any, ...]) -> None:
        self.job = (index, job[0])
        self.conn.send(job)

    def collect(self) -> tuple[int, Stripped]:
        assert self.job is not None
        index, path = self.job
        self.job = None
        try:
            if self.conn.poll():
                result = self.conn.recv()
                if isinstance(result, Stripped):
                    return index, result
        except (EOFError, OSError):
            pass
        self.process.join(5)
        return index, Stripped(str(path), refused=CRASHED)

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _serve(conn: Any, clean: Callable[..., Stripped]) -> None:
    """A worker's life: limits first, then one file per message until told to stop."""
    _limit_worker()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            result = clean(*job)
        except Exception as exc:  # noqa: BLE001 - e.g. MemoryError at the limit: refuse the file
            result = Stripped(str(job[0]), refused=f"cleaning failed ({type(exc).__name__}: {exc})")
        conn.send(result)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _context() -> Any:
    # Forking is fast and safe while this process runs a single thread (the command line);
    # with other threads running (a test runner, an application), start workers afresh.
    method = "fork" if os.name == "posix" and threading.active_count() == 1 else "spawn"
    return multiprocessing.get_context(method)


def _limit_worker() -> None:
    limits.no_core_dumps()
    limits.memory(MEMORY_LIMIT)


def _clean_one(path: Path, partial: Path, out_dir: Path, heic_to: str, flatten_pdf: bool) -> Stripped:
    """In a worker: clean ``path`` into ``partial``, check it, and give it its final name."""
    limits.more_cpu(CPU_S_PER_FILE)
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
        return Stripped(str(path), refused=f"cannot read or write it ({exc.strerror or exc})")
    finally:
        os.umask(previous)
        if not placed:  # refused, failed or interrupted: nothing half-made stays behind
            partial.unlink(missing_ok=True)
    return Stripped(str(path), str(target), outcome.removed, outcome.reencoded)
