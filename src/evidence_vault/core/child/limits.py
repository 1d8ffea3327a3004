"""Resource limits for the helper processes that parse hostile files or hold plaintext.

One place for what the media analysis child, the sealing check child and the ``strip``
workers set on themselves. POSIX only: on Windows each function does nothing (the helpers
there still isolate a crash in a process of its own).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]


def _lower(kind: int, soft: int) -> None:
    """Set the soft limit ``kind`` to ``soft``, never above the hard limit."""
    _current, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(kind, (soft, hard))


def no_core_dumps() -> None:
    """A crash must not leave a core dump full of evidence or keys: RLIMIT_CORE 0 and, on
    Linux, not dumpable at all (no dump through a core_pattern pipe, no ptrace by the user)."""
    if resource is None:
        return
    _lower(resource.RLIMIT_CORE, 0)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE, 0


def no_files() -> None:
    """Nothing may write a file from here on (RLIMIT_FSIZE 0)."""
    if resource is not None:
        _lower(resource.RLIMIT_FSIZE, 0)


def memory(limit: int) -> None:
    """At most ``limit`` bytes of address space."""
    if resource is not None:
        _lower(resource.RLIMIT_AS, limit)


def more_cpu(seconds: int) -> None:
    """Allow ``seconds`` more CPU time from now: RLIMIT_CPU counts a process's whole life,
    so a long-lived helper raises it before each job (SIGXCPU ends it past the limit)."""
    if resource is None:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _lower(resource.RLIMIT_CPU, int(usage.ru_utime + usage.ru_stime) + 1 + seconds)


def keep_freed_memory() -> None:
    """Let glibc reuse freed memory for the next file instead of returning it to the system.

    A worker that cleans one photo after another allocates and frees buffers of a few MiB
    per file; glibc hands each to the kernel and back (mmap, munmap), and every page of the
    next one faults in anew: 26,000 page faults for 50 photos of 3 MiB, a third of the
    time. With these two settings the same pages serve every file. The memory limit
    (``memory``) still bounds the total. Other C libraries: nothing is changed.
    """
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None)
        libc.mallopt(-3, 32 << 20)  # M_MMAP_THRESHOLD: glibc's largest, 32 MiB on 64 bits
        libc.mallopt(-1, 256 << 20)  # M_TRIM_THRESHOLD: keep up to 256 MiB freed at the top
