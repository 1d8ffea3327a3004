"""Small shared pieces: icons, sizes, friendly names, fonts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIRS = (
    Path(__file__).resolve().parents[3] / "resources" / "icons",  # source checkout
    Path(__file__).resolve().parent / "icons",  # installed / frozen copy
)


def tr(text: str, context: str = "Common") -> str:
    return QCoreApplication.translate(context, text)


def icon_path(name: str) -> Path | None:
    for folder in ICON_DIRS:
        path = folder / f"{name}.svg"
        if path.is_file():
            return path
    return None


@cache
def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path is not None else QIcon()


@cache
def pixmap(name: str, size: int) -> QPixmap:
    """An SVG icon rendered at ``size`` (device independent, crisp at any scale)."""
    image = QPixmap(QSize(size, size))
    image.fill(Qt.GlobalColor.transparent)
    path = icon_path(name)
    if path is not None:
        renderer = QSvgRenderer(str(path))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
    return image


def type_icon_name(content_type: str) -> str:
    if content_type.startswith("image/"):
        return "image"
    if content_type.startswith("video/"):
        return "video"
    if content_type.startswith("audio/"):
        return "audio"
    if content_type in ("application/pdf",) or content_type.startswith("text/"):
        return "document"
    return "file"


def type_label(kind: str) -> str:
    """A plain word for a content type or a broad kind from ``items.facets``."""
    labels = {
        "image": QCoreApplication.translate("Common", "Images"),
        "video": QCoreApplication.translate("Common", "Videos"),
        "audio": QCoreApplication.translate("Common", "Audio"),
        "text": QCoreApplication.translate("Common", "Text"),
        "application/pdf": QCoreApplication.translate("Common", "PDF documents"),
        "application/zip": QCoreApplication.translate("Common", "ZIP archives"),
        "application/octet-stream": QCoreApplication.translate("Common", "Other files"),
        "application/x-empty": QCoreApplication.translate("Common", "Empty files"),
    }
    return labels.get(kind, kind)


def human_size(size: float) -> str:
    """A file size in the user's language and number format: "1.5 MB", "1,5 МБ"."""
    units = [
        QCoreApplication.translate("Common", "bytes"),
        QCoreApplication.translate("Common", "KB"),
        QCoreApplication.translate("Common", "MB"),
        QCoreApplication.translate("Common", "GB"),
        QCoreApplication.translate("Common", "TB"),
    ]
    value = float(size)
    locale = QLocale()
    for unit in units:
        if value < 1024 or unit == units[-1]:
            if unit == units[0]:
                return f"{locale.toString(int(value))} {unit}"
            return f"{locale.toString(value, 'f', 1)} {unit}"
        value /= 1024
    return f"{locale.toString(value, 'f', 1)} {units[-1]}"


def human_duration(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    if seconds < 60:
        return QCoreApplication.translate("Common", "{n} s").format(n=seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return QCoreApplication.translate("Common", "{m} min {s} s").format(m=minutes, s=seconds)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("Common", "{h} h {m} min").format(h=hours, m=minutes)


def short_time(iso: str) -> str:
    """'2024-05-01T12:34:56.123456Z' → '2024-05-01 12:34:56 UTC' in English, the local date form otherwise."""
    if len(iso) >= 19 and iso[10] == "T":
        locale = QLocale()
        if locale.language() in (QLocale.Language.English, QLocale.Language.C):
            return f"{iso[:10]} {iso[11:19]} UTC"
        date = QDate.fromString(iso[:10], "yyyy-MM-dd")
        if date.isValid():
            return f"{locale.toString(date, QLocale.FormatType.ShortFormat)} {iso[11:19]} UTC"
        return f"{iso[:10]} {iso[11:19]} UTC"
    return iso


# QT_TRANSLATE_NOOP marks each label for the translation tools; action_label translates it.
ACTION_LABELS: dict[str, object] = {  # PySide6 types QT_TRANSLATE_NOOP's result as object
    "item.imported": QT_TRANSLATE_NOOP("Custody", "Imported"),
    "item.duplicate_seen": QT_TRANSLATE_NOOP("Custody", "Imported again (already present)"),
    "item.restored": QT_TRANSLATE_NOOP("Custody", "Imported again after deletion"),
    "item.viewed": QT_TRANSLATE_NOOP("Custody", "Viewed"),
    "item.played": QT_TRANSLATE_NOOP("Custody", "Played"),
    "item.extracted": QT_TRANSLATE_NOOP("Custody", "Exported a copy"),
    "item.metadata_read": QT_TRANSLATE_NOOP("Custody", "Metadata read"),
    "item.preview_checked": QT_TRANSLATE_NOOP("Custody", "Preview checked against the picture"),
    "item.provenance_read": QT_TRANSLATE_NOOP("Custody", "Content Credentials (C2PA) read"),
    "item.perceptual_hash": QT_TRANSLATE_NOOP("Custody", "Perceptual hash computed"),
    "provenance.trust_added": QT_TRANSLATE_NOOP("Custody", "C2PA trust anchor installed"),
    "provenance.trust_removed": QT_TRANSLATE_NOOP("Custody", "C2PA trust anchor removed"),
    "item.derivative_made": QT_TRANSLATE_NOOP("Custody", "Cleaned copy made"),
    "item.deleted": QT_TRANSLATE_NOOP("Custody", "Deleted (record kept)"),
    "bundle.sealed": QT_TRANSLATE_NOOP("Custody", "Sealed in a bundle"),
    "bundle.imported": QT_TRANSLATE_NOOP("Custody", "Received in a bundle"),
    "case.created": QT_TRANSLATE_NOOP("Custody", "Case created"),
    "case.item_added": QT_TRANSLATE_NOOP("Custody", "Added to a case"),
    "verification.run": QT_TRANSLATE_NOOP("Custody", "Verified"),
    "vault.created": QT_TRANSLATE_NOOP("Custody", "Archive created"),
    "vault.upgraded": QT_TRANSLATE_NOOP("Custody", "Archive upgraded"),
    "vault.older_copy_opened": QT_TRANSLATE_NOOP("Custody", "An older copy of the archive was opened"),
    "import.leftovers_collected": QT_TRANSLATE_NOOP("Custody", "Interrupted import cleaned up"),
    "passphrase.changed": QT_TRANSLATE_NOOP("Custody", "Passphrase changed"),
    "recovery_code.replaced": QT_TRANSLATE_NOOP("Custody", "New recovery code made"),
    "key_slot.added": QT_TRANSLATE_NOOP("Custody", "Key slot added"),
    "key_slot.removed": QT_TRANSLATE_NOOP("Custody", "Key slot removed"),
    "key_slot.settled": QT_TRANSLATE_NOOP("Custody", "Interrupted key change settled"),
    "anchor.shown": QT_TRANSLATE_NOOP("Custody", "Anchor shown"),
    "bundle_key.created": QT_TRANSLATE_NOOP("Custody", "Bundle key created"),
    "recipient.added": QT_TRANSLATE_NOOP("Custody", "Recipient added"),
    "recipient.removed": QT_TRANSLATE_NOOP("Custody", "Recipient removed"),
    "statement.created": QT_TRANSLATE_NOOP("Custody", "Statement written"),
    "statement.amended": QT_TRANSLATE_NOOP("Custody", "Statement amended"),
    "statement.identity_set": QT_TRANSLATE_NOOP("Custody", "Witness identity stored"),
    "statement.tagged": QT_TRANSLATE_NOOP("Custody", "Statement tagged"),
    "statement.rendered": QT_TRANSLATE_NOOP("Custody", "Statement rendered as a document"),
    "consent.recorded": QT_TRANSLATE_NOOP("Custody", "Consent recorded"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("Custody", "Consent withdrawn"),
    "case.updated": QT_TRANSLATE_NOOP("Custody", "Case edited"),
    "case.statement_added": QT_TRANSLATE_NOOP("Custody", "Statement added to a case"),
}


def action_label(action: str) -> str:
    text = ACTION_LABELS.get(action)
    return tr(str(text), "Custody") if text else action


def mono_font(point_size: int = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font


def heading_font(delta: int = 6, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSize(max(8, font.pointSize() + delta))
    font.setBold(bold)
    return font
