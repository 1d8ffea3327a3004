"""Voice disguise of whole files and of video soundtracks, through PyAV.

``disguise_audio`` decodes any audio the vault accepts (WAV, MP3, M4A/AAC, OGG/Opus,
FLAC, or the sound of a video) and writes a mono M4A/AAC with no tags. ``SoundtrackDisguiser``
is the same work frame by frame, for a video writer that remuxes the picture. Nothing
is written anywhere but the caller's ``dst``: no temporary files, no plaintext on disk.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from fractions import Fraction
from typing import IO, Any

import av
import av.error
import numpy as np
import parselmouth

from ..errors import VaultError
from .voice import METHOD, Samples, VoiceDisguiseError, VoiceDisguiser, VoiceSettings

Progress = Callable[[float, "float | None"], None]
BIT_RATE = 96000
OUTPUT: dict[str, Any] = {"container": "m4a", "codec": "aac", "channels": 1, "bit_rate": BIT_RATE}
_FRAME = 4096  # samples per frame handed to an encoder
_AV_ERRORS = (av.error.FFmpegError, OSError, ValueError, EOFError, IndexError)


class DisguiseCancelled(VaultError):
    """The caller cancelled a voice disguise; what reached ``dst`` is discarded."""


class SoundtrackDisguiser:
    """Disguise a soundtrack frame by frame: ``process`` each decoded frame, then ``flush``.

    Input frames may have any rate, layout and sample format (they are resampled with
    ``av.AudioResampler``); output frames are mono float (``flt``) at ``sample_rate``
    with consecutive ``pts`` in a ``1 / sample_rate`` time base, ready for an encoder of
    ``layout`` and ``sample_rate``. The time ranges in the settings count from the first
    sample given, whatever the stream's start time.
    """

    layout = "mono"
    format = "flt"

    def __init__(self, settings: VoiceSettings, chunk_s: float = 15.0) -> None:
        self.settings = settings
        self.sample_rate = settings.sample_rate
        self._resampler = av.AudioResampler(format=self.format, layout=self.layout, rate=self.sample_rate)
        self._disguiser = VoiceDisguiser(settings, chunk_s=chunk_s)
        self.samples_in = 0  # at the disguiser's rate
        self.samples_out = 0

    def process(self, frame: av.AudioFrame) -> list[av.AudioFrame]:
        out: list[av.AudioFrame] = []
        for resampled in self._resampler.resample(frame):
            out += self._push(resampled)
        return out

    def flush(self) -> list[av.AudioFrame]:
        out: list[av.AudioFrame] = []
        for resampled in self._resampler.resample(None):
            out += self._push(resampled)
        return out + self._frames(self._disguiser.flush())

    def _push(self, frame: av.AudioFrame) -> list[av.AudioFrame]:
        samples = frame.to_ndarray()
        self.samples_in += samples.shape[-1]
        return self._frames(self._disguiser.push(samples))

    def _frames(self, samples: Samples) -> list[av.AudioFrame]:
        frames = []
        for at in range(0, len(samples), _FRAME):
            part = np.ascontiguousarray(samples[at : at + _FRAME].reshape(1, -1))
            frame = av.AudioFrame.from_ndarray(part, format=self.format, layout=self.layout)
            frame.sample_rate = self.sample_rate
            frame.time_base = Fraction(1, self.sample_rate)
            frame.pts = self.samples_out
            self.samples_out += part.shape[1]
            frames.append(frame)
        return frames


def disguise_audio(
    src: str | os.PathLike[str] | IO[bytes],
    dst: IO[bytes],
    settings: VoiceSettings,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Decode ``src``, disguise the voice and write a mono M4A/AAC to ``dst``; return the
    record custody keeps (settings, versions, input and output facts).

    ``progress(seconds_done, total_seconds_or_None)`` follows the input; ``cancel()`` is
    asked before each decoded frame, and when it returns true ``DisguiseCancelled`` is
    raised. On cancel or any error, a seekable ``dst`` is cut back to where it stood
    (so nothing of the attempt remains in it); an unseekable one may hold a partial
    file, which the caller must discard. Nothing is ever written elsewhere (no temporary
    files). Input that cannot be decoded raises ``VoiceDisguiseError`` saying why.
    The output carries no tags: muxer and encoder run bit-exact, so neither the MP4's
    encoder tag nor the AAC encoder's version string in the first frame is written.
    """
    name = os.path.basename(os.fspath(src)) if isinstance(src, (str, os.PathLike)) else "the input"
    start = dst.tell() if dst.seekable() else None
    try:
        source = av.open(src, "r")
    except _AV_ERRORS as error:
        raise VoiceDisguiseError(f"cannot read {name} as audio: {_reason(error)}") from None
    try:
        if not source.streams.audio:
            raise VoiceDisguiseError(f"{name} has no audio stream")
        stream = source.streams.audio[0]
        total = _duration(source, stream)
        hook = SoundtrackDisguiser(settings)
        options = {"fflags": "+bitexact"}
        if start is None:  # an MP4 needs to seek back for its index, unless fragmented
            options["movflags"] = "frag_keyframe+empty_moov"
        with av.open(dst, "w", format="ipod", options=options) as output:
            encoder = output.add_stream("aac", rate=settings.sample_rate, layout="mono")
            encoder.bit_rate = BIT_RATE
            encoder.codec_context.flags |= av.codec.context.Flags.bitexact  # no "Lavc" in the first frame
            try:
                for packet in source.demux(stream):
                    for frame in packet.decode():
                        if cancel is not None and cancel():
                            raise DisguiseCancelled(f"voice disguise of {name} cancelled")
                        _write(output, encoder, hook.process(frame))
                        if progress is not None:
                            progress(hook.samples_in / settings.sample_rate, total)
            except _AV_ERRORS as error:
                where = hook.samples_in / settings.sample_rate
                raise VoiceDisguiseError(f"{name} is damaged {where:.1f} s in: {_reason(error)}") from None
            if hook.samples_in == 0:
                raise VoiceDisguiseError(f"no audio could be decoded from {name}")
            _write(output, encoder, hook.flush())
            for packet in encoder.encode(None):
                output.mux(packet)
    except BaseException:
        _discard(dst, start)
        raise
    finally:
        source.close()
    seconds_out = hook.samples_out / settings.sample_rate
    return {
        "method": METHOD,
        "settings": settings.to_record(),
        "parselmouth": parselmouth.__version__,
        "praat": parselmouth.PRAAT_VERSION,
        "input": {
            "codec": stream.codec_context.name,
            "sample_rate": stream.codec_context.sample_rate,
            "channels": stream.codec_context.layout.nb_channels,
            "duration_s": round(hook.samples_in / settings.sample_rate, 3),
        },
        "output": {**OUTPUT, "sample_rate": settings.sample_rate, "duration_s": round(seconds_out, 3)},
    }


def _write(output: Any, encoder: Any, frames: list[av.AudioFrame]) -> None:
    for frame in frames:
        for packet in encoder.encode(frame):
            output.mux(packet)


def _duration(source: Any, stream: Any) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if source.duration is not None:
        return float(source.duration) / av.time_base
    return None


def _discard(dst: IO[bytes], start: int | None) -> None:
    if start is None:
        return
    try:
        dst.seek(start)
        dst.truncate()
    except OSError:
        pass  # the caller discards dst; the error that brought us here matters more


def _reason(error: BaseException) -> str:
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return str(text).splitlines()[0]
