"""What can go wrong with a bundle, and the cancel check every long step makes."""

from __future__ import annotations

import threading

from ..errors import VaultError


class BundleError(VaultError):
    """A bundle failed a check; the message says which, in plain words."""

    exit_code = 1


class ExportCancelled(VaultError):
    """The user stopped a seal or folder export; whatever was half-written was deleted."""

    exit_code = 1

    def __init__(self, message: str = "cancelled; the half-written output was deleted") -> None:
        super().__init__(message)


def check_cancel(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExportCancelled
