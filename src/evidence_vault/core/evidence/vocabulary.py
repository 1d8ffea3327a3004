"""The words statements are made of: who may see one, what a published copy must have had
done, injured body regions, formats. Plain constants, so the command line can offer them as
choices without loading the vault's storage."""

from __future__ import annotations

import re

AUDIENCES = ("none", "investigators", "named-investigators", "public-anonymised")
RECIPIENT_KINDS = ("investigators", "named-investigators", "public")
# What a published copy of an item linked to the statement must have had done to it.
PUBLISH_CONDITIONS = ("face-hidden", "voice-disguised")
WHEN = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?)?)?$")
FORMATS = ("html", "pdf")  # a statement rendered for reading or printing

BODY_REGIONS = (
    "head",
    "face",
    "neck",
    "chest",
    "abdomen",
    "back",
    "buttocks",
    "genitals",
    "left arm",
    "right arm",
    "left hand",
    "right hand",
    "left leg",
    "right leg",
    "left foot",
    "right foot",
)
