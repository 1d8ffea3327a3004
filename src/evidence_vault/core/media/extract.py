"""Choose the readers for an item by its bytes (never its name) and run each in isolation.

``analyse`` runs in the analysis child (worker.py); tests and the fuzzing harness call it
directly. It never raises: a reader's failure becomes a problem in the result.
"""

from __future__ import annotations

from . import isobmff
from .collect import Collector
from .model import Analysis, Risk
from .source import Source

_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis")


def kind_of(head: bytes) -> str:
    if not head:
        return "empty"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "wav"
    if head.startswith(b"RIFF"):
        return "riff"
    if isobmff.is_isobmff(head):
        brands = head[8:12] + head[16:64]
        if any(brand in brands for brand in _HEIF_BRANDS) and b"qt  " not in head[8:12]:
            return "heif"
        return "mp4"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"ID3", b"fLaC", b"OggS")) or (
        head[0] == 0xFF and head[1:2] and head[1] & 0xE0 == 0xE0
    ):
        return "audio"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "matroska"
    if head.startswith(b"BM"):
        return "bmp"
    return "other"


def analyse(
    source: Source, *, preview: bool = True, anchors_pem: str = "", anchors: int = 0, provenance: bool = True
) -> Analysis:
    # Each format's readers are imported when a file needs them, so a command that reads
    # only JPEGs never loads PyAV, pikepdf, mutagen or libheif.
    col = Collector()
    head = source.head(4096)
    kind = kind_of(head)
    col.fact("kind", kind)
    if kind == "empty":
        col.problem("the file is empty (0 bytes)")
        return col.result
    if kind in ("jpeg", "png", "tiff", "gif", "webp", "bmp", "wav", "riff"):
        from . import chunked, images
    if kind in ("jpeg", "png"):
        with col.guard(kind.upper()):
            data = source.all(images.MAX_WHOLE)
            (images.read_jpeg if kind == "jpeg" else chunked.read_png)(col, data)
    if kind == "tiff":
        with col.guard("EXIF"):
            images.read_exif(col, source.file(), "TIFF")
    if kind in ("webp", "wav", "riff"):
        with col.guard("RIFF"):
            chunked.read_riff(col, source)
    if kind in ("jpeg", "png", "tiff", "gif", "webp", "bmp"):
        with col.guard("image"):
            images.read_with_pillow(col, source, preview)
    if kind == "heif":
        from . import heif

        with col.guard("HEIF"):
            heif.read(col, source, preview)
        with col.guard("HEIF boxes"):
            isobmff.read_top_level_uuid(col, source, "HEIF")
    if kind == "mp4":
        with col.guard("MP4 boxes"):
            isobmff.read(col, source)
    if kind in ("mp4", "audio", "wav"):
        from . import audio

        with col.guard("audio tags"):
            audio.read_tags(col, source)
    if kind == "audio":
        with col.guard("ID3v1"):
            audio.read_id3v1(col, source)
        with col.guard("APEv2"):
            audio.read_ape(col, source)
    if kind in ("mp4", "audio", "wav", "riff", "matroska", "other"):
        from . import avmedia

        with col.guard("audio/video streams"):
            avmedia.read(col, source, container_tags=kind in ("riff", "matroska", "other"), preview=preview)
    if kind == "pdf":
        from . import pdf

        with col.guard("PDF"):
            pdf.read(col, source, preview)
    if provenance:
        read_provenance(col, source, kind, anchors_pem, anchors)
    if kind == "other" and not col.result.fields and col.result.problems:
        # Not a format we know and FFmpeg could not open it either: nothing to read.
        col.result.problems = []
        col.fact("unsupported", True)
    return col.result


def read_provenance(
    col: Collector, source: Source, kind: str, anchors_pem: str = "", anchors: int = 0
) -> None:
    """The file's C2PA manifest store and its verdict (core/provenance), for the kinds c2pa reads.

    Read for every such file, not only those where the read-out above saw a JUMBF box: c2pa
    finds stores in places it does not look (PNG caBX, WAV, PDF), and a file without one costs
    about 0.1 ms (docs/provenance.md). The names, accounts and serials in it are HIGH fields."""
    from ..provenance import c2pa_read
    from ..provenance.model import ABSENT, UNREADABLE, Provenance
    from .model import C2PA_IDENTITY

    if kind not in c2pa_read.MIME:
        # C2PA defines no way to embed a manifest in this kind of file: none can be there.
        note = "C2PA defines no manifest for this kind of file"
        col.result.provenance = Provenance(ABSENT, problem=note, anchors=anchors).to_json()
        return
    try:
        prov = c2pa_read.read(source.file(), kind, anchors_pem, anchors)
    except MemoryError:
        prov = Provenance(UNREADABLE, problem="the C2PA reader ran out of memory", anchors=anchors)
    col.result.provenance = prov.to_json()
    for manifest in prov.manifests:
        for what, value in manifest.identities:
            col.add(f"{C2PA_IDENTITY}: {what}", value, f"C2PA manifest {manifest.label}", Risk.HIGH)
