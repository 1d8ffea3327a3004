"""Commands that set or change a passphrase, and the duress passphrase: passwd, recovery, duress,
quick-delete. Every new passphrase goes through cli_secrets.Secrets, which refuses a Weak one."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from ..core import duress
from ..core.errors import UsageError
from ..core.evidence.importer import Status
from ..core.session.vault import Vault
from ..i18n import QT_TRANSLATE_NOOP, translate
from .opening import existing_vault, vault_dir
from .passphrase_input import Secrets, read_secret_file

DURESS_EXPLANATION = QT_TRANSLATE_NOOP(
    "cli",
    """\
A duress passphrase is for when someone forces you to open the vault.
Typed instead of your passphrase, it seems to work: it opens a decoy vault holding
only what you choose now (or nothing). At the same moment it destroys the key of
your real vault. Nobody can recover the real evidence afterwards, not even you:
your passphrase and recovery code will then say "wrong passphrase".
Before you set it up, seal a bundle of your evidence to investigators you trust.
It does not protect a copy of the vault taken before the duress passphrase is typed,
and destroying evidence may itself be a crime where you are. See docs/threat-model.md.""",
)


def cmd_duress(args: argparse.Namespace) -> int:
    secrets = Secrets(args)
    vault = Vault.unlock(existing_vault(args), secrets.current())
    try:
        if args.duress_command == "status":
            print(
                translate("cli", "A duress passphrase is set.")
                if duress.is_set(vault)
                else translate("cli", "No duress passphrase is set.")
            )
            return 0
        if args.duress_command == "clear":
            duress.clear(vault)
            print(translate("cli", "The duress passphrase is cleared; the decoy is gone."))
            return 0
        print(translate("cli", DURESS_EXPLANATION), file=sys.stderr)
        phrase = secrets.new("duress", from_file=args.duress_passphrase_file)
        made = duress.set_up(vault, phrase, [Path(p) for p in args.decoy or []])
        summary = made.summary
        decoy_items = summary.count(Status.IMPORTED) + summary.count(Status.DUPLICATE)
        print(
            translate("cli", "Duress passphrase set. The decoy holds {decoy_items} item(s).").format(
                decoy_items=decoy_items
            )
        )
        print(
            translate(
                "cli",
                "The decoy's recovery code: not your vault's. If you are made to hand over a recovery "
                "code, this one opens the decoy (and destroys the real vault). Shown only once.",
            )
        )
        print()
        print(f"    {made.recovery_code}")
        return 0
    finally:
        vault.lock()


def cmd_quick_delete(args: argparse.Namespace) -> int:
    directory = vault_dir(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(translate("cli", "quick-delete destroys the vault for good; confirm with --yes"))
        answer = input(
            translate(
                "cli", "Destroy the vault at {directory} for good? Nobody can recover it. Type yes: "
            ).format(directory=directory)
        )
        if answer.strip().lower() != "yes":
            print(translate("cli", "Nothing was destroyed."))
            return 2
    duress.quick_delete(directory)
    print(translate("cli", "Done."))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    secrets = Secrets(args)
    vault = Vault.unlock(existing_vault(args), secrets.current(again=True))
    try:
        vault.change_passphrase(secrets.new(from_file=args.new_passphrase_file))
    finally:
        vault.lock()
    print(translate("cli", "Passphrase changed. The old passphrase no longer opens the vault."))
    return 0


def cmd_recovery(args: argparse.Namespace) -> int:
    secrets = Secrets(args)
    if args.recovery_code_file:
        code = read_secret_file(
            args.recovery_code_file, QT_TRANSLATE_NOOP("cli", "no recovery code given (empty input)")
        )
    else:
        code = getpass.getpass(translate("cli", "Recovery code: "))
    vault = Vault.unlock_with_recovery(existing_vault(args), code)
    try:
        vault.change_passphrase(secrets.new(from_file=args.new_passphrase_file))
    finally:
        vault.lock()
    print(translate("cli", "New passphrase set. The recovery code still works; keep it safe."))
    return 0
