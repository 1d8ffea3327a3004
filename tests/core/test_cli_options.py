"""Issue 19, the command line: the options every command takes (--vault, --passphrase-file,
--passphrase-fd, --json) are accepted before or after the command name; a missing input file
or vault is reported, naming it (exit 2), before any passphrase is asked for; a missing
passphrase file is named in its error, without a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_vault.core.bundle import recipients
from evidence_vault.core.session.vault import Vault
from tests.support import PASSPHRASE, cli_main


class Run:
    """cli_main() in this process, with every passphrase prompt recorded (and answered)."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.capsys = capsys
        self.prompts: list[str] = []

        def getpass(prompt: str = "") -> str:
            self.prompts.append(prompt)
            return PASSPHRASE

        monkeypatch.setattr("getpass.getpass", getpass)

    def __call__(self, *args: str) -> tuple[int, str, str]:
        try:
            code = cli_main(list(args))
        except SystemExit as exc:  # argparse's own usage errors
            code = int(exc.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    return Run(capsys, monkeypatch)


@pytest.fixture
def filled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A vault holding one note, and a passphrase file that opens it."""
    vault_dir = tmp_path / "vault"
    with Vault.create(vault_dir, PASSPHRASE)[0] as vault:
        del vault
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    (tmp_path / "note.txt").write_bytes(b"a note")
    assert (
        cli_main(
            [
                "--vault",
                str(vault_dir),
                "--passphrase-file",
                str(pass_file),
                "import",
                "--no-analyse",
                str(tmp_path / "note.txt"),
            ]
        )
        == 0
    )
    capsys.readouterr()  # the import's own output is not the tests' business
    return vault_dir, pass_file


def _names(out: str) -> list[str]:
    return [row["name"] for row in json.loads(out)]


def test_global_options_after_the_command(run: Run, filled: tuple[Path, Path]) -> None:
    vault_dir, pass_file = filled
    code, out, err = run("list", "--vault", str(vault_dir), "--passphrase-file", str(pass_file), "--json")
    assert code == 0, err
    assert _names(out) == ["note.txt"]
    code, out, err = run("--json", "list", "--vault", str(vault_dir), "--passphrase-file", str(pass_file))
    assert code == 0, err
    assert _names(out) == ["note.txt"]
    assert run.prompts == []


def test_a_value_before_the_command_is_not_erased_by_the_subcommand(
    run: Run, filled: tuple[Path, Path]
) -> None:
    """argparse copies a subcommand's defaults over the top-level namespace: they must not exist."""
    vault_dir, pass_file = filled
    code, out, err = run("--vault", str(vault_dir), "--passphrase-file", str(pass_file), "--json", "list")
    assert code == 0, err
    assert _names(out) == ["note.txt"]
    # The sub-level value wins over the top-level one when both are given.
    code, out, err = run(
        "--vault",
        str(vault_dir.parent / "elsewhere"),
        "list",
        "--vault",
        str(vault_dir),
        "--passphrase-file",
        str(pass_file),
        "--json",
    )
    assert code == 0, err
    assert _names(out) == ["note.txt"]


def test_nested_commands_take_them_too(run: Run, filled: tuple[Path, Path], tmp_path: Path) -> None:
    vault_dir, pass_file = filled
    public = recipients.generate_identity_file(tmp_path / "inv.key")
    base = ("--vault", str(vault_dir), "--passphrase-file", str(pass_file))
    assert run("recipients", "add", "investigator", public, *base)[0] == 0
    code, out, err = run("--json", "recipients", *base, "list")
    assert code == 0, err
    assert [row["name"] for row in json.loads(out)] == ["investigator"]
    code, out, err = run("statement", "list", *base, "--json")
    assert code == 0, err
    assert json.loads(out) == []


def test_json_on_a_command_without_json_output_is_refused(run: Run, tmp_path: Path) -> None:
    code, _out, err = run("--json", "--vault", str(tmp_path / "v"), "init")
    assert code == 2 and "has no --json output" in err
    assert not (tmp_path / "v").exists() and run.prompts == []


def test_passphrase_file_and_fd_at_two_levels_are_refused(run: Run, filled: tuple[Path, Path]) -> None:
    vault_dir, pass_file = filled
    code, _out, err = run(
        "--passphrase-fd", "0", "list", "--vault", str(vault_dir), "--passphrase-file", str(pass_file)
    )
    assert code == 2 and "--passphrase-file or --passphrase-fd" in err


@pytest.mark.parametrize(
    "command",
    [
        ("import", "{missing}"),
        ("import", "{present}", "{missing}"),
        ("passwd", "--new-passphrase-file", "{missing}"),
        ("recovery", "--recovery-code-file", "{missing}"),
        ("duress", "set", "--decoy", "{missing}"),
        ("duress", "set", "--duress-passphrase-file", "{missing}"),
        ("bundle", "verify", "{missing}", "--identity", "{present}"),
        ("bundle", "import", "{present}", "--identity", "{missing}"),
        ("statement", "add", "--title", "T", "--pseudonym", "P", "--narrative-file", "{missing}"),
        ("strip", "{missing}", "--out", "{out}"),
    ],
)
def test_a_missing_input_file_is_named_before_any_prompt(
    run: Run, filled: tuple[Path, Path], tmp_path: Path, command: tuple[str, ...]
) -> None:
    vault_dir, _pass_file = filled
    missing = tmp_path / "not-there.bin"
    names = {"missing": str(missing), "present": str(tmp_path / "note.txt"), "out": str(tmp_path / "out")}
    code, out, err = run("--vault", str(vault_dir), *(part.format(**names) for part in command))
    assert code == 2, (out, err)
    assert f"{missing} does not exist" in err
    assert "Traceback" not in err
    assert run.prompts == []  # reported before any passphrase was asked for
    assert not (tmp_path / "out").exists()


def test_a_missing_vault_is_named_before_any_prompt(run: Run, tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere"
    for command in (("list",), ("verify",), ("passwd",), ("duress", "status"), ("statement", "list")):
        code, _out, err = run("--vault", str(nowhere), *command)
        assert code == 2, (command, err)
        assert f"no vault at {nowhere}" in err
    assert run.prompts == []


def test_a_missing_passphrase_file_is_named(run: Run, filled: tuple[Path, Path], tmp_path: Path) -> None:
    vault_dir, _pass_file = filled
    missing = tmp_path / "no-passphrase.txt"
    for args in (("--passphrase-file", str(missing), "list"), ("list", "--passphrase-file", str(missing))):
        code, _out, err = run("--vault", str(vault_dir), *args)
        assert code == 2 and str(missing) in err and "Traceback" not in err, err
    # One that exists but cannot be read is named too.
    code, _out, err = run("--vault", str(vault_dir), "--passphrase-file", str(tmp_path), "list")
    assert code == 2 and f"cannot read the passphrase from {tmp_path}" in err, err
    assert run.prompts == []
