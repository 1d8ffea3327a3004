"""Viewer windows: images, video and audio, PDFs. Nothing is written to disk.

Media and PDFs are read through ``ItemDevice``, a QIODevice that decrypts the
item chunk by chunk on demand from its own database connection, so players can
seek without the whole file in memory and without any temporary file.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QIODevice, QObject, QPointF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence, QPainter, QPixmap, QWheelEvent
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core.evidence.items import ItemStream, ItemSummary
from ..core.session.vault import Vault
from ..core.store.database import Connection
from .common import human_size, icon
from .models import decode_item, image_from
from .session import Session
from .tasks import Task


class ItemDevice(QIODevice):
    """Random-access, read-only QIODevice over an item in the encrypted store."""

    def __init__(self, vault: Vault, item: ItemSummary, parent: QObject | None = None) -> None:
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self.item = item
        self._vault = vault
        self._conn: Connection | None = vault.connect()
        self._stream = ItemStream(self._conn, item)
        self._lock = threading.Lock()  # players may read from their own thread
        self.bytes_read = 0

    def isSequential(self) -> bool:
        return False

    def size(self) -> int:
        return self.item.size

    def bytesAvailable(self) -> int:
        return max(0, self.item.size - self.pos()) + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:
        with self._lock:
            if self._conn is None:
                return b""
            data = self._stream.read_at(self.pos(), min(maxlen, 4 << 20))
        self.bytes_read += len(data)
        return data

    def writeData(self, data: bytes) -> int:  # type: ignore[override]
        return -1

    def close(self) -> None:
        super().close()
        with self._lock:
            if self._conn is not None:
                conn, self._conn = self._conn, None
                if self._vault.is_open:
                    self._vault.release(conn)


class ViewerWindow(QWidget):
    """Base for viewer windows: the main window tracks and closes them on lock."""

    closed = Signal(object)

    def __init__(self, session: Session, item: ItemSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.item = item
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{name} — Archive").format(name=item.name))
        self.resize(960, 700)

    def release(self) -> None:
        """Drop everything that holds the item's bytes (subclasses extend)."""

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        self.closed.emit(self)
        super().closeEvent(event)


class _ZoomView(QGraphicsView):
    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fit_mode = True
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.zoom_by(factor)

    def zoom_by(self, factor: float) -> None:
        self.fit_mode = False
        scale = self.transform().m11() * factor
        if 0.02 <= scale <= 32:
            self.scale(factor, factor)
        self.zoomed.emit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fit_mode:
            self.fit()

    def fit(self) -> None:
        self.fit_mode = True
        if self.scene() is not None and not self.scene().sceneRect().isEmpty():
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1:
                self.resetTransform()
        self.zoomed.emit()

    def actual(self) -> None:
        self.fit_mode = False
        self.resetTransform()
        self.zoomed.emit()


FULL_SIDE = 4096  # the viewer's bound on the long side (media/messages.MAX_DECODE_SIDE)


class ImageViewer(ViewerWindow):
    loaded = Signal()

    def __init__(self, session: Session, item: ItemSummary, parent: QWidget | None = None) -> None:
        super().__init__(session, item, parent)
        self.image = QImage()
        self.scene = QGraphicsScene(self)
        self.view = _ZoomView(self)
        self.view.setScene(self.scene)
        self.view.setAccessibleName(self.tr("Image"))
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self.status = QLabel(self.tr("Decrypting…"))
        self.status.setContentsMargins(8, 4, 8, 4)

        bar = QToolBar(self)
        for text, shortcut, slot in (
            (self.tr("Fit"), "F", self.view.fit),
            (self.tr("100%"), "1", self.view.actual),
            (self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom_by(1.25)),
            (self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoom_by(0.8)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            bar.addAction(action)
            self.addAction(action)
        plus = QAction(self)
        plus.setShortcut(QKeySequence("+"))
        plus.triggered.connect(lambda: self.view.zoom_by(1.25))
        self.addAction(plus)
        close = QAction(self)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.triggered.connect(self.close)
        self.addAction(close)
        self.view.zoomed.connect(self._show_zoom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        def load(conn: Connection, task: Task) -> tuple[QImage, str | None]:
            # Decoded in the analysis child, like thumbnails (models.decode_item): at most
            # FULL_SIDE on the long side, which bounds what the child sends and this holds.
            pixels = decode_item(session, conn, item, FULL_SIDE, task)
            return image_from(pixels), pixels.problem

        session.query_cancellable(load, self._show, self._error)

    def _show(self, result: tuple[QImage, str | None]) -> None:
        if not (isValid(self) and isValid(self.scene)):
            return  # the viewer was closed (or the vault locked) while the child decoded
        image, problem = result
        if image.isNull():
            self.status.setText(
                self.tr("The picture could not be made: {reason}").format(reason=problem or "?")
            )
            return
        self.image = image
        self._pixmap_item = self.scene.addPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(self._pixmap_item.boundingRect())
        self.view.fit()
        self.view.setFocus()
        self.loaded.emit()

    def _show_zoom(self) -> None:
        if self.image.isNull():
            return
        percent = round(self.view.transform().m11() * 100)
        self.status.setText(
            self.tr("{w} × {h} pixels · {size} · {zoom}%").format(
                w=self.image.width(), h=self.image.height(), size=human_size(self.item.size), zoom=percent
            )
        )

    def _error(self, exc: BaseException) -> None:
        if isValid(self) and isValid(self.status):
            self.status.setText(str(exc))

    def release(self) -> None:
        self.scene.clear()
        self._pixmap_item = None
        self.image = QImage()


def _clock(ms: int) -> str:
    seconds = max(0, ms // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class MediaViewer(ViewerWindow):
    """Video or audio, streamed from the encrypted store through ``ItemDevice``."""

    def __init__(self, session: Session, item: ItemSummary, parent: QWidget | None = None) -> None:
        super().__init__(session, item, parent)
        self.device: ItemDevice | None = ItemDevice(session.vault, item, self)
        self.device.open(QIODevice.OpenModeFlag.ReadOnly)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget(self)
        self.video.setAccessibleName(self.tr("Video"))
        self.is_video = item.content_type.startswith("video/")
        self.player.setVideoOutput(self.video)
        self.video.setVisible(self.is_video)
        if not self.is_video:
            self.resize(560, 160)

        style = self.style()
        self.play_button = QToolButton(self)
        self.play_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setAccessibleName(self.tr("Play or pause"))
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.play_button.clicked.connect(self.toggle)
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setAccessibleName(self.tr("Position"))
        self.position.setRange(0, 0)
        self.position.sliderMoved.connect(self.player.setPosition)
        self.time_label = QLabel("0:00 / 0:00", self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(100)
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self.audio.setVolume(0.8)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        controls = QHBoxLayout()
        controls.setContentsMargins(8, 6, 8, 6)
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        controls.addWidget(self.time_label)
        controls.addSpacing(8)
        controls.addWidget(QLabel(self.tr("Volume")))
        controls.addWidget(self.volume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video, 1)
        if not self.is_video:
            title = QLabel(item.name, self)
            title.setContentsMargins(12, 12, 12, 0)
            layout.addWidget(title)
        layout.addLayout(controls)
        layout.addWidget(self.message)

        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(lambda _e, text: self.message.setText(text))

        for key, slot in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Right, lambda: self.seek_by(5000)),
            (Qt.Key.Key_Left, lambda: self.seek_by(-5000)),
            (Qt.Key.Key_Escape, self.close),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)

        # The URL only names the stream so the player can guess its format; nothing
        # is read from or written to that path.
        self.player.setSourceDevice(self.device, QUrl(_stream_name(item)))

    def play(self) -> None:
        self.player.play()

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek_by(self, delta_ms: int) -> None:
        self.player.setPosition(max(0, min(self.player.duration(), self.player.position() + delta_ms)))

    def _duration(self, ms: int) -> None:
        self.position.setRange(0, ms)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.position.isSliderDown():
            self.position.setValue(ms)
        self.time_label.setText(f"{_clock(ms)} / {_clock(self.player.duration())}")

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        name = (
            QStyle.StandardPixmap.SP_MediaPause
            if state == QMediaPlayer.PlaybackState.PlayingState
            else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_button.setIcon(self.style().standardIcon(name))

    def release(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        if self.device is not None:
            self.device.close()
            self.device = None


def _stream_name(item: ItemSummary) -> str:
    extension = item.content_type.split("/")[-1].split(";")[0] or "bin"
    extension = {"quicktime": "mov", "x-matroska": "mkv", "mpeg": "mp3", "x-wav": "wav"}.get(
        extension, extension
    )
    return f"item-{item.id}.{extension}"


class PdfViewer(ViewerWindow):
    """A PDF page by page, read through ``ItemDevice``."""

    def __init__(self, session: Session, item: ItemSummary, parent: QWidget | None = None) -> None:
        super().__init__(session, item, parent)
        self.device: ItemDevice | None = ItemDevice(session.vault, item, self)
        self.device.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document page"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.page = QSpinBox(self)
        self.page.setAccessibleName(self.tr("Page"))
        self.page.setMinimum(1)
        self.pages_label = QLabel(self)
        self.page.valueChanged.connect(self._go)
        bar = QToolBar(self)
        previous = bar.addAction(self.tr("Previous page"), lambda: self.page.setValue(self.page.value() - 1))
        previous.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        bar.addWidget(QLabel(self.tr(" Page ")))
        bar.addWidget(self.page)
        bar.addWidget(self.pages_label)
        following = bar.addAction(self.tr("Next page"), lambda: self.page.setValue(self.page.value() + 1))
        following.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        bar.addSeparator()
        bar.addAction(self.tr("Fit page"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        bar.addAction(self.tr("Fit width"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)
        self.document.statusChanged.connect(self._status)
        # Load after the window is shown so the UI stays responsive while PDFium parses.
        QTimer.singleShot(0, self._load)

    def _load(self) -> None:
        if self.device is not None:
            self.document.load(self.device)

    def _status(self, status: QPdfDocument.Status) -> None:
        if status == QPdfDocument.Status.Ready:
            count = self.document.pageCount()
            self.page.setMaximum(max(1, count))
            self.pages_label.setText(self.tr(" of {n} ").format(n=count))
        elif status == QPdfDocument.Status.Error:
            self.pages_label.setText(self.tr(" (this PDF could not be opened)"))

    def _go(self, number: int) -> None:
        self.view.pageNavigator().jump(number - 1, QPointF(), self.view.pageNavigator().currentZoom())

    def release(self) -> None:
        self.view.setDocument(None)  # type: ignore[arg-type]
        self.document.close()
        if self.device is not None:
            self.device.close()
            self.device = None


def viewer_for(session: Session, item: ItemSummary, parent: QWidget | None = None) -> ViewerWindow | None:
    kind = item.content_type
    if kind.startswith("image/"):
        return ImageViewer(session, item, parent)
    if kind.startswith(("video/", "audio/")):
        return MediaViewer(session, item, parent)
    if kind == "application/pdf":
        return PdfViewer(session, item, parent)
    return None


__all__ = ["ImageViewer", "ItemDevice", "MediaViewer", "PdfViewer", "ViewerWindow", "icon", "viewer_for"]
