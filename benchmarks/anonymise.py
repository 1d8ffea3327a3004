"""Face anonymisation speed and coverage against deface's command line, in one run.

    python -m benchmarks.anonymise [--seconds 10] [--every 3] [--size 960]

Builds a 720p 30 fps clip with scikit-image's two faces moving across face-free backgrounds
(scratch files in a temporary folder: this is a benchmark, not the vault), then runs our
``redact_video`` (in a child, for its peak RSS) and ``deface clip.mp4 -o out.mp4`` (its
default threshold 0.2 and mask scale 1.3; it runs the model at full resolution on every frame).
Both outputs are decoded and each pasted face region compared with the original: a region
still close to the original is a missed face. Also: 12 MP photos per second through
detect+redact. Goals (issue 20): >= 1.5x deface's fps, no more faces missed, peak RSS < 600 MB.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av
import numpy as np
from tests.anonymise import scenes

WIDTH, HEIGHT, FPS = 1280, 720, 30


def build_clip(path: Path, seconds: int) -> list[list[tuple[int, int, int, int]]]:
    """The clip, and per frame the face boxes pasted into it."""
    crops = scenes.face_crops()
    backdrop = scenes.background(WIDTH, HEIGHT, 1)
    boxes: list[list[tuple[int, int, int, int]]] = []
    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.options = {"preset": "veryfast", "crf": "18"}
        frames = seconds * FPS
        for i in range(frames):
            frame = backdrop.copy()
            t = i / frames
            faces = [
                scenes.paste(frame, crops[0], 120, int(40 + 900 * t), int(200 + 80 * math.sin(6 * t))),
                scenes.paste(frame, crops[1], 64, int(1100 - 900 * t), int(80 + 40 * math.cos(5 * t))),
                scenes.paste(frame, crops[0], 48, int(500 + 200 * math.sin(4 * t)), 520),
            ]
            boxes.append(faces)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return boxes


def missed(original: Path, output: Path, boxes: list[list[tuple[int, int, int, int]]]) -> tuple[int, int]:
    """(face regions left close to the original, faces in all): mean abs difference < 12."""
    miss = total = 0
    with av.open(str(original)) as a, av.open(str(output)) as b:
        for frame_boxes, fa, fb in zip(boxes, a.decode(video=0), b.decode(video=0), strict=False):
            pa, pb = fa.to_ndarray(format="rgb24"), fb.to_ndarray(format="rgb24")
            for x0, y0, x1, y1 in frame_boxes:
                total += 1
                diff = np.abs(pa[y0:y1, x0:x1].astype(np.int16) - pb[y0:y1, x0:x1]).mean()
                miss += bool(diff < 12)
    return miss, total


def child_run(src: str, dst: str, every: int, size: int) -> None:
    from evidence_vault.core.anonymise.faces import DetectorSettings
    from evidence_vault.core.anonymise.video import VideoSettings, redact_video

    settings = VideoSettings(detect_every=every, detector=DetectorSettings(input_size=size))
    start = time.perf_counter()
    with open(dst, "wb") as out:
        record = redact_video(src, out, settings)
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "frames": record.frames, "rss_mb": rss}))


def photos(count: int) -> float:
    """12 MP pictures (a face pasted in each) per second through detect_photo + redact_photo."""
    from evidence_vault.core.anonymise.faces import FaceDetector
    from evidence_vault.core.anonymise.photo import detect_photo, load_picture, redact_photo

    crop = scenes.face_crops()[0]
    pictures = []
    for n in range(count):
        rgb = scenes.background(4032, 3024, n)
        scenes.paste(rgb, crop, 400, 1000 + 100 * n, 800)
        buffer = io.BytesIO()
        from PIL import Image

        Image.fromarray(rgb).save(buffer, "JPEG", quality=90)
        pictures.append(buffer.getvalue())
    detector = FaceDetector()
    found = 0
    start = time.perf_counter()
    for data in pictures:
        picture = load_picture(data)
        boxes = detect_photo(picture, detector=detector)
        found += len(boxes)
        redact_photo(picture, boxes, io.BytesIO())
    rate = count / (time.perf_counter() - start)
    print(
        f"photos: {count} x 12 MP, {rate:.2f}/s (decode, detect, redact, encode), faces found {found}/{count}"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--every", type=int, default=None, help="detect every N frames (default: ours)")
    parser.add_argument("--size", type=int, default=None, help="detection size (default: ours)")
    parser.add_argument("--photos", type=int, default=6)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        src, dst, every, size = args.child
        child_run(src, dst, int(every), int(size))
        return
    from evidence_vault.core.anonymise.video import VideoSettings

    defaults = VideoSettings()
    every = args.every or defaults.detect_every
    size = args.size or defaults.detector.input_size
    deface = shutil.which("deface") or str(Path(sys.executable).with_name("deface"))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        clip = folder / "clip.mp4"
        boxes = build_clip(clip, args.seconds)
        frames = len(boxes)
        print(f"clip: {frames} frames {WIDTH}x{HEIGHT} @ {FPS} fps, 3 faces (120, 64, 48 px wide)")
        print(f"load average before: {os.getloadavg()}")

        ours_out = folder / "ours.mp4"
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.anonymise",
                "--child",
                str(clip),
                str(ours_out),
                str(every),
                str(size),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        ours = json.loads(child.stdout.strip().splitlines()[-1])
        ours_fps = frames / ours["seconds"]
        load_ours = os.getloadavg()

        deface_out = folder / "deface.mp4"
        start = time.perf_counter()
        subprocess.run([deface, str(clip), "-o", str(deface_out)], capture_output=True, check=True)
        deface_fps = frames / (time.perf_counter() - start)
        load_deface = os.getloadavg()

        ours_missed, total = missed(clip, ours_out, boxes)
        deface_missed, _ = missed(clip, deface_out, boxes)
        print(
            f"ours   (every {every}, size {size}): {ours_fps:.1f} fps, missed {ours_missed}/{total}, "
            f"peak RSS {ours['rss_mb']:.0f} MB, load {load_ours}"
        )
        print(
            f"deface (full size, every frame):   {deface_fps:.1f} fps, "
            f"missed {deface_missed}/{total}, load {load_deface}"
        )
        print(f"ratio: {ours_fps / deface_fps:.2f}x deface")
    photos(args.photos)


if __name__ == "__main__":
    main()
