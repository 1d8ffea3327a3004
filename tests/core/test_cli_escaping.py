"""Nothing a file name holds reaches the terminal raw: every command that prints a name
or a value taken from a file escapes control, bidi and zero-width characters, the same way
import does (core.visible.visible_text). ``--json`` is exempt but must stay valid JSON."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from evidence_vault.core.bundle import recipients
from evidence_vault.core.visible import visible_text
from tests.bundles.test_cli_export import Ev
from tests.bundles.test_withhold import camera_jpeg

NAME = "\x1b[31mred\u200d\u202e.jpg"
RAW = ("\x1b", "\u200d", "\u202e")
ESCAPED = "\\x1b[31mred\\u200d\\u202e"


def _shown_safely(done: subprocess.CompletedProcess[str], escaped: str = ESCAPED) -> None:
    """Exit 0, no raw control / zero-width / bidi character anywhere, the escaped name on stdout."""
    assert done.returncode == 0, done.stderr
    for char in RAW:
        assert char not in done.stdout and char not in done.stderr, repr(char)
    assert escaped in done.stdout


@pytest.fixture
def ev(tmp_path: Path) -> Ev:
    ev = Ev(tmp_path)
    ev.ok("init")
    (tmp_path / NAME).write_bytes(camera_jpeg())
    _shown_safely(ev("import", str(tmp_path / NAME)))
    return ev


def test_the_shared_escape() -> None:
    assert visible_text(NAME) == ESCAPED + ".jpg"
    assert visible_text("a\nb\u2066", keep_newlines=True) == "a\nb\\u2066"


def test_list_show_and_log(ev: Ev) -> None:
    for command in (("list",), ("show", "1")):
        _shown_safely(ev(*command))
    # The log prints each event in words, with the recorded (already escaped) name as it is;
    # --raw prints the parameters as JSON, where that name has its backslashes doubled.
    for command in (("log",), ("log", "--item", "1")):
        _shown_safely(ev(*command))
    _shown_safely(ev("log", "--raw"), json.dumps(ESCAPED)[1:-1])
    assert json.loads(ev.ok("list", "--json"))[0]["name"] == ESCAPED + ".jpg"
    for command in (("show", "1", "--json"), ("log", "--json")):
        json.loads(ev.ok(*command))


def test_strip(ev: Ev, tmp_path: Path) -> None:
    _shown_safely(ev("strip", str(tmp_path / NAME), "--out", str(tmp_path / "clean")))
    _shown_safely(ev("strip", str(tmp_path / NAME), "--out", str(tmp_path / "clean2"), "--report"))
    json.loads(ev.ok("strip", str(tmp_path / NAME), "--out", str(tmp_path / "clean3"), "--json"))


def test_export_and_bundle_verify(ev: Ev, tmp_path: Path) -> None:
    ev.ok("recipients", "add", "investigator", recipients.generate_identity_file(tmp_path / "inv.key"))
    # The risk report printed before sealing sanitized copies names the item.
    sealed = ev(
        "export", "1", "--to", "investigator", "--out", str(tmp_path / "b.evb"), "--profile", "sanitized"
    )
    assert sealed.returncode == 0, sealed.stderr
    for char in RAW:
        assert char not in sealed.stdout and char not in sealed.stderr, repr(char)
    assert ESCAPED in sealed.stderr
    check = ("bundle", "verify", str(tmp_path / "b.evb"), "--identity", str(tmp_path / "inv.key"))
    _shown_safely(ev(*check))
    assert json.loads(ev.ok(*check, "--json"))["ok"] is True


def test_values_from_inside_a_file(ev: Ev, tmp_path: Path) -> None:
    from PIL import Image, PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_itxt("Author", "\x1b[31mred\u200d\u202e")
    Image.new("RGB", (8, 8)).save(tmp_path / "author.png", pnginfo=text)
    ev.ok("import", str(tmp_path / "author.png"))
    # The same escape as for names: the zero-width joiner and the override are named, not
    # blurred into U+FFFD, so what the file hides stays legible.
    for command in (("show", "2"), ("risk-report", "2")):
        _shown_safely(ev(*command))
    json.loads(ev.ok("show", "2", "--json"))
