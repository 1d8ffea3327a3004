"""Command line: a thin layer over the core services.

Exit codes (stable): 0 success, 1 verification/integrity failure or a file
that failed to import, 2 usage error, 3 wrong passphrase or locked, 4 damaged
vault. ``--json`` output is documented in docs/cli.md.

``parser`` holds every option; the module that runs the chosen command is imported only then
(``COMMAND_MODULES``), so each command loads what it needs and no more.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from ..core.errors import VaultError
from ..i18n import translate
from . import options as cli_options
from .parser import build_parser

# Commands that touch no key, vault or signature: the cryptographic self-test is not theirs.
NO_CRYPTOGRAPHY = frozenset({"strip", "anonymise"})


def _module(name: str) -> ModuleType:
    """The module of this package that runs a group of commands, imported on first use."""
    if name == "vault":
        from . import vault

        return vault
    if name == "passphrases":
        from . import passphrases

        return passphrases
    if name == "statements":
        from . import statements

        return statements
    if name == "cases":
        from . import cases

        return cases
    if name == "strip":
        from . import strip

        return strip
    if name == "sanitize":
        from . import sanitize

        return sanitize
    if name == "anonymise":
        from . import anonymise

        return anonymise
    if name == "bundle":
        from . import bundle

        return bundle
    if name == "bundle_bag":
        from . import bundle_bag

        return bundle_bag
    if name == "bundle_batch":
        from . import bundle_batch

        return bundle_batch
    if name == "proofmode":
        from . import proofmode

        return proofmode
    if name == "provenance":
        from . import provenance

        return provenance
    if name == "similar":
        from . import similar

        return similar
    raise LookupError(f"no command module {name!r}")


COMMAND_MODULES = (
    "vault",
    "passphrases",
    "statements",
    "cases",
    "strip",
    "sanitize",
    "anonymise",
    "bundle",
    "bundle_bag",
    "bundle_batch",
    "proofmode",
    "provenance",
    "similar",
)


def command(run: tuple[str, str]) -> Callable[..., int]:
    """What runs a command, from its parser's ``run=(module, function)``."""
    module, function = run
    found: Callable[..., int] = getattr(_module(module), function)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        cli_options.check(args)
        if args.command not in NO_CRYPTOGRAPHY:
            from ..core.audit import selftest  # loads every primitive; strip needs none of them

            selftest.startup_check()  # a few ms: known answers before any evidence is touched
        return int(command(args.run)(args))
    except VaultError as exc:
        print(translate("cli", "evidence-vault: {exc}").format(exc=exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("cli", "\nevidence-vault: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
