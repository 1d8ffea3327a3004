"""The vault side of the analysis child: start it, feed it blocks, enforce the wall clock."""

from __future__ import annotations

import json
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..child import protocol
from ..child.channel import Cancelled, Channel, TimedOut
from ..child.exits import Words
from . import messages
from .model import Analysis
from .source import BLOCK

WALL_S = 60.0  # one item's analysis, start to end
CPU_S = 30
MEMORY_MB = 1536
NICE = 10  # the read-out yields the CPU to imports and the interface
_WORKER = "evidence_vault.core.media.worker"
_CRASH = "the decoder crashed ({signal})"


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
        self._channel: Channel | None = None

    def _start(self) -> Channel:
        if self._channel is None or not self._channel.alive():
            if self._channel is not None:
                self._channel.kill()  # reap the one that ended
            args = ["--memory-mb", str(self.memory_mb), "--nice", str(self.nice)]
            self._channel = Channel(self.module, args, limits=messages.MAX_PAYLOAD)
        return self._channel

    def _words(self) -> Words:
        return Words(
            killed="the analysis process died ({signal})",
            status="the analysis process exited with status {code}",
            hung="the analysis process stopped answering",
            signals={
                "SIGXCPU": f"used more than {self.cpu_s} s of processor time and was stopped",
                "SIGKILL": "was killed (out of memory?)",
                **dict.fromkeys(("SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL", "SIGFPE"), _CRASH),
            },
            codes={1: f"the analysis process failed (out of memory above {self.memory_mb} MiB?)"},
        )

    def analyse(
        self,
        size: int,
        read_block: Callable[[int], bytes],
        *,
        preview: bool = True,
        check: bool = False,
        cancel: threading.Event | None = None,
        anchors_pem: str = "",
        anchors: int = 0,
        provenance_only: bool = False,
    ) -> Analysis:
        """The read-out of one item, with its C2PA provenance judged against ``anchors_pem``
        (``check``: the background preview check instead; ``provenance_only``: only the C2PA read)."""
        job: dict[str, object] = {"size": size, "preview": preview, "check": check, "cpu_s": self.cpu_s}
        if not check:
            job.update(anchors_pem=anchors_pem, anchors=anchors, provenance_only=provenance_only)
        return self._exchange(job, size, read_block, cancel)[0]

    def perceptual(
        self, size: int, read_block: Callable[[int], bytes], *, cancel: threading.Event | None = None
    ) -> Analysis:
        """The item's perceptual hashes (perceptual.py) as the fact ``perceptual_hashes``."""
        job: dict[str, object] = {"size": size, "phash": True, "cpu_s": self.cpu_s}
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
        channel = self._start()
        deadline = time.monotonic() + self.wall_s
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
            channel.send(messages.JOB, json.dumps(job).encode(), deadline, cancel)
            picture: bytes | None = None
            pixels: bytes | None = None
            while True:
                kind, payload = channel.receive(deadline, cancel)
                if kind == messages.READ:
                    (index,) = struct.unpack(">Q", payload)
                    channel.send(messages.BLOCK, block(index), deadline, cancel)
                elif kind == messages.ALL:
                    if size > messages.MAX_WHOLE:
                        raise protocol.ProtocolError(f"asked for all of {size} bytes")
                    # Streamed block by block: the vault process never holds the whole item.
                    channel.write(protocol.HEADER.pack(messages.WHOLE, size), deadline, cancel)
                    sent = 0
                    for index in range((size + BLOCK - 1) // BLOCK):
                        data = block(index)[: size - sent]
                        if not data:
                            break
                        channel.write(data, deadline, cancel)
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
        except Cancelled:
            self.kill()
            raise AnalysisFailed("cancelled") from None
        except TimedOut:
            self.kill()
            raise AnalysisFailed(f"took longer than {self.wall_s:.0f} s and was stopped") from None
        except (protocol.ProtocolError, ValueError, KeyError, TypeError) as exc:
            self.kill()
            raise AnalysisFailed(f"the analysis process broke protocol ({exc})") from exc
        except (BrokenPipeError, EOFError, ConnectionError):
            raise AnalysisFailed(self._death_reason()) from None

    def _death_reason(self) -> str:
        channel, self._channel = self._channel, None
        if channel is None:
            return "the analysis process ended unexpectedly"
        reason = channel.ended(self._words(), 2.0)
        channel.kill()  # reaped by now: this closes its pipes
        return reason

    def kill(self) -> None:
        channel, self._channel = self._channel, None
        if channel is not None:
            channel.kill()

    def close(self) -> None:
        channel, self._channel = self._channel, None
        if channel is not None:
            channel.close(3.0)


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
