"""What a statement says: the one list of its fields (one version's content), and the body
regions its injury diagram names."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from ..errors import UsageError
from .vocabulary import BODY_REGIONS, WHEN

# Regions of the body diagrams in the spirit of the Istanbul Protocol (Annex III).


@dataclass(frozen=True)
class Fields:
    """What the witness said and the circumstances of the interview (one version's content)."""

    title: str
    narrative: str
    events_start: str = ""  # YYYY[-MM[-DD[THH:MM]]]
    events_end: str = ""  # same; empty unless a range
    events_approximate: bool = False
    events_when: str = ""  # in words, e.g. "the night of 9 to 10 August"
    place_of_events: str = ""
    place_of_detention: str = ""
    perpetrators: str = ""  # as described: units, uniforms, vehicles, names or numbers heard
    injuries: str = ""
    body_regions: tuple[str, ...] = ()
    medical_care: str = ""  # care received and medical documents
    witnesses_mentioned: str = ""
    interviewer: str = ""
    interview_date: str = ""
    language: str = ""

    def to_json(self) -> dict[str, Any]:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["body_regions"] = list(self.body_regions)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Fields:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["body_regions"] = tuple(values.get("body_regions") or ())
        return cls(**values)

    def checked(self) -> Fields:
        title, narrative = self.title.strip(), self.narrative.strip()
        if not title:
            raise UsageError("a statement needs a title")
        if not narrative:
            raise UsageError("a statement needs a narrative (what the witness said)")
        for name in ("events_start", "events_end", "interview_date"):
            value = str(getattr(self, name)).strip()
            if value and not WHEN.match(value):
                raise UsageError(
                    f"{name.replace('_', ' ')} must be a date like 2020-08-10, 2020-08-10T22:30, 2020-08 "
                    f"or 2020; got '{value}' (describe anything vaguer in words with the 'when' field)"
                )
        if self.events_end and not self.events_start:
            raise UsageError("an end of the events needs a start too")
        if self.events_end and self.events_end < self.events_start:
            raise UsageError("the events end before they start")
        unknown = [r for r in self.body_regions if r not in BODY_REGIONS]
        if unknown:
            raise UsageError(f"unknown body region '{unknown[0]}'; use one of: {', '.join(BODY_REGIONS)}")
        regions = tuple(r for r in BODY_REGIONS if r in self.body_regions)
        return replace(self, title=title, narrative=narrative, body_regions=regions)
