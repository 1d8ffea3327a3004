"""Every export route that README.md and docs/cli.md show, run as the user runs it (a real
subprocess), each checked by decrypting the bundle with the recipient's identity and
reading what is inside: the manifest and the members it names."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pyrage
import pytest

from evidence_vault.core.bundle import recipients
from tests.bundles.test_withhold import SERIAL, camera_jpeg
from tests.support import CliVault

REAL_NAME = "Ales Real-Name"
CONTACT = "+375 29 000 00 00"
PSEUDONYM = "Tsimur"
NOTE = b"witness notes, kept byte for byte"


Ev = CliVault  # the shared helper (tests/support.py)


@pytest.fixture
def ev(tmp_path: Path) -> Ev:
    """A vault with a note (item 1) and a camera photo (item 2) in case "C", one statement
    whose witness agreed to be named to the investigator, and one who did not."""
    ev = Ev(tmp_path)
    ev.ok("init")
    (tmp_path / "note.txt").write_bytes(NOTE)
    (tmp_path / "IMG_1.JPG").write_bytes(camera_jpeg())
    ev.ok("import", str(tmp_path / "note.txt"), "--case", "C", "--no-analyse")
    ev.ok("import", str(tmp_path / "IMG_1.JPG"), "--case", "C")
    ev.ok("recipients", "add", "investigator", recipients.generate_identity_file(tmp_path / "inv.key"))
    narrative = tmp_path / "narrative.txt"
    narrative.write_text("Нас білі ў пастарунку.", "utf-8")
    statement = ["statement", "add", "--title", "Akrestsina", "--narrative-file", str(narrative)]
    statement += ["--witness-name", REAL_NAME, "--witness-contact", CONTACT]
    statement += ["--consent", "named-investigators", "--consent-recipient", "investigator"]
    ev.ok(*statement, "--pseudonym", PSEUDONYM, "--may-be-named")  # statement 1
    ev.ok(*statement, "--pseudonym", "Anon")  # statement 2: not to be named
    return ev


def _opened(ev: Ev, name: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and every member of the bundle, decrypted with the investigator's key."""
    identity = recipients.load_identity_file(ev.tmp_path / "inv.key")
    plain = pyrage.decrypt((ev.tmp_path / name).read_bytes(), [identity])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    return json.loads(members["manifest.json"]), members


def _export(ev: Ev, name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return ev("export", *args, "--to", "investigator", "--out", str(ev.tmp_path / name))


def test_items_by_number(ev: Ev) -> None:
    done = _export(ev, "a.evb", "1")
    assert done.returncode == 0, done.stderr
    assert "Sealed 1 item(s)" in done.stdout
    manifest, members = _opened(ev, "a.evb")
    (entry,) = manifest["files"]
    assert members[entry["path"]] == NOTE and manifest["statements"] == []
    assert manifest["profile"] == "originals"


def test_a_case(ev: Ev) -> None:
    done = _export(ev, "c.evb", "--case", "C", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["items"] == 2
    manifest, members = _opened(ev, "c.evb")
    assert len(manifest["files"]) == 2
    assert NOTE in [members[e["path"]] for e in manifest["files"]]


def test_statements_alone_name_the_witness_only_by_pseudonym(ev: Ev) -> None:
    done = _export(ev, "s.evb", "--statement", "1", "--statement", "2")
    assert done.returncode == 0, done.stderr
    assert "statement(s) 1, 2" in done.stdout
    manifest, members = _opened(ev, "s.evb")
    assert manifest["files"] == []
    assert [(s["id"], s["pseudonym"], s["identity_included"]) for s in manifest["statements"]] == [
        (1, PSEUDONYM, False),
        (2, "Anon", False),
    ]
    document = json.loads(members[manifest["statements"][0]["json"]["path"]])
    assert document["pseudonym"] == PSEUDONYM and "identity" not in document
    everything = b"".join(members.values())
    assert REAL_NAME.encode() not in everything and CONTACT.encode() not in everything


def test_statement_with_identity(ev: Ev) -> None:
    done = _export(ev, "i.evb", "--statement", "1", "--with-identity", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["statements"] == [1]
    manifest, members = _opened(ev, "i.evb")
    (statement,) = manifest["statements"]
    assert statement["identity_included"] is True
    document = json.loads(members[statement["json"]["path"]])
    assert document["identity"]["real_name"] == REAL_NAME and document["identity"]["contact"] == CONTACT
    assert REAL_NAME.encode() in members[statement["html"]["path"]]


def test_identity_where_consent_does_not_allow_it_seals_nothing(ev: Ev) -> None:
    done = _export(ev, "n.evb", "--statement", "2", "--with-identity")
    assert done.returncode == 2 and "did not agree to be named" in done.stderr
    assert not (ev.tmp_path / "n.evb").exists()


def test_with_identity_without_a_statement_is_refused(ev: Ev) -> None:
    done = _export(ev, "w.evb", "1", "--with-identity")
    assert done.returncode == 2 and "--with-identity" in done.stderr and "Traceback" not in done.stderr
    assert not (ev.tmp_path / "w.evb").exists()


def test_items_and_a_statement_together(ev: Ev) -> None:
    done = _export(ev, "b.evb", "1", "--statement", "1")
    assert done.returncode == 0, done.stderr
    manifest, members = _opened(ev, "b.evb")
    assert [members[e["path"]] for e in manifest["files"]] == [NOTE]
    assert [s["id"] for s in manifest["statements"]] == [1]


def test_a_statement_number_that_is_not_one(ev: Ev) -> None:
    done = _export(ev, "x.evb", "--statement", "first")
    assert done.returncode == 2 and "first" in done.stderr and "Traceback" not in done.stderr
    done = _export(ev, "x.evb", "--statement", "9")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert not (ev.tmp_path / "x.evb").exists()


def test_sanitized_profile(ev: Ev) -> None:
    done = _export(ev, "z.evb", "2", "--profile", "sanitized")
    assert done.returncode == 0, done.stderr
    manifest, members = _opened(ev, "z.evb")
    assert manifest["profile"] == "sanitized"
    (entry,) = manifest["files"]
    assert entry["sha256"] != entry["original_sha256"]
    assert SERIAL.encode() not in members[entry["path"]]


def test_withhold(ev: Ev) -> None:
    done = _export(ev, "h.evb", "2", "--withhold", "serials")
    assert done.returncode == 0, done.stderr
    manifest, members = _opened(ev, "h.evb")
    assert manifest["profile"] == "originals" and manifest["withheld"] == ["serials"]
    (entry,) = manifest["files"]
    assert entry["derivative"]["withheld"] == ["serials"]
    assert SERIAL.encode() not in members[entry["path"]]


def test_a_case_brings_its_statements_as_in_the_app(ev: Ev) -> None:
    """The app and the command line take a case's statements alike (core/export_plan)."""
    ev.ok("case", "assign", "C", "--statement", "1")
    done = _export(ev, "cs.evb", "--case", "C")
    assert done.returncode == 0, done.stderr
    manifest, _ = _opened(ev, "cs.evb")
    assert len(manifest["files"]) == 2 and [s["id"] for s in manifest["statements"]] == [1]
    # A case whose statement's witness did not agree to these recipients seals nothing.
    ev.ok("recipients", "add", "blogger", recipients.generate_identity_file(ev.tmp_path / "blog.key"))
    done = ev("export", "--case", "C", "--to", "blogger", "--out", str(ev.tmp_path / "no.evb"))
    assert done.returncode == 2 and "did not agree to blogger" in done.stderr, done.stderr
    assert not (ev.tmp_path / "no.evb").exists()


def test_a_deleted_item_is_refused_by_name(ev: Ev) -> None:
    ev.ok("delete", "1", "--reason", "duplicate of a better copy")
    done = _export(ev, "d.evb", "1")
    assert done.returncode == 2 and "item 1 was deleted" in done.stderr
    done = _export(ev, "d.evb", "--case", "C")  # the case's other item still goes
    assert done.returncode == 0, done.stderr
    manifest, _ = _opened(ev, "d.evb")
    assert [e["item_id"] for e in manifest["files"]] == [2]
