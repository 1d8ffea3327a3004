"""PDF through pikepdf: metadata, attachments, scripts and forms removed; a full rewrite
(one revision, no object streams) drops the history incremental updates keep.

"Flatten to images" rebuilds each page from its one image. Core has no PDF renderer
without Qt, so a page that is anything but a single image is refused, not rendered.
"""

from __future__ import annotations

import io
from typing import Any

import pikepdf

from .common import PDF_STATIC_ID, Cleaned, Unsupported

_ACTION_KEYS = ("/OpenAction", "/AA")
_DROP_ROOT = ("/Metadata", "/AcroForm", "/PieceInfo", "/SpiderInfo", "/Threads", "/Perms", "/Collection")


def _open(data: bytes) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise Unsupported("the PDF is encrypted with a password") from None
    except pikepdf.PdfError as exc:
        raise Unsupported(f"pikepdf cannot read it ({exc})") from None


STATIC_ID = PDF_STATIC_ID


def _save(pdf: pikepdf.Pdf) -> bytes:
    if "/ID" in pdf.trailer:
        del pdf.trailer["/ID"]
    out = io.BytesIO()
    pdf.save(
        out,
        static_id=True,  # a fixed /ID, not one derived from the file or the time
        object_stream_mode=pikepdf.ObjectStreamMode.disable,
        fix_metadata_version=False,
        linearize=False,
    )
    return out.getvalue()


def _revisions(data: bytes) -> int:
    return data.count(b"%%EOF")


def sanitize(data: bytes, *, flatten: bool = False) -> Cleaned:
    removed: list[str] = []
    if _revisions(data) > 1:
        removed.append(f"{_revisions(data) - 1} earlier revisions (incremental updates)")
    with _open(data) as pdf:
        if flatten:
            cleaned = _flatten(pdf)
            return Cleaned(cleaned, "pdf", "application/pdf", removed=["everything but the page images"])
        if "/Info" in pdf.trailer:
            removed += [f"Info {key[1:]}" for key in pdf.trailer.Info]
            del pdf.trailer["/Info"]
        root = pdf.Root
        for key in _DROP_ROOT:
            if key in root:
                removed.append(
                    {"/Metadata": "XMP metadata", "/AcroForm": "form fields and their data"}.get(key, key)
                )
                del root[key]
        for key in _ACTION_KEYS:
            if key in root:
                removed.append(f"document action {key[1:]} (JavaScript or other)")
                del root[key]
        if "/Names" in root:
            names = root.Names
            for key in ("/EmbeddedFiles", "/JavaScript"):
                if key in names:
                    removed.append("attachments" if key == "/EmbeddedFiles" else "document JavaScript")
                    del names[key]
        for number, page in enumerate(pdf.pages, 1):
            _clean_page(page.obj, number, removed)
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                _clean_object(obj, removed)
        cleaned = _save(pdf)
    return Cleaned(cleaned, "pdf", "application/pdf", removed=list(dict.fromkeys(removed)))


def _clean_page(page: Any, number: int, removed: list[str]) -> None:
    for key in ("/AA", "/Metadata", "/PieceInfo"):
        if key in page:
            removed.append(f"page {number} {key[1:]}")
            del page[key]
    if "/Annots" in page:
        kept = pikepdf.Array()
        for annot in page.Annots:
            subtype = str(annot.get("/Subtype", ""))
            if subtype in ("/FileAttachment", "/Widget", "/Sound", "/Movie", "/Screen", "/RichMedia"):
                removed.append(f"page {number} {subtype[1:]} annotation")
                continue
            for key in ("/A", "/AA", "/T", "/Contents", "/Popup", "/RC"):
                if key in annot:
                    del annot[key]
                    removed.append(f"page {number} annotation {key[1:]}")
            kept.append(annot)
        page.Annots = kept


def _clean_object(obj: Any, removed: list[str]) -> None:
    """Metadata streams and script actions anywhere (images, fonts, annotations)."""
    if "/Metadata" in obj:
        del obj["/Metadata"]
        removed.append("XMP metadata on an object")
    if obj.get("/S") == pikepdf.Name.JavaScript or "/JS" in obj:
        for key in ("/JS", "/S"):
            if key in obj:
                del obj[key]
        removed.append("JavaScript action")
    if obj.get("/Type") in (pikepdf.Name.EmbeddedFile, pikepdf.Name.Filespec):
        if isinstance(obj, pikepdf.Stream):
            obj.write(b"")
        for key in list(obj.keys()):
            if key != "/Length":
                del obj[key]
        removed.append("embedded file")


def _flatten(pdf: pikepdf.Pdf) -> bytes:
    out = pikepdf.new()
    for number, page in enumerate(pdf.pages, 1):
        images = dict(page.images)
        resources: Any = page.obj.get("/Resources", pikepdf.Dictionary())
        fonts: Any = resources.get("/Font", pikepdf.Dictionary())
        xobjects: Any = resources.get("/XObject", pikepdf.Dictionary())
        if len(images) != 1 or len(fonts) or len(xobjects) != 1:
            raise Unsupported(
                f"page {number} is not a single scanned image; flattening needs a PDF renderer, "
                "which this program does not have (sanitize without --flatten-pdf instead)"
            )
        ((name, image),) = images.items()
        box = [float(v) for v in page.mediabox]
        width, height = box[2] - box[0], box[3] - box[1]
        copy = out.copy_foreign(image)
        for key in ("/Metadata", "/Name", "/ID", "/OPI", "/PieceInfo"):
            if key in copy:
                del copy[key]
        new_page = pikepdf.Page(pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, width, height]))
        out.pages.append(new_page)
        target = out.pages[-1]
        target.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=copy))
        target.Contents = out.make_stream(f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /Im0 Do Q".encode())
        del name
    return _save(out)
