"""Every hiding place, in files the tests build themselves, read by the in-process read-out."""

from __future__ import annotations

from pathlib import Path

import mutagen.apev2
import mutagen.id3
import mutagen.mp4
import mutagen.oggopus
import pytest
from PIL import Image

from evidence_vault.core.media import risks
from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.model import Analysis, Risk
from evidence_vault.core.media.source import Source
from tests.media import builders as b


def read(data: bytes) -> Analysis:
    return analyse(Source.of(data))


def find(result: Analysis, field: str, location: str = "") -> list[tuple[str, Risk, str]]:
    return [
        (f.value, f.risk, f.location)
        for f in result.fields
        if f.field == field and location.lower() in f.location.lower()
    ]


def assert_field(result: Analysis, field: str, value: str, risk: Risk, location: str = "") -> None:
    hits = find(result, field, location)
    assert any(value in v and r is risk for v, r, _ in hits), (field, hits, result.problems)


def assert_position(result: Analysis) -> None:
    assert result.position is not None
    assert result.position == pytest.approx((b.LAT, b.LON), abs=1e-3)


class TestJpeg:
    def test_every_place(self) -> None:
        r = read(b.rich_jpeg(trailer=b"\x00\x00\x00\x18ftypmp42" + bytes(200)))
        assert r.problems == []
        assert_position(r)
        assert r.capture_time == "2024-03-01T10:20:30+02:00"
        assert_field(r, "GPSLatitude", "48", Risk.HIGH, "GPS IFD")
        assert_field(r, "BodySerialNumber", "SN-998877", Risk.HIGH, "Exif IFD")
        assert_field(r, "ImageUniqueID", "UID-0123", Risk.HIGH)
        assert_field(r, "Artist", "Jane Witness", Risk.HIGH, "IFD0")
        assert_field(r, "UserComment", "north gate", Risk.HIGH)
        assert_field(r, "Make", "Evidence Phone Co", Risk.MEDIUM)
        assert_field(r, "DateTimeOriginal", "2024:03:01", Risk.MEDIUM)
        assert_field(r, "Embedded thumbnail", "160×60", Risk.HIGH, "IFD1")
        assert_field(r, "Embedded thumbnail differs from the picture", "cropped", Risk.HIGH, "IFD1")
        assert r.facts["preview_source"] == "picture"  # a thumbnail of another shape is not used
        assert_field(r, "dc:creator", "Omar Reporter", Risk.HIGH, "APP1 XMP")
        assert_field(r, "photoshop:City", "Lyon", Risk.HIGH)
        assert_field(r, "GCamera:SpecialTypeID", "hidden-extended-value", Risk.MEDIUM, "extended XMP")
        assert_field(r, "By-line (author)", "Photographer Name", Risk.HIGH, "IPTC")
        assert_field(r, "Caption-Abstract", "witness", Risk.HIGH, "IPTC")
        assert_field(r, "ICCProfileDescription", "sRGB", Risk.LOW, "ICC")
        assert_field(r, "JPEG comment", "near the clinic", Risk.HIGH, "COM")
        assert_field(r, "Data after end of image", "motion photo", Risk.HIGH)
        assert r.facts["width"] == 64 and r.facts["height"] == 48

    def test_thumbnail_applies_orientation(self) -> None:
        data = b.jpeg_bytes(b.picture((120, 60)), exif=b.exif_block(orientation=6))
        r = read(data)
        assert r.preview is not None
        with Image.open(__import__("io").BytesIO(r.preview)) as thumb:
            assert thumb.height > thumb.width  # rotated a quarter turn


class TestOtherImages:
    def test_png_chunks(self) -> None:
        r = read(b.png_bytes())
        assert r.problems == []
        assert_position(r)
        assert_field(r, "Author", "Png Author Name", Risk.HIGH, "tEXt")
        assert_field(r, "Comment", "compressed secret", Risk.HIGH, "zTXt")
        assert_field(r, "Description", "international", Risk.HIGH, "iTXt")
        assert_field(r, "dc:creator", "Omar", Risk.HIGH, "XMP")
        assert_field(r, "Last modification time (tIME)", "2024-03-01T10:20:30Z", Risk.MEDIUM, "tIME")
        assert_field(r, "BodySerialNumber", "SN-998877", Risk.HIGH, "eXIf")
        assert r.preview

    def test_webp_tiff_gif(self) -> None:
        webp = read(b.webp_bytes())
        assert_position(webp)
        assert_field(webp, "dc:creator", "Omar", Risk.HIGH, "WEBP XMP")
        tiff = read(b.tiff_bytes())
        assert_field(tiff, "Artist", "Tiff Artist", Risk.HIGH, "TIFF")
        assert_field(tiff, "dc:creator", "Omar", Risk.HIGH, "TIFF XMP")
        gif = read(b.gif_bytes())
        assert_field(gif, "GIF comment", "naming someone", Risk.HIGH)
        assert all(x.preview for x in (webp, tiff, gif))

    def test_heic_items(self) -> None:
        r = read(b.heic_bytes())
        assert r.problems == []
        assert_position(r)
        assert_field(r, "BodySerialNumber", "SN-998877", Risk.HIGH, "HEIF image item 0 (primary) EXIF item")
        assert_field(r, "dc:creator", "Omar", Risk.HIGH, "XMP item")
        assert r.facts["width"] == 128 and r.preview


class TestVideo:
    def test_handmade_quicktime_boxes(self) -> None:
        r = read(b.handmade_mov())
        assert_position(r)
        assert r.capture_time == "2024-03-01T11:20:30+0100"  # Apple's creationdate, local with zone
        assert_field(r, "com.apple.quicktime.location.ISO6709", "+48.8584", Risk.HIGH, "keys")
        assert_field(r, "com.apple.quicktime.model", "iPhone 15", Risk.MEDIUM)
        assert_field(r, "Position (©xyz)", "+48.8584", Risk.HIGH, "udta")
        assert_field(r, "Location (loci)", "Eiffel", Risk.HIGH, "loci")
        assert_field(r, "Make", "Apple", Risk.MEDIUM, "©mak")
        assert_field(r, "CreationTime (mvhd, movie)", "2024-03-01T10:20:30Z", Risk.MEDIUM)
        assert_field(r, "CreationTime (tkhd, track 1)", "2024-03-01", Risk.MEDIUM)
        assert_field(r, "CreationTime (mdhd, track 2)", "2024-03-01", Risk.MEDIUM)
        assert_field(r, "Track 2: text track", "present", Risk.HIGH)
        assert_field(r, "Track 3 sample format", "mebx", Risk.HIGH)
        assert_field(r, "Track 4 sample format", "GPMF", Risk.HIGH)
        assert_field(r, "Subtitle track", "mov_text", Risk.HIGH)
        assert r.facts["duration_s"] == 10.0

    def test_real_video_frame_and_keys(self, tmp_path: Path) -> None:
        r = read(b.pyav_video(tmp_path / "v.mp4").read_bytes())
        assert r.problems == []
        assert_position(r)
        assert_field(r, "comment", "balcony", Risk.HIGH)
        assert r.facts["width"] == 96 and r.facts["codecs"] == ["video:mpeg4"]
        assert r.preview and r.facts["duration_s"] == pytest.approx(1.0, abs=0.2)


class TestAudio:
    def test_mp3_id3v2_id3v1_ape(self, tmp_path: Path) -> None:
        path = b.pyav_audio(tmp_path / "a.mp3", "libmp3lame", "mp3")
        tags = mutagen.id3.ID3(path)
        tags.add(mutagen.id3.TPE1(encoding=3, text=["Voice Artist"]))
        tags.add(mutagen.id3.COMM(encoding=3, lang="eng", desc="", text=["recorded at the hospital"]))
        tags.add(mutagen.id3.APIC(encoding=3, mime="image/jpeg", type=3, desc="", data=b"\xff\xd8fake"))
        tags.add(mutagen.id3.PRIV(owner="device.example", data=b"\x01\x02"))
        tags.save(path)
        ape = mutagen.apev2.APEv2()
        ape["Artist"] = "Ape Artist"
        ape.save(path)
        with path.open("ab") as handle:
            handle.write(b"TAG" + b"V1 Title".ljust(30, b"\0") + b"V1 Artist".ljust(30, b"\0") + bytes(65))
        r = read(path.read_bytes())
        assert_field(r, "Artist", "Voice Artist", Risk.HIGH, "ID3v2")
        assert_field(r, "Comment", "hospital", Risk.HIGH, "ID3v2")
        assert_field(r, "Embedded picture (cover)", "image/jpeg", Risk.HIGH)
        assert_field(r, "Private frame (PRIV)", "device.example", Risk.HIGH)
        assert_field(r, "Artist", "V1 Artist", Risk.HIGH, "ID3v1")
        assert_field(r, "Artist", "Ape Artist", Risk.HIGH, "APEv2")
        assert r.preview and r.facts["codecs"] == ["audio:mp3float"]

    def test_opus_wav_m4a(self, tmp_path: Path) -> None:
        opus_path = b.pyav_audio(tmp_path / "a.opus", "libopus", "ogg")
        opus = mutagen.oggopus.OggOpus(opus_path)
        opus["ARTIST"] = "Opus Speaker"
        opus.save()
        assert_field(read(opus_path.read_bytes()), "artist", "Opus Speaker", Risk.HIGH, "Opus comment")
        wav = b.riff_info(
            b.pyav_audio(tmp_path / "a.wav", "pcm_s16le", "wav").read_bytes(),
            {b"IART": b"Wav Artist", b"ICMT": b"wav comment"},
        )
        r = read(wav)
        assert_field(r, "Artist (IART)", "Wav Artist", Risk.HIGH, "LIST INFO")
        assert_field(r, "Comment (ICMT)", "wav comment", Risk.HIGH)
        m4a_path = b.pyav_audio(tmp_path / "a.m4a", "aac", "ipod")
        m4a = mutagen.mp4.MP4(m4a_path)
        m4a["\xa9ART"] = ["M4a Artist"]
        m4a.save()
        assert_field(read(m4a_path.read_bytes()), "Artist", "M4a Artist", Risk.HIGH, "ilst")


class TestPdf:
    def test_info_xmp_attachments_javascript_preview(self) -> None:
        r = read(b.pdf_bytes())
        assert r.problems == []
        assert_field(r, "Author", "Dr. Report Writer", Risk.HIGH, "Info")
        assert_field(r, "Producer", "ScanApp 3", Risk.MEDIUM)
        assert_field(r, "dc:title", "patient X", Risk.HIGH, "XMP")
        assert_field(r, "Attachment", "patient-list.txt", Risk.HIGH)
        assert_field(r, "JavaScript", "present", Risk.HIGH)
        assert_field(r, "Document ID", "", Risk.HIGH)
        assert r.facts["pages"] == 1
        assert r.capture_time == "2024-03-01T10:20:30+02:00"
        assert r.preview is not None  # the page's scanned image


class TestRiskTable:
    @pytest.mark.parametrize(
        ("field", "risk"),
        [
            ("GPSLatitude", Risk.HIGH),
            ("BodySerialNumber", Risk.HIGH),
            ("Artist", Risk.HIGH),
            ("Embedded thumbnail", Risk.HIGH),
            ("Embedded thumbnail differs from the picture", Risk.HIGH),
            ("UserComment", Risk.HIGH),
            ("Subtitle track", Risk.HIGH),
            ("Make", Risk.MEDIUM),
            ("Software", Risk.MEDIUM),
            ("DateTimeOriginal", Risk.MEDIUM),
            ("OffsetTimeOriginal", Risk.MEDIUM),
            ("ExifImageWidth", Risk.LOW),
            ("Orientation", Risk.LOW),
            ("ColorSpace", Risk.LOW),
            ("Stream 0 codec", Risk.LOW),
            ("YCbCrPositioning", Risk.LOW),
            ("ExposureTime", Risk.LOW),
            ("SomethingNobodyKnows", Risk.MEDIUM),
        ],
    )
    def test_ranks(self, field: str, risk: Risk) -> None:
        assert risks.rule_for(field).risk is risk

    def test_docs_mirror_the_table(self) -> None:
        text = (Path(__file__).resolve().parents[2] / "docs" / "metadata-risks.md").read_text(
            encoding="utf-8"
        )
        for rule in (*risks.RULES, risks.DEFAULT):
            assert f"`{rule.id}`" in text, rule.id
            assert rule.explanation in text, rule.id
