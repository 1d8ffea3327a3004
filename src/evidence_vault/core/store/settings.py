"""Desktop settings kept between runs: where the vault lives, and when it locks itself.

Stored as a small JSON file in ``locations.settings_dir()``. Nothing secret or
evidential is ever written here (no names, no hashes, no passphrase hints).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import locations

FILE_NAME = "desktop.json"


DEFAULT_AUTO_LOCK_MINUTES = 5
_LANGUAGE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")


@dataclass
class Settings:
    vault_dir: Path | None = None
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0: never
    lock_on_minimise: bool = False
    language: str = ""  # "" follows the system; else a code such as "be", "ru", "uk", "en"

    def effective_vault_dir(self) -> Path:
        """The remembered location, else the default one (environment, portable, user data)."""
        if os.environ.get(locations.VAULT_ENV):
            return locations.default_vault_dir()
        return self.vault_dir if self.vault_dir is not None else locations.default_vault_dir()


def settings_path() -> Path:
    return locations.settings_dir() / FILE_NAME


def load() -> Settings:
    """Read the settings; a missing or unreadable file gives the defaults."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    raw = data.get("vault_dir")
    minutes = data.get("auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES)
    minimise = data.get("lock_on_minimise", False)
    language = data.get("language", "")
    return Settings(
        Path(raw) if isinstance(raw, str) and raw else None,
        minutes if isinstance(minutes, int) and 0 <= minutes <= 24 * 60 else DEFAULT_AUTO_LOCK_MINUTES,
        minimise if isinstance(minimise, bool) else False,
        language if isinstance(language, str) and _LANGUAGE.fullmatch(language) else "",
    )


def save(settings: Settings) -> None:
    """Write the settings atomically (write a sibling file, then rename over)."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "vault_dir": str(settings.vault_dir) if settings.vault_dir is not None else None,
        "auto_lock_minutes": settings.auto_lock_minutes,
        "lock_on_minimise": settings.lock_on_minimise,
        "language": settings.language,
    }
    tmp = path.with_name(path.name + ".new")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    try:
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
