"""Desktop settings: kept between runs, and a damaged or hand-edited file never breaks start-up."""

from __future__ import annotations

import json
from pathlib import Path

from evidence_vault.core.store import settings


class TestSettings:
    def test_defaults_without_a_file(self) -> None:
        loaded = settings.load()
        assert loaded == settings.Settings()
        assert loaded.language == "" and loaded.auto_lock_minutes == settings.DEFAULT_AUTO_LOCK_MINUTES

    def test_round_trip(self, tmp_path: Path) -> None:
        chosen = settings.Settings(tmp_path / "Archive", 15, True, "be")
        settings.save(chosen)
        assert settings.load() == chosen
        assert not list(settings.settings_path().parent.glob("*.new"))  # written atomically

    def test_bad_values_fall_back_one_by_one(self) -> None:
        settings.settings_path().parent.mkdir(parents=True, exist_ok=True)
        settings.settings_path().write_text(
            json.dumps(
                {"auto_lock_minutes": -3, "lock_on_minimise": "yes", "language": "../../etc", "vault_dir": 7}
            ),
            encoding="utf-8",
        )
        assert settings.load() == settings.Settings()

    def test_unreadable_file_gives_defaults(self) -> None:
        settings.settings_path().parent.mkdir(parents=True, exist_ok=True)
        settings.settings_path().write_bytes(b"\xff\xfe not json")
        assert settings.load() == settings.Settings()
