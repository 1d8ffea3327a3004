"""Plain sanitized copies in a folder (no bundle): for publishing, not for investigators."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import export_plan, sanitize
from ..errors import UsageError
from ..evidence.items import ItemSummary
from ..session.vault import Vault
from . import names
from .errors import BundleError, check_cancel


@dataclass(frozen=True)
class FolderExport:
    folder: Path
    files: list[dict[str, Any]]  # path, item_id, sha256, size, removed, reencoded


def export_sanitized_folder(
    vault: Vault,
    selected: list[ItemSummary],
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> FolderExport:
    """Write the sanitized copy of each item, unencrypted, into the new or empty folder ``out``.

    Every derivative is made (and checked) first, so a file the sanitizer refuses stops the
    export before anything is written. Each copy is re-hashed as it is written; on any failure
    or ``cancel``, everything written is deleted. Records ``item.extracted`` per item.
    """
    if not selected:
        raise UsageError("nothing to export: choose items or a case")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"{out} is not an empty folder; not writing into it")
    export_plan.check_publication(vault.conn, selected, frozenset())
    made = []
    for item in selected:
        check_cancel(cancel)
        made.append((item, sanitize.make_derivative(vault, item)))
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    files: list[dict[str, Any]] = []
    total, done = sum(d.size for _, d in made), 0
    try:
        for item, derivative in made:
            target = out / names.for_item(item.id, item.name, _new_type(item, derivative)).removeprefix(
                "files/"
            )
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            written.append(target)
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as handle:
                for chunk in sanitize.derivative_chunks(vault.conn, derivative):
                    check_cancel(cancel)
                    digest.update(chunk)
                    handle.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                handle.flush()
                os.fsync(handle.fileno())
            check_cancel(cancel)
            if digest.hexdigest() != derivative.sha256:
                raise BundleError(f"{target.name}: the vault's bytes do not match their hash")
            files.append(
                {
                    "path": target.name,
                    "item_id": item.id,
                    "sha256": derivative.sha256,
                    "size": derivative.size,
                    "removed": derivative.removed,
                    "reencoded": derivative.reencoded,
                }
            )
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()
        raise
    with vault.transaction() as conn:
        for (item, derivative), entry in zip(made, files, strict=True):
            vault.record(
                conn,
                "item.extracted",
                {
                    "sha256": derivative.sha256,
                    "original_sha256": item.sha256,
                    "derivative_id": derivative.id,
                    "destination_name": entry["path"],
                    "sanitized": True,
                },
                items=[item.id],
                objects=[item.sha256, derivative.sha256],
            )
    return FolderExport(out, files)


def _new_type(item: ItemSummary, derivative: Any) -> str | None:
    return None if derivative.content_type == item.content_type else str(derivative.content_type)
