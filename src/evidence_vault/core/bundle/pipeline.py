"""The seal's pipeline: read the vault, encrypt, write, and read the file back as it grows.

The vault is read and hashed in a thread (``_Reader``) while pyrage encrypts, and a checker
(a child process with a GIL of its own, ``check_child``, or a thread where none can start)
follows the file on disk, decrypts it and runs every check a recipient runs.
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyrage

from ..child.channel import Cancelled, Channel, Oversized
from ..child.exits import Words
from ..store import blobstore
from . import check_child
from .errors import BundleError, ExportCancelled, check_cancel
from .follow import Follower
from .outcome import BundleReport, from_wire
from .reading import read_stream
from .recipients import Recipient
from .tar_write import Member, tar_stream

_DONE = object()


class _Reader(io.RawIOBase):
    """A readable file over byte strings made by a producer thread (no copies of what remains).

    The producer reads the vault (SQLCipher decrypts pages and hashlib hashes without the
    GIL) while pyrage, which holds the GIL, encrypts what came before: the two overlap.
    """

    def __init__(self, progress: Callable[[int, int], None] | None) -> None:
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=8)  # at most ~8 MiB in flight
        self._buffer = memoryview(b"")
        self._stop = threading.Event()
        self._progress = progress
        self._thread: threading.Thread | None = None

    def report(self, done: int, total: int) -> None:
        """Progress from the producer, shown by the consumer's thread (the caller's)."""
        self._put((done, total))

    def start(self, source: Iterator[bytes]) -> None:
        self._thread = threading.Thread(target=self._produce, args=(source,), name="bundle-read", daemon=True)
        self._thread.start()

    def _put(self, value: Any) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self, source: Iterator[bytes]) -> None:
        try:
            for chunk in source:
                if not self._put(chunk):
                    return
            self._put(_DONE)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            self._put(exc)

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buffer:
            item = self._queue.get()
            if item is _DONE:
                self._queue.put(_DONE)
                return 0
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, tuple):  # progress, reported in the consumer's thread
                if self._progress is not None:
                    self._progress(*item)
                continue
            self._buffer = memoryview(item)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


_SYNC_EVERY = 64 << 20
_WRITE_SIZE = 1 << 20
_datasync = getattr(os, "fdatasync", os.fsync)


class _Writer(io.RawIOBase):
    """Writes the encryptor's output to the file, telling the checker how much has landed.

    The encryptor hands over one 64 KiB age chunk at a time; they are gathered and written
    1 MiB at a time (a sixteenth of the system calls and of the checker's wake-ups). Every
    64 MiB it waits for what was written to reach the disk, while the vault is read in the
    other thread, so that the final ``fsync`` has little left to wait for.
    """

    def __init__(self, fd: int, landed: Callable[[int], None]) -> None:
        self.fd = fd
        self.size = 0  # bytes written to the file (not those still gathered)
        self._synced = 0
        self._landed = landed
        self._pending = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._pending += view
        if len(self._pending) >= _WRITE_SIZE:
            self.flush()
        return len(view)

    def close(self) -> None:
        """Drop whatever was not flushed: only ``flush`` writes, and never after the file's
        descriptor was closed (a garbage-collected writer must not write to a reused number)."""
        self._pending.clear()
        super().close()

    def flush(self) -> None:
        if self.closed or not self._pending:
            return
        view = memoryview(self._pending)
        done = 0
        while done < len(view):
            done += os.write(self.fd, view[done:])
        view.release()
        self._pending.clear()
        self.size += done
        self._landed(self.size)
        if self.size - self._synced >= _SYNC_EVERY:
            _datasync(self.fd)
            self._synced = self.size


class _CheckerGone(Exception):
    """The read-back checker stopped before the bundle was written; it says why."""


# Where the read-back check runs: None chooses a child process where one can be started (a
# POSIX system; a frozen app runs ``-m`` helpers through evidence_vault.children); tests set
# True or False.
CHECK_IN_CHILD: bool | None = None


def _check_in_child() -> bool:
    if CHECK_IN_CHILD is not None:
        return CHECK_IN_CHILD
    return os.name == "posix" and bool(sys.executable)


_CHECKER_WORDS = Words(
    killed="the verifying process was killed ({signal})",
    status="the verifying process ended without a report (exit status {code})",
    hung="the verifying process stopped answering",
)


class _ChildChecker:
    """The read-back check in a child process with a GIL of its own (``check_child``), so
    that it decrypts and checks while pyrage encrypts here, on another core."""

    def __init__(self, path: Path, identity: pyrage.x25519.Identity) -> None:
        fd = os.open(path, os.O_RDONLY)
        try:
            self._child = Channel(
                check_child.MODULE, ["--fd", str(fd)], limits=check_child.MAX_PAYLOAD, pass_fds=(fd,)
            )
        except OSError as exc:
            raise BundleError(f"cannot start the process that verifies the bundle: {exc}") from None
        finally:
            os.close(fd)
        self._told = 0
        self._gone = False
        try:
            # The key travels over the pipe only: never a file, the command line or the environment.
            self._child.send(check_child.KEY, str(identity).encode("ascii"))
        except OSError:
            reason = self._death()
            self.kill()
            raise BundleError(f"the bundle cannot be verified: {reason}") from None
        except BaseException:
            self.kill()
            raise

    def landed(self, size: int) -> None:
        """After each write: tell the child at most once per MiB that more has landed."""
        if self._gone or size - self._told < blobstore.CHUNK_SIZE:
            return
        try:
            # A full pipe means the child is behind and has messages to read: no need to wait.
            if self._child.offer(check_child.WRITTEN, check_child.SIZE.pack(size)):
                self._told = size
        except OSError:
            self._gone = True  # it ended early (a failed check) or died: stop encrypting
            raise _CheckerGone from None

    def gone_reason(self) -> str | None:
        if not self._gone and self._child.alive():
            return None
        return self._outcome_text()

    def finish(self, size: int, cancel: threading.Event | None) -> tuple[BundleReport, str]:
        """Tell the child the file is complete (flushed, fsynced, closed) and take its report."""
        try:
            if not self._gone:
                try:
                    self._child.send(check_child.CLOSED, check_child.SIZE.pack(size), None, cancel)
                except OSError:
                    self._gone = True
                except Cancelled:
                    raise ExportCancelled from None
            return self._report(cancel)
        finally:
            self.kill()

    def _report(self, cancel: threading.Event | None) -> tuple[BundleReport, str]:
        try:
            kind, payload = self._child.receive(None, cancel)
        except Cancelled:
            raise ExportCancelled from None
        except Oversized as exc:
            raise BundleError(f"the verifying process sent {exc.kind!r} of {exc.size} bytes") from None
        except EOFError:
            raise BundleError(f"the bundle could not be verified after sealing: {self._death()}") from None
        if kind == check_child.ERROR:
            text = payload.decode("utf-8", "replace")
            raise BundleError(f"the bundle could not be read back after sealing: {text}")
        if kind != check_child.REPORT:
            raise BundleError(f"the verifying process sent {kind!r} instead of its report")
        try:
            return from_wire(payload)
        except ValueError as exc:
            raise BundleError(str(exc)) from None

    def _outcome_text(self) -> str:
        """What the child said before it ended (a report's problems or an error), or how it died."""
        try:
            report, _ = self._report(None)
        except BundleError as exc:
            return str(exc)
        if not report.ok:
            return "the bundle did not verify while it was written: " + "; ".join(report.problems)
        return "the verifying process ended before the bundle was complete"

    def _death(self) -> str:
        return self._child.ended(_CHECKER_WORDS, 5.0)

    def kill(self) -> None:
        self._child.kill()


class _ThreadChecker:
    """The read-back check in a thread of this process, where no child can be started."""

    def __init__(self, path: Path, identity: pyrage.x25519.Identity) -> None:
        self.changed = threading.Condition()
        self.size = 0
        self.closed_ok = False
        self.failed = False
        self._follower = Follower(os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0)), self._more)
        self._verified: list[BundleReport] = []
        self._error: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._verify, args=(identity,), name="bundle-verify", daemon=True
        )
        self._thread.start()

    def _verify(self, identity: pyrage.x25519.Identity) -> None:
        try:
            self._verified.append(read_stream(self._follower, identity, None))
        except BaseException as exc:  # noqa: BLE001 - reported by the sealing thread
            self._error.append(exc)

    def landed(self, size: int) -> None:
        with self.changed:
            self.size = size
            self.changed.notify_all()

    def _more(self, position: int) -> int | None:
        """For the follower: wait until more has landed (None) or the file is closed (its size)."""
        with self.changed:
            if self.failed:
                raise OSError("the bundle could not be written")
            if self.closed_ok:
                return self.size
            if position >= self.size:
                self.changed.wait(0.5)
            return None

    def gone_reason(self) -> str | None:
        return None

    def _end(self, ok: bool, size: int) -> None:
        with self.changed:
            self.size = size
            self.closed_ok, self.failed = ok, not ok
            self.changed.notify_all()
        self._thread.join()
        self._follower.close()

    def finish(self, size: int, cancel: threading.Event | None) -> tuple[BundleReport, str]:
        self._end(True, size)
        if self._error:
            raise BundleError(f"the bundle could not be read back after sealing: {self._error[0]}")
        report = self._verified[0]
        return report, hashlib.sha256(report.manifest).hexdigest() if report.manifest else ""

    def kill(self) -> None:
        if self._thread.is_alive():
            self._end(False, self.size)
        self._thread.join()
        self._follower.close()


def encrypt(
    members: list[Member],
    recipients: list[Recipient],
    out: Path,
    progress: Callable[[int, int], None] | None,
    cancel: threading.Event | None,
    identity: pyrage.x25519.Identity,
) -> tuple[BundleReport, str]:
    """Encrypt the tar into ``out`` and verify the file while it is written.

    The vault is read and hashed in a thread (``_Reader``) while pyrage encrypts here, and a
    checker reads the file back from disk as it grows, decrypts it and checks every member
    (``read``'s checks): a child process (``check_child``) with a GIL of its own, or where
    none can be started a thread. The checker finishes only after the file was flushed,
    fsynced and closed, at the file's real end, whose size must equal what was written. So
    every byte of the finished file has been read back and verified, as a second pass would,
    without one. Returns the checker's report and the SHA-256 of the manifest it found.
    """
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        checker: _ChildChecker | _ThreadChecker = (
            _ChildChecker(out, identity) if _check_in_child() else _ThreadChecker(out, identity)
        )
    except BaseException:
        os.close(fd)
        raise
    writer = _Writer(fd, checker.landed)
    source = _Reader(progress)
    finished = False
    try:
        try:
            source.start(tar_stream(members, source.report if progress else None, cancel))
            try:
                pyrage.encrypt_io(
                    io.BufferedReader(source, 1 << 20),
                    writer,
                    [pyrage.x25519.Recipient.from_str(r.public_key) for r in recipients],
                )
            except Exception:
                check_cancel(cancel)  # pyrage wraps the reader's ExportCancelled in its own error
                reason = checker.gone_reason()
                if reason is not None:
                    raise BundleError(reason) from None
                raise
            writer.flush()
            os.fsync(fd)
        finally:
            source.stop()
            writer.close()
            os.close(fd)
        result = checker.finish(writer.size, cancel)
        finished = True
        return result
    finally:
        if not finished:
            checker.kill()
