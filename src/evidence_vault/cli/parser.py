"""The command line's options, apart from what runs the commands.

Building the parser loads nothing but argparse and a few constants: each command's module
(and the core it needs) is imported by ``main`` only once that command was chosen, so
``strip`` on a few files does not wait for the vault's storage, cryptography or the face
detector to load. Each command names what runs it as ``run=(module, function)``, a module of
this package listed in ``main.COMMAND_MODULES``; a test resolves every one of them.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .. import __version__
from . import options as cli_options
from . import parser_records
from .options import input_path

Add = parser_records.Add


class _SelfTestAction(argparse.Action):
    """``--selftest``: every known-answer test and a throwaway vault, then exit (0 or 5)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> None:
        from ..core.audit import selftest  # only when asked for: it loads every primitive

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
    cli_options.add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, run: tuple[str, str] | None, help_text: str) -> argparse.ArgumentParser:
        """``run`` is None for a command whose own commands each say what runs them."""
        command = sub.add_parser(name, help=help_text, description=help_text)
        if run is not None:
            command.set_defaults(run=run)
        return command

    _vault_commands(add)
    parser_records.add_passphrase_commands(add)
    parser_records.add_statement_commands(add)
    parser_records.add_case_commands(add)
    _cleaning_commands(add)
    _bundle_commands(add)
    cli_options.share_global_options(parser)
    return parser


def _distance(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of bits: {text!r}") from None
    if not 0 <= value <= 32:  # similar.MAX_DISTANCE: beyond, half the bits differ
        raise argparse.ArgumentTypeError(f"between 0 and 32 bits, not {value}")
    return value


def _vault_commands(add: Add) -> None:
    cli_options.add_accept_weak(
        add("init", ("vault", "cmd_init"), "create a new vault and print its recovery code")
    )
    p = add("import", ("vault", "cmd_import"), "import files and folders (recursively) as evidence")
    p.add_argument("paths", nargs="+", metavar="PATH", type=input_path)
    p.add_argument("--case", metavar="NAME", help="file the items under this case")
    p.add_argument("--tag", metavar="TAG", action="append", help="tag the items (repeatable)")
    p.add_argument("--no-analyse", action="store_true", help="do not read metadata after importing")
    p = add(
        "import-proofmode",
        ("proofmode", "cmd_import_proofmode"),
        "import a ProofMode export (folder or .zip): media as items, proofs checked and kept with them",
    )
    p.add_argument("path", metavar="PATH", type=input_path)
    p.add_argument("--case", metavar="NAME", help="file the items under this case")
    p.add_argument("--tag", metavar="TAG", action="append", help="tag the items (repeatable)")
    p.add_argument("--no-analyse", action="store_true", help="do not read metadata after importing")
    add("analyse", ("vault", "cmd_analyse"), "read metadata and make previews for items not analysed yet")
    p = add(
        "similar",
        ("similar", "cmd_similar"),
        "list items that look alike (re-encoded copies), with a distance; nothing is merged",
    )
    p.add_argument(
        "--max-distance",
        metavar="N",
        type=_distance,
        default=10,
        help="at most this many of the 64 bits of the perceptual hash differ (0-32, default 10)",
    )
    p.add_argument("--json", action="store_true")
    p = add("list", ("vault", "cmd_list"), "list the items in the vault")
    p.add_argument("--json", action="store_true")
    p = add("show", ("vault", "cmd_show"), "show everything known about one item")
    p.add_argument("item", metavar="ITEM", help="item id or SHA-256 prefix")
    p.add_argument("--json", action="store_true")
    p = add("extract", ("vault", "cmd_extract"), "write an item's original, byte-exact, to a new file")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--out", metavar="FILE", required=True)
    p = add("verify", ("vault", "cmd_verify"), "re-hash every item and check the database and custody log")
    p.add_argument("--json", action="store_true")
    p = add("log", ("vault", "cmd_log"), "print the custody log, an event a line in words")
    p.add_argument("--item", metavar="ITEM", help="only events about this item")
    p.add_argument("--raw", action="store_true", help="each event's action and details as recorded")
    p.add_argument("--json", action="store_true", help="every event whole, as signed")
    p = add(
        "delete", ("vault", "cmd_delete"), "remove an item's bytes, keeping its record and custody events"
    )
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--reason", required=True, help="why (kept in the custody log)")
    p = add(
        "anchor", ("vault", "cmd_anchor"), "sign the custody log's head and show it as a code to keep outside"
    )
    p.add_argument("--qr-png", metavar="FILE", help="also write the QR code as a PNG image")
    p.add_argument("--no-qr", action="store_true", help="do not print the QR code on the terminal")
    p.add_argument(
        "--tsa",
        metavar="URL",
        help="also get an RFC 3161 timestamp from this server (connects to the network; off unless given)",
    )
    p.add_argument("--json", action="store_true")
    p = add("anchors", ("vault", "cmd_anchors_check"), "check the vault against an anchor kept outside it")
    anchors_sub = p.add_subparsers(dest="anchors_command", required=True, metavar="check")
    p = anchors_sub.add_parser("check", help="exit 0 if the current log extends the anchored one")
    p.add_argument("code", metavar="CODE", help="the anchor code (or the QR code's content)")
    p.add_argument("--json", action="store_true")
    p = add(
        "signing-key",
        ("vault", "cmd_signing_key"),
        "show the vault's signing key (fingerprint, minisign format)",
    )
    p.add_argument("--json", action="store_true")


def _cleaning_commands(add: Add) -> None:
    def options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--heic-to", choices=("jpeg", "heic"), default="jpeg", help="HEIC is re-encoded to this"
        )
        p.add_argument("--flatten-pdf", action="store_true", help="rebuild PDFs from their page images")

    p = add(
        "strip",
        ("strip", "cmd_strip"),
        "write cleaned copies of files into a folder (no vault needed); exit 1 if any is refused",
    )
    p.add_argument("paths", nargs="+", metavar="IN", type=input_path)
    p.add_argument("--out", metavar="DIR", required=True)
    p.add_argument("--report", action="store_true", help="list every field removed")
    p.add_argument("--json", action="store_true")
    options(p)
    p = add(
        "sanitize",
        ("sanitize", "cmd_sanitize"),
        "make a cleaned copy (derivative) of an item inside the vault",
    )
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--json", action="store_true")
    options(p)
    p = add(
        "risk-report", ("sanitize", "cmd_risk_report"), "what sanitizing would remove, keep or fail to clean"
    )
    p.add_argument("items", nargs="+", metavar="ITEM")
    p.add_argument("--json", action="store_true")
    options(p)

    p = add(
        "anonymise",
        ("anonymise", "cmd_anonymise"),
        "hide faces (and with --voice disguise voices) in copies of files for publication (no vault "
        "needed); exit 1 if any is refused",
    )
    p.add_argument("paths", nargs="+", metavar="IN", type=input_path)
    p.add_argument("--out", metavar="DIR", help="folder for the anonymised copies")
    _request_options(p)
    p.add_argument("--review", action="store_true", help="list the faces found, numbered; write nothing")
    p.add_argument("--json", action="store_true")


def _request_options(p: argparse.ArgumentParser) -> None:
    """What a person asks of an anonymised copy (``anonymise`` and ``export --profile anonymised``)."""
    p.add_argument(
        "--add-box", action="append", metavar="X,Y,W,H[@FROM-TO]",
        help="also hide this rectangle (pixels; for a video, over frames FROM to TO)",
    )  # fmt: skip
    p.add_argument(
        "--drop-box", action="append", type=int, metavar="N",
        help="do not hide found box (picture) or track (video) N, as --review numbers them; needs --reviewed",
    )  # fmt: skip
    p.add_argument(
        "--reviewed", metavar="FINGERPRINT",
        help="the fingerprint --review printed (all 64 hex characters, or the first 16 or more): the copy "
        "is made only if detection finds exactly what was reviewed",
    )  # fmt: skip
    p.add_argument("--voice", action="store_true", help="disguise voices (audio files and soundtracks)")
    p.add_argument("--audio", choices=("keep", "remove"), default="keep", help="a video's sound")
    p.add_argument("--confirmed-by", metavar="NAME", help="who reviewed the boxes (recorded)")
    p.add_argument(
        "--silence",
        action="append",
        metavar="FROM-TO",
        help="with --voice: silence these seconds (a name said)",
    )
    p.add_argument(
        "--tone", action="append", metavar="FROM-TO", help="with --voice: a quiet tone over these seconds"
    )


def _bundle_commands(add: Add) -> None:
    p = add("keys", ("bundle", "cmd_keys_generate"), "make an age identity for receiving bundles")
    sub = p.add_subparsers(dest="keys_command", required=True, metavar="generate")
    q = sub.add_parser("generate", help="write a new age identity file and print its public key")
    q.add_argument("--out", required=True, metavar="FILE")
    q.add_argument("--json", action="store_true")

    p = add("recipients", ("bundle", "cmd_recipients"), "who bundles can be sealed to")
    sub = p.add_subparsers(dest="recipients_command", required=True, metavar="add|list|remove")
    q = sub.add_parser("add", help="add a recipient by name and age public key (age1…)")
    q.add_argument("name")
    q.add_argument("public_key", metavar="AGE1…")
    q = sub.add_parser("list", help="list recipients with their fingerprints")
    q.add_argument("--json", action="store_true")
    q = sub.add_parser("remove", help="remove a recipient")
    q.add_argument("name")

    p = add("provenance", None, "Content Credentials (C2PA): the trust anchors signers are checked against")
    sub = p.add_subparsers(dest="provenance_command", required=True, metavar="trust")
    q = sub.add_parser("trust", help="install, list or remove trust anchors (PEM); nothing is fetched")
    q.set_defaults(run=("provenance", "cmd_trust"))
    trust_sub = q.add_subparsers(dest="trust_command", required=True, metavar="add|list|remove")
    r = trust_sub.add_parser("add", help="install every certificate of a PEM file as a trust anchor")
    r.add_argument("file", metavar="FILE.pem")
    r = trust_sub.add_parser("list", help="list the installed trust anchors")
    r.add_argument("--json", action="store_true")
    r = trust_sub.add_parser("remove", help="remove a trust anchor by its number or SHA-256")
    r.add_argument("anchor", metavar="ID|SHA256")

    p = add("export", ("bundle", "cmd_export"), "seal items into a bundle for recipients")
    p.add_argument("items", nargs="*", metavar="ITEM")
    p.add_argument("--statement", action="append", metavar="ID", help="a witness statement (repeatable)")
    p.add_argument(
        "--with-identity",
        action="store_true",
        help="include the witnesses' real names and contacts (only where their consent allows)",
    )
    p.add_argument("--case", metavar="NAME", help="every item of this case")
    p.add_argument("--to", action="append", required=True, metavar="NAME", help="recipient (repeatable)")
    p.add_argument("--out", required=True, metavar="FILE", help="the bundle to write (NAME.evb)")
    p.add_argument(
        "--profile",
        choices=("originals", "sanitized", "anonymised"),
        default="originals",
        help="originals for investigators; sanitized or anonymised (faces hidden) copies to publish",
    )
    _request_options(p)
    p.add_argument(
        "--withhold",
        action="append",
        metavar="FIELDS",
        help="originals only: withhold device-identifying fields (device, or any of serials,make-model,"
        "software,owner); positions and times are kept",
    )
    p.add_argument("--json", action="store_true")

    p = add("bundle", ("bundle", "cmd_bundle"), "check, open or import a received bundle, or report on it")
    sub = p.add_subparsers(
        dest="bundle_command", required=True, metavar="verify|open|import|intake|report|bag"
    )
    q = sub.add_parser(
        "report", help="check, then write a court-ready verification report (PDF), FAILED or not"
    )
    q.add_argument("file", metavar="FILE", type=input_path)
    q.add_argument("--identity", required=True, metavar="KEYFILE", type=input_path)
    q.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF to write (never overwritten)")
    _bag_command(sub)
    for name, text in (
        ("verify", "decrypt and check everything; exit 1 on any problem; writes nothing"),
        ("open", "check, then write the contents and a report to a new folder"),
        ("import", "check, then import into this vault keeping the sender's proofs"),
    ):
        q = sub.add_parser(name, help=text)
        q.add_argument("file", metavar="FILE", type=input_path)
        q.add_argument("--identity", required=True, metavar="KEYFILE", type=input_path)
        q.add_argument("--json", action="store_true")
        if name == "open":
            q.add_argument("--out", required=True, metavar="DIR")
        if name != "verify":
            q.add_argument(
                "--max-size",
                type=size,
                default=MAX_SIZE,  # a string default goes through ``type`` too
                metavar="SIZE",
                help="write nothing if the signed manifest declares more than SIZE of files "
                f"(for example 500M or 200G; default {MAX_SIZE})",
            )

    q = sub.add_parser(
        "intake",
        help="verify many bundles (files, or folders of *.evb), import the good ones, skip those "
        "taken in before; one line per bundle; exit 1 if any failed or was refused",
    )
    q.set_defaults(run=("bundle_batch", "cmd_intake"))
    q.add_argument("paths", nargs="+", metavar="PATH", type=input_path)
    q.add_argument("--identity", required=True, metavar="KEYFILE", type=input_path)
    q.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="bundles verified ahead of the import, in processes of their own (default 0: each "
        "bundle is verified as it is stored, in one pass)",
    )
    q.add_argument("--report", metavar="F.jsonl", help="add one JSON line per bundle to this file")
    q.add_argument("--json", action="store_true", help="print the summary as JSON")
    q.add_argument(
        "--max-size", type=size, default=MAX_SIZE, metavar="SIZE", help="per bundle, as for import"
    )


def _jobs(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 64:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of jobs from 0 to 64")
    return int(text)


def _bag_command(sub: Any) -> None:
    q = sub.add_parser(
        "bag",
        help="check, then write a BagIt package for an archive (several bundles: one bag each under DIR)",
    )
    q.set_defaults(run=("bundle_bag", "cmd_bag"))
    q.add_argument("files", nargs="+", metavar="FILE", type=input_path)
    q.add_argument("--identity", required=True, metavar="KEYFILE", type=input_path)
    q.add_argument(
        "--out", required=True, metavar="DIR", help="the bag (one bundle) or the folder of bags (several)"
    )
    q.add_argument("--source-organization", metavar="NAME", help="bag-info.txt's Source-Organization")
    q.add_argument("--no-pdf", action="store_true", help="without the court report PDF among the tag files")
    q.add_argument("--json", action="store_true")
    q.add_argument(
        "--max-size",
        type=size,
        default=MAX_SIZE,
        metavar="SIZE",
        help=f"write nothing if the signed manifest declares more than SIZE of files (default {MAX_SIZE})",
    )


MAX_SIZE = "64G"  # core.bundle.DEFAULT_MAX_BYTES, as a person writes it (a test holds them equal)


def size(text: str) -> int:
    """A size such as 500M or 64G (powers of 1024), or plain bytes."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    number, unit = text.strip().upper().rstrip("B"), 1
    if number[-1:] in units:
        number, unit = number[:-1], units[number[-1]]
    try:
        value = int(float(number) * unit)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (for example 500M or 64G)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (for example 500M or 64G)")
    return value
