"""Command-line side of publishing safely: ``anonymise`` (no vault needed)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from ..core.anonymise.boxes import parse_box
from ..core.anonymise.one_file import Request
from ..core.anonymise.reviewed import SHORTEST, well_formed
from ..core.anonymise.standalone import anonymise_files
from ..core.errors import UsageError
from ..core.visible import visible_text
from ..i18n import translate
from .output import print_json
from .statusline import StatusLine


def request_of(args: argparse.Namespace) -> Request:
    """The person's corrections from ``--add-box``, ``--drop-box`` with ``--reviewed``,
    ``--voice`` and ``--audio`` (shared with ``export --profile anonymised``)."""
    reviewed = _reviewed(args.reviewed, bool(args.drop_box))
    try:
        added = tuple(parse_box(spec) for spec in args.add_box or ())
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.voice and args.audio == "remove":
        raise UsageError(translate("cli", "--voice disguises the sound that --audio remove takes out"))
    blank = tuple(
        (*_seconds(spec), kind)
        for kind, specs in (("silence", args.silence), ("tone", args.tone))
        for spec in specs or ()
    )
    return Request(added, tuple(args.drop_box or ()), args.voice, args.audio, args.confirmed_by or "", blank,
                   reviewed)  # fmt: skip


def _reviewed(given: str | None, dropping: bool) -> str:
    """The ``--reviewed`` fingerprint, lowercase; a drop without one is a usage error: box N
    is the Nth of one particular detection, the one the person looked at."""
    if given is None and dropping:
        raise UsageError(
            translate("cli", "--drop-box needs the fingerprint from --review: add --reviewed FINGERPRINT")
        )
    if given is None:
        return ""
    reviewed = given.strip().lower()
    if not well_formed(reviewed):
        text = translate(
            "cli", "--reviewed {given!r}: expected the fingerprint --review printed (16+ hex digits)"
        )
        raise UsageError(text.format(given=given))
    return reviewed


def _seconds(spec: str) -> tuple[float, float]:
    """``FROM-TO`` in seconds (``12.5-14``) for --silence and --tone."""
    try:
        start, end = (float(part) for part in spec.split("-", 1))
    except ValueError:
        start = end = -1.0
    if not 0 <= start < end:
        raise UsageError(
            translate("cli", "{spec!r}: expected FROM-TO in seconds, like 12.5-14").format(spec=spec)
        )
    return start, end


class _Rate:
    """Frames (or seconds of sound) a second, and the time left, for the status line."""

    def __init__(self) -> None:
        self.start = time.monotonic()

    def text(self, name: str, done: int, total: int | None) -> str:
        rate = done / max(time.monotonic() - self.start, 1e-6)
        if total:
            left = max(total - done, 0) / rate if rate > 0 else 0.0
            return translate("cli", "{name}: {done} of {total} ({rate:.1f}/s, {left:.0f} s left)").format(
                name=name, done=done, total=total, rate=rate, left=left
            )
        return translate("cli", "{name}: {done} ({rate:.1f}/s)").format(name=name, done=done, rate=rate)


def cmd_anonymise(args: argparse.Namespace) -> int:
    if not args.review and args.out is None:
        raise UsageError(
            translate("cli", "say where the anonymised copies go with --out DIR (or use --review)")
        )
    request = request_of(args)
    line = StatusLine(sys.stderr)
    rates: dict[Path, _Rate] = {}

    def progress(path: Path, done: int, total: int | None) -> None:
        rate = rates.setdefault(path, _Rate())
        line.show(rate.text(visible_text(path.name), done, total))

    out = None if args.out is None else Path(args.out)
    results, refused = [], 0
    found = anonymise_files([Path(p) for p in args.paths], out, request, review_only=args.review,
                            progress=progress)  # fmt: skip
    for result, raw_name in zip(found, args.paths, strict=True):
        line.clear()
        refused += not result.ok
        results.append(result.to_json())
        if not args.json:
            _print(result, visible_text(raw_name))
    if args.json:
        print_json(results)
    return 1 if refused else 0


def _print(result: Any, name: str) -> None:
    if not result.ok:
        print(
            translate("cli", "REFUSED: {name}: {refused}").format(
                name=name, refused=visible_text(result.refused)
            )
        )
        for left in result.remaining:
            print(translate("cli", "    remaining: {left}").format(left=visible_text(str(left))))
        return
    if result.review is not None:
        found = result.review["found"]
        if result.review["kind"] == "video":
            print(translate("cli", "{name}: {count} face track(s) over {frames} frames").format(
                name=name, count=len(found), frames=result.review["frames"]))  # fmt: skip
            for track in found:
                print(
                    translate("cli", "    track {number}: frames {first}-{last}, within {box}").format(
                        **track
                    )
                )
        else:
            print(translate("cli", "{name}: {count} face(s) found").format(name=name, count=len(found)))
            for box in found:
                print(translate("cli", "    box {number}: {box} (score {score})").format(**box))
        if not found:
            print(translate("cli", "    add a box over any face the detector missed: --add-box X,Y,W,H"))
        print(
            translate(
                "cli", "    fingerprint {fingerprint} (to drop a box: --drop-box N --reviewed {short})"
            ).format(fingerprint=result.review["fingerprint"], short=result.review["fingerprint"][:SHORTEST])
        )
        return
    record = result.record
    print(
        translate("cli", "anonymised: {name} -> {output}").format(
            name=name, output=visible_text(result.output)
        )
    )
    if result.kind == "picture":
        text = translate("cli", "    {count} face box(es) redacted, re-encoded, metadata checked")
        print(text.format(count=len(record["boxes"])))
    elif result.kind == "video":
        if "voice" in record:
            sound = translate("cli", "voice disguised")
        elif record["audio"] == "remove":
            sound = translate("cli", "sound removed")
        else:
            sound = translate("cli", "sound kept")
        text = translate(
            "cli", "    {tracks} face track(s) and {added} added box(es) over {frames} frames, {sound}"
        )
        print(text.format(tracks=len(record["tracks"]), added=len(record["added"]), frames=record["frames"],
                          sound=sound))  # fmt: skip
    else:
        print(translate("cli", "    voice disguised, metadata checked"))
