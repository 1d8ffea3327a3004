"""PDF from a rendered statement's HTML, with Qt's text document and PDF writer.

Kept outside core (core never imports Qt) and imported only when a PDF is asked
for. Works without a display: with no QT_QPA_PLATFORM set and no display, the
offscreen platform is used.
"""

from __future__ import annotations

import os
import sys


def application() -> object:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    if "QT_QPA_PLATFORM" not in os.environ and not (
        sys.platform in ("win32", "darwin") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    global _app  # kept for the process: a second QGuiApplication cannot be made
    found = QGuiApplication.instance()
    if found is None:
        _app = found = QGuiApplication(["evidence-vault"])
    return found


_app: object = None


def html_to_pdf(document_html: str, title: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Evidence Vault")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setHtml(document_html)
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
