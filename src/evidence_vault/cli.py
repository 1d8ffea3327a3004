"""Command line: a thin layer over the core services.

Exit codes (stable): 0 success, 1 verification/integrity failure or a file
that failed to import, 2 usage error, 3 wrong passphrase or locked, 4 damaged
vault. ``--json`` output is documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__, cli_bundle, cli_media, cli_sanitize, cli_statements
from .core import anchor, custody, duress, items, kdf, locations, minisign, selftest
from .core import verify as verify_service
from .core.errors import UsageError, VaultError
from .core.importer import Importer, ImportProgress, ImportResult, Status
from .core.vault import Vault
from .core.visible import visible_text
from .i18n import QT_TRANSLATE_NOOP, translate
from .statusline import StatusLine

# -- secrets input -----------------------------------------------------------------
# Whole sentences for each kind of secret, so that translations never splice an English
# noun into a sentence: (prompt, repeat prompt, empty, differ, nothing in the file).
_NEW_SECRET = {
    "passphrase": (
        QT_TRANSLATE_NOOP("cli", "New passphrase: "),
        QT_TRANSLATE_NOOP("cli", "Repeat the new passphrase: "),
        QT_TRANSLATE_NOOP("cli", "the new passphrase must not be empty"),
        QT_TRANSLATE_NOOP("cli", "the two passphrases differ; nothing was changed"),
        QT_TRANSLATE_NOOP("cli", "no new passphrase given (empty input)"),
    ),
    "duress": (
        QT_TRANSLATE_NOOP("cli", "New duress passphrase: "),
        QT_TRANSLATE_NOOP("cli", "Repeat the duress passphrase: "),
        QT_TRANSLATE_NOOP("cli", "the duress passphrase must not be empty"),
        QT_TRANSLATE_NOOP("cli", "the two duress passphrases differ; nothing was changed"),
        QT_TRANSLATE_NOOP("cli", "no duress passphrase given (empty input)"),
    ),
}


def _read_secret_line(stream: TextIO, empty_message: str) -> str:
    line = stream.readline()
    if not line:
        raise UsageError(translate("cli", empty_message))
    return line.rstrip("\r\n")


class Secrets:
    """Where passphrases come from: a file, a file descriptor, or the terminal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.file: str | None = args.passphrase_file
        self.fd: int | None = args.passphrase_fd
        self._lines: list[str] | None = None

    def _supplied(self) -> list[str] | None:
        """All lines of the supplied file/fd (read once), or None for the terminal."""
        if self._lines is None and (self.file is not None or self.fd is not None):
            try:
                if self.file is not None:
                    with open(self.file, encoding="utf-8") as handle:
                        text = handle.read()
                else:
                    assert self.fd is not None
                    with os.fdopen(self.fd, encoding="utf-8", closefd=False) as handle:
                        text = handle.read()
            except OSError as exc:
                raise UsageError(
                    translate("cli", "cannot read the passphrase: {strerror}").format(strerror=exc.strerror)
                ) from exc
            self._lines = [line.rstrip("\r") for line in text.split("\n")]
        return self._lines

    def current(self, *, again: bool = False) -> str:
        """The passphrase that opens the vault; ``again`` when it is asked to confirm a change."""
        lines = self._supplied()
        if lines is not None:
            if not lines or not lines[0]:
                raise UsageError(translate("cli", "the passphrase file is empty"))
            return lines[0]
        prompt = translate("cli", "Current passphrase: ") if again else translate("cli", "Passphrase: ")
        return getpass.getpass(prompt)

    def new(self, kind: str = "passphrase", *, from_file: str | None = None) -> str:
        prompt, repeat, empty, differ, nothing = _NEW_SECRET[kind]
        if from_file is not None:
            with open(from_file, encoding="utf-8") as handle:
                return _read_secret_line(handle, nothing)
        first = getpass.getpass(translate("cli", prompt))
        if not first:
            raise UsageError(translate("cli", empty))
        if getpass.getpass(translate("cli", repeat)) != first:
            raise UsageError(translate("cli", differ))
        return first


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else locations.default_vault_dir()


def _open(args: argparse.Namespace) -> Vault:
    vault = Vault.unlock(_vault_dir(args), Secrets(args).current())
    for warning in vault.warnings:
        print(translate("cli", "evidence-vault: WARNING: {warning}").format(warning=warning), file=sys.stderr)
    return vault


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def human_size(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if size < 1024 or unit == "TiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


# -- commands ------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    directory = _vault_dir(args)
    secrets = Secrets(args)
    passphrase = secrets.current() if secrets._supplied() is not None else secrets.new()
    if not kdf.weak_kdf_allowed():
        print(
            translate("cli", "Measuring this computer to choose the key-derivation cost..."), file=sys.stderr
        )
    vault, code = Vault.create(directory, passphrase)
    vault.lock()
    print(translate("cli", "Vault created at {directory}").format(directory=directory))
    print(
        translate(
            "cli", "Recovery code: write it down now and keep it somewhere safe. It is shown only once,"
        )
    )
    print(translate("cli", "and it opens the vault if the passphrase is forgotten."))
    print()
    print(f"    {code}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    vault = _open(args)
    line = StatusLine(sys.stderr)

    def progress(state: ImportProgress) -> None:
        rate = state.bytes_done / max(time.monotonic() - line.started, 1e-6)
        line.show(
            translate("cli", "[{files_done}/{files_total}] {done} of {total}, {rate}/s  {current}").format(
                files_done=state.files_done,
                files_total=state.files_total,
                done=human_size(state.bytes_done),
                total=human_size(state.bytes_total),
                rate=human_size(rate),
                current=state.current,
            )
        )

    def on_result(result: ImportResult) -> None:
        line.clear()
        detail = f"item {result.item_id}" if result.item_id else result.message
        print(f"{result.status.value:>16}: {result.path} ({detail})", flush=True)

    cancel = threading.Event()
    try:
        summary = Importer(vault, case=args.case, tags=args.tag or []).run(
            [Path(p) for p in args.paths], progress=progress, cancel=cancel, on_result=on_result
        )
    except KeyboardInterrupt:
        cancel.set()
        vault.lock()
        raise
    except BaseException:
        vault.lock()
        raise
    line.clear()
    failed = summary.count(Status.FAILED)
    print(
        translate("cli", "Imported {imported}, already present {present}, failed {failed}.").format(
            imported=summary.count(Status.IMPORTED), present=summary.count(Status.DUPLICATE), failed=failed
        )
    )
    for result in summary.results:
        if result.status is Status.FAILED:
            print(
                translate("cli", "  failed: {path}: {message}").format(
                    path=result.path, message=result.message
                )
            )
    try:
        if not args.no_analyse:
            # After the originals are stored, never during: storing is never slowed by parsers.
            cli_media.run_analysis(vault)
    finally:
        vault.lock()
    return 1 if failed else 0


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        rows = items.list_items(vault.conn)
    if args.json:
        _print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        print(
            f"{row.id:>6}  {row.content_type:<28} {human_size(row.size):>10}  "
            f"{row.sha256}  {row.imported_at}  {visible_text(row.name)}"
        )
    if not rows:
        print(translate("cli", "The vault is empty. Add evidence with: evidence-vault import FILE_OR_FOLDER"))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        detail = items.details(vault.conn, items.resolve(vault.conn, args.item))
        media = cli_media.media_json(vault.conn, detail.item.id)
        if not args.json:
            _print_details(detail)
            cli_media.print_media(vault.conn, detail.item.id)
    if args.json:
        _print_json({**detail.to_json(), **media})
        return 0
    print(translate("cli", "Custody:"))
    for event in detail.events:
        print(f"  #{event.seq:<6} {event.time}  {event.action}")
    return 0


def _print_details(detail: items.ItemDetails) -> None:
    item = detail.item
    for label, value in (
        ("Item", str(item.id)),
        ("Name", item.name),
        ("Type", item.content_type),
        ("Size", f"{human_size(item.size)} ({item.size} bytes)"),
        ("SHA-256", item.sha256),
        ("Imported", item.imported_at),
        ("Cases", ", ".join(detail.cases) or "-"),
        ("Tags", ", ".join(detail.tags) or "-"),
    ):
        print(f"{label + ':':<10} {visible_text(value)}")


def cmd_analyse(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        return cli_media.cmd_analyse(vault)


def cmd_extract(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        item = items.resolve(vault.conn, args.item)
        items.extract(vault, item, Path(args.out))
    print(
        translate("cli", "Wrote item {id} to {out} ({size} bytes, SHA-256 {sha256})").format(
            id=item.id, out=args.out, size=item.size, sha256=item.sha256
        )
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        report = verify_service.verify(vault)
    if args.json:
        _print_json(report.to_json())
    else:
        print(
            translate("cli", "Checked {items_checked} items and {events_checked} custody events.").format(
                items_checked=report.items_checked, events_checked=report.events_checked
            )
        )
        if report.ok:
            print(
                translate(
                    "cli", "Verification passed: every item matches its hash and the custody log is intact."
                )
            )
        for problem in report.problems:
            print(translate("cli", "PROBLEM: {problem}").format(problem=problem))
    return 0 if report.ok else 1


def cmd_log(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        item_id = items.resolve(vault.conn, args.item).id if args.item else None
        events = list(custody.events(vault.conn, item_id))
    if args.json:
        _print_json([event.to_json() for event in events])
        return 0
    for event in events:
        # json.dumps escapes C0 controls but leaves bidi and zero-width characters raw.
        params = visible_text(json.dumps(event.body["params"], ensure_ascii=False))
        print(f"#{event.seq:<6} {event.time}  {event.action:<26} {params}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        item = items.resolve(vault.conn, args.item)
        items.delete(vault, item, args.reason)
    print(
        translate("cli", "Deleted the bytes of item {id}. Its record and custody events remain.").format(
            id=item.id
        )
    )
    return 0


def cmd_anchor(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        shown = anchor.show(vault, args.tsa)
        if args.qr_png:
            anchor.qr_png(shown.anchor, Path(args.qr_png))
    head, code, stamped = shown.head, shown.anchor, shown.timestamp
    if args.json:
        _print_json(
            {"code": code.code, "qr": code.qr_payload, "tree_head": head.to_json(), "timestamp": stamped}
        )
        return 0
    print(
        translate("cli", "Custody log anchor: {size} events, signed {time}").format(
            size=head.size, time=head.time
        )
    )
    print(translate("cli", "Root: {root}").format(root=head.root.hex()))
    if stamped is not None:
        print(
            translate("cli", "Timestamped by {server} at {time}").format(
                server=stamped["server"], time=stamped["time"]
            )
        )
    print(translate("cli", "Keep this code outside the vault (a message to someone you trust, or paper)."))
    print(translate("cli", "'evidence-vault anchors check CODE' later proves the log still extends it."))
    if not args.no_qr:
        print(anchor.qr_text(code), end="")
    print(code.code)
    return 0


def cmd_anchors_check(args: argparse.Namespace) -> int:
    wanted = anchor.Anchor.parse(args.code)
    with _open(args) as vault:
        result = anchor.check(vault.conn, wanted)
    if args.json:
        _print_json(
            {
                "ok": result.ok,
                "message": result.message,
                "anchored_size": result.anchored_size,
                "current_size": result.current_size,
                "anchored_root": result.anchored_root.hex() if result.anchored_root else None,
                "current_root": result.current_root.hex(),
                "consistency_proof": [h.hex() for h in result.proof],
            }
        )
    else:
        print((translate("cli", "OK: ") if result.ok else translate("cli", "FAILED: ")) + result.message)
    return 0 if result.ok else 1


def cmd_signing_key(args: argparse.Namespace) -> int:
    with _open(args) as vault:
        key = vault.verify_key
    if args.json:
        _print_json(
            {
                "fingerprint": minisign.fingerprint(key),
                "minisign_public_key": minisign.public_key_line(key),
                "key_id": minisign.key_id_text(key),
                "ed25519_public_key": bytes(key).hex(),
            }
        )
        return 0
    print(
        translate("cli", "Fingerprint (compare by voice): {fingerprint}").format(
            fingerprint=minisign.fingerprint(key)
        )
    )
    print(translate("cli", "minisign public key:"))
    print(minisign.public_key_file(key), end="")
    return 0


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
    vault = Vault.unlock(_vault_dir(args), secrets.current())
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
    directory = _vault_dir(args)
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
    vault = Vault.unlock(_vault_dir(args), secrets.current(again=True))
    try:
        vault.change_passphrase(secrets.new(from_file=args.new_passphrase_file))
    finally:
        vault.lock()
    print(translate("cli", "Passphrase changed. The old passphrase no longer opens the vault."))
    return 0


def cmd_recovery(args: argparse.Namespace) -> int:
    secrets = Secrets(args)
    if args.recovery_code_file:
        with open(args.recovery_code_file, encoding="utf-8") as handle:
            code = _read_secret_line(handle, QT_TRANSLATE_NOOP("cli", "no recovery code given (empty input)"))
    else:
        code = getpass.getpass(translate("cli", "Recovery code: "))
    vault = Vault.unlock_with_recovery(_vault_dir(args), code)
    try:
        vault.change_passphrase(secrets.new(from_file=args.new_passphrase_file))
    finally:
        vault.lock()
    print(translate("cli", "New passphrase set. The recovery code still works; keep it safe."))
    return 0


# -- parser --------------------------------------------------------------------------
class _SelfTestAction(argparse.Action):
    """``--selftest``: every known-answer test and a throwaway vault, then exit (0 or 5)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        report = selftest.run(selftest.FULL)
        print("\n".join(report.lines()))
        print(report.message(), file=sys.stdout if report.ok else sys.stderr)
        parser.exit(0 if report.ok else selftest.EXIT_BROKEN)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evidence-vault",
        description="Offline encrypted evidence vault with a verifiable chain of custody.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--selftest", action=_SelfTestAction, nargs=0, help="check this copy of the program works, then exit"
    )
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help=f"vault directory (default: ${locations.VAULT_ENV}, portable mode, or your data folder)",
    )
    secret = parser.add_mutually_exclusive_group()
    secret.add_argument("--passphrase-file", metavar="F", help="read the passphrase from the first line of F")
    secret.add_argument(
        "--passphrase-fd", metavar="N", type=int, help="read the passphrase from file descriptor N"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(func=func)
        return command

    add("init", cmd_init, "create a new vault and print its recovery code")
    p = add("import", cmd_import, "import files and folders (recursively) as evidence")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--case", metavar="NAME", help="file the items under this case")
    p.add_argument("--tag", metavar="TAG", action="append", help="tag the items (repeatable)")
    p.add_argument("--no-analyse", action="store_true", help="do not read metadata after importing")
    add("analyse", cmd_analyse, "read metadata and make previews for items not analysed yet")
    p = add("list", cmd_list, "list the items in the vault")
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, "show everything known about one item")
    p.add_argument("item", metavar="ITEM", help="item id or SHA-256 prefix")
    p.add_argument("--json", action="store_true")
    p = add("extract", cmd_extract, "write an item's original, byte-exact, to a new file")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--out", metavar="FILE", required=True)
    p = add("verify", cmd_verify, "re-hash every item and check the database and custody log")
    p.add_argument("--json", action="store_true")
    p = add("log", cmd_log, "print the custody log")
    p.add_argument("--item", metavar="ITEM", help="only events about this item")
    p.add_argument("--json", action="store_true")
    p = add("delete", cmd_delete, "remove an item's bytes, keeping its record and custody events")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--reason", required=True, help="why (kept in the custody log)")
    p = add("anchor", cmd_anchor, "sign the custody log's head and show it as a code to keep outside")
    p.add_argument("--qr-png", metavar="FILE", help="also write the QR code as a PNG image")
    p.add_argument("--no-qr", action="store_true", help="do not print the QR code on the terminal")
    p.add_argument(
        "--tsa",
        metavar="URL",
        help="also get an RFC 3161 timestamp from this server (connects to the network; off unless given)",
    )
    p.add_argument("--json", action="store_true")
    p = add("anchors", cmd_anchors_check, "check the vault against an anchor kept outside it")
    anchors_sub = p.add_subparsers(dest="anchors_command", required=True, metavar="check")
    p = anchors_sub.add_parser("check", help="exit 0 if the current log extends the anchored one")
    p.add_argument("code", metavar="CODE", help="the anchor code (or the QR code's content)")
    p.add_argument("--json", action="store_true")
    p = add("signing-key", cmd_signing_key, "show the vault's signing key (fingerprint, minisign format)")
    p.add_argument("--json", action="store_true")
    p = add(
        "duress", cmd_duress, "set, clear or check a duress passphrase (opens a decoy, destroys the vault)"
    )
    duress_sub = p.add_subparsers(dest="duress_command", required=True, metavar="set|clear|status")
    q = duress_sub.add_parser("set", help="set a duress passphrase and build its decoy")
    q.add_argument("--duress-passphrase-file", metavar="F", help="read the duress passphrase from F")
    q.add_argument(
        "--decoy", metavar="PATH", action="append", help="innocuous files or folders for the decoy"
    )
    duress_sub.add_parser("clear", help="remove the duress passphrase and its decoy")
    duress_sub.add_parser("status", help="say whether a duress passphrase is set")
    p = add("quick-delete", cmd_quick_delete, "destroy the vault now, without a passphrase (irreversible)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = add("passwd", cmd_passwd, "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="F")
    p = add("recovery", cmd_recovery, "unlock with the recovery code and set a new passphrase")
    p.add_argument("--recovery-code-file", metavar="F")
    p.add_argument("--new-passphrase-file", metavar="F")
    cli_statements.add_parsers(add, _open, _print_json)
    cli_sanitize.add_parsers(add, _open, _print_json)
    cli_bundle.add_parsers(add, _open, _print_json)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        selftest.startup_check()  # a few ms: known answers before any evidence is touched
        return int(args.func(args))
    except VaultError as exc:
        print(translate("cli", "evidence-vault: {exc}").format(exc=exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(translate("cli", "\nevidence-vault: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
