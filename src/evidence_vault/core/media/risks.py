"""The one table that ranks metadata by how much it can reveal about people.

Rules are tried in order; the first whose ``field`` pattern matches the field name
(and whose ``where`` pattern, if any, matches the location) decides. A field that no
rule matches is MEDIUM: an unknown tag is more likely to reveal something than not.
docs/metadata-risks.md mirrors this table; a test keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import MetadataField, Risk, bounded


@dataclass(frozen=True)
class Rule:
    id: str
    risk: Risk
    field: re.Pattern[str]
    where: re.Pattern[str] | None
    explanation: str


def _rule(rule_id: str, risk: Risk, field: str, explanation: str, where: str | None = None) -> Rule:
    return Rule(
        rule_id,
        risk,
        re.compile(field, re.IGNORECASE),
        re.compile(where, re.IGNORECASE) if where else None,
        explanation,
    )


H, M, L = Risk.HIGH, Risk.MEDIUM, Risk.LOW

RULES: tuple[Rule, ...] = (
    # Technical names that would otherwise trip a broader pattern below
    # (YCbCrPositioning is not a position, ExposureTime not a capture time).
    _rule(
        "technical-name",
        L,
        r"^ycbcr|exposure|aperture|fnumber|^iso|focal|flash|interop|subjectdistance|subject distance"
        r"|colou?rspace|^icc|customrendered|exifversion|flashpixversion|strip|tile|timescale|^time ?scale"
        r"|sensing|scenecapture|jfif|sharpness|components|subjectarea|subjectlocation|subject area",
        "Technical detail about how the picture or sound is stored. Rarely says anything about people.",
    ),
    # -- HIGH ------------------------------------------------------------------------
    _rule(
        "c2pa-identity",
        H,
        r"^c2pa identity",
        "A name, account or device serial inside the file's Content Credentials (C2PA): an author, "
        "an identity assertion, or the signer's certificate. It identifies who or what made the file.",
    ),
    _rule(
        "c2pa",
        H,
        r"c2pa|content credentials|jumbf",
        "Content Credentials (C2PA): a signed record of what made or edited the file. It may "
        "name the device, the owner or their account.",
    ),
    _rule(
        "position",
        H,
        r"gps|latitude|longitude|altitude|location|iso6709|©xyz|^xyz$|loci|geo|position|(?<![a-z])city"
        r"|country|sublocation|province|coordinates",
        "Where this was recorded. Anyone who sees it can find the place, and perhaps the person.",
    ),
    _rule("gps-ifd", H, r".", "Part of the position record written by the device.", where=r"gps"),
    _rule(
        "serial",
        H,
        r"serial|imageuniqueid|uniqueid|unique id|uuid|documentid|instanceid|document id|^id$|deviceid"
        r"|device id|imei|mac address|cameraid|identifier|^priv|ufid",
        "A number unique to one device or one file. It can tie this file to a phone or camera, and "
        "to every other file it made.",
    ),
    _rule(
        "maker-note",
        H,
        r"makernote$|maker note$",
        "A camera maker's private block. Often holds serial numbers and settings no one reviews.",
    ),
    _rule(
        "track",
        H,
        r"text track|subtitle|data track|timed metadata|metadata track|gpmf|camm|mebx",
        "A track of timed data (text, subtitles, sensor or position samples) beside the picture and sound.",
    ),
    _rule(
        "thumbnail-differs",
        H,
        r"thumbnail differs",
        "The file's own thumbnail shows something other than the picture. The photo was probably "
        "edited or cropped after it was taken, and the thumbnail may still show the original.",
    ),
    _rule(
        "preview",
        H,
        r"thumbnail|preview|jpgfromraw|cover|apic|covr|picture|embedded image|auxiliary image|depth"
        r"|after end|trailer|motion photo|microvideo|multi-picture|attachment|mpf",
        "An embedded picture, video or file. It may show what was cropped or hidden in the main picture.",
    ),
    _rule(
        "free-text",
        H,
        r"comment|description|caption|title|subject|keywords|(?<!maker)note|lyrics|headline|instruction|label"
        r"|annotation|^xp|message|javascript|form field|revision|history|custom|txxx",
        "Free text someone typed or software stored. It can hold names, places or anything else.",
    ),
    _rule(
        "person",
        H,
        r"artist|author|creator(?!tool)|owner|by-?line|copyright|rights|writer|composer|performer"
        r"|lyricist|publisher|contact|e-?mail|credit|originator|engineer|encoded ?by|user|tpe\d",
        "A person's name or contact. It may identify the person who recorded or handled this.",
    ),
    # -- MEDIUM ----------------------------------------------------------------------
    _rule(
        "device",
        M,
        r"make|model|lens|software|firmware|encoder|producer|creatortool|tool|application|program"
        r"|camera|handler|device|vendor|manufacturer|platform|android|apple|version",
        "Which device or program made or edited this. Narrows down who could have made it.",
    ),
    _rule(
        "time",
        M,
        r"date|time|created|modified|day$|year|offset|zone|tdrc|tdor|tyer|icrd|©day",
        "When this was made or changed. Can place a person at a moment; a time zone hints at a region.",
    ),
    # -- LOW -------------------------------------------------------------------------
    _rule(
        "technical",
        L,
        r"width|height|length$|dimension|size|resolution|codec|format|orientation|rotat|colou?r"
        r"|profile|bits|sample|channel|compression|duration|frame|rate|aspect|metering|brightness"
        r"|contrast|saturation|scene|gain|light|white ?balance|pages?$|page count|language|stream"
        r"|layout|mime|encoding|jfif|density|unit|gamma|chromaticit|interlace|filter|pixel|photometric"
        r"|planar|predictor|quality|mode|zoom|focus|shutter|gamut|tone|noise|filesource|brand"
        r"|digitalzoom|bitrate|bit rate|levels?$|pdf version",
        "Technical detail about how the picture or sound is stored. Rarely says anything about people.",
    ),
)

DEFAULT = Rule(
    "unknown",
    M,
    re.compile("."),
    None,
    "Not in our table. Treated as worth a look, because unknown tags sometimes hold private data.",
)

_BY_ID = {rule.id: rule for rule in (*RULES, DEFAULT)}


def rule_for(field: str, location: str = "") -> Rule:
    for rule in RULES:
        if rule.field.search(field) and (rule.where is None or rule.where.search(location)):
            return rule
    return DEFAULT


def explanation(rule_id: str) -> str:
    return _BY_ID.get(rule_id, DEFAULT).explanation


def ranked(field: str, value: object, location: str, risk: Risk | None = None) -> MetadataField:
    """A field with its risk from the table (or a reader's explicit ``risk``)."""
    rule = rule_for(field, location)
    return MetadataField(field, bounded(value), location, risk or rule.risk, rule.id)
