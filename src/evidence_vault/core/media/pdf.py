"""PDF through pikepdf: Info dictionary, XMP, attachments, JavaScript, forms, revisions, preview."""

from __future__ import annotations

import io
import re
from typing import Any

import pikepdf
from PIL import Image

from . import xmp
from .collect import Collector
from .images import MAX_PIXELS
from .previews import THUMB_SIDE
from .source import Source

MAX_OBJECTS = 200_000


def pdf_date(text: str) -> str | None:
    """'D:20240102153000+02'00'' as ISO 8601."""
    match = re.match(
        r"^D?:?(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?([Zz+-])?(\d\d)?'?(\d\d)?", text.strip()
    )
    if not match:
        return None
    y, mo, d, h, mi, s, sign, zh, zm = match.groups()
    out = f"{y}-{mo or '01'}-{d or '01'}T{h or '00'}:{mi or '00'}:{s or '00'}"
    if sign in ("Z", "z"):
        out += "Z"
    elif sign and zh:
        out += f"{sign}{zh}:{zm or '00'}"
    return out


def read(col: Collector, source: Source, preview: bool) -> None:
    # Earlier revisions kept by incremental updates: count the end-of-file markers.
    tail_scan = source.read_at(0, min(source.size, 64 << 20))
    revisions = tail_scan.count(b"%%EOF")
    if revisions > 1:
        col.add(
            "Earlier revisions (incremental updates)", f"{revisions - 1} earlier versions kept", "PDF file"
        )
    with pikepdf.open(source.file()) as pdf:
        col.fact("pages", len(pdf.pages))
        col.add("PDF version", pdf.pdf_version, "PDF header")
        for key, value in pdf.docinfo.items():
            text = str(value)
            col.add(key.lstrip("/"), text, "PDF Info dictionary")
            if key == "/CreationDate":
                col.capture_time(pdf_date(text))
        trailer_id = pdf.trailer.get("/ID")
        if trailer_id is not None and len(trailer_id) >= 1:
            col.add("Document ID", bytes(trailer_id[0]).hex(), "PDF trailer /ID")
        metadata = pdf.Root.get("/Metadata")
        if metadata is not None:
            fields, problems = xmp.parse(metadata.read_bytes()[: xmp.MAX_XMP], "PDF XMP metadata stream")
            for item in fields:
                col.add_field(item)
            for text in problems:
                col.problem(text)
        for name, spec in pdf.attachments.items():
            size = "?"
            try:
                size = str(len(spec.get_file().read_bytes()))
            except Exception:  # noqa: BLE001 - a broken attachment is still listed
                size = "unreadable"
            col.add("Attachment", f"{name} ({size} bytes)", "PDF embedded files")
        _scan_objects(col, pdf)
        form = pdf.Root.get("/AcroForm")
        if form is not None:
            fields_list = form.get("/Fields")
            count = len(fields_list) if fields_list is not None else 0
            col.add("Form fields", f"{count} fields (may hold typed-in data)", "PDF AcroForm")
        if pdf.pages:
            box = pdf.pages[0].mediabox
            col.add(
                "Page size",
                f"{float(box[2]) - float(box[0]):.0f}×{float(box[3]) - float(box[1]):.0f} pt",
                "PDF page 1",
            )
            if preview:
                col.result.preview = _page_image(pdf.pages[0])


def _scan_objects(col: Collector, pdf: pikepdf.Pdf) -> None:
    javascript = 0
    for count, obj in enumerate(pdf.objects):
        if count > MAX_OBJECTS:
            col.problem(f"PDF: more than {MAX_OBJECTS} objects; JavaScript scan stopped")
            break
        if isinstance(obj, pikepdf.Dictionary) and ("/JS" in obj or obj.get("/S") == pikepdf.Name.JavaScript):
            javascript += 1
    root = pdf.Root
    if "/OpenAction" in root and isinstance(root.OpenAction, pikepdf.Dictionary) and "/JS" in root.OpenAction:
        javascript += 1
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
        javascript += 1
    if "/AA" in root:
        javascript += 1
    if javascript:
        col.add("JavaScript", f"{javascript} script actions present", "PDF objects")


def _page_image(page: Any) -> bytes | None:
    """The largest image on the page, as a preview.

    We do not render PDF pages (no renderer in core; QtPdf belongs to the GUI): a scanned or
    photographed report is one image per page, which this shows. Text-only pages get none.
    """
    best: Any = None
    best_area = 0
    for _name, raw in page.images.items():
        image = pikepdf.PdfImage(raw)
        area = int(image.width) * int(image.height)
        if area > MAX_PIXELS:
            continue
        if area > best_area:
            best, best_area = image, area
    if best is None:
        return None
    pil: Image.Image = best.as_pil_image()
    pil.thumbnail((THUMB_SIDE, THUMB_SIDE))
    out = io.BytesIO()
    pil.convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()
