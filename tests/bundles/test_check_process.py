"""The seal's read-back check runs in a child process (``bundle_check``): it gets the vault's
age identity over a pipe only, never dumps core, and its death, an early failed check or a
cancel fails the seal, stops the child and leaves no file behind."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pyrage
import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import check_child as bundle_check
from evidence_vault.core.bundle import pipeline, recipients, sealing
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture
def filled(vault: Vault, tmp_path: Path) -> Vault:
    source = tmp_path / "src"
    source.mkdir()
    (source / "big.bin").write_bytes(os.urandom(6 << 20))  # six chunks: the seal is caught mid-file
    (source / "note.txt").write_bytes("Ён бачыў, як іх білі.".encode())
    Importer(vault).run([source])
    recipients.add(vault, "investigator", recipients.generate_identity_file(tmp_path / "inv.key"))
    return vault


def _checkers() -> list[int]:
    """This process's children running the read-back check."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == os.getpid() and bundle_check.MODULE.encode() in cmdline:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".evb", ".partial")))


def test_the_key_reaches_the_child_over_a_pipe_only(
    filled: Vault, tmp_path: Path, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = str(recipients.own_identity(filled))
    spawned: list[dict[str, Any]] = []
    real_popen = subprocess.Popen

    def spy(args: Any, **kwargs: Any) -> Any:
        spawned.append({"args": args, **kwargs})
        return real_popen(args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", spy)
    seen: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if seen:
            return
        (pid,) = _checkers()
        seen["cmdline"] = Path(f"/proc/{pid}/cmdline").read_bytes()
        seen["limits"] = Path(f"/proc/{pid}/limits").read_text()
        seen["files"] = []
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(FileNotFoundError):  # closed between listing and reading
                seen["files"].append(os.readlink(fd))

    out = tmp_path / "case.evb"
    bundle.seal(filled, items.list_items(filled.conn), ["investigator"], out, progress=progress)
    assert bundle.read(out, recipients.load_identity_file(tmp_path / "inv.key")).ok

    (call,) = [c for c in spawned if bundle_check.MODULE in c["args"]]
    assert secret not in " ".join(call["args"]) and secret.encode() not in seen["cmdline"]
    assert call.get("env") is None and not any(secret in value for value in os.environ.values())
    assert call["stdin"] == subprocess.PIPE  # where the key goes
    core = next(line for line in seen["limits"].splitlines() if line.startswith("Max core file size"))
    assert core.split()[4] == "0"  # soft limit: no core dump of plaintext and key
    # Its files beside the pipes (and the modules it may still be loading): stderr and the
    # bundle being written; nothing in the test's folders or the home, temp and data folders.
    ours = [f for f in seen["files"] if f.startswith((str(tmp_path), str(isolated_environment)))]
    assert len(ours) == 1 and Path(ours[0]).name.startswith(".case.evb."), ours
    # Nothing on disk holds the key in the clear (the vault itself is encrypted).
    for root in (tmp_path, isolated_environment):
        for path in root.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path


def test_a_killed_checker_fails_the_seal_and_leaves_no_file(filled: Vault, tmp_path: Path) -> None:
    killed: list[int] = []

    def progress(done: int, total: int) -> None:
        if not killed:
            (pid,) = _checkers()
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    with pytest.raises(bundle.BundleError, match=r"verifying process was killed \(SIGKILL\)"):
        bundle.seal(
            filled, items.list_items(filled.conn), ["investigator"], tmp_path / "x.evb", progress=progress
        )
    assert killed and _left_behind(tmp_path) == [] and not _checkers()
    assert custody.latest(filled.conn, "bundle.sealed") is None
    # The next seal starts a new child and succeeds.
    done = bundle.seal(filled, items.list_items(filled.conn), ["investigator"], tmp_path / "x.evb")
    assert bundle.read(done.path, recipients.load_identity_file(tmp_path / "inv.key")).ok


def test_a_checker_that_cannot_run_fails_the_seal(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_check, "MODULE", "evidence_vault.core.no_such_checker")
    with pytest.raises(
        bundle.BundleError, match=r"verifying process ended without a report \(exit status 1\)"
    ):
        bundle.seal(filled, items.list_items(filled.conn), ["investigator"], tmp_path / "x.evb")
    assert _left_behind(tmp_path) == []
    assert custody.latest(filled.conn, "bundle.sealed") is None


def test_a_check_that_fails_early_stops_the_seal(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The child is given an identity the bundle is not encrypted to: it fails at the header,
    # answers at once and ends while the file is still being written.
    monkeypatch.setattr(sealing, "own_identity", lambda vault: pyrage.x25519.Identity.generate())
    with pytest.raises(bundle.BundleError, match="not encrypted to the given identity"):
        bundle.seal(filled, items.list_items(filled.conn), ["investigator"], tmp_path / "x.evb")
    assert _left_behind(tmp_path) == [] and not _checkers()
    assert custody.latest(filled.conn, "bundle.sealed") is None


def test_vault_bytes_that_no_longer_match_their_hash_fail_the_seal(filled: Vault, tmp_path: Path) -> None:
    # The bytes are hashed once, in the bundle as written, against the hash taken at import.
    big = next(i for i in items.list_items(filled.conn) if i.name == "big.bin")
    (data,) = filled.conn.execute(
        "SELECT data FROM chunks WHERE blob_id = ? AND seq = 3", (big.blob_id,)
    ).fetchone()
    changed = bytes([data[0] ^ 1]) + bytes(data[1:])
    filled.conn.execute("UPDATE chunks SET data = ? WHERE blob_id = ? AND seq = 3", (changed, big.blob_id))
    with pytest.raises(bundle.BundleError, match=r"big\.bin: SHA-256 does not match the signed manifest"):
        bundle.seal(filled, items.list_items(filled.conn), ["investigator"], tmp_path / "x.evb")
    assert _left_behind(tmp_path) == []
    assert custody.latest(filled.conn, "bundle.sealed") is None


def test_cancel_stops_the_child_and_deletes_the_partial_file(filled: Vault, tmp_path: Path) -> None:
    cancel = threading.Event()
    children: list[int] = []

    def progress(done: int, total: int) -> None:
        children.extend(_checkers())
        cancel.set()

    with pytest.raises(bundle.ExportCancelled):
        bundle.seal(
            filled,
            items.list_items(filled.conn),
            ["investigator"],
            tmp_path / "x.evb",
            progress=progress,
            cancel=cancel,
        )
    assert children and not any(_alive(pid) for pid in children)
    assert _left_behind(tmp_path) == []


def test_where_no_child_can_start_a_thread_checks_the_same_way(
    filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "CHECK_IN_CHILD", False)
    spawned: list[Any] = []
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: spawned.append(a))
    done = bundle.seal(filled, items.list_items(filled.conn), ["investigator"], tmp_path / "x.evb")
    assert not spawned
    assert bundle.read(done.path, recipients.load_identity_file(tmp_path / "inv.key")).ok
    monkeypatch.setattr(sealing, "own_identity", lambda vault: pyrage.x25519.Identity.generate())
    with pytest.raises(bundle.BundleError, match="not encrypted to the given identity"):
        bundle.seal(filled, items.list_items(filled.conn), ["investigator"], tmp_path / "y.evb")
    assert _left_behind(tmp_path) == ["x.evb"]


class TestTheChildReadsToTheFilesRealEnd:
    """check_child.follower: the end comes only after C, and only at the size written."""

    def _follow(self, tmp_path: Path, content: bytes, messages: list[bytes]) -> bytes:
        path = tmp_path / "f.bin"
        path.write_bytes(content)
        read_fd, write_fd = os.pipe()
        os.write(write_fd, b"".join(messages))
        os.close(write_fd)
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            follower = bundle_check.follower(os.open(path, os.O_RDONLY), pipe)
            try:
                return follower.read()
            finally:
                follower.close()

    def _size(self, kind: bytes, size: int) -> bytes:
        return bundle_check.frame(kind, bundle_check.SIZE.pack(size))

    def test_all_of_it_after_closed(self, tmp_path: Path) -> None:
        data = os.urandom(3000)
        messages = [self._size(bundle_check.WRITTEN, 1000), self._size(bundle_check.CLOSED, 3000)]
        assert self._follow(tmp_path, data, messages) == data

    def test_fewer_bytes_in_the_file_than_written(self, tmp_path: Path) -> None:
        with pytest.raises(OSError, match="holds 3000 bytes; 3001 were written"):
            self._follow(tmp_path, bytes(3000), [self._size(bundle_check.CLOSED, 3001)])

    def test_more_bytes_in_the_file_than_written(self, tmp_path: Path) -> None:
        with pytest.raises(OSError, match="holds 3000 bytes; 2999 were written"):
            self._follow(tmp_path, bytes(3000), [self._size(bundle_check.CLOSED, 2999)])

    def test_no_end_without_closed(self, tmp_path: Path) -> None:
        with pytest.raises(EOFError):  # the sealing process went away: never a clean end
            self._follow(tmp_path, bytes(3000), [self._size(bundle_check.WRITTEN, 3000)])
