"""What the app remembers between runs: window state, last library, last story, theme."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "StoryDiff"
APPLICATION = "StoryDiff"


class Settings:
    """A thin typed wrapper over QSettings; tests pass a temporary ini file."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self.qsettings = QSettings(ORGANISATION, APPLICATION)
        else:
            self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str = "") -> str:
        value = self.qsettings.value(key, default)
        return str(value) if value is not None else default

    @property
    def last_library(self) -> Path | None:
        value = self._get("library/last")
        return Path(value) if value else None

    @last_library.setter
    def last_library(self, path: Path) -> None:
        self.qsettings.setValue("library/last", str(path))

    def last_story(self, library: Path) -> str:
        return self._get(f"story/{_key(library)}")

    def set_last_story(self, library: Path, story: str) -> None:
        self.qsettings.setValue(f"story/{_key(library)}", story)

    def seen_versions(self, library: Path) -> dict[int, int]:
        """Story id → the newest version opened in the app (for the "● new" badges)."""
        try:
            found = json.loads(self._get(f"seen/{_key(library)}", "{}"))
            return {int(story): int(document) for story, document in found.items()}
        except (ValueError, AttributeError, TypeError):
            return {}

    def set_seen(self, library: Path, story_id: int, document_id: int) -> None:
        seen = self.seen_versions(library)
        seen[story_id] = max(document_id, seen.get(story_id, 0))
        self.qsettings.setValue(f"seen/{_key(library)}", json.dumps(seen))

    @property
    def theme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        return self._get("view/theme", "system")

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("view/theme", value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.qsettings.value("window/geometry")
        state = self.qsettings.value("window/state")
        return (geometry, state)

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def sync(self) -> None:
        self.qsettings.sync()


def _key(library: Path) -> str:
    """A settings key for a library path (QSettings treats '/' as a group separator)."""
    return str(library).replace("/", "|").replace("\\", "|")
