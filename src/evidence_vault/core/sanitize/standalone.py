"""Cleaning files outside any vault: the ``strip`` command.

Each file is cleaned in a worker process (``strip_worker``, started through the one helper
channel, ``core/child/channel.py``), several at once (one per core, as mat2 does). The
workers run under limits: no core dumps (a dump would hold the file's contents), a cap on
memory and on CPU time per file. Each worker has pipes of its own and one file at a time, so
a parser that crashes or hits a limit costs only the file it was cleaning: that file is
refused, the worker is replaced, and the other files are cleaned as usual.

Every output is written under a temporary name the parent chose, readable by the owner only,
and takes its final name only once checked, never over an existing file. The parent deletes
the temporary file whatever happens to the worker, so a crash leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..child import protocol

if TYPE_CHECKING:  # the workers import this module for its messages, not the parent's channel
    from ..child.channel import Channel

WORKER = "evidence_vault.core.sanitize.strip_worker"
MEMORY_LIMIT = 4 << 30  # address space per worker: in-memory cleaning holds a file several times
CPU_S_PER_FILE = 300
MAX_WORKERS = 8
CRASHED = "the cleaner stopped unexpectedly (a crash, or a memory or time limit); nothing was written"
SAME_NAME = "another input file has the same name; clean it into another folder"
# The messages between the parent and a worker (framed by child/protocol.py), both JSON:
FILE = b"F"  # parent -> worker: path, partial, out_dir, heic_to, flatten_pdf
DONE = b"S"  # worker -> parent: the Stripped result
REQUESTS = {FILE: 64 << 10}
ANSWERS = {DONE: 16 << 20}


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

    def message(self) -> bytes:
        """All of it, as the worker's answer (``from_message`` reads it back)."""
        return json.dumps(asdict(self)).encode("ascii")  # a name that is not UTF-8: \\udcXX escapes

    @classmethod
    def from_message(cls, payload: bytes) -> Stripped:
        data = json.loads(payload)
        texts = (data["removed"], data["remaining"])
        optional = (data["output"], data["refused"])
        if (
            not isinstance(data["file"], str)
            or not isinstance(data["reencoded"], bool)
            or not all(isinstance(v, (str, type(None))) for v in optional)
            or not all(isinstance(t, list) and all(isinstance(v, str) for v in t) for t in texts)
        ):
            raise ValueError("a malformed answer")
        names = ("file", "output", "removed", "reencoded", "refused", "remaining")
        return cls(*(data[name] for name in names))


def strip_files(
    paths: list[Path],
    out_dir: Path,
    *,
    heic_to: str = "jpeg",
    flatten_pdf: bool = False,
    worker: str = WORKER,
) -> Iterator[Stripped]:
    """Clean each of ``paths`` into ``out_dir``; yield the results in the order of ``paths``.

    ``worker`` is the module the workers run (``python -m``), ``strip_worker`` unless a test
    gives one of its own.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    run = os.urandom(6).hex()  # the temporary names of this run
    names: set[str] = set()
    jobs: list[tuple[Path, Path]] = []
    results: dict[int, Stripped] = {}
    for index, path in enumerate(paths):
        jobs.append((path, out_dir / f".{path.name}.{run}.{index}.partial"))
        if path.name in names:
            results[index] = Stripped(str(path), refused=SAME_NAME)
        names.add(path.name)
    pool = _Pool(worker, jobs, (out_dir, heic_to, flatten_pdf))
    pool.todo.extend(index for index in range(len(jobs)) if index not in results)
    following = 0
    try:
        pool.start(max(0, min(len(pool.todo), _cores(), MAX_WORKERS)))
        while following < len(jobs):
            while following in results:
                yield results.pop(following)
                following += 1
            if following < len(jobs):
                index, result = pool.next_result()
                results[index] = result
    finally:
        pool.stop(early=following < len(jobs))
        for _path, partial in jobs:
            partial.unlink(missing_ok=True)


class _Worker:
    """One worker process: it cleans one file at a time, so a crash costs only the file it
    was cleaning (a process pool would fail every file in flight)."""

    def __init__(self, module: str) -> None:
        from ..child.channel import Channel

        self.channel: Channel = Channel(module, limits=ANSWERS)

    def clean(self, path: Path, partial: Path, out_dir: Path, heic_to: str, flatten_pdf: bool) -> Stripped:
        """The worker's answer, or CRASHED if it died (it is killed then: replace it)."""
        job = {
            "path": str(path),
            "partial": str(partial),
            "out_dir": str(out_dir),
            "heic_to": heic_to,
            "flatten_pdf": flatten_pdf,
        }
        try:
            self.channel.send(FILE, json.dumps(job).encode("ascii"))
            _kind, payload = self.channel.receive()
            return Stripped.from_message(payload)
        except (OSError, EOFError, protocol.ProtocolError, ValueError, KeyError, TypeError):
            self.channel.kill()
            return Stripped(str(path), refused=CRASHED)

    def stop(self) -> None:
        self.channel.close(5.0)


class _Pool:
    """One thread per worker, each giving its worker one file at a time and handing the
    results to the caller's thread; a thread whose worker died starts another one."""

    def __init__(self, module: str, jobs: list[tuple[Path, Path]], options: tuple[Path, str, bool]) -> None:
        self.module = module
        self.jobs = jobs
        self.options = options
        self.todo: deque[int] = deque()
        self._lock = threading.Lock()
        self._stopping = False
        self._workers: set[_Worker] = set()
        self._threads: list[threading.Thread] = []
        self._results: queue.Queue[tuple[int, Stripped] | BaseException] = queue.Queue()

    def start(self, count: int) -> None:
        for number in range(count):
            thread = threading.Thread(target=self._serve, name=f"strip-{number}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def next_result(self) -> tuple[int, Stripped]:
        item = self._results.get()
        if isinstance(item, BaseException):
            raise item  # a worker could not be started
        return item

    def _take(self) -> int | None:
        with self._lock:
            return None if self._stopping or not self.todo else self.todo.popleft()

    def _serve(self) -> None:
        worker: _Worker | None = None
        try:
            while (index := self._take()) is not None:
                if worker is None:
                    worker = self._start_worker()
                path, partial = self.jobs[index]
                result = worker.clean(path, partial, *self.options)
                partial.unlink(missing_ok=True)  # left behind only by a crash
                if not worker.channel.alive():
                    self._forget(worker)
                    worker.stop()  # reaps it
                    worker = None
                self._results.put((index, result))
        except BaseException as exc:  # noqa: BLE001 - raised in the caller's thread
            self._results.put(exc)
        finally:
            if worker is not None:
                self._forget(worker)
                worker.stop()

    def _start_worker(self) -> _Worker:
        worker = _Worker(self.module)
        with self._lock:
            self._workers.add(worker)
            if self._stopping:  # started while the caller stopped early: its file is not cleaned
                worker.channel.process.kill()
        return worker

    def _forget(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)

    def stop(self, early: bool) -> None:
        """Wait for the threads: after the last result their workers end with their input;
        ``early`` (the caller stopped before it), each worker is killed first, which ends its
        thread's wait at once (only the signal: the thread reaps it)."""
        with self._lock:
            self._stopping = True
            if early:
                for worker in self._workers:
                    worker.channel.process.kill()
        for thread in self._threads:
            thread.join()


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
