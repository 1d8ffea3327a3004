"""Locking without being asked: after idle time, on minimise, on sleep or screen lock.

A small inactivity timer (as KeePassXC does it): any keyboard, mouse or touch
input anywhere in the application restarts it. The desktop session's own signals
are used where they exist: logind's PrepareForSleep (system bus) and the
freedesktop ScreenSaver's ActiveChanged (session bus) on Linux, and Qt's
application state (suspended) elsewhere. Missing buses are simply not used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class AutoLock(QObject):
    def __init__(self, lock: Callable[[], None], is_unlocked: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._lock = lock
        self._is_unlocked = is_unlocked
        self.lock_on_minimise = False
        self._interval = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)
        self._listen_to_desktop()

    def set_idle_minutes(self, minutes: int) -> None:
        self.set_idle_ms(minutes * 60_000)

    def set_idle_ms(self, milliseconds: int) -> None:
        self.timer.stop()
        self._interval = milliseconds
        if milliseconds > 0:
            self.timer.setInterval(milliseconds)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._interval > 0 and event.type() in _INPUT:
            self.timer.start()  # restart the countdown
        return False

    def window_state_changed(self, minimised: bool) -> None:
        if minimised and self.lock_on_minimise:
            self._lock_now()

    def _idle(self) -> None:
        self._lock_now()

    def _lock_now(self) -> None:
        if self._is_unlocked():
            self._lock()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._lock_now()

    # -- the desktop session (Linux) --------------------------------------------------
    def _listen_to_desktop(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus: idle time and minimise still work
            return
        # PySide6 wants SLOT()'s string here, although its type stub says bytes.
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("prepare_for_sleep(bool)"),
            )
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            session.connect(  # type: ignore[call-overload]
                "",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                self,
                SLOT("screen_saver(bool)"),
            )

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        if going:
            self._lock_now()

    @Slot(bool)
    def screen_saver(self, active: bool) -> None:
        if active:
            self._lock_now()
