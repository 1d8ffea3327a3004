"""The analysis child: ``python -m evidence_vault.core.media.worker``.

It holds no key and opens no file. It asks the vault process for the item's bytes
block by block over its stdin/stdout pipes, runs the third-party parsers under
resource limits, and answers with the read-out. See docs/media.md for why.
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import sys
from typing import BinaryIO

from ..child import limits, protocol
from . import messages

EAGER = 4 << 20  # items up to this size (a typical phone photo) are sent whole at once


def serve(inp: BinaryIO, out: BinaryIO) -> int:
    from .extract import analyse  # after the limits: the decoders load under them
    from .model import Analysis
    from .source import Source

    while True:
        try:
            kind, payload = protocol.receive(inp, messages.MAX_PAYLOAD)
        except EOFError:
            return 0
        if kind != messages.JOB:
            return 2
        job = json.loads(payload)
        size, cpu_s = int(job["size"]), int(job.get("cpu_s", 30))
        limits.more_cpu(cpu_s)

        def fetch(index: int) -> bytes:
            protocol.send(out, messages.READ, struct.pack(">Q", index))
            reply, data = protocol.receive(inp, messages.MAX_PAYLOAD)
            if reply != messages.BLOCK:
                raise protocol.ProtocolError("expected a block")
            return data

        def fetch_all(size: int = size) -> bytes:
            protocol.send(out, messages.ALL, b"")
            reply, data = protocol.receive(inp, messages.MAX_PAYLOAD)
            if reply != messages.WHOLE or len(data) != size:
                raise protocol.ProtocolError("expected the whole item")
            return data

        if 0 < size <= EAGER:
            # Small items (every phone photo) come over in one transfer: no request per block.
            source = Source(size, fetch, whole=fetch_all())
        else:
            source = Source(size, fetch, fetch_all=fetch_all if size <= messages.MAX_WHOLE else None)
        result: Analysis
        if job.get("decode"):
            from .pixels import decode_rgba

            result = Analysis()
            try:
                width, height, raw = decode_rgba(source.file(), int(job["decode"]))
            except MemoryError:
                result.problems.append("the decoder ran out of memory")
            except Exception as exc:  # noqa: BLE001 - an undecodable picture is an answer, not a crash
                result.problems.append(f"the decoder failed ({type(exc).__name__}: {exc})"[:300])
            else:
                protocol.send(out, messages.PIXELS, messages.PIXELS_HEADER.pack(width, height) + raw)
        elif job.get("check"):
            from .images import check_preview

            result = check_preview(source)
        elif job.get("phash"):
            from .extract import kind_of
            from .perceptual import hash_item

            result = hash_item(source, kind_of(source.head(4096)))
        elif job.get("provenance_only"):
            from .collect import Collector
            from .extract import kind_of, read_provenance

            col = Collector()
            read_provenance(col, source, kind_of(source.head(4096)), str(job.get("anchors_pem", "")),
                            int(job.get("anchors", 0)))  # fmt: skip
            result = col.result
        else:
            result = analyse(
                source,
                preview=bool(job.get("preview", True)),
                anchors_pem=str(job.get("anchors_pem", "")),
                anchors=int(job.get("anchors", 0)),
            )
        if result.preview:
            protocol.send(out, messages.PREVIEW, result.preview)
        protocol.send(out, messages.RESULT, json.dumps(result.to_json()).encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory-mb", type=int, default=1536)
    parser.add_argument("--nice", type=int, default=10)
    args = parser.parse_args(argv)
    limits.memory(args.memory_mb << 20)
    limits.no_core_dumps()  # a crash must not leave a core dump full of evidence
    limits.no_files()  # and nothing here may write a file at all
    os.nice(args.nice)  # analysis yields the CPU to imports and the interface; the check even more
    inp, out = protocol.take_stdio()
    try:
        return serve(inp, out)
    except (BrokenPipeError, EOFError):
        return 0


if __name__ == "__main__":
    sys.exit(main())
