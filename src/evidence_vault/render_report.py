"""The court report (core/bundle/court_report.py) as an A4 PDF, with Qt's text document and
PDF writer, and on every page a footer: "page N of M" and the bundle file's SHA-256.

The document is laid out once with the page's size less the footer's band, then each page
is drawn on its own (its slice of the document, then its footer), so the footer cannot
overlap the text and the count M is the document's own. Every value is HTML-escaped here:
a file name such as ``<b>x</b>`` shows as those characters. Hashes are set in a monospace
font small enough that 64 hex digits fit the value column; longer ones arrive as lines of
64. Kept outside core (core never imports Qt) and imported only when a PDF is asked for.
"""

from __future__ import annotations

import html

from .core.bundle.court_model import ALERT, GOOD, HASH, CourtReport, Row, Section
from .render_pdf import application

MARGIN_MM = 18
FOOTER_MM = 14  # the band below the text that holds the footer
RESOLUTION = 300
SANS = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif"
MONO = "'DejaVu Sans Mono', 'Noto Sans Mono', 'Courier New', monospace"
RED, GREEN, GREY = "#a93226", "#1e7a46", "#555555"


def _text(value: str) -> str:
    return html.escape(value, quote=True).replace("\n", "<br/>")


def _value(row: Row) -> str:
    if row.style == HASH:
        return f'<span style="font-family:{MONO}; font-size:7.5pt">{_text(row.value)}</span>'
    if row.style == ALERT:
        return f'<span style="color:{RED}; font-weight:bold">{_text(row.value)}</span>'
    if row.style == GOOD:
        return f'<span style="color:{GREEN}">{_text(row.value)}</span>'
    return _text(row.value)


def _section(section: Section) -> str:
    size, gap = ("12pt", "14px") if section.level == 1 else ("10pt", "8px")
    parts = [
        f'<p style="font-size:{size}; font-weight:bold; margin-top:{gap}; margin-bottom:4px">'
        f"{_text(section.heading)}</p>",
        '<table width="100%" cellspacing="0" cellpadding="2" style="border-collapse:collapse">',
    ]
    for row in section.rows:
        if row.label and row.value:
            parts.append(
                f'<tr><td width="31%" style="color:{GREY}">{_text(row.label)}</td><td>{_value(row)}</td></tr>'
            )
        else:  # a paragraph across the table, or a label standing alone as a sub-heading
            shown = _value(row) if row.value else f"<b>{_text(row.label)}</b>"
            parts.append(f'<tr><td colspan="2">{shown}</td></tr>')
    parts.append("</table>")
    return "".join(parts)


def report_html(report: CourtReport) -> str:
    """The report's body as HTML (no footer: it is painted per page)."""
    colour = GREEN if report.ok else RED
    body = [
        f'<p style="font-size:16pt; font-weight:bold">{_text(report.title)}</p>',
        f'<p style="font-size:14pt; font-weight:bold; color:{colour}">{_text(report.verdict)}</p>',
    ]
    first, *rest = report.sections
    # The verdict itself is the headline above; its section keeps the problems and the rest.
    body.append(_section(Section(first.heading, first.rows[1:], first.level)))
    body += [_section(section) for section in rest]
    return f'<html><body style="font-family:{SANS}; font-size:9pt">{"".join(body)}</body></html>'


def court_pdf(report: CourtReport) -> bytes:
    """The PDF's bytes, made in memory."""
    application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
        QTextOption,
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(report.title)
    writer.setCreator("Evidence Vault")
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_MM / 25.4 * RESOLUTION
    width, height = float(area.width()), float(area.height()) - footer

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # points are the writer's, not the screen's
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a name with no spaces wraps
    doc.setDefaultTextOption(option)
    doc.setHtml(report_html(report))
    doc.setPageSize(QSizeF(width, height))
    pages = doc.pageCount()

    small = QFont("DejaVu Sans", 7)
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * height, width, height)
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setPen(QColor(GREY))
            top = height + footer * 0.25
            painter.drawLine(0, int(top), int(width), int(top))
            painter.setFont(small)
            text = report.footer.format(page=page + 1, pages=pages, sha256=report.fingerprint or "?")
            painter.drawText(
                QRectF(0, top + footer * 0.08, width, footer * 0.67),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
                text,
            )
    finally:
        painter.end()
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
