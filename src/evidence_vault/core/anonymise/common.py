"""The one error every anonymise step raises, and the callback types they share."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import VaultError

Progress = Callable[[int, "int | None"], None]  # (frames done, total frames or None)
Cancel = Callable[[], bool]  # True: stop now, leave nothing written


class AnonymiseError(VaultError):
    """A picture or video could not be anonymised (unreadable, corrupt, unsupported, cancelled).

    ``name`` is the file or item; nothing was written for it.
    """

    exit_code = 1

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: not anonymised, {reason}")


class Cancelled(AnonymiseError):
    """The caller's cancel callable returned True; the output was rolled back."""

    def __init__(self, name: str) -> None:
        super().__init__(name, "cancelled")
