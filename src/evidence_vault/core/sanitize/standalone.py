"""Cleaning files outside any vault: the ``strip`` command.

Each file is cleaned in a worker process, several at once (one per core, as mat2 does). The
workers run under limits: no core dumps (a dump would hold the file's contents), a cap on
memory and on CPU time per file. A parser that crashes or hits a limit kills only its worker;
that file is then tried once more alone, so that it, and not its neighbours, is refused.

Every output is written under a temporary name the parent chose, readable by the owner only,
and takes its final name only once checked, never over an existing file. The parent deletes
the temporary file whatever happens to the worker, so a crash leaves nothing behind.
"""

from __future__ import annotations

import multiprocessing
import os
import secrets
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import limits
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
    jobs: list[tuple[Path, Path, bool]] = []
    for index, path in enumerate(paths):
        partial = out_dir / f".{path.name}.{run}.{index}.partial"
        jobs.append((path, partial, path.name in names))
        names.add(path.name)
    options = (out_dir, heic_to, flatten_pdf)
    workers = max(1, min(sum(not twin for *_, twin in jobs), _cores(), MAX_WORKERS))
    with _pool(workers) as pool:
        futures: list[Future[Stripped] | None] = [
            None if twin else pool.submit(_clean_one, path, partial, *options) for path, partial, twin in jobs
        ]
        for (path, partial, _twin), future in zip(jobs, futures, strict=True):
            if future is None:
                yield Stripped(str(path), refused=SAME_NAME)
                continue
            try:
                result = future.result()
            except BrokenProcessPool:  # this file, or one cleaned beside it, killed a worker
                result = _alone(path, partial, options)
            except Exception as exc:  # noqa: BLE001 - e.g. MemoryError at the limit: refuse the file
                result = Stripped(str(path), refused=f"cleaning failed ({type(exc).__name__}: {exc})")
            finally:
                partial.unlink(missing_ok=True)
            yield result


def _alone(path: Path, partial: Path, options: tuple[Path, str, bool]) -> Stripped:
    partial.unlink(missing_ok=True)
    with _pool(1) as pool:
        try:
            return pool.submit(_clean_one, path, partial, *options).result()
        except BrokenProcessPool:
            return Stripped(str(path), refused=CRASHED)
        except Exception as exc:  # noqa: BLE001
            return Stripped(str(path), refused=f"cleaning failed ({type(exc).__name__}: {exc})")
        finally:
            partial.unlink(missing_ok=True)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _pool(workers: int) -> ProcessPoolExecutor:
    # Forking is fast and safe while this process runs a single thread (the command line);
    # with other threads running (a test runner, an application), start workers afresh.
    method = "fork" if os.name == "posix" and threading.active_count() == 1 else "spawn"
    return ProcessPoolExecutor(workers, multiprocessing.get_context(method), initializer=_limit_worker)


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
    except SanitizeRefused as exc:
        return Stripped(str(path), refused=exc.reason, remaining=exc.remaining)
    except FileExistsError:
        return Stripped(str(path), refused=f"{target} already exists; not overwriting it")
    except OSError as exc:
        return Stripped(str(path), refused=f"cannot read or write it ({exc.strerror or exc})")
    finally:
        os.umask(previous)
    return Stripped(str(path), str(target), outcome.removed, outcome.reencoded)
