"""The helpers' memory setting (core/child/limits.keep_freed_memory) does what it says: the
pages of one file's buffers serve the next file's instead of faulting in anew."""

from __future__ import annotations

import subprocess
import sys

import pytest

FAULTS = """
import resource, sys
from evidence_vault.core.child import limits
if sys.argv[1] == "keep":
    limits.keep_freed_memory()
def one_file():  # as cleaning a photo does: the file, its copy and two more buffers at once
    held = [b"\x01" * (3 << 20) for _ in range(4)]
    del held
for _ in range(3):  # warm up, as after the first file
    one_file()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(40):  # forty photos, one after another
    one_file()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", FAULTS, mode], capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator settings, Linux only")
def test_freed_buffers_are_reused_not_faulted_in_again() -> None:
    default, kept = _faults("default"), _faults("keep")
    # 40 x 4 x 3 MiB is 122,880 pages: by default most are faulted in anew, kept ones are not.
    assert default > 50_000
    assert kept < 1_000
