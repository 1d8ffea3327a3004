"""Command-line side of the sanitizer: ``strip`` (no vault), ``sanitize`` and ``risk-report``."""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from .core import items
from .core import sanitize as sanitizer
from .core.errors import UsageError
from .core.placing import put_in_place
from .core.vault import Vault
from .i18n import translate


def _write_new(path: Path) -> Any:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise UsageError(
            translate("cli", "{path} already exists; not overwriting it").format(path=path)
        ) from None
    return os.fdopen(fd, "w+b")


def _strip_one(path: Path, out_dir: Path, heic_to: str, flatten_pdf: bool) -> tuple[bool, dict[str, Any]]:
    target = out_dir / path.name
    if target.exists():
        return False, {"file": str(path), "refused": f"{target} already exists; not overwriting it"}
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        if sanitizer.detect(head) in ("mp4",):
            # FFmpeg writes the file itself (much faster than through Python), under a
            # temporary name that only this process knows, readable by the owner alone, and
            # it takes the final name only once checked.
            partial = out_dir / f".{target.name}.{secrets.token_hex(8)}.partial"
            previous = os.umask(0o077)
            try:
                outcome = sanitizer.sanitize_file(path, partial, path.name)
                put_in_place(partial, target)
            except FileExistsError:
                raise UsageError(
                    translate("cli", "{path} already exists; not overwriting it").format(path=target)
                ) from None
            finally:
                os.umask(previous)
                partial.unlink(missing_ok=True)
        else:
            outcome = sanitizer.sanitize_bytes_detailed(
                path.read_bytes(), path.name, heic_to=heic_to, flatten_pdf=flatten_pdf
            )
            assert outcome.data is not None
            if heic_to == "jpeg" and outcome.kind == "jpeg" and target.suffix.lower() in (".heic", ".heif"):
                target = target.with_suffix(".jpg")
            with _write_new(target) as out:
                out.write(outcome.data)
    except sanitizer.SanitizeRefused as exc:
        return False, {"file": str(path), "refused": exc.reason, "remaining": exc.remaining}
    except UsageError as exc:  # the output appeared meanwhile
        return False, {"file": str(path), "refused": str(exc)}
    except OSError as exc:
        return False, {"file": str(path), "refused": f"cannot read or write it ({exc.strerror})"}
    return True, {
        "file": str(path),
        "output": str(target),
        "removed": outcome.removed,
        "reencoded": outcome.reencoded,
    }


def _workers(count: int) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(count, cores, 8))


def _strip_all(
    paths: list[Path], out_dir: Path, args: argparse.Namespace
) -> Iterator[tuple[bool, dict[str, Any]]]:
    """Clean each file and yield the results in the order of the arguments.

    Files are independent, so several are cleaned at once in worker processes, one per core
    (as mat2 does). A worker that dies (a parser crash) refuses its file; the others go on.
    Two inputs with the same name would race for one output file: the later one is refused.
    """
    names: set[str] = set()
    jobs: list[tuple[Path, bool]] = []
    for path in paths:
        jobs.append((path, path.name in names))
        names.add(path.name)
    options = (args.heic_to, args.flatten_pdf)  # the parsed arguments hold functions: not picklable
    clash = "another input file has the same name; clean it into another folder"
    workers = _workers(sum(not twin for _, twin in jobs))
    if workers == 1:
        for path, twin in jobs:
            yield (
                (False, {"file": str(path), "refused": clash})
                if twin
                else _strip_one(path, out_dir, *options)
            )
        return
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [None if twin else pool.submit(_strip_one, path, out_dir, *options) for path, twin in jobs]
        for (path, _), future in zip(jobs, futures, strict=True):
            if future is None:
                yield False, {"file": str(path), "refused": clash}
                continue
            try:
                yield future.result()
            except concurrent.futures.process.BrokenProcessPool:
                yield False, {"file": str(path), "refused": "the cleaner stopped unexpectedly"}


def cmd_strip(args: argparse.Namespace, print_json: Callable[[Any], None]) -> int:
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    results, refused = [], 0
    for (ok, result), name in zip(
        _strip_all([Path(n) for n in args.paths], out_dir, args), args.paths, strict=True
    ):
        refused += not ok
        results.append(result)
        if args.json:
            continue
        if ok:
            note = " (pixels were re-encoded)" if result["reencoded"] else ""
            print(
                translate("cli", "cleaned: {name} -> {output}{note}").format(
                    name=name, output=result["output"], note=note
                )
            )
            if args.report:
                for removed in result["removed"]:
                    print(translate("cli", "    removed: {removed}").format(removed=removed))
            else:
                print(
                    translate("cli", "    removed {count} fields and places (--report lists them)").format(
                        count=len(result["removed"])
                    )
                )
        else:
            print(translate("cli", "REFUSED: {name}: {refused}").format(name=name, refused=result["refused"]))
            for left in result.get("remaining", []):
                print(translate("cli", "    remaining: {left}").format(left=left))
    if args.json:
        print_json(results)
    return 1 if refused else 0


def cmd_sanitize(args: argparse.Namespace, vault: Vault, print_json: Callable[[Any], None]) -> int:
    item = items.resolve(vault.conn, args.item)
    derivative = sanitizer.make_derivative(vault, item, heic_to=args.heic_to, flatten_pdf=args.flatten_pdf)
    if args.json:
        print_json(derivative.to_json())
        return 0
    print(
        translate("cli", "Derivative {id} of item {id2}: {content_type}, {size} bytes").format(
            id=derivative.id, id2=item.id, content_type=derivative.content_type, size=derivative.size
        )
    )
    print(translate("cli", "  sha256 {sha256}").format(sha256=derivative.sha256))
    if derivative.reencoded:
        print(translate("cli", "  pixels were re-encoded"))
    for removed in derivative.removed:
        print(translate("cli", "  removed: {removed}").format(removed=removed))
    return 0


def cmd_risk_report(args: argparse.Namespace, vault: Vault, print_json: Callable[[Any], None]) -> int:
    reports = [
        sanitizer.risk_report(
            vault, items.resolve(vault.conn, ref), heic_to=args.heic_to, flatten_pdf=args.flatten_pdf
        )
        for ref in args.items
    ]
    if args.json:
        print_json([report.to_json() for report in reports])
    else:
        for report in reports:
            print_risk_report(report, sys.stdout)
    return 0 if all(report.cleanable for report in reports) else 1


def print_risk_report(report: Any, stream: TextIO) -> None:
    """Each field of one item, its value, and what happens to it; then what blocks."""
    heading = (
        translate("cli", "Item {item_id} ({name}, {kind}): can be cleaned")
        if report.cleanable
        else translate("cli", "Item {item_id} ({name}, {kind}): CANNOT be cleaned")
    )
    print(heading.format(item_id=report.item_id, name=report.name, kind=report.kind), file=stream)
    for plan in report.fields:
        print(
            f"  {plan.action:<10} {plan.field.risk.value:<6} {plan.field.field}: {plan.field.value[:80]}",
            file=stream,
        )
    for reason in report.blocking:
        print(translate("cli", "  blocking: {reason}").format(reason=reason), file=stream)


def add_parsers(
    add: Callable[..., argparse.ArgumentParser],
    open_vault: Callable[[argparse.Namespace], Vault],
    print_json: Callable[[Any], None],
) -> None:
    def options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--heic-to", choices=("jpeg", "heic"), default="jpeg", help="HEIC is re-encoded to this"
        )
        p.add_argument("--flatten-pdf", action="store_true", help="rebuild PDFs from their page images")

    p = add(
        "strip",
        lambda args: cmd_strip(args, print_json),
        "write cleaned copies of files into a folder (no vault needed); exit 1 if any is refused",
    )
    p.add_argument("paths", nargs="+", metavar="IN")
    p.add_argument("--out", metavar="DIR", required=True)
    p.add_argument("--report", action="store_true", help="list every field removed")
    p.add_argument("--json", action="store_true")
    options(p)

    def with_vault(
        func: Callable[[argparse.Namespace, Vault, Callable[[Any], None]], int],
    ) -> Callable[..., int]:
        def run(args: argparse.Namespace) -> int:
            with open_vault(args) as vault:
                return func(args, vault, print_json)

        return run

    p = add(
        "sanitize", with_vault(cmd_sanitize), "make a cleaned copy (derivative) of an item inside the vault"
    )
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--json", action="store_true")
    options(p)
    p = add("risk-report", with_vault(cmd_risk_report), "what sanitizing would remove, keep or fail to clean")
    p.add_argument("items", nargs="+", metavar="ITEM")
    p.add_argument("--json", action="store_true")
    options(p)
