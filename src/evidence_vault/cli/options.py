"""The options every command takes, before or after its name, and the inputs checked before any
passphrase is asked for.

``--vault``, ``--passphrase-file``, ``--passphrase-fd`` and ``--json`` are defined on the top-level
parser (with the real defaults) and again on every subcommand with ``default=SUPPRESS``: argparse
copies a subcommand's namespace over the top-level one, so a sub-level default would otherwise
erase a value given before the command name.
"""

from __future__ import annotations

import argparse
import os

from ..core.errors import UsageError
from ..core.store import locations
from ..i18n import translate

ACCEPT_WEAK = "--accept-weak-passphrase"


def input_path(value: str) -> str:
    """argparse ``type`` for a file or folder that is read: a missing one is a usage error naming
    it (exit 2) while the command line is parsed, so before any passphrase prompt. ``-`` is stdin."""
    if value != "-" and not os.path.exists(value):
        raise argparse.ArgumentTypeError(translate("cli", "{path} does not exist").format(path=value))
    return value


def add_accept_weak(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        ACCEPT_WEAK,
        action="store_true",
        help="use a new passphrase even if it is rated Weak (easy to guess for whoever copies the vault)",
    )


def add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The shared options; ``top`` for the top-level parser, which alone holds their defaults."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument(
        "--vault",
        metavar="DIR",
        default=default(None),
        help=f"vault directory (default: ${locations.VAULT_ENV}, portable mode, or your data folder)",
    )
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument(
        "--passphrase-file",
        metavar="F",
        type=input_path,
        default=default(None),
        help="read the passphrase from the first line of F",
    )
    secret.add_argument(
        "--passphrase-fd",
        metavar="N",
        type=int,
        default=default(None),
        help="read the passphrase from file descriptor N",
    )
    if "--json" not in parser._option_string_actions:
        parser.add_argument(
            "--json", action="store_true", default=default(False), help="machine-readable output"
        )


def share_global_options(parser: argparse.ArgumentParser) -> None:
    """Give every subcommand (at any depth) the shared options without defaults of its own.

    A command that defines ``--json`` itself has JSON output (``json_output``); on the others
    ``--json`` is refused by ``check`` rather than silently ignored."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in set(action.choices.values()):
            own_json = sub._option_string_actions.get("--json")
            if own_json is not None:
                own_json.default = argparse.SUPPRESS
            sub.set_defaults(json_output=own_json is not None)
            add_global_options(sub, top=False)
            share_global_options(sub)


def check(args: argparse.Namespace) -> None:
    """What argparse cannot check once options may come at two levels."""
    if args.passphrase_file is not None and args.passphrase_fd is not None:
        raise UsageError(translate("cli", "give either --passphrase-file or --passphrase-fd, not both"))
    if args.json and not getattr(args, "json_output", True):
        raise UsageError(translate("cli", "this command has no --json output"))
