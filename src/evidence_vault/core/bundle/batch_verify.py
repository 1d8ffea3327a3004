"""Batch intake's verifying processes (``batch_child``): one per worker, each used for
bundle after bundle, started when first needed and replaced when one dies or a verification
is cancelled (it is killed then). Where no child can be started, a bundle is read here."""

from __future__ import annotations

import hashlib
import os
import queue
import sys
import threading
from pathlib import Path

import pyrage

from ..child.channel import Cancelled, Channel, Oversized
from ..child.exits import Words
from . import batch_child
from .errors import BundleError
from .outcome import BundleReport, from_wire
from .reading import read

# None chooses a child process where one can be started (POSIX); tests set False.
IN_CHILD: bool | None = None

_WORDS = Words(
    killed="the verifying process was killed ({signal})",
    status="the verifying process ended without a report (exit status {code})",
    hung="the verifying process stopped answering",
)


class Verifiers:
    def __init__(self, identity: pyrage.x25519.Identity) -> None:
        self._identity = identity
        self._idle: queue.SimpleQueue[Channel] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._started: list[Channel] = []
        self.started = 0  # verifying processes started so far
        self.in_child = IN_CHILD if IN_CHILD is not None else os.name == "posix" and bool(sys.executable)

    def verify(self, path: Path, cancel: threading.Event | None) -> tuple[BundleReport, str]:
        """Decrypt and check the whole file: the report and its manifest's SHA-256
        (``Cancelled`` when ``cancel`` is set meanwhile)."""
        if not self.in_child:
            report = read(path, self._identity)
            return report, hashlib.sha256(report.manifest).hexdigest() if report.manifest else ""
        child = self._take()
        reusable = False
        try:
            child.send(batch_child.PATH, os.fsencode(path), None, cancel)
            kind, payload = child.receive(None, cancel)
            reusable = kind == batch_child.REPORT
        except (OSError, EOFError):
            raise BundleError(f"the bundle could not be verified: {child.ended(_WORDS, 5.0)}") from None
        except Oversized as exc:
            raise BundleError(f"the verifying process sent {exc.kind!r} of {exc.size} bytes") from None
        except Cancelled:
            raise
        finally:
            if reusable:
                self._idle.put(child)
            else:
                child.kill()
        if kind == batch_child.ERROR:
            raise BundleError(payload.decode("utf-8", "replace"))
        try:
            return from_wire(payload)
        except ValueError as exc:
            raise BundleError(str(exc)) from None

    def _take(self) -> Channel:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        try:
            child = Channel(batch_child.MODULE, limits=batch_child.MAX_PAYLOAD)
        except OSError as exc:
            raise BundleError(f"cannot start the process that verifies bundles: {exc}") from None
        with self._lock:
            self._started.append(child)
            self.started += 1
        try:
            # The key travels over the pipe only: never a file, the command line or the environment.
            child.send(batch_child.KEY, str(self._identity).encode("ascii"))
        except OSError:
            child.kill()
            raise BundleError(f"the verifying process did not start: {child.ended(_WORDS, 5.0)}") from None
        return child

    def close(self) -> None:
        """End every verifying process (each ends when its input closes)."""
        with self._lock:
            started, self._started = self._started, []
        for child in started:
            child.close(2.0)
