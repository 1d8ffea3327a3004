"""Voice disguise for publishing (issue 20): Praat's "Change gender", streamed in chunks.

A recorded voice can identify a witness or an insider. ``VoiceDisguiser`` changes the
formants (the vocal tract's resonances), moves the median pitch to a fixed target and
narrows the intonation range, chunk by chunk with a crossfade at each seam, so memory
stays flat whatever the length. Time ranges can be replaced by silence or a quiet
1 kHz tone. ``assess`` measures what a disguise did to a voice and names the ways it
would be easy to undo. docs/anonymise-voice.md says what this does not protect against.

Everything works on mono float32 samples at ``VoiceSettings.sample_rate``; more channels
are mixed down (a stereo image can place a speaker, and two channels disguised apart
would drift from each other). Files and video soundtracks go through voice_file.py.
"""

from __future__ import annotations

import math
import secrets
import warnings
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import parselmouth
from parselmouth.praat import call

from ..errors import UsageError, VaultError

Samples = npt.NDArray[np.float32]
Blank = tuple[float, float, Literal["silence", "tone"]]

TONE_HZ = 1000.0
TONE_DBFS = -20.0
METHOD = "praat-change-gender"
_RAMP_S = 0.005  # silence and tone edges fade over 5 ms (outside the range for the voice)
_CROSSFADE_S = 0.02
_MIN_SEGMENT_S = 0.25  # Praat's pitch analysis needs a few periods of the pitch floor
_BINS_PER_SEMITONE = 10


class VoiceSettingsError(UsageError):
    """Voice disguise settings that cannot be used."""


class VoiceDisguiseError(VaultError):
    """The voice disguise failed on this audio (the message says why)."""


@dataclass(frozen=True)
class VoiceSettings:
    """How to disguise a voice; ``to_record()`` is what custody keeps.

    Defaults, and why (docs/anonymise-voice.md): the formants go up by 12 % while the
    pitch is moved to a fixed 150 Hz median (between typical men's and women's voices,
    so both move) and its range is narrowed to 0.6 of the speaker's (in semitones). A
    plain pitch shift moves pitch and formants by one factor and keeps the melody, so
    shifting back by that factor restores the voice; here the formant factor and the
    pitch target are independent, the speaker's own median is replaced by a constant
    (not scaled), and the flattened intonation loses detail that no inverse gets back.
    ``draw()`` also picks the exact factors at random per file, recorded only in the
    vault's custody, so an analyst does not know which factors to invert.
    """

    formant_shift: float = 1.12
    pitch_median_hz: float | None = 150.0  # every speaker's median pitch goes to this
    pitch_factor: float | None = None  # or: the speaker's median times this
    pitch_range_factor: float = 0.6
    pitch_floor_hz: float = 75.0
    pitch_ceiling_hz: float = 600.0
    ranges: tuple[Blank, ...] = ()  # (start_s, end_s, "silence" | "tone") in the output
    sample_rate: int = 22050
    drawn_spread: float = 0.0  # > 0: the three factors were drawn within ±this of a base

    def __post_init__(self) -> None:
        problems = []
        if not 0.7 <= self.formant_shift <= 1.5:
            problems.append("the formant shift must be between 0.7 and 1.5")
        if (self.pitch_median_hz is None) == (self.pitch_factor is None):
            problems.append("give either a new pitch median or a pitch factor, not both or neither")
        if self.pitch_median_hz is not None and not 50 <= self.pitch_median_hz <= 400:
            problems.append("the new pitch median must be between 50 and 400 Hz")
        if self.pitch_factor is not None and not 0.5 <= self.pitch_factor <= 2:
            problems.append("the pitch factor must be between 0.5 and 2")
        if not 0 <= self.pitch_range_factor <= 2:
            problems.append("the pitch range factor must be between 0 and 2")
        if not 30 <= self.pitch_floor_hz < self.pitch_ceiling_hz <= 1200:
            problems.append("the pitch floor must be at least 30 Hz and below the ceiling (at most 1200 Hz)")
        if not 8000 <= self.sample_rate <= 48000:
            problems.append("the sample rate must be between 8000 and 48000 Hz")
        for start, end, kind in self.ranges:
            if not 0 <= start < end or kind not in ("silence", "tone"):
                problems.append(f"bad time range {start}-{end} {kind!r}")
        if problems:
            raise VoiceSettingsError("; ".join(problems))

    def to_record(self) -> dict[str, Any]:
        """A JSON-able dict of every setting (for the custody record, never the file)."""
        record = asdict(self)
        record["ranges"] = [[start, end, kind] for start, end, kind in self.ranges]
        record["method"] = METHOD
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> VoiceSettings:
        fields = {k: v for k, v in record.items() if k != "method"}
        fields["ranges"] = tuple((float(s), float(e), k) for s, e, k in fields.get("ranges", ()))
        return cls(**fields)

    def draw(self, spread: float = 0.06, rng: secrets.SystemRandom | None = None) -> VoiceSettings:
        """These settings with formant shift, pitch target and range factor each drawn
        independently within ±``spread`` (relative) of their value here."""
        pick = (rng or secrets.SystemRandom()).uniform

        def around(value: float) -> float:
            return round(value * pick(1 - spread, 1 + spread), 4)

        return replace(
            self,
            formant_shift=around(self.formant_shift),
            pitch_median_hz=None if self.pitch_median_hz is None else around(self.pitch_median_hz),
            pitch_factor=None if self.pitch_factor is None else around(self.pitch_factor),
            pitch_range_factor=around(self.pitch_range_factor),
            drawn_spread=spread,
        )


def as_mono(samples: npt.ArrayLike) -> Samples:
    """Shape (n,) float32 from (n,) or (channels, n), channels averaged."""
    array = np.asarray(samples, dtype=np.float32)
    if array.ndim == 2:
        array = array.mean(axis=0, dtype=np.float32)
    if array.ndim != 1:
        raise VoiceDisguiseError(f"audio samples must be shaped (n,) or (channels, n), not {array.shape}")
    return array


class VoiceDisguiser:
    """Streaming disguise: ``push`` samples as they come, ``flush`` at the end.

    Each call returns the output that is ready (mono float32, same rate); all outputs
    together are as long as all inputs. Input is processed in segments of about
    ``chunk_s`` seconds plus ``context_s`` on each side; consecutive segments overlap,
    and the seam is put at the quietest 10 ms of the overlap, with a 20 ms crossfade.
    The speaker's median pitch is tracked over all audio so far (a histogram, fixed
    size) so that every segment maps it to the same target.
    """

    def __init__(self, settings: VoiceSettings, chunk_s: float = 15.0, context_s: float = 0.5) -> None:
        self.settings = settings
        self.sample_rate = rate = settings.sample_rate
        self._chunk = max(1, int(chunk_s * rate))
        self._context = max(int(context_s * rate), int(0.05 * rate))
        self._xfade = int(_CROSSFADE_S * rate)
        self._ramp = max(1, int(_RAMP_S * rate))
        self._blanks = [(int(s * rate), int(e * rate), kind) for s, e, kind in settings.ranges]
        self._buf: Samples = np.zeros(0, np.float32)  # input from absolute sample _buf_start
        self._buf_start = 0
        self._pieces: list[Samples] = []
        self._pending = 0
        self._received = 0
        self._done = 0  # output handed out up to here
        self._tail: Samples = np.zeros(0, np.float32)  # last segment's output at [_done, _done + xfade)
        low, high = math.log2(settings.pitch_floor_hz), math.log2(settings.pitch_ceiling_hz)
        self._edges = np.linspace(low, high, int((high - low) * 12 * _BINS_PER_SEMITONE) + 1)
        self._hist = np.zeros(len(self._edges) - 1)

    def push(self, samples: npt.ArrayLike) -> Samples:
        mono = as_mono(samples).copy()
        self._voice_gain(mono, self._received)  # blanked speech never enters the analysis
        self._received += len(mono)
        self._pieces.append(mono)
        self._pending += len(mono)
        out = []
        # A segment runs from _done - context to the seam + context; the seam lies at
        # least a chunk after _done, and the next segment needs no more than the buffer.
        while (
            len(self._buf) + self._pending >= (self._done - self._buf_start) + self._chunk + 2 * self._context
        ):
            self._gather()
            out.append(self._step(final=False))
        return np.concatenate(out) if out else np.zeros(0, np.float32)

    def flush(self) -> Samples:
        self._gather()
        if self._buf_start + len(self._buf) <= self._done:
            return np.zeros(0, np.float32)
        return self._step(final=True)

    def _gather(self) -> None:
        if self._pieces:
            self._buf = np.concatenate([self._buf, *self._pieces])
            self._pieces, self._pending = [], 0

    def _step(self, final: bool) -> Samples:
        start = self._buf_start
        if final:
            segment, seam = self._buf, start + len(self._buf)
        else:
            end = self._done + self._chunk + 2 * self._context
            segment = self._buf[: end - start]
            seam = self._quietest(self._done + self._chunk, self._done + self._chunk + self._context)
        out = self._disguise(segment)
        block: Samples = out[self._done - start : seam - start].copy()
        if len(self._tail):
            n = min(len(self._tail), len(block))
            fade = 0.5 - 0.5 * np.cos(np.linspace(0, math.pi, n, dtype=np.float32))
            block[:n] = self._tail[:n] * (1 - fade) + block[:n] * fade
        self._tail = out[seam - start : seam - start + self._xfade].copy()
        self._apply_ranges(block, self._done)
        self._done = seam
        keep_from = max(0, seam - self._context)
        self._buf = self._buf[keep_from - start :]
        self._buf_start = keep_from
        np.clip(block, -1.0, 1.0, out=block)
        return block

    def _quietest(self, low: int, high: int) -> int:
        """The start of the quietest 10 ms frame of the input in [low, high)."""
        frame = max(1, self.sample_rate // 100)
        region = self._buf[low - self._buf_start : high - self._buf_start]
        count = len(region) // frame
        if count < 1:
            return low
        energy = np.square(region[: count * frame].reshape(count, frame)).sum(axis=1)
        return low + int(np.argmin(energy)) * frame

    def _disguise(self, segment: Samples) -> Samples:
        s = self.settings
        n = len(segment)
        padded = segment
        if n < _MIN_SEGMENT_S * self.sample_rate:
            padded = np.concatenate(
                [segment, np.zeros(int(_MIN_SEGMENT_S * self.sample_rate) - n, np.float32)]
            )
        sound = parselmouth.Sound(padded.astype(np.float64), self.sample_rate)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no voiced segments" is normal in a pause
            try:
                pitch = call(sound, "To Pitch", 0.8 / s.pitch_floor_hz, s.pitch_floor_hz, s.pitch_ceiling_hz)
                voiced = pitch.selected_array["frequency"]
                voiced = voiced[voiced > 0]
                self._hist += np.histogram(np.log2(voiced), self._edges)[0]
                here = call(pitch, "Get quantile", 0, 0, 0.5, "Hertz")
                new_median = self._segment_target(float(here)) if voiced.size else 0.0
                result = call(
                    [sound, pitch], "Change gender", s.formant_shift, new_median, s.pitch_range_factor, 1.0
                )
            except parselmouth.PraatError as error:
                raise VoiceDisguiseError(f"the voice disguise failed: {str(error).splitlines()[0]}") from None
        out = np.asarray(result.values[0], dtype=np.float32)[:n]
        if len(out) < n:
            out = np.concatenate([out, np.zeros(n - len(out), np.float32)])
        return out

    def _segment_target(self, here: float) -> float:
        """The median Praat should aim at in this segment (whose own median is ``here``)
        so that the running median over all audio lands on the target:
        new = target * (pitch / overall) ** r = [target * (here / overall) ** r] * (pitch / here) ** r."""
        s = self.settings
        if not math.isfinite(here) or here <= 0:
            return 0.0
        cumulative = np.cumsum(self._hist)
        if cumulative[-1] <= 0:
            return 0.0
        index = int(np.searchsorted(cumulative, cumulative[-1] / 2))
        overall = 2 ** ((self._edges[index] + self._edges[index + 1]) / 2)
        target = s.pitch_median_hz if s.pitch_median_hz is not None else (s.pitch_factor or 1.0) * overall
        return float(target * (here / overall) ** s.pitch_range_factor)

    def _voice_gain(self, block: Samples, at: int) -> None:
        """Zero the voice inside each range, fading over 5 ms just outside it."""
        for start, end, _ in self._blanks:
            if at + len(block) <= start - self._ramp or at >= end + self._ramp:
                continue
            index = np.arange(at, at + len(block))
            outside = np.maximum(start - index, index - (end - 1))
            block *= np.clip(outside / self._ramp, 0, 1).astype(np.float32)

    def _apply_ranges(self, block: Samples, at: int) -> None:
        self._voice_gain(block, at)
        amplitude = 10 ** (TONE_DBFS / 20)
        for start, end, kind in self._blanks:
            if kind != "tone" or at + len(block) <= start or at >= end:
                continue
            index = np.arange(max(at, start), min(at + len(block), end))
            envelope = np.clip(np.minimum(index - start + 1, end - index) / self._ramp, 0, 1)
            tone = amplitude * envelope * np.sin(2 * math.pi * TONE_HZ * index / self.sample_rate)
            block[index - at] += tone.astype(np.float32)


@dataclass(frozen=True)
class Assessment:
    """What a disguise did to a voice, and why it would be easy to undo (``problems``)."""

    pitch_ratio: float  # median pitch after / before
    formant_ratio: float  # mean of F1 and F2 ratios (medians over voiced frames)
    range_ratio: float  # spread of pitch in semitones (5th-95th percentile) after / before
    problems: tuple[str, ...]


def voice_measures(samples: npt.ArrayLike, sample_rate: int) -> tuple[float, float, float, float]:
    """Median pitch (Hz), pitch spread (semitones, 5th-95th percentile), median F1 and F2 (Hz)."""
    sound = parselmouth.Sound(as_mono(samples).astype(np.float64), sample_rate)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pitch = sound.to_pitch()
        f0 = pitch.selected_array["frequency"]
        f0 = f0[f0 > 0]
        if f0.size < 10:
            raise VoiceDisguiseError("too little voiced speech to measure")
        formant = call(sound, "To Formant (burg)", 0, 5, 5000, 0.025, 50)
        f1, f2 = (float(call(formant, "Get quantile", k, 0, 0, "hertz", 0.5)) for k in (1, 2))
    spread = 12 * float(np.log2(np.percentile(f0, 95) / np.percentile(f0, 5)))
    return float(np.median(f0)), spread, f1, f2


def assess(before: npt.ArrayLike, after: npt.ArrayLike, sample_rate: int) -> Assessment:
    """Compare a voice before and after disguise.

    Problems named: formants unchanged (a pitch shift back restores the voice), or pitch
    and formants moved by one factor with the intonation kept (a plain pitch/speed shift,
    which one inverse shift undoes).
    """
    p0, r0, f1a, f2a = voice_measures(before, sample_rate)
    p1, r1, f1b, f2b = voice_measures(after, sample_rate)
    pitch, formant, spread = p1 / p0, (f1b / f1a + f2b / f2a) / 2, r1 / r0 if r0 > 0 else 1.0
    problems = []
    if abs(formant - 1) < 0.03:
        problems.append("formants unchanged: shifting the pitch back restores the voice")
    if abs(pitch / formant - 1) < 0.03 and abs(spread - 1) < 0.1:
        problems.append(
            "pitch and formants moved by one factor and the intonation is kept: one shift undoes it"
        )
    return Assessment(pitch, formant, spread, tuple(problems))
