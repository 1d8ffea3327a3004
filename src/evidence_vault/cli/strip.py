"""``strip``: cleaned copies of files into a folder, no vault needed.

It imports only the cleaning's parent side: the files are cleaned by worker processes
(``core/sanitize/standalone.py``), so this process loads neither the vault nor the parsers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.sanitize.standalone import strip_files
from ..core.visible import visible_text
from ..i18n import translate
from .output import print_json


def cmd_strip(args: argparse.Namespace) -> int:
    results, refused = [], 0
    stripped = strip_files(
        [Path(n) for n in args.paths], Path(args.out), heic_to=args.heic_to, flatten_pdf=args.flatten_pdf
    )
    for result, raw_name in zip(stripped, args.paths, strict=True):
        refused += not result.ok
        # The names come from the file system and the values from inside the files: both
        # may hold escape codes or bidi controls that would rewrite the terminal.
        name = visible_text(raw_name)
        results.append(result.to_json())
        if args.json:
            continue
        if result.ok:
            note = " (pixels were re-encoded)" if result.reencoded else ""
            print(
                translate("cli", "cleaned: {name} -> {output}{note}").format(
                    name=name, output=visible_text(str(result.output)), note=note
                )
            )
            if args.report:
                for removed in result.removed:
                    print(
                        translate("cli", "    removed: {removed}").format(removed=visible_text(str(removed)))
                    )
            else:
                print(
                    translate("cli", "    removed {count} fields and places (--report lists them)").format(
                        count=len(result.removed)
                    )
                )
        else:
            print(
                translate("cli", "REFUSED: {name}: {refused}").format(
                    name=name, refused=visible_text(str(result.refused))
                )
            )
            for left in result.remaining:
                print(translate("cli", "    remaining: {left}").format(left=visible_text(str(left))))
    if args.json:
        print_json(results)
    return 1 if refused else 0
