"""A read-out in progress: fields, facts and problems, with per-reader failure isolation."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .model import MAX_FIELDS, Analysis, MetadataField, Risk
from .risks import ranked


class Collector:
    def __init__(self) -> None:
        self.result = Analysis()
        self.thumbnail: bytes | None = None  # the first EXIF IFD1 JPEG thumbnail, for the preview
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, field: str, value: object, location: str, risk: Risk | None = None) -> None:
        if value is None:
            return
        item = ranked(field, value, location, risk)
        if item.value:  # an empty tag says nothing
            self.add_field(item)

    def add_field(self, item: MetadataField) -> None:
        key = (item.field, item.value, item.location)
        if key in self._seen:
            return
        if len(self.result.fields) >= MAX_FIELDS:
            self.result.truncated = True
            return
        self._seen.add(key)
        self.result.fields.append(item)

    def fact(self, key: str, value: object) -> None:
        if value is not None and key not in self.result.facts:
            self.result.facts[key] = value

    def problem(self, text: str) -> None:
        if len(self.result.problems) < 50:
            self.result.problems.append(text[:500])

    def capture_time(self, value: str | None) -> None:
        if value and self.result.capture_time is None:
            self.result.capture_time = value

    def position(self, lat: float | None, lon: float | None) -> None:
        if (
            self.result.position is None
            and lat is not None
            and lon is not None
            and -90 <= lat <= 90
            and -180 <= lon <= 180
            and (lat, lon) != (0.0, 0.0)
        ):
            self.result.position = (round(lat, 7), round(lon, 7))

    @contextlib.contextmanager
    def guard(self, where: str) -> Iterator[None]:
        """Run one reader; its failure becomes a problem, never an exception."""
        try:
            yield
        except MemoryError:
            self.problem(f"{where}: ran out of memory")
        except RecursionError:
            self.problem(f"{where}: structure nested too deeply")
        except _OUR_BUGS as exc:
            # Not a property of the file: say so, so that no one reads it as the file's content.
            self.problem(f"{where}: {INTERNAL} {type(exc).__name__}: {exc})"[:300])
        except Exception as exc:  # noqa: BLE001 - any parser failure is reported, never raised
            self.problem(f"{where}: {type(exc).__name__}: {exc}"[:300])


INTERNAL = "internal reader failure (a bug in this program, not something in the file:"
# Exceptions that mean the reader's own code is wrong (a value of a type it did not expect),
# whatever the file holds; parse errors (ValueError, struct.error, library errors) are the file's.
_OUR_BUGS = (TypeError, AttributeError, NameError, AssertionError, ImportError)
