"""Files with chosen metadata, built by the tests themselves (Pillow, PyAV, pikepdf, mutagen,
and hand-made bytes where a place has no writer)."""

from __future__ import annotations

import io
import struct
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageCms
from PIL.PngImagePlugin import PngInfo

LAT, LON = 48.8584, 2.2945  # where the fixtures claim to be


def picture(size: tuple[int, int] = (64, 48), colour: tuple[int, int, int] = (200, 40, 40)) -> Image.Image:
    image = Image.new("RGB", size, colour)
    for x in range(0, size[0], 8):
        image.putpixel((x, x * size[1] // size[0]), (0, 0, 255))
    return image


def exif_block(*, thumbnail: bytes | None = None, orientation: int = 1) -> bytes:
    """EXIF with IFD0, Exif, GPS and (optionally) an IFD1 thumbnail, via Pillow."""
    exif = Image.Exif()
    exif[0x010F] = "Evidence Phone Co"  # Make
    exif[0x0110] = "EP-1"  # Model
    exif[0x0131] = "CameraApp 2.1"  # Software
    exif[0x013B] = "Jane Witness"  # Artist
    exif[0x0112] = orientation
    exif[0x8298] = "(c) Jane Witness"  # Copyright
    exif[0x010E] = "Protest at the square"  # ImageDescription
    ifd = exif.get_ifd(0x8769)
    ifd[0x9003] = "2024:03:01 10:20:30"  # DateTimeOriginal
    ifd[0x9011] = "+02:00"  # OffsetTimeOriginal
    ifd[0xA431] = "SN-998877"  # BodySerialNumber
    ifd[0xA420] = "UID-0123456789ABCDEF"  # ImageUniqueID
    ifd[0x9286] = b"ASCII\x00\x00\x00meet at the north gate"  # UserComment
    gps = exif.get_ifd(0x8825)
    gps[1], gps[3] = "N", "E"
    gps[2] = (Fraction(48), Fraction(51), Fraction(3024, 100))
    gps[4] = (Fraction(2), Fraction(17), Fraction(4020, 100))
    data = exif.tobytes()
    if thumbnail is not None:
        data = _add_ifd1(data, thumbnail)
    return data


def _add_ifd1(block: bytes, thumbnail: bytes) -> bytes:
    """Append an IFD1 with a JPEG thumbnail (Pillow does not write one)."""
    assert block.startswith(b"Exif\x00\x00")
    tiff = bytearray(block[6:])
    order = "<" if tiff[:2] == b"II" else ">"
    ifd0 = struct.unpack(order + "I", tiff[4:8])[0]
    count = struct.unpack(order + "H", tiff[ifd0 : ifd0 + 2])[0]
    next_at = ifd0 + 2 + 12 * count
    ifd1 = len(tiff)
    struct.pack_into(order + "I", tiff, next_at, ifd1)
    thumb_at = ifd1 + 2 + 2 * 12 + 4
    tiff += struct.pack(order + "H", 2)
    tiff += struct.pack(order + "HHII", 0x0201, 4, 1, thumb_at)
    tiff += struct.pack(order + "HHII", 0x0202, 4, 1, len(thumbnail))
    tiff += struct.pack(order + "I", 0)
    tiff += thumbnail
    return b"Exif\x00\x00" + bytes(tiff)


def jpeg_bytes(image: Image.Image, **save: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, **save)
    return out.getvalue()


def segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    b'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
    b'photoshop:City="Lyon" xmpMM:DocumentID="xmp.did:ABCDEF123" xmp:CreatorTool="PhotoEdit 9">'
    b"<dc:creator><rdf:Seq><rdf:li>Omar Reporter</rdf:li></rdf:Seq></dc:creator>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)
EXTENDED_XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:GCamera="http://ns.google.com/photos/1.0/camera/" '
    b'GCamera:MicroVideoOffset="123456" GCamera:SpecialTypeID="hidden-extended-value"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


def iptc_app13() -> bytes:
    def dataset(number: int, value: bytes) -> bytes:
        return bytes([0x1C, 2, number]) + struct.pack(">H", len(value)) + value

    iim = dataset(80, b"Photographer Name") + dataset(120, b"Caption naming a witness") + dataset(90, b"Kyiv")
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + iim
    return b"Photoshop 3.0\x00" + resource + (b"\x00" if len(iim) % 2 else b"")


def rich_jpeg(*, trailer: bytes = b"") -> bytes:
    """A JPEG with EXIF (GPS, serials, IFD1 thumbnail), XMP, extended XMP, ICC, IPTC, COM, trailer."""
    thumb = jpeg_bytes(picture((160, 60), (0, 200, 0)))  # a different shape: 'uncropped' thumbnail
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    base = jpeg_bytes(picture((64, 48)), icc_profile=icc)
    guid = b"0123456789ABCDEF0123456789ABCDEF"
    ext = b"http://ns.adobe.com/xmp/extension/\x00" + guid + struct.pack(">II", len(EXTENDED_XMP), 0)
    extra = (
        segment(0xE1, exif_block(thumbnail=thumb))
        + segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + XMP)
        + segment(0xE1, ext + EXTENDED_XMP)
        + segment(0xED, iptc_app13())
        + segment(0xFE, b"Taken by J.W. near the clinic")
    )
    return base[:2] + extra + base[2:] + trailer


def png_bytes() -> bytes:
    info = PngInfo()
    info.add_text("Author", "Png Author Name")
    info.add_text("Comment", "compressed secret comment", zip=True)
    info.add_itxt("Description", "international text ✓", lang="en", tkey="Beschreibung", zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    info.add(b"tIME", struct.pack(">HBBBBB", 2024, 3, 1, 10, 20, 30))
    out = io.BytesIO()
    picture().save(out, "PNG", pnginfo=info, exif=exif_block())
    return out.getvalue()


def webp_bytes() -> bytes:
    out = io.BytesIO()
    picture().save(out, "WEBP", exif=exif_block(), xmp=XMP)
    return out.getvalue()


def tiff_bytes() -> bytes:
    out = io.BytesIO()
    picture().save(out, "TIFF", exif=exif_block(), tiffinfo={315: "Tiff Artist", 700: XMP})
    return out.getvalue()


def gif_bytes() -> bytes:
    out = io.BytesIO()
    picture().convert("P").save(out, "GIF", comment=b"gif comment naming someone")
    return out.getvalue()


def heic_bytes() -> bytes:
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    picture((128, 96)).save(out, "HEIF", exif=exif_block(), xmp=XMP, quality=50)
    return out.getvalue()


# -- QuickTime / MP4 --------------------------------------------------------------------------
def box(kind: bytes, *children: bytes, payload: bytes = b"") -> bytes:
    body = payload + b"".join(children)
    return struct.pack(">I", 8 + len(body)) + kind + body


def _full(version: int = 0) -> bytes:
    return bytes([version, 0, 0, 0])


def mac(seconds_since_1970: int) -> int:
    return seconds_since_1970 + 2082844800


def handmade_mov() -> bytes:
    """Boxes every device writes somewhere: times, Apple keys, ©xyz, loci, text and mebx tracks."""
    created = mac(1709288430)  # 2024-03-01T10:20:30Z
    mvhd = box(b"mvhd", payload=_full() + struct.pack(">IIII", created, created, 600, 6000) + bytes(80))
    tkhd = box(
        b"tkhd",
        payload=_full()
        + struct.pack(">II", created, created)
        + bytes(68)
        + struct.pack(">II", 640 << 16, 480 << 16),
    )

    def track(handler: bytes, sample: bytes, language: int = 0x15C7) -> bytes:  # 'eng'
        mdhd = box(
            b"mdhd", payload=_full() + struct.pack(">IIIIHH", created, created, 600, 6000, language, 0)
        )
        hdlr = box(b"hdlr", payload=_full() + b"\x00\x00\x00\x00" + handler + bytes(12) + b"Core Media\x00")
        stsd = box(
            b"stsd", payload=_full() + struct.pack(">I", 1) + struct.pack(">I", 16) + sample + bytes(8)
        )
        return box(b"trak", tkhd, box(b"mdia", mdhd, hdlr, box(b"minf", box(b"stbl", stsd))))

    def key(name: bytes) -> bytes:
        return struct.pack(">I", 8 + len(name)) + b"mdta" + name

    def item(index: int, text: bytes) -> bytes:
        data = struct.pack(">I", 16 + len(text)) + b"data" + struct.pack(">II", 1, 0) + text
        return struct.pack(">I", 8 + len(data)) + struct.pack(">I", index) + data

    keys = [
        b"com.apple.quicktime.location.ISO6709",
        b"com.apple.quicktime.make",
        b"com.apple.quicktime.model",
        b"com.apple.quicktime.software",
        b"com.apple.quicktime.creationdate",
    ]
    values = [b"+48.8584+002.2945+035.000/", b"Apple", b"iPhone 15", b"17.3", b"2024-03-01T11:20:30+0100"]
    meta = box(
        b"meta",
        box(b"hdlr", payload=_full() + b"\x00\x00\x00\x00mdta" + bytes(12) + b"\x00"),
        box(b"keys", payload=_full() + struct.pack(">I", len(keys)) + b"".join(key(k) for k in keys)),
        box(b"ilst", payload=b"".join(item(n + 1, v) for n, v in enumerate(values))),
    )
    xyz_text = b"+48.8584+002.2945/"
    loci = (
        _full()
        + b"\x15\xc7"
        + b"Eiffel\x00"
        + b"\x00"
        + struct.pack(">iii", int(2.2945 * 65536), int(48.8584 * 65536), 35 * 65536)
        + b"Earth\x00\x00"
    )
    udta = box(
        b"udta",
        box(b"\xa9xyz", payload=struct.pack(">HH", len(xyz_text), 0x15C7) + xyz_text),
        box(b"\xa9mak", payload=struct.pack(">HH", 5, 0x15C7) + b"Apple"),
        box(b"loci", payload=loci),
    )
    moov = box(
        b"moov",
        mvhd,
        track(b"vide", b"avc1"),
        track(b"text", b"tx3g"),
        track(b"meta", b"mebx"),
        track(b"meta", b"gpmd"),
        udta,
        meta,
    )
    ftyp = box(b"ftyp", payload=b"qt  " + bytes(4) + b"qt  ")
    return ftyp + moov + box(b"mdat", payload=bytes(16))


def pyav_video(path: Path, *, container_format: str = "mp4", seconds: float = 1.0) -> Path:
    """A real H.264 video with Apple-style metadata keys, written by FFmpeg through PyAV."""
    import av

    with av.open(str(path), "w", format=container_format, options={"movflags": "use_metadata_tags"}) as out:
        out.metadata["com.apple.quicktime.location.ISO6709"] = "+48.8584+002.2945/"
        out.metadata["com.apple.quicktime.make"] = "Apple"
        out.metadata["comment"] = "filmed from the balcony"
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 96, 64, "yuv420p"
        for n in range(int(10 * seconds)):
            frame = av.VideoFrame.from_image(picture((96, 64), (n * 20 % 255, 90, 160)))
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def pyav_audio(path: Path, codec: str, container_format: str, seconds: float = 1.0) -> Path:
    import array
    import math

    import av

    rate = 48000 if codec == "libopus" else 44100
    with av.open(str(path), "w", format=container_format) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono"
        fmt = stream.codec_context.format.name if stream.codec_context.format else "s16"
        resampler = av.AudioResampler(format=fmt, layout="mono", rate=rate)
        samples = int(rate * seconds)
        chunk = 960 if codec == "libopus" else 1152
        for start in range(0, samples, chunk):
            wave = array.array(
                "h",
                (
                    int(12000 * math.sin(2 * math.pi * 440 * (start + n) / rate) * start / samples)
                    for n in range(chunk)
                ),
            )
            frame = av.AudioFrame(format="s16", layout="mono", samples=chunk)
            frame.planes[0].update(wave.tobytes())
            frame.sample_rate = rate
            frame.pts = start
            for converted in resampler.resample(frame):
                for packet in stream.encode(converted):
                    out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path


def riff_info(data: bytes, entries: dict[bytes, bytes]) -> bytes:
    """Append a LIST INFO chunk to a WAV and fix the RIFF size."""
    body = b"INFO"
    for key, value in entries.items():
        value += b"\x00"
        body += key + struct.pack("<I", len(value)) + value + (b"\x00" if len(value) % 2 else b"")
    chunk = b"LIST" + struct.pack("<I", len(body)) + body
    out = data + chunk
    return out[:4] + struct.pack("<I", len(out) - 8) + out[8:]


def pdf_bytes() -> bytes:
    import zlib

    import pikepdf

    pdf = pikepdf.new()
    image = picture((80, 120), (30, 30, 30))
    raw = zlib.compress(image.tobytes())
    xobj = pikepdf.Stream(pdf, raw)
    xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    xobj.Width, xobj.Height, xobj.BitsPerComponent = 80, 120, 8
    xobj.ColorSpace, xobj.Filter = pikepdf.Name.DeviceRGB, pikepdf.Name.FlateDecode
    page = pikepdf.Page(pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 200, 300]))
    pdf.pages.append(page)
    pdf.pages[0].Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj))
    pdf.pages[0].Contents = pdf.make_stream(b"q 200 0 0 300 0 0 cm /Im0 Do Q")
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = "Medical report of patient X"
    pdf.docinfo["/Author"] = "Dr. Report Writer"
    pdf.docinfo["/Producer"] = "ScanApp 3"
    pdf.docinfo["/CreationDate"] = "D:20240301102030+02'00'"
    pdf.attachments["patient-list.txt"] = pikepdf.AttachedFileSpec(pdf, b"names of patients")
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def photo(
    main: Image.Image, thumb: Image.Image | bytes | None, *, orientation: int = 1, quality: int = 90
) -> bytes:
    """A phone-like JPEG: ``main`` as the picture, ``thumb`` as its EXIF IFD1 thumbnail
    (an image, raw bytes for broken ones, or None for none)."""
    raw = jpeg_bytes(thumb) if isinstance(thumb, Image.Image) else thumb
    out = io.BytesIO()
    main.save(out, "JPEG", quality=quality, exif=exif_block(thumbnail=raw, orientation=orientation))
    return out.getvalue()


def scene(size: tuple[int, int] = (480, 360), seed: int = 1) -> Image.Image:
    """A picture with structure (gradients and blocks), so that a thumbnail of it resembles it."""
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    for n in range(6):
        x = (seed * 97 + n * 71) % max(1, width - width // 4)
        y = (seed * 53 + n * 37) % max(1, height - height // 4)
        colour = ((seed * 40 + n * 60) % 256, (n * 90) % 256, (seed * 70) % 256)
        image.paste(colour, (x, y, x + width // 5, y + height // 5))
    return image
