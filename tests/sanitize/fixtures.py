"""Files with a canary planted in every metadata place, built on tests/media/builders.py."""

from __future__ import annotations

import io
import struct
import zlib
from fractions import Fraction
from pathlib import Path

import av
import mutagen.apev2
import mutagen.flac
import mutagen.id3
import mutagen.mp4
import mutagen.oggopus

from tests.media import builders as b

CANARY = "QZXCANARY7"
CANARY_FORMS = (
    CANARY.encode("ascii"),
    CANARY.encode("utf-16-le"),
    CANARY.encode("utf-16-be"),
)


def canary_in(data: bytes) -> list[bytes]:
    return [form for form in CANARY_FORMS if form in data]


def _u16(text: str) -> bytes:
    return text.encode("utf-16-le")


def jpeg() -> bytes:
    """rich_jpeg plus a canary in COM, XMP, EXIF (ASCII and UTF-16 XP tags), MPF and a trailer."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = f"Artist {CANARY}"
    exif[0x9C9D] = _u16(f"XPAuthor {CANARY}") + b"\x00\x00"  # XPAuthor, UTF-16LE
    exif[0x0112] = 6  # Orientation: kept as the only EXIF tag
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (Fraction(48), Fraction(51), Fraction(30))
    base = b.rich_jpeg(trailer=b"\x00\x00\x00\x18ftypmp42" + CANARY.encode() + CANARY.encode("utf-16-be"))
    extra = (
        b.segment(0xE1, exif.tobytes())
        + b.segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + b.XMP.replace(b"Lyon", CANARY.encode()))
        + b.segment(0xFE, CANARY.encode())
        + b.segment(0xE2, b"MPF\x00" + CANARY.encode())
        + b.segment(0xEB, b"JP\x00" + CANARY.encode())  # APP11 (JUMBF / C2PA)
        + b.segment(0xED, b.iptc_app13().replace(b"Kyiv", CANARY[:4].encode()) + CANARY.encode())
    )
    return base[:2] + extra + base[2:]


def png() -> bytes:
    from PIL.PngImagePlugin import PngInfo

    data = b.png_bytes()
    info = PngInfo()
    info.add_text("Author", CANARY)
    info.add_text("Comment", CANARY, zip=True)
    info.add_itxt("Title", CANARY + " ✓", zip=False)
    out = io.BytesIO()
    b.picture().save(out, "PNG", pnginfo=info, exif=b.exif_block())
    extra = out.getvalue()
    # chunks of `extra` between IHDR and IDAT, plus a private chunk, spliced into the rich PNG
    body = extra[33 : extra.index(b"IDAT") - 4]
    private = struct.pack(">I", len(CANARY)) + b"prIv" + CANARY.encode()
    private += struct.pack(">I", zlib.crc32(b"prIv" + CANARY.encode()))
    return data[:33] + body + private + data[33:] + CANARY.encode("utf-16-le")


def webp() -> bytes:
    out = io.BytesIO()
    b.picture().save(out, "WEBP", exif=b.exif_block() + CANARY.encode(), xmp=b.XMP + CANARY.encode())
    return out.getvalue()


def tiff() -> bytes:
    out = io.BytesIO()
    b.picture().save(
        out, "TIFF", exif=b.exif_block(), tiffinfo={315: CANARY, 700: b.XMP + CANARY.encode(), 270: CANARY}
    )
    return out.getvalue()


def gif() -> bytes:
    out = io.BytesIO()
    b.picture().convert("P").save(out, "GIF", comment=CANARY.encode())
    data = out.getvalue()
    xmp_ext = b"\x21\xff\x0bXMP DataXMP" + bytes([len(CANARY)]) + CANARY.encode() + b"\x00"
    return data[:-1] + xmp_ext + b"\x3b" + CANARY.encode("utf-16-be")


def heic() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    b.picture((128, 96)).save(out, "HEIF", exif=b.exif_block(), xmp=b.XMP + CANARY.encode(), quality=50)
    return out.getvalue()


def _udta_box() -> bytes:
    xyz = b"+48.8584+002.2945/"
    loci = b"\x00\x00\x00\x00\x15\xc7" + CANARY.encode() + b"\x00\x00" + bytes(12) + b"Earth\x00\x00"
    return b.box(
        b"udta",
        b.box(b"\xa9xyz", payload=struct.pack(">HH", len(xyz), 0x15C7) + xyz),
        b.box(b"loci", payload=loci),
        b.box(b"\xa9cmt", payload=struct.pack(">HH", 20, 0x15C7) + _u16(CANARY)),
    )


def _append_to_moov(data: bytes, child: bytes) -> bytes:
    """Add a child box at the end of moov (moov is last, so no sample offset moves)."""
    pos = 0
    while pos + 8 <= len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        if data[pos + 4 : pos + 8] == b"moov":
            assert pos + size == len(data), "moov must be the last box"
            return data[:pos] + struct.pack(">I", size + len(child)) + b"moov" + data[pos + 8 :] + child
        pos += size
    raise AssertionError("no moov box")


def video(path: Path, container_format: str = "mov", seconds: float = 1.0) -> bytes:
    """H.264-free (mpeg4) video + AAC audio + subtitle + data track, Apple keys, udta with ©xyz/loci."""
    options = {"movflags": "use_metadata_tags"}
    with av.open(str(path), "w", format=container_format, options=options) as out:
        out.metadata.update(
            {
                "com.apple.quicktime.location.ISO6709": "+48.8584+002.2945/",
                "com.apple.quicktime.model": f"iPhone {CANARY}",
                "com.apple.quicktime.software": "17.3",
                "location": "+48.8584+002.2945/",
                "creation_time": "2024-03-01T10:20:30Z",
                "artist": CANARY,
                "comment": f"filmed from the balcony {CANARY}",
                "encoder": f"Lavf {CANARY}",
            }
        )
        vid = out.add_stream("mpeg4", rate=10)
        vid.width, vid.height, vid.pix_fmt = 96, 64, "yuv420p"
        vid.metadata["handler_name"] = f"Core Media {CANARY}"
        vid.metadata["creation_time"] = "2024-03-01T10:20:30Z"
        aud = out.add_stream("aac", rate=44100)
        aud.layout = "mono"
        frames = int(10 * seconds)
        for n in range(frames):
            frame = av.VideoFrame.from_image(b.picture((96, 64), (n * 20 % 255, 90, 160)))
            frame.pts = n
            for packet in vid.encode(frame):
                out.mux(packet)
        for packet in vid.encode():
            out.mux(packet)
        samples = av.AudioFrame(format="fltp", layout="mono", samples=1024)
        samples.sample_rate = 44100
        for n in range(int(44100 * seconds / 1024)):
            samples.pts = n * 1024
            samples.planes[0].update(bytes(4096))
            for packet in aud.encode(samples):
                out.mux(packet)
        for packet in aud.encode():
            out.mux(packet)
    data = path.read_bytes()
    for track_id, (handler, sample) in enumerate(
        ((b"text", b"tx3g"), (b"meta", b"mebx"), (b"meta", b"gpmd")), 3
    ):
        data = _append_to_moov(data, _timed_track(track_id, handler, sample))
    return _append_to_moov(data, _udta_box())


def _timed_track(track_id: int, handler: bytes, sample: bytes) -> bytes:
    """A text or timed-metadata track (no samples) named with the canary."""
    tkhd = b.box(b"tkhd", payload=b"\x00\x00\x00\x03" + struct.pack(">III", 0, 0, track_id) + bytes(72))
    mdhd = b.box(b"mdhd", payload=bytes(4) + struct.pack(">IIIIHH", 0, 0, 600, 0, 0x15C7, 0))
    name = CANARY.encode() + b"\x00"
    hdlr = b.box(b"hdlr", payload=bytes(4) + b"mhlr" + handler + bytes(12) + name)
    entry = struct.pack(">I", 16 + len(name)) + sample + bytes(8) + name
    stbl = b.box(
        b"stbl",
        b.box(b"stsd", payload=bytes(4) + struct.pack(">I", 1) + entry),
        b.box(b"stts", payload=bytes(8)),
        b.box(b"stsc", payload=bytes(8)),
        b.box(b"stsz", payload=bytes(12)),
        b.box(b"stco", payload=bytes(8)),
    )
    return b.box(b"trak", tkhd, b.box(b"mdia", mdhd, hdlr, b.box(b"minf", stbl)))


# -- audio ------------------------------------------------------------------------------------
def mp3(path: Path) -> bytes:
    b.pyav_audio(path, "libmp3lame", "mp3")
    tags = mutagen.id3.ID3(path)
    tags.add(mutagen.id3.TPE1(encoding=3, text=[CANARY]))
    tags.add(mutagen.id3.COMM(encoding=1, lang="eng", desc="", text=[f"hospital {CANARY}"]))
    tags.add(mutagen.id3.APIC(encoding=3, mime="image/jpeg", type=3, desc="", data=b"\xff\xd8" + b"x" * 40))
    tags.add(mutagen.id3.PRIV(owner="device.example", data=CANARY.encode()))
    tags.add(mutagen.id3.TXXX(encoding=2, desc="where", text=[CANARY]))  # UTF-16BE
    tags.save(path)
    ape = mutagen.apev2.APEv2()
    ape["Artist"] = CANARY
    ape.save(path)
    with path.open("ab") as handle:
        handle.write(b"TAG" + CANARY.encode().ljust(30, b"\0") + b"V1 Artist".ljust(30, b"\0") + bytes(65))
    return path.read_bytes()


def flac(path: Path) -> bytes:
    b.pyav_audio(path, "flac", "flac")
    tags = mutagen.flac.FLAC(path)
    tags["ARTIST"] = CANARY
    tags["COMMENT"] = f"utf16 {CANARY}"
    picture = mutagen.flac.Picture()
    picture.data, picture.mime, picture.desc = b"\xff\xd8" + b"x" * 40, "image/jpeg", CANARY
    tags.add_picture(picture)
    tags.save()
    return path.read_bytes()


def opus(path: Path) -> bytes:
    b.pyav_audio(path, "libopus", "ogg")
    tags = mutagen.oggopus.OggOpus(path)
    tags["ARTIST"] = CANARY
    tags["METADATA_BLOCK_PICTURE"] = CANARY
    tags.save()
    return path.read_bytes()


def wav(path: Path) -> bytes:
    data = b.pyav_audio(path, "pcm_s16le", "wav").read_bytes()
    data = b.riff_info(data, {b"IART": CANARY.encode(), b"ICMT": b"wav comment", b"INAM": _u16(CANARY)})
    bext = CANARY.encode().ljust(602, b"\x00")
    out = data + b"bext" + struct.pack("<I", len(bext)) + bext
    return out[:4] + struct.pack("<I", len(out) - 8) + out[8:]


def m4a(path: Path) -> bytes:
    b.pyav_audio(path, "aac", "ipod")
    tags = mutagen.mp4.MP4(path)
    tags["\xa9ART"] = [CANARY]
    tags["\xa9cmt"] = [f"m4a {CANARY}"]
    tags["covr"] = [
        mutagen.mp4.MP4Cover(b"\xff\xd8" + b"x" * 40, imageformat=mutagen.mp4.MP4Cover.FORMAT_JPEG)
    ]
    tags.save()
    return path.read_bytes()


def pdf() -> bytes:
    import pikepdf

    data = b.pdf_bytes()
    pdf = pikepdf.open(io.BytesIO(data))
    pdf.docinfo["/Title"] = pikepdf.String(CANARY)
    pdf.docinfo["/Subject"] = pikepdf.String("\ufeff" + CANARY)  # PDFDoc/UTF-16 text string
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:description"] = CANARY
    pdf.Root.AcroForm = pikepdf.Dictionary(
        Fields=pikepdf.Array(
            [pdf.make_indirect(pikepdf.Dictionary(FT=pikepdf.Name.Tx, T="hidden", V=pikepdf.String(CANARY)))]
        )
    )
    pdf.Root.Names = pikepdf.Dictionary(
        EmbeddedFiles=pdf.Root.Names.EmbeddedFiles,
        JavaScript=pikepdf.Dictionary(
            Names=pikepdf.Array(["js", pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=CANARY)])
        ),
    )
    pdf.attachments["secret.txt"] = pikepdf.AttachedFileSpec(pdf, CANARY.encode())
    out = io.BytesIO()
    pdf.save(out)
    # A second revision marker after the first: what incremental updates leave behind.
    return out.getvalue() + b"\n% earlier revision " + CANARY.encode() + b"\n%%EOF\n"
