"""The vault side of the analysis child: start it, feed it blocks, enforce the wall clock."""

from __future__ import annotations

import json
import os
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..child import protocol
from ..child.exits import signal_name
from . import messages
from .model import Analysis
from .source import BLOCK

WALL_S = 60.0  # one item's analysis, start to end
CPU_S = 30
MEMORY_MB = 1536
NICE = 10  # the read-out yields the CPU to imports and the interface
_WORKER = "evidence_vault.core.media.worker"


class AnalysisFailed(Exception):
    """The child crashed, hung, ran out of memory or broke the protocol; ``str`` says which."""


@dataclass(frozen=True)
class Pixels:
    """A picture decoded by the child: ``width``×``height`` RGBA bytes, or why there is none."""

    width: int
    height: int
    rgba: bytes
    problem: str | None


class AnalysisProcess:
    """One long-lived child process, restarted after any failure."""

    def __init__(
        self,
        *,
        wall_s: float = WALL_S,
        cpu_s: int = CPU_S,
        memory_mb: int = MEMORY_MB,
        module: str = _WORKER,
        nice: int = NICE,
    ) -> None:
        self.module = module
        self.wall_s = wall_s
        self.cpu_s = cpu_s
        self.memory_mb = memory_mb
        self.nice = nice
        self._proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    self.module,
                    "--memory-mb",
                    str(self.memory_mb),
                    "--nice",
                    str(self.nice),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                bufsize=0,
                close_fds=True,
            )
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    protocol.widen(stream.fileno())
            if self._proc.stdin is not None:
                # Writes wait in select with the item's deadline: a child that stops reading
                # cannot block the vault process past the wall clock.
                os.set_blocking(self._proc.stdin.fileno(), False)
        return self._proc

    def analyse(
        self,
        size: int,
        read_block: Callable[[int], bytes],
        *,
        preview: bool = True,
        check: bool = False,
        cancel: threading.Event | None = None,
    ) -> Analysis:
        """The read-out of one item (``check``: the background preview check instead)."""
        job: dict[str, object] = {"size": size, "preview": preview, "check": check, "cpu_s": self.cpu_s}
        return self._exchange(job, size, read_block, cancel)[0]

    def decode(
        self,
        size: int,
        read_block: Callable[[int], bytes],
        max_side: int,
        *,
        cancel: threading.Event | None = None,
    ) -> Pixels:
        """The item's picture as RGBA, at most ``max_side`` on its long side.

        The decoder runs here, in the child: a crash in it costs this one picture
        (AnalysisFailed says why), never the process that asked.
        """
        job: dict[str, object] = {"size": size, "decode": max_side, "cpu_s": self.cpu_s}
        result, pixels = self._exchange(job, size, read_block, cancel)
        if pixels is None:
            reason = "; ".join(result.problems) or "the decoder returned no picture"
            return Pixels(0, 0, b"", reason)
        width, height = messages.PIXELS_HEADER.unpack_from(pixels)
        raw = pixels[messages.PIXELS_HEADER.size :]
        if not (0 < width <= max_side and 0 < height <= max_side) or len(raw) != width * height * 4:
            self.kill()
            raise AnalysisFailed(f"the analysis process broke protocol (a {width}×{height} picture)")
        return Pixels(width, height, raw, None)

    def _exchange(
        self,
        job: dict[str, object],
        size: int,
        read_block: Callable[[int], bytes],
        cancel: threading.Event | None,
    ) -> tuple[Analysis, bytes | None]:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        deadline = time.monotonic() + self.wall_s
        fd, out = proc.stdout.fileno(), proc.stdin.fileno()
        first: tuple[int, bytes] | None = None  # the block read first, usually reused by ALL

        def block(index: int) -> bytes:
            nonlocal first
            if first is not None and first[0] == index:
                return first[1]
            data = read_block(index) if index * BLOCK < size else b""
            if first is None:
                first = (index, data)
            return data

        try:
            self._send(out, messages.JOB, json.dumps(job).encode(), deadline, cancel)
            picture: bytes | None = None
            pixels: bytes | None = None
            while True:
                kind, payload = self._receive(fd, deadline, cancel)
                if kind == messages.READ:
                    (index,) = struct.unpack(">Q", payload)
                    self._send(out, messages.BLOCK, block(index), deadline, cancel)
                elif kind == messages.ALL:
                    if size > messages.MAX_WHOLE:
                        raise protocol.ProtocolError(f"asked for all of {size} bytes")
                    # Streamed block by block: the vault process never holds the whole item.
                    self._write(out, protocol.HEADER.pack(messages.WHOLE, size), deadline, cancel)
                    sent = 0
                    for index in range((size + BLOCK - 1) // BLOCK):
                        data = block(index)[: size - sent]
                        if not data:
                            break
                        self._write(out, data, deadline, cancel)
                        sent += len(data)
                    if sent != size:
                        raise AnalysisFailed(f"the item's stored bytes end at {sent} of {size}")
                elif kind == messages.PREVIEW:
                    picture = payload
                elif kind == messages.PIXELS and "decode" in job:
                    pixels = payload
                elif kind == messages.RESULT:
                    result = Analysis.from_json(json.loads(payload))
                    result.preview = picture
                    return result, pixels
                else:
                    raise protocol.ProtocolError(f"unexpected message {kind!r}")
        except AnalysisFailed:
            self.kill()
            raise
        except (protocol.ProtocolError, ValueError, KeyError, TypeError) as exc:
            self.kill()
            raise AnalysisFailed(f"the analysis process broke protocol ({exc})") from exc
        except (BrokenPipeError, EOFError, ConnectionError):
            raise AnalysisFailed(self._death_reason()) from None

    def _send(
        self, fd: int, kind: bytes, payload: bytes, deadline: float, cancel: threading.Event | None
    ) -> None:
        self._write(fd, protocol.HEADER.pack(kind, len(payload)), deadline, cancel)
        self._write(fd, payload, deadline, cancel)

    def _write(self, fd: int, data: bytes, deadline: float, cancel: threading.Event | None) -> None:
        view = memoryview(data)
        while view:
            if cancel is not None and cancel.is_set():
                raise AnalysisFailed("cancelled")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AnalysisFailed(f"took longer than {self.wall_s:.0f} s and was stopped")
            try:
                written = os.write(fd, view)
            except BlockingIOError:
                select.select([], [fd], [], min(remaining, 0.25))
                continue
            view = view[written:]

    def _receive(self, fd: int, deadline: float, cancel: threading.Event | None) -> tuple[bytes, bytes]:
        header = self._read(fd, protocol.HEADER.size, deadline, cancel)
        kind, length = protocol.HEADER.unpack(header)
        limit = messages.MAX_PAYLOAD.get(kind)
        if limit is None or length > limit:
            raise protocol.ProtocolError(f"message {kind!r} of {length} bytes")
        return kind, self._read(fd, length, deadline, cancel)

    def _read(self, fd: int, size: int, deadline: float, cancel: threading.Event | None) -> bytes:
        data = bytearray()
        while len(data) < size:
            if cancel is not None and cancel.is_set():
                raise AnalysisFailed("cancelled")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AnalysisFailed(f"took longer than {self.wall_s:.0f} s and was stopped")
            ready, _, _ = select.select([fd], [], [], min(remaining, 0.25))
            if not ready:
                continue
            piece = os.read(fd, size - len(data))
            if not piece:
                raise EOFError
            data += piece
        return bytes(data)

    def _death_reason(self) -> str:
        proc = self._proc
        code = None
        if proc is not None:
            try:
                code = proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self.kill()
                return "the analysis process stopped answering"
        self._proc = None
        if code is None:
            return "the analysis process ended unexpectedly"
        if code < 0:
            sig = -code
            if sig == signal.SIGXCPU:
                return f"used more than {self.cpu_s} s of processor time and was stopped"
            if sig == signal.SIGKILL:
                return "was killed (out of memory?)"
            if sig in (signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT, signal.SIGILL, signal.SIGFPE):
                return f"the decoder crashed ({signal_name(sig)})"
            return f"the analysis process died ({signal_name(sig)})"
        if code == 1:
            return f"the analysis process failed (out of memory above {self.memory_mb} MiB?)"
        return f"the analysis process exited with status {code}"

    def kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc is not None:
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    stream.close()

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def bytes_reader(data: bytes) -> Callable[[int], bytes]:
    """``read_block`` over bytes already in memory (a stored preview)."""
    return lambda index: data[index * BLOCK : (index + 1) * BLOCK]


class Decoders:
    """Child processes that decode pictures for the interface, shared by its worker threads.

    One child answers one job at a time, so each caller takes an idle one (or starts one,
    up to ``limit``) and gives it back; a child that failed was already killed and starts
    again on its next job.
    """

    def __init__(self, limit: int = 2, **options: object) -> None:
        self.limit = limit
        self.options = options
        self._idle: list[AnalysisProcess] = []
        self._count = 0
        self._closed = False
        self._ready = threading.Condition()

    def decode(
        self,
        size: int,
        read_block: Callable[[int], bytes],
        max_side: int,
        cancel: threading.Event | None = None,
    ) -> Pixels:
        """Like AnalysisProcess.decode, but a failed child is an answer with a reason too."""
        try:
            proc = self._take()
        except AnalysisFailed as exc:
            return Pixels(0, 0, b"", str(exc))
        try:
            return proc.decode(size, read_block, max_side, cancel=cancel)
        except AnalysisFailed as exc:
            return Pixels(0, 0, b"", str(exc))
        finally:
            self._give_back(proc)

    def _take(self) -> AnalysisProcess:
        with self._ready:
            while True:
                if self._closed:
                    raise AnalysisFailed("cancelled")
                if self._idle:
                    return self._idle.pop()
                if self._count < self.limit:
                    self._count += 1
                    return AnalysisProcess(**self.options)  # type: ignore[arg-type]
                self._ready.wait(0.25)

    def _give_back(self, proc: AnalysisProcess) -> None:
        with self._ready:
            if self._closed:
                proc.kill()
                self._count -= 1
            else:
                self._idle.append(proc)
            self._ready.notify()

    def close(self) -> None:
        """End every idle child (ones still busy end when their job returns)."""
        with self._ready:
            self._closed = True
            idle, self._idle = self._idle, []
            self._count -= len(idle)
            self._ready.notify_all()
        for proc in idle:
            proc.kill()
