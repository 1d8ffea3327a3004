"""Voice disguise (core/anonymise/voice.py, voice_file.py), measured with Praat on built voices."""

from __future__ import annotations

import io
import itertools
import json
import math
from fractions import Fraction
from pathlib import Path

import av
import mutagen
import numpy as np
import parselmouth
import pytest
from parselmouth.praat import call

from evidence_vault.core.anonymise import voice
from evidence_vault.core.anonymise.voice import (
    VoiceDisguiseError,
    VoiceDisguiser,
    VoiceSettings,
    VoiceSettingsError,
    assess,
    voice_measures,
)
from evidence_vault.core.anonymise.voice_file import DisguiseCancelled, SoundtrackDisguiser, disguise_audio
from evidence_vault.core.errors import VaultError

RATE = 16000
CANARY = "QZXWITNESS7"
FORMANTS = ((600, 60), (1400, 80), (2500, 120), (3500, 150))


def voiced(seconds: float, rate: int = RATE, f0: float = 120.0, seed: int = 0) -> np.ndarray:
    """A vowel-like voice: a glottal pulse train whose pitch glides ±12 % around ``f0``
    (0.7 Hz), through four formant resonators (two-pole impulse responses)."""
    n = int(seconds * rate)
    t = np.arange(n) / rate
    rng = np.random.default_rng(seed)
    pitch = f0 * (1 + 0.12 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6)))
    phase = np.cumsum(pitch) / rate
    pulses = np.zeros(n)
    pulses[np.nonzero(np.diff(np.floor(phase)) > 0)[0]] = 1.0
    m = np.arange(int(0.05 * rate))
    response = np.array([1.0])
    for freq, bandwidth in FORMANTS:
        r, theta = math.exp(-math.pi * bandwidth / rate), 2 * math.pi * freq / rate
        response = np.convolve(response, r**m * np.sin((m + 1) * theta) / math.sin(theta))
    out = np.convolve(pulses, response)[:n]
    return (0.5 * out / np.max(np.abs(out))).astype(np.float32)


def run(disguiser: VoiceDisguiser, samples: np.ndarray, block: int = 1000) -> np.ndarray:
    parts = [disguiser.push(samples[..., at : at + block]) for at in range(0, samples.shape[-1], block)]
    return np.concatenate([*parts, disguiser.flush()])


def settings(**changes: object) -> VoiceSettings:
    base = {"formant_shift": 1.15, "pitch_median_hz": 160.0, "pitch_range_factor": 0.6, "sample_rate": RATE}
    return VoiceSettings(**{**base, **changes})  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return voiced(8.0)


# --- what the disguise does to a voice ---------------------------------------------------


def test_pitch_goes_to_the_target_median_and_formants_move_by_the_ratio(speech: np.ndarray) -> None:
    out = run(VoiceDisguiser(settings(), chunk_s=3.0), speech)
    assert len(out) == len(speech)
    p0, spread0, f1a, f2a = voice_measures(speech, RATE)
    p1, spread1, f1b, f2b = voice_measures(out, RATE)
    assert p0 == pytest.approx(120, rel=0.03)
    assert p1 == pytest.approx(160, rel=0.04)
    assert f1b / f1a == pytest.approx(1.15, abs=0.05)
    assert f2b / f2a == pytest.approx(1.15, abs=0.05)
    assert spread1 / spread0 == pytest.approx(0.6, abs=0.1)


def test_a_pitch_factor_scales_the_speakers_own_median(speech: np.ndarray) -> None:
    out = run(VoiceDisguiser(settings(pitch_median_hz=None, pitch_factor=0.8)), speech)
    assert voice_measures(out, RATE)[0] == pytest.approx(96, rel=0.04)


def test_the_target_is_reached_for_high_and_low_voices() -> None:
    for f0 in (95.0, 210.0):
        out = run(VoiceDisguiser(settings(), chunk_s=2.0), voiced(5.0, f0=f0, seed=3))
        assert voice_measures(out, RATE)[0] == pytest.approx(160, rel=0.05), f0


def test_stereo_is_mixed_down_and_lengths_add_up(speech: np.ndarray) -> None:
    stereo = np.stack([speech, 0.5 * speech])
    disguiser = VoiceDisguiser(settings(), chunk_s=1.0)
    sizes = [1, 777, 30000, 5, 100000]
    parts, at = [], 0
    while at < stereo.shape[1]:
        size = sizes[len(parts) % len(sizes)]
        parts.append(disguiser.push(stereo[:, at : at + size]))
        at += size
    out = np.concatenate([*parts, disguiser.flush()])
    assert out.ndim == 1 and out.dtype == np.float32 and len(out) == stereo.shape[1]


def test_short_silent_and_unvoiced_input_passes_through_without_error() -> None:
    assert len(VoiceDisguiser(settings()).flush()) == 0
    assert len(run(VoiceDisguiser(settings()), voiced(0.05))) == 800  # shorter than Praat's minimum
    assert np.max(np.abs(run(VoiceDisguiser(settings(), chunk_s=1.0), np.zeros(3 * RATE, np.float32)))) == 0
    hiss = (np.random.default_rng(2).standard_normal(3 * RATE) * 0.05).astype(np.float32)
    assert len(run(VoiceDisguiser(settings(), chunk_s=1.0), hiss)) == len(hiss)


# --- silence and tone ----------------------------------------------------------------------


def test_a_silence_range_is_silent_and_a_tone_range_is_a_quiet_1khz_tone(speech: np.ndarray) -> None:
    chosen = settings(ranges=((2.0, 3.0, "silence"), (4.0, 5.5, "tone")))
    out = run(VoiceDisguiser(chosen, chunk_s=1.5), speech)
    assert np.max(np.abs(out[2 * RATE : 3 * RATE])) == 0.0
    assert np.sqrt(np.mean(out[RATE : 2 * RATE] ** 2)) > 0.01  # speech around it
    tone = out[int(4.01 * RATE) : int(5.49 * RATE)]
    spectrum = np.abs(np.fft.rfft(tone * np.hanning(len(tone))))
    freqs = np.fft.rfftfreq(len(tone), 1 / RATE)
    assert freqs[np.argmax(spectrum)] == pytest.approx(1000, abs=2)
    rms_db = 20 * math.log10(np.sqrt(np.mean(tone**2)) * math.sqrt(2))  # dBFS of a sine: its peak
    assert rms_db == pytest.approx(-20, abs=0.3)
    speech_band = spectrum[(freqs > 80) & (freqs < 900)]
    assert speech_band.max() < 1e-3 * spectrum.max()  # no voice under the tone


# --- chunk seams ---------------------------------------------------------------------------


def _largest_jump(samples: np.ndarray) -> float:
    """Between neighbouring samples, away from the first and last 0.1 s (the onset of the
    built voice makes a transient, which Praat's PSOLA renders a little differently each run)."""
    return float(np.max(np.abs(np.diff(samples[RATE // 10 : -RATE // 10]))))


def test_chunk_seams_make_no_clicks(speech: np.ndarray) -> None:
    whole = run(VoiceDisguiser(settings(), chunk_s=60.0), speech)  # one segment: no seam
    chunked = run(VoiceDisguiser(settings(), chunk_s=0.7, context_s=0.3), speech)  # about ten seams
    assert _largest_jump(chunked) <= 1.2 * _largest_jump(whole)


def test_without_the_crossfade_the_seams_would_click(
    speech: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seam test above can fail: with the crossfade turned off, the jumps appear."""
    whole = run(VoiceDisguiser(settings(), chunk_s=60.0), speech)
    monkeypatch.setattr(voice, "_CROSSFADE_S", 0.0)
    chunked = run(VoiceDisguiser(settings(), chunk_s=0.7, context_s=0.3), speech)
    assert _largest_jump(chunked) > 1.2 * _largest_jump(whole)


# --- resisting a simple reversal -----------------------------------------------------------


def test_the_default_disguise_passes_the_reversal_checks(speech: np.ndarray) -> None:
    out = run(VoiceDisguiser(VoiceSettings(sample_rate=RATE)), speech)
    result = assess(speech, out, RATE)
    assert result.problems == ()
    assert result.range_ratio == pytest.approx(0.6, abs=0.1)


def test_a_plain_pitch_shift_fails_the_reversal_checks(speech: np.ndarray) -> None:
    # Played 20 % faster (resampled): pitch and formants move together, melody kept.
    faster = np.interp(np.arange(0, len(speech) - 1, 1.2), np.arange(len(speech)), speech)
    result = assess(speech, faster, RATE)
    assert result.pitch_ratio == pytest.approx(1.2, abs=0.03)
    assert any("one factor" in problem for problem in result.problems)
    # Pitch raised alone (PSOLA, formants kept): shifting back restores the voice.
    sound = parselmouth.Sound(speech.astype(np.float64), RATE)
    raised = call(sound, "Change gender", 75, 600, 1.0, 150, 1.0, 1.0).values[0]
    assert any("formants unchanged" in problem for problem in assess(speech, raised, RATE).problems)


# --- settings ------------------------------------------------------------------------------


def test_the_settings_record_round_trips_through_json() -> None:
    chosen = VoiceSettings(ranges=((1.0, 2.5, "tone"), (3.0, 4.0, "silence"))).draw(spread=0.05)
    record = json.loads(json.dumps(chosen.to_record()))
    assert record["method"] == "praat-change-gender" and record["drawn_spread"] == 0.05
    assert VoiceSettings.from_record(record) == chosen


def test_drawn_settings_vary_independently_within_the_spread() -> None:
    base = VoiceSettings()
    drawn = [base.draw(spread=0.06) for _ in range(20)]
    for name in ("formant_shift", "pitch_median_hz", "pitch_range_factor"):
        values = {getattr(d, name) for d in drawn}
        assert len(values) > 10
        assert all(abs(v / getattr(base, name) - 1) <= 0.0601 for v in values)
    ratios = {
        round(d.formant_shift / base.formant_shift - d.pitch_range_factor / base.pitch_range_factor, 6)
        for d in drawn
    }
    assert len(ratios) > 10  # not one factor applied to all


@pytest.mark.parametrize(
    "changes",
    [
        {"formant_shift": 3.0},
        {"pitch_factor": 1.2},  # with the median as well
        {"pitch_median_hz": None},  # neither
        {"ranges": ((5.0, 4.0, "tone"),)},
        {"ranges": ((1.0, 2.0, "beep"),)},
        {"sample_rate": 1000},
    ],
)
def test_unusable_settings_are_refused(changes: dict[str, object]) -> None:
    with pytest.raises(VoiceSettingsError):
        VoiceSettings(**changes)  # type: ignore[arg-type]


# --- files ---------------------------------------------------------------------------------


def encoded(samples: np.ndarray, rate: int, fmt: str, codec: str, layout: str = "stereo") -> bytes:
    """An audio file with a canary tag, as a phone or recorder would leave one."""
    out = io.BytesIO()
    with av.open(out, "w", format=fmt) as container:
        container.metadata["title"] = CANARY
        container.metadata["artist"] = CANARY
        stream = container.add_stream(codec, rate=rate, layout=layout)
        frame_format = stream.codec_context.format.name
        channels = np.stack([samples, samples]) if layout == "stereo" else samples.reshape(1, -1)
        resampler = av.AudioResampler(format=frame_format, layout=layout, rate=rate)
        for at in range(0, channels.shape[1], 4096):
            part = np.ascontiguousarray(
                channels[:, at : at + 4096].reshape(1, -1, order="F"), dtype=np.float32
            )
            frame = av.AudioFrame.from_ndarray(part, format="flt", layout=layout)
            frame.sample_rate, frame.time_base, frame.pts = rate, Fraction(1, rate), at
            for converted in resampler.resample(frame):
                container.mux(stream.encode(converted))
        container.mux(stream.encode(None))
    return out.getvalue()


FORMATS = {
    "wav": ("wav", "pcm_s16le"),
    "mp3": ("mp3", "libmp3lame"),
    "m4a": ("ipod", "aac"),
    "opus": ("ogg", "libopus"),
    "flac": ("flac", "flac"),
}


def decoded(data: bytes) -> tuple[np.ndarray, int, dict[str, str]]:
    with av.open(io.BytesIO(data)) as container:
        stream = container.streams.audio[0]
        frames = [f.to_ndarray() for f in container.decode(stream)]
        tags = {**container.metadata, **stream.metadata}
        return np.concatenate(frames, axis=1), stream.codec_context.sample_rate, tags


@pytest.mark.parametrize("kind", FORMATS)
def test_a_file_comes_out_disguised_the_same_length_and_without_tags(kind: str) -> None:
    rate = 48000 if kind == "opus" else 44100
    source = encoded(voiced(4.0, rate), rate, *FORMATS[kind])
    assert CANARY.encode() in source
    seen: list[tuple[float, float | None]] = []
    dst = io.BytesIO()
    record = disguise_audio(
        io.BytesIO(source), dst, VoiceSettings(), progress=lambda d, t: seen.append((d, t))
    )
    data = dst.getvalue()
    samples, rate_out, tags = decoded(data)
    assert rate_out == 22050 and samples.shape[0] == 1
    assert samples.shape[1] / rate_out == pytest.approx(4.0, abs=0.05)
    assert record["output"]["duration_s"] == pytest.approx(4.0, abs=0.05)
    assert CANARY.encode() not in data and b"Lavf" not in data and b"Lavc" not in data
    assert not mutagen.File(io.BytesIO(data)).tags
    assert set(tags) <= {"major_brand", "minor_version", "compatible_brands", "language", "handler_name"}
    assert seen and seen[-1][0] == pytest.approx(4.0, abs=0.1)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))
    assert voice_measures(samples[0], rate_out)[0] == pytest.approx(150, rel=0.05)
    assert VoiceSettings.from_record(record["settings"]) == VoiceSettings()


def test_a_path_is_read_and_a_stereo_wav_record_names_the_input(tmp_path: Path) -> None:
    path = tmp_path / "testimony.wav"
    path.write_bytes(encoded(voiced(2.0, 44100), 44100, "wav", "pcm_s16le"))
    record = disguise_audio(path, io.BytesIO(), VoiceSettings())
    assert record["input"] == {"codec": "pcm_s16le", "sample_rate": 44100, "channels": 2, "duration_s": 2.0}


class Unseekable(io.RawIOBase):
    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk: bytes) -> int:  # type: ignore[override]
        self.data += chunk
        return len(chunk)


def test_an_unseekable_destination_gets_a_fragmented_mp4() -> None:
    dst = Unseekable()
    disguise_audio(io.BytesIO(encoded(voiced(3.0), RATE, "wav", "pcm_s16le", "mono")), dst, VoiceSettings())
    samples, rate, _ = decoded(bytes(dst.data))
    # Fragments carry no edit list, so the AAC encoder's priming (1024 samples) is decoded too.
    assert samples.shape[1] / rate == pytest.approx(3.0 + 1024 / 22050, abs=0.05)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "cannot read the input as audio"),
        (bytes(range(256)) * 40, "cannot read the input as audio"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00" + b"\xff" * 40, "the input"),
    ],
)
def test_broken_input_gives_a_clear_error_and_no_output(data: bytes, message: str) -> None:
    dst = io.BytesIO(b"kept")
    dst.seek(4)
    with pytest.raises(VoiceDisguiseError, match=message) as caught:
        disguise_audio(io.BytesIO(data), dst, VoiceSettings())
    assert isinstance(caught.value, VaultError)
    assert dst.getvalue() == b"kept"


class Watched(io.BytesIO):
    """Remembers the largest size it ever had."""

    largest = 0

    def write(self, chunk: bytes) -> int:  # type: ignore[override]
        written = super().write(chunk)
        self.largest = max(self.largest, self.tell())
        return written


def test_damage_in_the_middle_is_reported_and_what_was_written_is_cut_back() -> None:
    whole = encoded(voiced(40.0), RATE, "ipod", "aac", "mono")
    middle = len(whole) * 3 // 4  # after the first 15 s segment was written out
    damaged = whole[:middle] + b"\x07" * 4000 + whole[middle + 4000 :]
    dst = Watched()
    with pytest.raises(VoiceDisguiseError, match=r"the input is damaged \d+\.\d s in: Invalid data"):
        disguise_audio(io.BytesIO(damaged), dst, VoiceSettings())
    assert dst.largest > 10_000  # the first segments had been written
    assert dst.getvalue() == b""


def test_a_file_without_sound_is_named(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "still.png"
    Image.new("RGB", (8, 8)).save(path)
    with pytest.raises(VoiceDisguiseError, match=r"still\.png has no audio stream"):
        disguise_audio(path, io.BytesIO(), VoiceSettings())


def test_cancel_leaves_nothing_in_the_destination() -> None:
    source = encoded(voiced(40.0), RATE, "wav", "pcm_s16le", "mono")
    dst, asked = Watched(b"kept"), []
    dst.seek(4)

    def cancel() -> bool:
        asked.append(True)
        return len(asked) > 500  # after some 30 s were read (1024 samples a frame), 15 s written

    with pytest.raises(DisguiseCancelled):
        disguise_audio(io.BytesIO(source), dst, VoiceSettings(), cancel=cancel)
    assert dst.largest > 10_000  # something had been written, and was cut back
    assert dst.getvalue() == b"kept"


# --- the video pipeline's hook ---------------------------------------------------------------


def test_the_soundtrack_hook_returns_mono_frames_with_running_timestamps() -> None:
    source = encoded(voiced(6.0, 48000), 48000, "ipod", "aac")
    hook = SoundtrackDisguiser(VoiceSettings(), chunk_s=2.0)
    frames = []
    with av.open(io.BytesIO(source)) as container:
        for frame in container.decode(audio=0):
            frames += hook.process(frame)
    frames += hook.flush()
    assert all(f.layout.name == "mono" and f.sample_rate == 22050 and f.format.name == "flt" for f in frames)
    assert [f.pts for f in frames] == list(np.cumsum([0] + [f.samples for f in frames[:-1]]))
    assert sum(f.samples for f in frames) == hook.samples_in == hook.samples_out
    assert hook.samples_out / 22050 == pytest.approx(6.0, abs=0.05)
