"""Fixtures for the container cases of issue 20, built at test time with PyAV and mutagen."""

from __future__ import annotations

import hashlib
import io
import struct
from pathlib import Path

import av
import mutagen.mp4

from tests.media import builders as b


def camera_mov(path: Path, audio_codec: str = "pcm_u8", *, ftyp: bool = True) -> bytes:
    """A MOV as cameras write it: video plus PCM audio; without ``ftyp`` like pre-2000 QuickTime."""
    with av.open(str(path), "w", format="mov") as out:
        out.metadata["artist"] = "Camera Owner"
        video = out.add_stream("mpeg4", rate=10)
        video.width, video.height, video.pix_fmt = 96, 64, "yuv420p"
        audio = out.add_stream(audio_codec, rate=8000)
        audio.layout = "mono"
        for n in range(10):
            frame = av.VideoFrame.from_image(b.picture((96, 64), (n * 20, 90, 160)))
            frame.pts = n
            for packet in video.encode(frame):
                out.mux(packet)
        for packet in video.encode():
            out.mux(packet)
        fmt = audio.codec_context.format.name
        for n in range(8):
            samples = av.AudioFrame(format=fmt, layout="mono", samples=1000)
            samples.sample_rate, samples.pts = 8000, n * 1000
            for plane in samples.planes:
                plane.update(bytes([n * 16]) * plane.buffer_size)
            for packet in audio.encode(samples):
                out.mux(packet)
        for packet in audio.encode():
            out.mux(packet)
    data = path.read_bytes()
    if not ftyp:
        (size,) = struct.unpack(">I", data[:4])
        assert data[4:8] == b"ftyp"
        data = data[size:]
        path.write_bytes(data)
    return data


def itunes_m4a(path: Path) -> bytes:
    """An AAC .m4a as iTunes and phones write it, with boolean atoms (cpil, pgap) and a cover."""
    b.pyav_audio(path, "aac", "ipod")
    tags = mutagen.mp4.MP4(path)
    tags["\xa9ART"] = ["Jane Witness"]
    tags["cpil"] = True
    tags["pgap"] = True
    tags["tmpo"] = [120]
    tags["trkn"] = [(1, 9)]
    cover = mutagen.mp4.MP4Cover(b"\xff\xd8" + b"x" * 40, imageformat=mutagen.mp4.MP4Cover.FORMAT_JPEG)
    tags["covr"] = [cover]
    tags.save()
    return path.read_bytes()


def stream_packets(data: bytes) -> dict[str, list[str]]:
    """Each picture or sound stream's packet hashes, by type (cover pictures left out)."""
    with av.open(io.BytesIO(data)) as container:
        streams = [
            s
            for s in container.streams
            if s.type in ("video", "audio") and not s.disposition & av.stream.Disposition.attached_pic
        ]
        out: dict[str, list[str]] = {s.type: [] for s in streams}
        for packet in container.demux(streams):
            if packet.size:
                out[packet.stream.type].append(hashlib.sha256(bytes(packet)).hexdigest())
        return out


def major_brand(data: bytes) -> bytes:
    return data[8:12] if data[4:8] == b"ftyp" else b""


C2PA_UUID = bytes.fromhex("d8fec3d61b0e483c92975828877ec481")
JUMBF_C2PA_TYPE = bytes.fromhex("6332706100110010800000aa00389b71")  # 'c2pa' + ISO suffix


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def jumbf_c2pa(secret: bytes) -> bytes:
    """A C2PA manifest store as JUMBF: a 'jumb' superbox whose 'jumd' is labelled 'c2pa',
    holding one manifest superbox with a JSON box that names the owner."""
    claim = _box(b"json", b'{"claim_generator": "Phone Camera", "author": "' + secret + b'"}')
    manifest_desc = _box(b"jumd", bytes.fromhex("63326d6100110010800000aa00389b71") + b"\x03urn:uuid:1\x00")
    manifest = _box(b"jumb", manifest_desc + claim)
    store_desc = _box(b"jumd", JUMBF_C2PA_TYPE + b"\x03c2pa\x00")
    return _box(b"jumb", store_desc + manifest)


def app11_c2pa(secret: bytes) -> bytes:
    """The JPEG APP11 segment that carries it (JPEG XT: 'JP', instance 1, sequence 1)."""
    body = b"JP" + struct.pack(">HI", 1, 1) + jumbf_c2pa(secret)
    return b"\xff\xeb" + struct.pack(">H", len(body) + 2) + body


def c2pa_uuid_box(secret: bytes) -> bytes:
    """The ISO BMFF top-level 'uuid' box of C2PA: the UUID, version and flags, the purpose
    ("manifest"), the offset of a merkle box (none), then the JUMBF manifest store."""
    return _box(b"uuid", C2PA_UUID + bytes(4) + b"manifest\x00" + bytes(8) + jumbf_c2pa(secret))


def mp4_with_c2pa(path: Path, secret: bytes) -> bytes:
    """An MP4 with a top-level C2PA 'uuid' box after moov, as C2PA tools write it."""
    from tests.sanitize import fixtures as F

    F.video(path, "mp4")
    data = path.read_bytes() + c2pa_uuid_box(secret)
    path.write_bytes(data)
    return data


def top_level_boxes(data: bytes) -> list[bytes]:
    """The kinds of an ISO BMFF file's top-level boxes, in order."""
    kinds, pos = [], 0
    while pos + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if size == 1:
            (size,) = struct.unpack(">Q", data[pos + 8 : pos + 16])
        kinds.append(kind)
        if size < 8:
            break
        pos += size
    return kinds


def heic_with_c2pa(secret: bytes, base: bytes | None = None) -> bytes:
    """A HEIC (``fixtures.heic()``, or ``base``) with a C2PA manifest store in a top-level
    'uuid' box, after 'mdat' so that no item's offset moves."""
    from tests.sanitize import fixtures as F

    data = F.heic() if base is None else base
    assert sum(top_level_boxes(data).count(k) for k in (b"ftyp", b"meta", b"mdat")) == 3
    return data + c2pa_uuid_box(secret)


def _subtitles(folder: Path, webm: bool, secret: str) -> Path:
    """A one-line subtitle file naming the owner: WebVTT for WebM, SubRip for Matroska."""
    if webm:
        path = folder / "subs.vtt"
        path.write_text(f"WEBVTT\n\n00:00:00.000 --> 00:00:00.800\nFilmed by {secret}\n", "utf-8")
    else:
        path = folder / "subs.srt"
        path.write_text(f"1\n00:00:00,000 --> 00:00:00,800\nFilmed by {secret}\n", "utf-8")
    return path


PLACE = "+48.8584+002.2945/"


def matroska(path: Path, container_format: str = "matroska", secret: str = "QZXCANARY7") -> bytes:
    """A screen recording as browsers and messengers write it: video, audio, a subtitle
    track, a font and a cover attachment (Matroska only: WebM holds none), chapters, and tags
    naming the owner, the place and the encoder, in the container and in the tracks."""
    from fractions import Fraction

    webm = container_format == "webm"
    with (
        av.open(str(_subtitles(path.parent, webm, secret))) as subtitles,
        av.open(str(path), "w", format=container_format) as out,
    ):
        out.metadata.update(
            {
                "title": f"Recording {secret}",
                "artist": secret,
                "date": "2024-03-01",
                "location": PLACE,
                "comment": f"filmed from the balcony {secret}",
            }
        )
        video = out.add_stream("libvpx" if webm else "mpeg4", rate=10)
        video.width, video.height, video.pix_fmt = 96, 64, "yuv420p"
        video.metadata.update({"title": f"camera {secret}", "encoder": f"Phone Encoder {secret}"})
        video.metadata["location"] = PLACE
        audio = out.add_stream("libopus", rate=48000)
        audio.layout = "mono"
        audio.metadata["title"] = f"mic {secret}"
        text = out.add_stream_from_template(subtitles.streams[0])
        text.metadata["title"] = f"captions {secret}"
        if not webm:
            out.add_attachment(f"font-{secret}.ttf", "font/ttf", b"\x00\x01\x00\x00" + secret.encode())
            out.add_attachment("cover.jpg", "image/jpeg", b"\xff\xd8\xff" + secret.encode())
        chapter = {"id": 1, "start": 0, "end": 5, "time_base": Fraction(1, 10)}
        out.set_chapters([{**chapter, "metadata": {"title": f"Chapter {secret}"}}])
        for n in range(10):
            frame = av.VideoFrame.from_image(b.picture((96, 64), (n * 20, 90, 160)))
            frame.pts = n
            for packet in video.encode(frame):
                out.mux(packet)
        for packet in video.encode():
            out.mux(packet)
        samples = av.AudioFrame(format="s16", layout="mono", samples=960)
        samples.sample_rate = 48000
        for n in range(50):
            samples.pts = n * 960
            samples.planes[0].update(bytes([n]) * 1920)
            for packet in audio.encode(samples):
                out.mux(packet)
        for packet in audio.encode():
            out.mux(packet)
        for packet in subtitles.demux(subtitles.streams[0]):
            if packet.size:
                packet.stream = text
                out.mux(packet)
    return path.read_bytes()
