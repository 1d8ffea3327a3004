"""Metadata values as a person reads them (core/media/display.py): degrees, times with their
zone, and nothing converted that cannot be read for certain."""

from __future__ import annotations

from evidence_vault.core.media import display


def test_positions_in_degrees() -> None:
    assert display.degrees("[48, 51, 756/25]") == "48.858400°"
    assert display.degrees("[11, 53, 645599999/100000000]") == "11.885127°"  # 11 + 53/60 + 6.456/3600
    assert display.shown("GPS GPSLongitude", "[2, 17, 201/5]") == display.Shown("2.294500°")


def test_what_is_not_a_position_is_shown_as_stored() -> None:
    for odd in ("[48, 51]", "[48, 61, 0]", "[1, 2, 3/0]", "48.8584", "[a, b, c]"):
        assert display.degrees(odd) is None, odd
        assert display.shown("GPSLatitude", odd) is None, odd


def test_times_keep_their_zone_or_say_they_have_none() -> None:
    assert display.shown("DateTimeOriginal", "2024:03:01 10:20:30") == display.Shown(
        "2024-03-01 10:20:30", no_zone=True
    )
    assert display.time_text("2024-03-01T10:20:30+02:00") == display.Shown("2024-03-01 10:20:30 +02:00")
    assert display.time_text("2024-03-01T10:20:30.5Z") == display.Shown("2024-03-01 10:20:30 UTC")
    assert display.time_text("2024-03-01T10:20:30-0330") == display.Shown("2024-03-01 10:20:30 -03:30")
    assert display.shown("OffsetTimeOriginal", "+02:00") is None
    assert display.shown("DateTimeOriginal", "    :  :     :  :  ") is None


def test_altitude_in_metres_and_other_fields_as_stored() -> None:
    assert display.shown("GPSAltitude", "1234/10") == display.Shown("123.4 m")
    assert display.shown("GPSAltitude", "5/0") is None
    assert display.shown("ExposureTime", "1/100") is None
    assert display.shown("Model", "EP-1") is None
