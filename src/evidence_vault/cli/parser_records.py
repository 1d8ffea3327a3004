"""The options of the commands that keep records: passphrases and duress, witness statements,
cases and search (``parser`` holds the rest; see there why options live apart)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..core.evidence import vocabulary
from .options import add_accept_weak, input_path

Add = Callable[[str, tuple[str, str] | None, str], argparse.ArgumentParser]

# Field option -> Fields attribute, for `statement add` and `statement edit`.
TEXT_OPTIONS = {
    "events_start": (
        "--events-start",
        "DATE",
        "when the events began: 2020-08-10, 2020-08-10T22:30, 2020-08",
    ),
    "events_end": ("--events-end", "DATE", "when they ended, for a range"),
    "events_when": ("--when", "TEXT", "when, in words (e.g. 'the night of 9 to 10 August')"),
    "place_of_events": ("--place", "TEXT", "where the events happened"),
    "place_of_detention": ("--detention-place", "TEXT", "place of detention"),
    "perpetrators": ("--perpetrators", "TEXT", "perpetrators as described: units, uniforms, vehicles, names"),
    "injuries": ("--injuries", "TEXT", "injuries, in the witness's words"),
    "medical_care": ("--medical", "TEXT", "medical care received and medical documents"),
    "witnesses_mentioned": ("--witnesses", "TEXT", "other witnesses mentioned"),
    "interviewer": ("--interviewer", "TEXT", "who took the statement"),
    "interview_date": ("--interview-date", "DATE", "date of the interview"),
    "language": ("--language", "TEXT", "language of the statement"),
}


def add_passphrase_commands(add: Add) -> None:
    p = add(
        "duress",
        ("passphrases", "cmd_duress"),
        "set, clear or check a duress passphrase (opens a decoy, destroys the vault)",
    )
    duress_sub = p.add_subparsers(dest="duress_command", required=True, metavar="set|clear|status")
    q = duress_sub.add_parser("set", help="set a duress passphrase and build its decoy")
    q.add_argument(
        "--duress-passphrase-file", metavar="F", type=input_path, help="read the duress passphrase from F"
    )
    add_accept_weak(q)
    q.add_argument(
        "--decoy",
        metavar="PATH",
        action="append",
        type=input_path,
        help="innocuous files or folders for the decoy",
    )
    duress_sub.add_parser("clear", help="remove the duress passphrase and its decoy")
    duress_sub.add_parser("status", help="say whether a duress passphrase is set")
    p = add(
        "quick-delete",
        ("passphrases", "cmd_quick_delete"),
        "destroy the vault now, without a passphrase (irreversible)",
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = add("passwd", ("passphrases", "cmd_passwd"), "change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="F", type=input_path)
    add_accept_weak(p)
    p = add(
        "recovery", ("passphrases", "cmd_recovery"), "unlock with the recovery code and set a new passphrase"
    )
    p.add_argument("--recovery-code-file", metavar="F", type=input_path)
    p.add_argument("--new-passphrase-file", metavar="F", type=input_path)
    add_accept_weak(p)


def _commands(
    parent: argparse.ArgumentParser, dest: str, module: str
) -> Callable[..., argparse.ArgumentParser]:
    """A command's own commands (``statement add``), each run by ``module``'s function."""
    commands = parent.add_subparsers(dest=dest, required=True, metavar="COMMAND")

    def command(name: str, function: str, help_text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(run=(module, function))
        return parser

    return command


def add_statement_commands(add: Add) -> None:
    p = add("statement", None, "witness statements: add, edit, show, list, render")
    command = _commands(p, "statement_command", "statements")
    s = command("add", "cmd_statement_add", "record a new witness statement")
    _statement_options(s, new=True)
    s = command("edit", "cmd_statement_edit", "amend a statement (adds a version)")
    s.add_argument("id", metavar="ID")
    _statement_options(s, new=False)
    s.add_argument("--unlink-item", action="append", metavar="ITEM", help="remove a linked item (repeatable)")
    s.add_argument("--withdraw-consent", action="store_true", help="the witness withdrew consent")
    s.add_argument("--withdrawal-date", metavar="DATE", help="when consent was withdrawn (default: now)")
    s = command("show", "cmd_statement_show", "show a statement")
    s.add_argument("id", metavar="ID")
    s.add_argument("--json", action="store_true")
    s.add_argument(
        "--with-identity", action="store_true", help="also show the witness's real name and contact"
    )
    s = command("list", "cmd_statement_list", "list statements")
    s.add_argument("--case", metavar="NAME", help="only statements in this case")
    s.add_argument("--json", action="store_true")
    s = command("render", "cmd_statement_render", "write a statement as HTML or PDF")
    s.add_argument("id", metavar="ID")
    s.add_argument("--out", metavar="FILE", required=True)
    s.add_argument("--format", choices=vocabulary.FORMATS, default="html")
    s.add_argument("--version", type=int, metavar="N", help="an earlier version (default: the latest)")
    s.add_argument(
        "--with-identity",
        action="store_true",
        help="include the real name and contact (only if consent allows)",
    )


def add_case_commands(add: Add) -> None:
    p = add("case", None, "cases: add, update, assign, unassign, list, show")
    command = _commands(p, "case_command", "cases")
    for name, function, help_text in (
        ("add", "cmd_case_add", "create a case"),
        ("update", "cmd_case_update", "change a case's details"),
    ):
        c = command(name, function, help_text)
        c.add_argument("name", metavar="NAME")
        c.add_argument("--title", metavar="T")
        c.add_argument("--from", dest="starts_on", metavar="DATE", help="first day (2020-08-09)")
        c.add_argument("--to", dest="ends_on", metavar="DATE", help="last day")
        c.add_argument("--place", metavar="TEXT")
        c.add_argument("--description", metavar="TEXT")
    c = command("assign", "cmd_case_assign", "put items and statements in a case")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--item", action="append", metavar="ITEM")
    c.add_argument("--statement", action="append", metavar="ID")
    c = command("unassign", "cmd_case_unassign", "take items and statements out of a case")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--item", action="append", metavar="ITEM")
    c.add_argument("--statement", action="append", metavar="ID")
    c = command("list", "cmd_case_list", "list cases")
    c.add_argument("--json", action="store_true")
    c = command("show", "cmd_case_show", "show a case")
    c.add_argument("name", metavar="NAME")
    c.add_argument("--json", action="store_true")

    p = add("search", ("cases", "cmd_search"), "full-text search of items, statements, cases")
    p.add_argument("query", metavar="QUERY", help="words to find (each as a word or the start of one)")
    p.add_argument(
        "--type", metavar="TYPE", help="item, statement, case, or a content type (image, video/mp4)"
    )
    p.add_argument("--case", metavar="NAME")
    p.add_argument("--tag", metavar="TAG")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="on or after (2020-08-09, 2020-08, 2020)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="on or before")
    p.add_argument("--has-position", action="store_true", help="only items with a GPS position")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    p.add_argument("--json", action="store_true")


def _statement_options(p: argparse.ArgumentParser, *, new: bool) -> None:
    p.add_argument("--title", required=new, metavar="T")
    p.add_argument(
        "--narrative-file", required=new, metavar="F", type=input_path, help="text (UTF-8; - for stdin)"
    )
    p.add_argument("--pseudonym", required=new, metavar="P", help="the name the witness is referred to by")
    p.add_argument(
        "--witness-name", metavar="N", help="real name (kept apart, never logged or exported by default)"
    )
    p.add_argument("--witness-contact", metavar="C", help="contact details (kept apart like the name)")
    p.add_argument("--consent", choices=vocabulary.AUDIENCES, help="who may see the statement")
    p.add_argument(
        "--consent-recipient", metavar="NAME", action="append", help="an investigator named in the consent"
    )
    p.add_argument("--may-be-named", action="store_true", help="the witness agreed to be named")
    p.add_argument("--consent-date", metavar="DATE", help="when consent was given (default: today)")
    p.add_argument("--consent-how", metavar="TEXT", help="how consent was given (e.g. 'orally, on audio')")
    p.add_argument(
        "--publish-only",
        action="append",
        choices=vocabulary.PUBLISH_CONDITIONS,
        metavar="CONDITION",
        help="published copies of the linked items must have this done (repeatable): "
        + ", ".join(vocabulary.PUBLISH_CONDITIONS),
    )
    for dest, (flag, metavar, help_text) in TEXT_OPTIONS.items():
        p.add_argument(flag, dest=dest, metavar=metavar, help=help_text)
    p.add_argument(
        "--approximate",
        dest="events_approximate",
        action="store_const",
        const=True,
        help="the date is approximate",
    )
    p.add_argument(
        "--exact", dest="events_approximate", action="store_const", const=False, help=argparse.SUPPRESS
    )
    p.add_argument(
        "--body-region",
        action="append",
        choices=vocabulary.BODY_REGIONS,
        metavar="REGION",
        help=f"an injured body region (repeatable): {', '.join(vocabulary.BODY_REGIONS)}",
    )
    p.add_argument(
        "--case", action="append", metavar="NAME", help="put the statement in this case (repeatable)"
    )
    p.add_argument("--item", action="append", metavar="ITEM", help="link an item of the vault (repeatable)")
    p.add_argument("--tag", action="append", metavar="TAG", help="tag the statement (repeatable)")
