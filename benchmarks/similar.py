"""Near-duplicates (core/media/similar.py, perceptual.py): what listing costs at scale, and
what hashing costs per item.

    python benchmarks/similar.py [--items 10000] [--videos 1000] [--json]

1. listing: N random 64-bit picture hashes (unrelated pictures are about 32 bits apart,
   as random hashes are) with 1% of them planted as near copies, compared all against all
   (``picture_pairs``); and M videos of 16 frame hashes (``video_pairs``). The reference
   measured in the same run: one pass of numpy's XOR-and-popcount over the same N hashes
   (the listing's inner operation, n times over).
2. hashing, in the sandboxed analysis child as the vault runs it: a 12 MP phone JPEG, a
   1280 px messenger copy, a 640×480 H.264 clip of 3 s; the first call per child includes
   importing imagehash and scipy. Reference: the same child's stage-1 read-out of the JPEG.

Other processes on the machine change every number: the load average is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def _listing(count: int, videos: int) -> dict[str, Any]:
    from evidence_vault.core.media import similar

    rng = np.random.default_rng(22)
    hashes = rng.integers(0, 2**63, size=count, dtype=np.uint64) * np.uint64(2) + rng.integers(
        0, 2, size=count, dtype=np.uint64
    )
    planted = count // 100
    for n in range(planted):  # a copy 3 bits away from another item
        hashes[count - 1 - n] = hashes[n] ^ np.uint64(0b10101)
    start = time.perf_counter()
    pairs = list(similar.picture_pairs(hashes, similar.DEFAULT_MAX_DISTANCE))
    pictures_s = time.perf_counter() - start
    start = time.perf_counter()
    similar.popcount(hashes ^ hashes[0])
    one_pass_s = time.perf_counter() - start
    frames = rng.integers(0, 2**63, size=(videos, 16), dtype=np.uint64)
    frames[videos // 2] = frames[0] ^ np.uint64(1)
    start = time.perf_counter()
    video_pairs = list(similar.video_pairs(frames, similar.DEFAULT_MAX_DISTANCE))
    videos_s = time.perf_counter() - start
    return {
        "pictures": count,
        "picture_pairs_found": len(pairs),
        "picture_pairs_planted": planted,
        "pictures_s": round(pictures_s, 3),
        "reference_one_pass_ms": round(one_pass_s * 1000, 3),
        "ratio_to_one_pass": round(pictures_s / one_pass_s, 1),
        "videos": videos,
        "video_pairs_found": len(video_pairs),
        "videos_s": round(videos_s, 3),
    }


def _hashing(work: Path) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from PIL import Image
    from tests.media import look_alike_media as media

    from evidence_vault.core.media.sandbox import AnalysisProcess, bytes_reader

    phone = Image.fromarray(np.asarray(media.scene().resize((4000, 3000))))
    jpeg = media.photo_bytes(phone)
    copy = media.messenger_copy(jpeg)
    clip = media.clip(work / "clip.mp4", media.scene()).read_bytes()
    proc = AnalysisProcess()
    out: dict[str, Any] = {}
    try:
        start = time.perf_counter()
        proc.perceptual(len(copy), bytes_reader(copy))
        out["first_call_ms"] = round((time.perf_counter() - start) * 1000, 1)
        for name, data in (("phone_jpeg_12mp", jpeg), ("messenger_jpeg_1280", copy), ("h264_clip_3s", clip)):
            times = []
            for _ in range(5):
                start = time.perf_counter()
                result = proc.perceptual(len(data), bytes_reader(data))
                times.append(time.perf_counter() - start)
                assert result.facts.get("perceptual_hashes"), result.problems
            out[f"{name}_ms"] = round(statistics.median(times) * 1000, 1)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            proc.analyse(len(jpeg), bytes_reader(jpeg))
            times.append(time.perf_counter() - start)
        out["reference_stage1_phone_jpeg_ms"] = round(statistics.median(times) * 1000, 1)
    finally:
        proc.close()
    out["phone_jpeg_bytes"] = len(jpeg)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--videos", type=int, default=1_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        report = {
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "listing": _listing(args.items, args.videos),
            "hashing": _hashing(Path(scratch)),
        }
    report["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for section in ("listing", "hashing"):
            print(f"{section}:")
            for key, value in report[section].items():
                print(f"  {key}: {value}")
        print(f"load average: {report['load_average']} -> {report['load_average_after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
