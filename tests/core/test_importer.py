"""Streaming import: byte-exact originals, duplicates, odd names, bad input, cancel, no leaks."""

from __future__ import annotations

import hashlib
import io
import os
import threading
import time
from pathlib import Path

import pytest
from PIL import Image

from evidence_vault.core.audit import verify
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer, ImportProgress, Status
from evidence_vault.core.session.vault import Vault
from evidence_vault.core.store import blobstore
from tests.support import PASSPHRASE

CANARY = b"CANARY-7f3a9c-plaintext-must-never-leak"
# Names with terminal escape codes, zero-width and bidi-override characters,
# Cyrillic, and bytes that are not UTF-8 at all.
ODD_NAMES = [
    b"\x1b[31mred\x1b[0m.jpg",
    "zero\u200bwidth.txt".encode(),
    "report\u202egnp.exe".encode(),
    "Мінск 2020 — фота.jpg".encode(),
    b"latin1-\xe9t\xe9.bin",
]


def _png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


class TestImport:
    def test_original_stored_byte_exact_with_hash(self, vault: Vault, tmp_path: Path) -> None:
        data = os.urandom(5 * blobstore.CHUNK_SIZE + 12345)
        source = tmp_path / "video.mov"
        source.write_bytes(data)
        summary = Importer(vault).run([source])
        (result,) = summary.results
        assert result.status is Status.IMPORTED
        assert result.sha256 == hashlib.sha256(data).hexdigest()
        item = items.resolve(vault.conn, str(result.item_id))
        assert (item.size, item.sha256) == (len(data), hashlib.sha256(data).hexdigest())
        out = tmp_path / "out.mov"
        items.extract(vault, item, out)
        assert out.read_bytes() == data
        assert out.stat().st_mode & 0o777 == 0o600
        actions = [e.action for e in custody.events(vault.conn, item.id)]
        assert actions == ["item.imported", "item.extracted"]

    def test_large_file_right_after_unlock(self, vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
        # Regression: a file larger than SQLite's page cache makes the importing
        # connection take the exclusive lock mid-transaction; nothing else may then
        # wait on the main connection (the signing key used to be loaded lazily).
        vault.lock()
        data = os.urandom(48 * blobstore.CHUNK_SIZE)
        (tmp_path / "long.mov").write_bytes(data)
        with Vault.unlock(vault_dir, PASSPHRASE) as reopened:
            (result,) = Importer(reopened).run([tmp_path / "long.mov"]).results
            assert result.status is Status.IMPORTED, result.message
            assert result.sha256 == hashlib.sha256(data).hexdigest()

    def test_other_writes_get_their_turn_during_a_long_import(self, vault: Vault, tmp_path: Path) -> None:
        (tmp_path / "a.txt").write_bytes(b"first")
        Importer(vault).run([tmp_path / "a.txt"])
        first = items.resolve(vault.conn, "1")
        (tmp_path / "long.bin").write_bytes(os.urandom(160 * blobstore.CHUNK_SIZE))
        started = threading.Event()
        finished: list[float] = []

        def progress(state: ImportProgress) -> None:
            if state.bytes_done > 40 * blobstore.CHUNK_SIZE:
                started.set()

        def run_import() -> None:
            Importer(vault).run([tmp_path / "long.bin"], progress=progress)
            finished.append(time.monotonic())

        worker = threading.Thread(target=run_import)
        worker.start()
        assert started.wait(60)
        items.record_access(vault, first, "item.viewed")  # must not wait for the whole import
        recorded_at = time.monotonic()
        worker.join()
        assert finished and recorded_at < finished[0]
        assert [e.action for e in custody.events(vault.conn, first.id)][-1] == "item.viewed"

    def test_empty_file(self, vault: Vault, tmp_path: Path) -> None:
        (tmp_path / "empty").write_bytes(b"")
        (result,) = Importer(vault).run([tmp_path / "empty"]).results
        assert result.status is Status.IMPORTED
        assert result.sha256 == hashlib.sha256(b"").hexdigest()

    def test_content_type_from_bytes_not_extension(self, vault: Vault, tmp_path: Path) -> None:
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "notes.txt").write_bytes(_png_bytes())
        (folder / "image.jpg").write_bytes("Свідчанне: тэкст".encode())
        Importer(vault).run([folder])
        types = {i.name: i.content_type for i in items.list_items(vault.conn)}
        assert types == {"image.jpg": "text/plain", "notes.txt": "image/png"}

    def test_same_bytes_stored_once_and_second_import_recorded(self, vault: Vault, tmp_path: Path) -> None:
        data = os.urandom(2 * blobstore.CHUNK_SIZE)
        (tmp_path / "a.mp4").write_bytes(data)
        (tmp_path / "copy of a.mp4").write_bytes(data)
        summary = Importer(vault, case="Case A").run([tmp_path / "a.mp4"])
        again = Importer(vault, case="Case B", tags=["copy"]).run([tmp_path / "copy of a.mp4"])
        assert [r.status for r in summary.results + again.results] == [Status.IMPORTED, Status.DUPLICATE]
        assert items.count(vault.conn) == (1, len(data))
        assert vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
        detail = items.details(vault.conn, items.resolve(vault.conn, "1"))
        assert detail.cases == ["Case A", "Case B"]
        assert detail.tags == ["copy"]
        assert [e.action for e in detail.events] == ["item.imported", "item.duplicate_seen"]
        assert detail.events[1].body["params"]["source_name"] == "copy of a.mp4"

    def test_odd_file_names_kept_exactly_and_shown_safely(self, vault: Vault, tmp_path: Path) -> None:
        folder = tmp_path / "odd"
        folder.mkdir()
        for index, name in enumerate(ODD_NAMES):
            (folder / os.fsdecode(name)).write_bytes(b"content %d" % index)
        Importer(vault).run([folder])
        stored = {bytes.fromhex(i.name_hex): i.name for i in items.list_items(vault.conn)}
        assert set(stored) == set(ODD_NAMES)
        for shown in stored.values():
            assert "\x1b" not in shown and "\u200b" not in shown and "\u202e" not in shown
        assert stored[b"\x1b[31mred\x1b[0m.jpg"] == "\\x1b[31mred\\x1b[0m.jpg"
        assert stored["report\u202egnp.exe".encode()] == "report\\u202egnp.exe"
        assert stored["Мінск 2020 — фота.jpg".encode()] == "Мінск 2020 — фота.jpg"
        found = items.list_items(vault.conn, where=items.ItemFilter(name="МІНСК"))
        assert [i.name for i in found] == ["Мінск 2020 — фота.jpg"]
        assert items.count(vault.conn, items.ItemFilter(name="red")) == (1, len(b"content 0"))

    def test_folders_recursive_with_case_and_tags(self, vault: Vault, tmp_path: Path) -> None:
        (tmp_path / "day1" / "cam").mkdir(parents=True)
        (tmp_path / "day1" / "a.txt").write_bytes(b"a")
        (tmp_path / "day1" / "cam" / "b.txt").write_bytes(b"b")
        summary = Importer(vault, case="Protest 9 Aug", tags=["medic", "day1"]).run([tmp_path / "day1"])
        assert summary.count(Status.IMPORTED) == 2
        assert items.count(vault.conn, items.ItemFilter(case="Protest 9 Aug"))[0] == 2
        assert items.count(vault.conn, items.ItemFilter(tag="medic"))[0] == 2
        facets = items.facets(vault.conn)
        assert facets.cases == [("Protest 9 Aug", 2)]
        assert facets.types == [("text", 2)]

    def test_bad_input_fails_alone_and_names_the_file(self, vault: Vault, tmp_path: Path) -> None:
        good = tmp_path / "good.txt"
        good.write_bytes(b"good")
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        missing = tmp_path / "missing.jpg"
        summary = Importer(vault).run([missing, fifo, good])
        by_path = {r.path: r for r in summary.results}
        assert by_path[str(missing)].status is Status.FAILED
        assert "No such file" in by_path[str(missing)].message
        assert by_path[str(fifo)].status is Status.FAILED
        assert "not a regular file" in by_path[str(fifo)].message
        assert by_path[str(good)].status is Status.IMPORTED

    def test_file_vanishing_during_batch(self, vault: Vault, tmp_path: Path) -> None:
        first, second = tmp_path / "1.bin", tmp_path / "2.bin"
        first.write_bytes(b"first")
        second.write_bytes(b"second")

        def vanish(state: ImportProgress) -> None:
            if state.files_done == 1:
                second.unlink(missing_ok=True)

        summary = Importer(vault).run([first, second], progress=vanish)
        assert [r.status for r in summary.results] == [Status.IMPORTED, Status.FAILED]
        assert str(second) in summary.results[1].path

    def test_unreadable_file_reported(
        self, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # Tests may run as root, where file modes do not stop reads: fail the open itself.
        locked = tmp_path / "locked.jpg"
        locked.write_bytes(b"secret")
        real_open = open

        def guarded_open(file: object, *args: object, **kwargs: object) -> object:
            if str(file) == str(locked):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr("builtins.open", guarded_open)
        (result,) = Importer(vault).run([locked]).results
        assert result.status is Status.FAILED
        assert result.message == "cannot read: Permission denied"
        assert items.count(vault.conn) == (0, 0)

    def test_cancel_leaves_vault_consistent(self, vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "small.txt").write_bytes(b"small")
        big = folder / "zbig.bin"
        big.write_bytes(os.urandom(80 * blobstore.CHUNK_SIZE))
        cancel = threading.Event()

        def progress(state: ImportProgress) -> None:
            if state.current.endswith("zbig.bin") and state.bytes_done > 40 * blobstore.CHUNK_SIZE:
                cancel.set()

        summary = Importer(vault).run([folder], progress=progress, cancel=cancel)
        assert [r.status for r in summary.results] == [Status.IMPORTED, Status.CANCELLED]
        assert items.count(vault.conn)[0] == 1
        assert vault.conn.execute("SELECT count(*) FROM chunks").fetchone()[0] == 1
        assert verify.verify(vault).ok

    def test_the_vault_itself_is_never_imported(self, vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
        (tmp_path / "note.txt").write_bytes(b"note")
        summary = Importer(vault).run([tmp_path])
        by_name = {Path(r.path).name: r for r in summary.results}
        assert by_name["note.txt"].status is Status.IMPORTED
        for name in ("vault.db", "vault.keys"):
            assert by_name[name].status is Status.FAILED
            assert by_name[name].message == "part of this vault itself; not imported"

    def test_no_plaintext_anywhere_on_disk(
        self, vault: Vault, vault_dir: Path, tmp_path: Path, isolated_environment: Path
    ) -> None:
        source = tmp_path / "src"
        source.mkdir()
        (source / "statement.txt").write_bytes(b"witness said " + CANARY * 100)
        (source / "big.bin").write_bytes(os.urandom(3 * blobstore.CHUNK_SIZE) + CANARY)
        Importer(vault).run([source])
        items.ItemStream(vault.conn, items.resolve(vault.conn, "1")).read_at(0, 100)
        verify.verify(vault)
        vault.lock()
        with Vault.unlock(vault_dir, PASSPHRASE):
            pass
        scanned = 0
        for root in (vault_dir, isolated_environment):
            for path in root.rglob("*"):
                if path.is_file():
                    scanned += 1
                    data = path.read_bytes()
                    for needle in (CANARY, b"statement.txt", b"witness said", b"SQLite format 3"):
                        assert needle not in data, f"{needle!r} found in {path}"
        assert scanned >= 2
