"""The command line's parser apart from its commands: every command names what runs it, and a
command loads only what it needs (``strip`` on a few files was mostly start-up)."""

from __future__ import annotations

import argparse
from pathlib import Path

import evidence_vault.cli.parser as cli_parser
from evidence_vault.cli.main import COMMAND_MODULES, command
from evidence_vault.core.bundle import intake
from tests.support import cli_env, run_cli

# What the parent of ``strip``'s workers must not load: the vault's storage and cryptography,
# and the parsers (the workers run those).
NOT_FOR_STRIP = (
    "evidence_vault.core.session",
    "evidence_vault.core.store.database",
    "evidence_vault.core.custody",
    "evidence_vault.core.sanitize.engine",
    "evidence_vault.core.media.extract",
    "sqlcipher3",
    "nacl",
    "pyrage",
    "av",
    "numpy",
    "PIL",
)


def _leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> list[tuple[tuple[str, ...], object]]:
    """Each command a person can type, with the ``run`` it gets (its own or its parent's)."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        return [(path, parser.get_default("run"))]
    found = []
    for action in subparsers:
        for name, sub in action.choices.items():
            inherited = sub.get_default("run") or parser.get_default("run")
            for leaf_path, run in _leaves(sub, (*path, name)):
                found.append((leaf_path, run or inherited))
    return found


def test_every_command_names_a_function_that_runs_it() -> None:
    leaves = _leaves(cli_parser.build_parser())
    assert len(leaves) > 40  # every command, down to ``statement add`` and ``bundle verify``
    for path, run in leaves:
        assert isinstance(run, tuple), f"{' '.join(path)} has nothing to run it"
        module, _function = run
        assert module in COMMAND_MODULES, path
        assert callable(command(run)), path


def test_a_command_module_not_listed_is_refused() -> None:
    try:
        command(("nowhere", "cmd"))
    except LookupError as exc:
        assert "nowhere" in str(exc)
    else:
        raise AssertionError("an unknown command module was found")


def _imported(stderr: str) -> set[str]:
    """Module names from ``-X importtime`` lines: ``import time: self | cumulative | name``."""
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


def test_strip_loads_neither_the_vault_nor_the_parsers(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(_tiny_jpeg())
    done = run_cli(
        "strip", str(photo), "--out", str(tmp_path / "out"), env=cli_env(PYTHONPROFILEIMPORTTIME="1")
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "out" / "photo.jpg").is_file()
    loaded = _imported(done.stderr)
    assert "evidence_vault.core.sanitize.standalone" in loaded  # the check sees this process's imports
    heavy = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in NOT_FOR_STRIP))
    assert heavy == []


def test_a_vault_command_still_runs_the_self_test(tmp_path: Path) -> None:
    done = run_cli("--vault", str(tmp_path / "none"), "list", env=cli_env(PYTHONPROFILEIMPORTTIME="1"))
    assert done.returncode != 0  # no vault there; the known answers ran first
    assert "evidence_vault.core.audit.selftest" in _imported(done.stderr)


def test_the_default_size_limit_is_the_bundles() -> None:
    assert cli_parser.size(cli_parser.MAX_SIZE) == intake.DEFAULT_MAX_BYTES
    args = cli_parser.build_parser().parse_args(
        ["bundle", "open", __file__, "--identity", __file__, "--out", "x"]
    )
    assert args.max_size == intake.DEFAULT_MAX_BYTES


def _tiny_jpeg() -> bytes:
    from tests.media import builders as b

    return b.jpeg_bytes(b.picture((16, 16), (200, 0, 0)))
