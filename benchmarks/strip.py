"""Sanitizer speed: 200 camera-like JPEGs against mat2, a large MOV against ``ffmpeg -c copy``.

    apt-get install -y mat2 ffmpeg exiftool   # mat2 is only needed here, not in CI
    python -m benchmarks.strip [--jpegs 200] [--mov-mb 500]

Targets (issue 6): >= 10x mat2 on JPEG with zero residual risky tags (checked with exiftool),
and the MOV remux at >= 50% of ffmpeg -c copy's speed.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RISKY = ("gps", "serial", "owner", "artist", "author", "creator", "comment", "thumbnail", "preview")
NEUTRAL = {"ICC-header:ProfileCreator", "QuickTime:PreviewTime", "QuickTime:PreviewDuration"}


def camera_jpegs(folder: Path, count: int) -> list[Path]:
    from PIL import Image
    from tests.media import builders as b

    thumb = b.jpeg_bytes(b.picture((160, 120), (0, 200, 0)))
    exif = b.exif_block(thumbnail=thumb)
    base = Image.effect_noise((2000, 1500), 40).convert("RGB")  # 3 MP, camera-like entropy
    paths = []
    for n in range(count):
        out = io.BytesIO()
        base.rotate(n % 4 * 90 if n % 4 in (0, 2) else 0).save(out, "JPEG", quality=90, exif=exif)
        path = folder / f"IMG_{n:04d}.jpg"
        path.write_bytes(out.getvalue())
        paths.append(path)
    return paths


def big_mov(path: Path, megabytes: int) -> Path:
    """A long MOV of mostly-static noise at high bitrate: quick to encode, large on disk."""
    import av
    from PIL import Image

    frame_image = Image.effect_noise((640, 360), 60).convert("RGB")
    with av.open(str(path), "w", format="mov") as out:
        out.metadata["com.apple.quicktime.location.ISO6709"] = "+48.8584+002.2945/"
        stream = out.add_stream("mjpeg", rate=30)
        stream.width, stream.height, stream.pix_fmt = 640, 360, "yuvj420p"
        stream.options = {"q:v": "2"}
        frame = av.VideoFrame.from_image(frame_image).reformat(format="yuvj420p")
        packets = [bytes(p) for p in stream.encode(frame)]
        sample = packets[0]
        target = megabytes << 20
        written, index = 0, 0
        while written < target:
            packet = av.Packet(sample)
            packet.stream, packet.pts, packet.dts = stream, index, index
            packet.time_base = stream.codec_context.time_base
            out.mux(packet)
            written += len(sample)
            index += 1
    return path


def risky_tags(exiftool: str, paths: list[Path]) -> int:
    report = json.loads(subprocess.run([exiftool, "-a", "-G1", "-ee", "-json", *map(str, paths)],
                                       capture_output=True, check=True).stdout)  # fmt: skip
    return sum(
        1 for entry in report for key in entry if any(w in key.lower() for w in RISKY) and key not in NEUTRAL
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jpegs", type=int, default=200)
    parser.add_argument("--mov-mb", type=int, default=500)
    args = parser.parse_args()
    from evidence_vault.cli import main as cli

    mat2, ffmpeg, exiftool = shutil.which("mat2"), shutil.which("ffmpeg"), shutil.which("exiftool")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        started = time.perf_counter()
        jpegs = camera_jpegs(root / "in", args.jpegs)
        print(f"made {len(jpegs)} JPEGs in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        assert cli(["strip", *map(str, jpegs), "--out", str(root / "ours"), "--json"]) == 0
        ours = time.perf_counter() - started
        print(f"evidence-vault strip: {ours:.2f} s ({len(jpegs) / ours:.1f} files/s)", file=sys.stderr)
        if exiftool:
            print(
                f"  residual risky tags (exiftool): {risky_tags(exiftool, sorted((root / 'ours').iterdir()))}"
            )
        if mat2:
            (root / "mat2").mkdir()
            for path in jpegs:
                shutil.copy(path, root / "mat2" / path.name)
            started = time.perf_counter()
            subprocess.run([mat2, *map(str, sorted((root / "mat2").glob("*.jpg")))], check=True,
                           capture_output=True)  # fmt: skip
            theirs = time.perf_counter() - started
            print(f"mat2: {theirs:.2f} s; ours is {theirs / ours:.1f}x faster")
            if exiftool:
                cleaned = sorted((root / "mat2").glob("*.cleaned.*"))
                print(f"  mat2 residual risky tags: {risky_tags(exiftool, cleaned)}")
        mov = big_mov(root / "in" / "clip.mov", args.mov_mb)
        size = mov.stat().st_size
        print(f"made a {size / 2**20:.0f} MiB MOV")
        started = time.perf_counter()
        assert cli(["strip", str(mov), "--out", str(root / "ours")]) == 0
        ours = time.perf_counter() - started
        rate = size / 2**20 / ours
        print(f"evidence-vault strip MOV: {ours:.2f} s ({rate:.0f} MiB/s, incl. fail-closed re-read)")
        if ffmpeg:
            started = time.perf_counter()
            subprocess.run([ffmpeg, "-v", "error", "-i", str(mov), "-map", "0:v:0", "-c", "copy",
                            "-map_metadata", "-1", str(root / "ffmpeg.mov")], check=True)  # fmt: skip
            theirs = time.perf_counter() - started
            print(f"ffmpeg -c copy: {theirs:.2f} s; ours runs at {theirs / ours * 100:.0f}% of its speed")
        print("mat2 refuses .mov by type: not compared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
