"""Anonymising files outside any vault: the ``anonymise`` command.

Each file is read and anonymised in a worker process (``anonymise_worker``, started through
the one helper channel, ``core/child/channel.py``) under limits: no core dumps (a dump would
hold the pictures), a cap on memory and on CPU time per file. A decoder that crashes costs
only its file: that file is refused, and the next one gets a new worker. One file at a time:
the detector already uses every core.

Every output is written under a temporary name in the chosen folder, readable by the owner
only, and takes its final name only once checked, never over an existing file.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..child import exits, protocol
from ..child.channel import Channel
from .boxes import Box
from .one_file import Request

WORKER = "evidence_vault.core.anonymise.anonymise_worker"
MEMORY_LIMIT = 8 << 30  # address space: onnxruntime's arenas and the decoder's frames
CPU_S_PER_FILE = 4 * 3600  # a long film at a few frames a second, on every core
WORDS = exits.Words(
    killed="the anonymiser was stopped ({signal})",
    status="the anonymiser ended unexpectedly (status {code})",
    hung="the anonymiser stopped answering",
    signals={
        "SIGXCPU": "the anonymiser reached its time limit",
        "SIGSEGV": "the decoder crashed (SIGSEGV)",
        "SIGABRT": "the decoder crashed (SIGABRT)",
    },
    codes={1: "the anonymiser failed (perhaps its memory limit)"},
)
JOB = b"J"  # parent -> worker, JSON: path, partial, out_dir, review, request
PROGRESS = b"P"  # worker -> parent, JSON: [done, total or null]
DONE = b"R"  # worker -> parent, JSON: the Anonymised result
REQUESTS = {JOB: 1 << 20}
ANSWERS = {PROGRESS: 256, DONE: 16 << 20}


@dataclass
class Anonymised:
    """What happened to one file: anonymised into ``output``, reviewed, or refused."""

    file: str
    output: str | None = None
    kind: str = ""
    record: dict[str, Any] = field(default_factory=dict)
    review: dict[str, Any] | None = None
    refused: str | None = None
    remaining: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.refused is None

    def to_json(self) -> dict[str, Any]:
        if not self.ok:
            return {"file": self.file, "refused": self.refused, "remaining": self.remaining}
        if self.review is not None:
            return {"file": self.file, "review": self.review}
        return {"file": self.file, "output": self.output, "kind": self.kind, "record": self.record}

    def message(self) -> bytes:
        return json.dumps(asdict(self)).encode("ascii")

    @classmethod
    def from_message(cls, payload: bytes) -> Anonymised:
        data = json.loads(payload)
        result = cls(**{name: data[name] for name in cls.__dataclass_fields__})
        if not isinstance(result.file, str) or not isinstance(result.record, dict):
            raise ValueError("a malformed answer")
        return result


def request_json(request: Request) -> dict[str, Any]:
    return {
        "add": [box.to_dict() for box in request.add],
        "drop": list(request.drop),
        "voice": request.voice,
        "audio": request.audio,
        "confirmed_by": request.confirmed_by,
        "blank": [list(b) for b in request.blank],
        "reviewed": request.reviewed,
    }


def request_from_json(data: dict[str, Any]) -> Request:
    boxes = tuple(
        Box(b["x"], b["y"], b["w"], b["h"], None, b["first"], b["last"], "added") for b in data["add"]
    )
    blank = tuple((float(a), float(b), str(kind)) for a, b, kind in data["blank"])
    return Request(boxes, tuple(int(n) for n in data["drop"]), bool(data["voice"]), str(data["audio"]),
                   str(data["confirmed_by"]), blank, str(data["reviewed"]))  # fmt: skip


def anonymise_files(
    paths: list[Path],
    out_dir: Path | None,
    request: Request,
    *,
    review_only: bool = False,
    progress: Callable[[Path, int, int | None], None] | None = None,
    worker: str = WORKER,
) -> Iterator[Anonymised]:
    """Anonymise each of ``paths`` into ``out_dir`` (or, ``review_only``, only list what
    detection finds, writing nothing); yield the results in order."""
    if out_dir is not None and not review_only:
        out_dir.mkdir(parents=True, exist_ok=True)
    run = secrets.token_hex(6)
    seen: set[str] = set()
    for index, path in enumerate(paths):
        if path.name in seen and not review_only:
            yield Anonymised(str(path), refused="another input file has the same name; use another folder")
            continue
        seen.add(path.name)
        partial = None if out_dir is None or review_only else out_dir / f".{path.name}.{run}.{index}.partial"
        try:
            yield _one(worker, path, partial, out_dir, review_only, request, progress)
        finally:
            if partial is not None:
                partial.unlink(missing_ok=True)


def _one(
    worker: str,
    path: Path,
    partial: Path | None,
    out_dir: Path | None,
    review_only: bool,
    request: Request,
    progress: Callable[[Path, int, int | None], None] | None,
) -> Anonymised:
    job = {
        "path": str(path),
        "partial": None if partial is None else str(partial),
        "out_dir": None if out_dir is None else str(out_dir),
        "review": review_only,
        "request": request_json(request),
    }
    channel = Channel(worker, limits=ANSWERS)
    try:
        channel.send(JOB, json.dumps(job).encode("ascii"))
        while True:
            kind, payload = channel.receive()
            if kind == DONE:
                return Anonymised.from_message(payload)
            done, total = json.loads(payload)
            if progress is not None:
                progress(path, int(done), None if total is None else int(total))
    except (OSError, EOFError, protocol.ProtocolError, ValueError, KeyError, TypeError):
        why = channel.ended(WORDS, 5.0)
        return Anonymised(str(path), refused=f"{why}; nothing was written")
    finally:
        channel.close(5.0)
