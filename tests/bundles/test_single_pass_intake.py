"""Intake in one pass: each file's bytes reach the vault while the bundle is still being
checked, as incomplete blobs. A hostile co-recipient who changes anything, however late in
the bundle, must still leave the investigator's vault exactly as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.errors import UsageError
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.session.vault import Vault
from tests.bundles import forge

MB = 1 << 20


@pytest.fixture
def shared(vault: Vault, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Three files of several MiB each, sealed to an investigator and a co-recipient."""
    (tmp_path / "src").mkdir()
    for n in range(3):
        (tmp_path / "src" / f"VID_{n}.MP4").write_bytes(os.urandom(3 * MB + 17))
    Importer(vault).run([tmp_path / "src"])
    for name in ("investigator", "co-recipient"):
        recipients.add(vault, name, recipients.generate_identity_file(tmp_path / f"{name}.key"))
    out = tmp_path / "case.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["investigator", "co-recipient"], out)
    return out, tmp_path / "investigator.key", tmp_path / "co-recipient.key"


def _state(desk: Vault) -> tuple[int, int, int, int]:
    """Everything an import could leave behind: items, blobs, chunks, custody events."""
    count = lambda table: int(desk.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: E731
    return count("items"), count("blobs"), count("chunks"), count("custody")


def _changed(members: forge.Members, name: str) -> forge.Members:
    """The member ``name`` with one byte flipped in its middle (same size)."""
    out = []
    for member, data in members:
        if member == name:
            data = data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 1]) + data[len(data) // 2 + 1 :]
        out.append((member, data))
    return out


@pytest.fixture
def desk(tmp_path: Path) -> Vault:
    theirs, _ = Vault.create(tmp_path / "desk", "the investigator's own passphrase")
    yield theirs  # type: ignore[misc]
    theirs.lock()


class TestNothingStaysBehind:
    @pytest.mark.parametrize("which", ["the last file", "the last member of all"])
    def test_a_change_after_files_were_written_leaves_the_vault_as_it_was(
        self, shared: tuple[Path, Path, Path], desk: Vault, tmp_path: Path, which: str
    ) -> None:
        path, investigator, attacker = shared
        members = forge.take_apart(path, attacker)
        files = [name for name, _ in members if name.startswith("files/")]
        target = files[-1] if which == "the last file" else members[-1][0]
        assert target != files[0]  # earlier files' bytes are written before the change is met
        forged = forge.reseal(_changed(members, target), investigator, tmp_path / "forged.evb")
        before = _state(desk)
        report = bundle.import_into(desk, forged, forge.identity(investigator))
        assert not report.ok
        assert any(target in problem for problem in report.problems), report.problems
        assert _state(desk) == before
        assert items.list_items(desk.conn) == []

    def test_a_tampered_copy_of_a_known_bundle_is_called_tampered_not_known(
        self, shared: tuple[Path, Path, Path], desk: Vault, tmp_path: Path
    ) -> None:
        path, investigator, attacker = shared
        identity = forge.identity(investigator)
        assert bundle.import_into(desk, path, identity).ok
        after_first = _state(desk)
        members = forge.take_apart(path, attacker)
        target = next(name for name, _ in members if name.startswith("files/"))
        forged = forge.reseal(_changed(members, target), investigator, tmp_path / "forged.evb")
        report = bundle.import_into(desk, forged, identity)
        assert not report.ok and any(target in problem for problem in report.problems), report.problems
        with pytest.raises(UsageError, match="already imported"):
            bundle.import_into(desk, path, identity)
        assert _state(desk) == after_first

    def test_a_good_bundle_stores_each_file_once_with_its_bytes(
        self, shared: tuple[Path, Path, Path], desk: Vault, tmp_path: Path
    ) -> None:
        path, investigator, _ = shared
        report = bundle.import_into(desk, path, forge.identity(investigator))
        assert report.ok
        stored = items.list_items(desk.conn)
        assert sorted(i.name for i in stored) == ["VID_0.MP4", "VID_1.MP4", "VID_2.MP4"]
        assert {i.sha256 for i in stored} == {f["sha256"] for f in report.files}
        for item in stored:
            items.extract(desk, item, tmp_path / item.name)  # checks the bytes against the hash
            assert (tmp_path / item.name).stat().st_size == 3 * MB + 17
        leftover = desk.conn.execute("SELECT count(*) FROM blobs WHERE complete = 0").fetchone()[0]
        assert leftover == 0


class TestOneBundleOneTransaction:
    def test_a_failure_while_recording_the_bundle_leaves_no_item(
        self, shared: tuple[Path, Path, Path], desk: Vault, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """What a kill between the files and the bundle's record would leave: nothing. The
        items, their events and ``bundle.imported`` are one transaction."""
        path, investigator, _ = shared
        real = desk.record

        def failing(conn: object, action: str, *args: object, **kwargs: object) -> object:
            if action == "bundle.imported":
                raise OSError("the disk went away")
            return real(conn, action, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(desk, "record", failing)
        before = _state(desk)
        with pytest.raises(OSError, match="the disk went away"):
            bundle.import_into(desk, path, forge.identity(investigator))
        monkeypatch.undo()
        assert _state(desk) == before
        assert desk.conn.execute("SELECT count(*) FROM bundles_received").fetchone()[0] == 0
        assert bundle.import_into(desk, path, forge.identity(investigator)).ok
        assert len(items.list_items(desk.conn)) == 3
