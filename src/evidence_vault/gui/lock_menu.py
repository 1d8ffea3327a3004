"""Archive → Lock automatically: after how long without use, and on minimising; the choice is
saved in the settings and handed to the window's AutoLock."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from ..core.store import settings
from .autolock import AutoLock
from .settings_dialog import IDLE_CHOICES


class LockMenu(QObject):
    def __init__(self, menu: QMenu, autolock: AutoLock) -> None:
        super().__init__(menu)
        self.autolock = autolock
        group = QActionGroup(self)
        self.idle_actions: dict[int, QAction] = {}
        for minutes in IDLE_CHOICES:
            text = self.tr("After %n minute(s) without use", "", minutes) if minutes else self.tr("Never")
            act = QAction(text, menu, checkable=True)
            act.triggered.connect(lambda _checked=False, m=minutes: self.choose_idle(m))
            group.addAction(act)
            menu.addAction(act)
            self.idle_actions[minutes] = act
        menu.addSeparator()
        self.minimise_action = QAction(self.tr("When the window is minimised"), menu, checkable=True)
        self.minimise_action.toggled.connect(self.choose_minimise)
        menu.addAction(self.minimise_action)
        preferences = settings.load()
        self.autolock.set_idle_minutes(preferences.auto_lock_minutes)
        self.autolock.lock_on_minimise = preferences.lock_on_minimise
        if preferences.auto_lock_minutes in self.idle_actions:
            self.idle_actions[preferences.auto_lock_minutes].setChecked(True)
        self.minimise_action.setChecked(preferences.lock_on_minimise)

    def choose_idle(self, minutes: int) -> None:
        preferences = settings.load()
        preferences.auto_lock_minutes = minutes
        settings.save(preferences)
        self.autolock.set_idle_minutes(minutes)
        if minutes in self.idle_actions:
            self.idle_actions[minutes].setChecked(True)

    def choose_minimise(self, enabled: bool) -> None:
        preferences = settings.load()
        if preferences.lock_on_minimise != enabled:
            preferences.lock_on_minimise = enabled
            settings.save(preferences)
        self.autolock.lock_on_minimise = enabled
        self.minimise_action.setChecked(enabled)
