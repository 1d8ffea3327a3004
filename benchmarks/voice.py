"""Voice disguise speed and memory (core/anonymise/voice.py, voice_file.py).

    python benchmarks/voice.py [--speed-s 60] [--long-min 30] [--json]

Builds a speech-like recording (a glottal pulse train through formant resonators, in
syllables of about 0.25 s with pauses, its pitch gliding) as a 44.1 kHz stereo M4A, like
a phone's, in a scratch folder, then in fresh processes:

1. disguises ``--speed-s`` seconds with ``disguise_audio`` (decode, resample, disguise,
   encode) -> times real time; and the ``VoiceDisguiser`` alone on the samples;
2. disguises ``--long-min`` minutes -> peak RSS (``ru_maxrss``) of that process, against
   the peak of a process that only imports the same modules and opens the file.

Other processes on the machine change every number: the load average is reported.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

RATE = 44100


def speech_like(seconds: float, rate: int = RATE, seed: int = 0) -> Any:
    import numpy as np
    from tests.anonymise.test_voice import voiced

    rng = np.random.default_rng(seed)
    base = voiced(seconds, rate, f0=float(rng.uniform(100, 140)), seed=seed)
    t = np.arange(len(base)) / rate
    syllables = np.clip(np.sin(2 * np.pi * 2.0 * t + rng.uniform(0, 6)) * 1.5, 0, 1)
    pauses = (np.sin(2 * np.pi * 0.13 * t) > -0.7).astype(np.float32)  # about a second off in eight
    return (base * syllables * pauses).astype(np.float32)


def make_m4a(path: Path, seconds: float) -> None:
    """A stereo AAC file of ``seconds``, written 20 s at a time (the same 20 s, varied)."""
    import av
    import numpy as np

    pieces = [speech_like(20.0, seed=seed) for seed in range(3)]
    with av.open(str(path), "w", format="ipod") as container:
        stream = container.add_stream("aac", rate=RATE, layout="stereo")
        resampler = av.AudioResampler(format=stream.codec_context.format.name, layout="stereo", rate=RATE)
        done, n = 0, int(seconds * RATE)
        while done < n:
            piece = pieces[(done // (20 * RATE)) % len(pieces)][: n - done]
            stereo = np.ascontiguousarray(np.stack([piece, 0.8 * piece]).reshape(1, -1, order="F"))
            frame = av.AudioFrame.from_ndarray(stereo, format="flt", layout="stereo")
            frame.sample_rate, frame.time_base, frame.pts = RATE, Fraction(1, RATE), done
            for converted in resampler.resample(frame):
                container.mux(stream.encode(converted))
            done += len(piece)
        container.mux(stream.encode(None))


def _hwm_kib() -> int:
    """This process's own peak RSS since exec (``ru_maxrss`` carries over the peak of the
    process that forked it; the input files are made in a child of their own, so that it
    stays small, and both numbers are reported)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def child(mode: str, src: Path, dst: Path) -> dict[str, float]:
    if mode == "make":
        make_m4a(dst, float(src.name))
        return {}
    import av

    from evidence_vault.core.anonymise.voice import VoiceDisguiser, VoiceSettings
    from evidence_vault.core.anonymise.voice_file import disguise_audio

    settings = VoiceSettings().draw()
    if mode == "baseline":
        with av.open(str(src)) as container:
            next(container.decode(audio=0))
        return {"peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "hwm_kib": _hwm_kib()}
    if mode == "disguiser":
        with av.open(str(src)) as container:
            resampler = av.AudioResampler(format="flt", layout="mono", rate=settings.sample_rate)
            samples = [r.to_ndarray() for f in container.decode(audio=0) for r in resampler.resample(f)]
        import numpy as np

        mono = np.concatenate(samples, axis=1)[0]
        disguiser = VoiceDisguiser(settings)
        start = time.perf_counter()
        for at in range(0, len(mono), 4096):
            disguiser.push(mono[at : at + 4096])
        disguiser.flush()
        return {"seconds": time.perf_counter() - start, "audio_s": len(mono) / settings.sample_rate}
    start = time.perf_counter()
    with open(dst, "wb") as out:
        record = disguise_audio(src, out, settings)
    return {
        "seconds": time.perf_counter() - start,
        "audio_s": record["output"]["duration_s"],
        "peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "hwm_kib": _hwm_kib(),
        "output_MB": dst.stat().st_size / 1e6,
    }


def run_child(mode: str, src: Path, dst: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(src), str(dst)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return dict(json.loads(out.stdout))


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if len(sys.argv) > 4 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))))
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--speed-s", type=float, default=60.0)
    parser.add_argument("--long-min", type=float, default=30.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ev-voice-"))
    results: dict[str, Any] = {}
    try:
        short, long = work / "short.m4a", work / "long.m4a"
        run_child("make", Path(str(args.speed_s)), short)
        run_child("make", Path(str(args.long_min * 60)), long)
        speed = run_child("file", short, work / "short-out.m4a")
        alone = run_child("disguiser", short, work / "unused")
        results["file_x_realtime"] = round(speed["audio_s"] / speed["seconds"], 1)
        results["disguiser_x_realtime"] = round(alone["audio_s"] / alone["seconds"], 1)
        base = run_child("baseline", long, work / "unused")
        big = run_child("file", long, work / "long-out.m4a")
        results["long_minutes"] = args.long_min
        results["long_x_realtime"] = round(big["audio_s"] / big["seconds"], 1)
        results["long_peak_rss_MB"] = round(big["peak_kib"] / 1024, 1)
        results["long_vmhwm_MB"] = round(big["hwm_kib"] / 1024, 1)
        results["baseline_peak_rss_MB"] = round(base["peak_kib"] / 1024, 1)
        results["baseline_vmhwm_MB"] = round(base["hwm_kib"] / 1024, 1)
        results["parent_rss_MB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        results["long_output_MB"] = round(big["output_MB"], 1)
        results["load_average"] = round(os.getloadavg()[0], 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
