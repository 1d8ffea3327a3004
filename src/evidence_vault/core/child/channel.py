"""The parent's side of a helper process: the one way the vault starts one and talks to it.

``Channel(MODULE)`` runs MODULE as ``sys.executable -m MODULE ARGS`` would, without the
current folder on its search path (a frozen program runs its
helpers through ``evidence_vault.children``) with pipes for its stdin and stdout, stderr to
the null device, no descriptor of the parent's but the pipes and those named in
``pass_fds``, and the parent's environment (never a secret in it: secrets go over the pipe).
Messages are framed by ``protocol``; what the child sends is refused past its kind's limit.

Every wait may have a deadline (``TimedOut``) and a cancel event (``Cancelled``): reads wait
in ``select`` and the child's stdin is non-blocking, so a child that stops reading or writing
cannot hold the parent past either. Without both, reads and writes simply block. ``ended``
tells why the child died (``exits.ended``); ``kill`` and ``close`` end and reap it.

The deadline and the cancel event need ``select`` on pipes (POSIX); elsewhere only the
blocking calls work.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence

from . import exits, protocol

_POLL_S = 0.25  # how often a wait looks at the cancel event


class Cancelled(Exception):
    """The cancel event was set while waiting for the child."""


class TimedOut(Exception):
    """The deadline passed while waiting for the child."""


class Oversized(protocol.ProtocolError):
    """The child sent a kind it may not send, or more bytes than its kind may hold."""

    def __init__(self, kind: bytes, size: int) -> None:
        super().__init__(f"message {kind!r} of {size} bytes")
        self.kind = kind
        self.size = size


# ``python -m`` puts the current folder first on the module search path, and the user may be
# working from a folder of unpacked, hostile "evidence": a planted ``PIL/`` or ``av.py`` there
# would run in the helper. So the helper starts with ``-c``, whose first act is to drop that
# entry ('') before anything else is imported, then runs the module as ``-m`` would. (``-P``
# does this from Python 3.11 on; ``-I`` would also drop PYTHONPATH.) A frozen program's search
# path holds only its own bundle, and it runs its helpers as ``PROGRAM -m MODULE``.
_BOOTSTRAP = (
    "import sys; sys.path[:] = [p for p in sys.path if p != '']; module = sys.argv.pop(1); "
    "import runpy; runpy.run_module(module, run_name='__main__', alter_sys=True)"
)


def _command(module: str, args: Sequence[str]) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "-m", module, *args]
    return [sys.executable, "-c", _BOOTSTRAP, module, *args]


class Channel:
    """One helper process and its two pipes."""

    def __init__(
        self,
        module: str,
        args: Sequence[str] = (),
        *,
        limits: Mapping[bytes, int],
        pass_fds: Sequence[int] = (),
    ) -> None:
        """Start the child (OSError when it cannot start); ``limits``: the kinds it may send."""
        self.limits = limits
        self.process: subprocess.Popen[bytes] = subprocess.Popen(
            _command(module, args),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
            close_fds=True,
            pass_fds=tuple(pass_fds),
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._in, self._out = self.process.stdin.fileno(), self.process.stdout.fileno()
        for fd in (self._in, self._out):
            protocol.widen(fd)
        if os.name == "posix":
            # Writes wait in select: a child that stops reading cannot block the parent past
            # its deadline or its cancel.
            os.set_blocking(self._in, False)

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def send(
        self,
        kind: bytes,
        payload: bytes,
        deadline: float | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        """One message to the child; OSError (BrokenPipeError) when it is gone."""
        self.write(protocol.HEADER.pack(kind, len(payload)), deadline, cancel)
        self.write(payload, deadline, cancel)

    def write(
        self, data: bytes, deadline: float | None = None, cancel: threading.Event | None = None
    ) -> None:
        """Raw bytes to the child (the rest of a message whose header was written)."""
        view = memoryview(data)
        while view:
            timeout = _remaining(deadline, cancel)
            try:
                written = os.write(self._in, view)
            except BlockingIOError:
                select.select([], [self._in], [], timeout)
                continue
            view = view[written:]

    def offer(self, kind: bytes, payload: bytes) -> bool:
        """Send a short message only if the pipe has room for it now (False: it is full, the
        child is behind); OSError when the child is gone. Up to PIPE_BUF bytes a pipe takes a
        message whole or not at all."""
        try:
            os.write(self._in, protocol.HEADER.pack(kind, len(payload)) + payload)
        except BlockingIOError:
            return False
        return True

    def receive(
        self, deadline: float | None = None, cancel: threading.Event | None = None
    ) -> tuple[bytes, bytes]:
        """The child's next message; EOFError when it closed its end (it died or ended),
        Oversized for a kind not in ``limits`` or a payload over its limit."""
        kind, size = protocol.HEADER.unpack(self._read(protocol.HEADER.size, deadline, cancel))
        limit = self.limits.get(kind)
        if limit is None or size > limit:
            raise Oversized(kind, size)
        return kind, self._read(size, deadline, cancel)

    def _read(self, size: int, deadline: float | None, cancel: threading.Event | None) -> bytes:
        data = bytearray()
        while len(data) < size:
            if deadline is not None or cancel is not None:
                ready, _, _ = select.select([self._out], [], [], _remaining(deadline, cancel))
                if not ready:
                    continue
            piece = os.read(self._out, size - len(data))
            if not piece:
                raise EOFError("the helper process closed its pipe")
            data += piece
        return bytes(data)

    def ended(self, words: exits.Words, wait_s: float) -> str:
        """Why the child died, in ``words``: it is waited for ``wait_s`` (a child that closed
        its pipe is ending) and killed if it does not end."""
        try:
            code = self.process.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            self.kill()
            return words.hung
        return exits.ended(code, words)

    def kill(self) -> None:
        """End the child at once (SIGKILL), reap it and close the pipes."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._close_pipes()

    def close(self, wait_s: float) -> None:
        """Close its stdin (a helper ends when its input does), give it ``wait_s`` to end,
        then kill it; reap it and close the pipes."""
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        try:
            self.process.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._close_pipes()

    def _close_pipes(self) -> None:
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def _remaining(deadline: float | None, cancel: threading.Event | None) -> float | None:
    """How long the next wait may last (None: no limit); Cancelled or TimedOut first."""
    if cancel is not None and cancel.is_set():
        raise Cancelled
    if deadline is None:
        return None if cancel is None else _POLL_S
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimedOut
    return min(remaining, _POLL_S)
