"""Issue 20: C2PA Content Credentials in HEIF/HEIC (a top-level 'uuid' box, as in MP4) are
read out as HIGH and are not in the cleaned copy, whether it is made a JPEG or a HEIC."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.model import C2PA_FIELD
from evidence_vault.core.media.source import Source
from evidence_vault.core.sanitize import SanitizeRefused, check, sanitize_bytes_detailed
from evidence_vault.core.session.vault import Vault
from tests.sanitize import containers as C
from tests.support import exiftool_json, require_samples, require_tool

SECRET = b"Jane Witness"


def _c2pa(data: bytes) -> list[tuple[str, str]]:
    found = analyse(Source.of(data), preview=False)
    assert found.problems == [], found.problems
    return [(f.risk.value, f.location) for f in found.fields if f.field == C2PA_FIELD]


def _exiftool_sees_c2pa(path: Path) -> bool:
    """Whether exiftool finds the manifest store: decoded (JUMBF, in versions that read it in
    HEIF) or as the unknown 'uuid' box it shows with -U (12.57 does only that), whose raw
    bytes start with the C2PA UUID."""
    report: dict[str, Any] = exiftool_json(path)
    if any(key.startswith(("JUMBF:", "JSON:")) for key in report):
        return True
    run = subprocess.run(
        [require_tool("exiftool"), "-U", "-b", "-QuickTime:UUID-Unknown", str(path)],
        capture_output=True,
        check=True,
    )
    return run.stdout.startswith(C.C2PA_UUID)


def test_c2pa_in_heif_is_read_out_as_high() -> None:
    data = C.heic_with_c2pa(SECRET)
    assert _c2pa(data) == [("high", "HEIF /uuid")]


@pytest.mark.parametrize("to", ["jpeg", "heic"])
def test_c2pa_in_heif_is_not_in_the_cleaned_copy(tmp_path: Path, to: str) -> None:
    data = C.heic_with_c2pa(SECRET)
    outcome = sanitize_bytes_detailed(data, "signed.heic", heic_to=to)
    assert outcome.data is not None and outcome.reencoded
    assert f"{C2PA_FIELD} [HEIF /uuid]" in outcome.removed
    assert SECRET not in outcome.data and C.C2PA_UUID not in outcome.data and b"jumb" not in outcome.data
    assert _c2pa(outcome.data) == []
    if to == "heic":
        assert C.top_level_boxes(outcome.data) == [b"ftyp", b"meta", b"mdat"]
    (tmp_path / "in.heic").write_bytes(data)
    (tmp_path / f"out.{to}").write_bytes(outcome.data)
    assert _exiftool_sees_c2pa(tmp_path / "in.heic"), "exiftool must see the fixture's manifest store"
    assert not _exiftool_sees_c2pa(tmp_path / f"out.{to}")
    after = exiftool_json(tmp_path / f"out.{to}")
    assert [k for k in after if "uuid" in k.lower() or "jumbf" in k.lower() or "c2pa" in k.lower()] == []


def test_the_raw_heif_check_refuses_any_other_top_level_box() -> None:
    """The second check, which shares no code with the read-out: a cleaned HEIC holds only
    ftyp, meta and mdat at the top."""
    clean = sanitize_bytes_detailed(C.heic_with_c2pa(SECRET), "signed.heic", heic_to="heic").data
    assert clean is not None and check.raw_problems("heif", clean) == []
    assert check.raw_problems("heif", clean + C.c2pa_uuid_box(SECRET)) == ["HEIF top-level box b'uuid'"]


def test_a_cleaner_that_keeps_the_box_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from evidence_vault.core.sanitize import heif

    real = heif.sanitize

    def leaky(data: bytes, *, to: str = "jpeg") -> Any:
        made = real(data, to=to)
        made.data += C.c2pa_uuid_box(SECRET)
        return made

    monkeypatch.setattr(heif, "sanitize", leaky)
    with pytest.raises(SanitizeRefused, match=r"^signed.heic: not sanitized, risky data remained") as refused:
        sanitize_bytes_detailed(C.heic_with_c2pa(SECRET), "signed.heic", heic_to="heic")
    assert any(left.startswith(C2PA_FIELD) for left in refused.value.remaining)
    assert "HEIF top-level box b'uuid'" in refused.value.remaining


def test_real_device_heic_with_c2pa(tmp_path: Path) -> None:
    """The iPhone and Nokia samples (when present beside the project): none has a manifest
    store of its own, and one added to each is read out and cleaned away."""
    samples = sorted(
        p for p in (require_samples() / "heic").glob("*") if p.suffix.lower() in (".heic", ".heif")
    )
    if not samples:
        pytest.skip("no HEIC/HEIF files in the real-device samples' heic/ folder")
    for path in samples:
        original = path.read_bytes()
        assert _c2pa(original) == [], path.name
        signed = C.heic_with_c2pa(SECRET, original)
        assert _c2pa(signed) == [("high", "HEIF /uuid")], path.name
        outcome = sanitize_bytes_detailed(signed, path.name)
        assert outcome.data is not None and outcome.content_type == "image/jpeg"
        assert f"{C2PA_FIELD} [HEIF /uuid]" in outcome.removed
        assert SECRET not in outcome.data and check.residual(analyse(Source.of(outcome.data))) == []
        (tmp_path / path.name).write_bytes(signed)
        (tmp_path / "out.jpg").write_bytes(outcome.data)
        assert _exiftool_sees_c2pa(tmp_path / path.name), path.name
        assert not _exiftool_sees_c2pa(tmp_path / "out.jpg"), path.name


def test_in_the_vault_the_report_says_the_credentials_go(vault: Vault, tmp_path: Path) -> None:
    """The export's risk report shows the manifest store as HIGH and removed; the stored
    derivative (a JPEG) has none of it, and custody lists it among what was removed."""
    from evidence_vault.core.custody import log as custody
    from evidence_vault.core.evidence import items
    from evidence_vault.core.evidence.importer import Importer
    from evidence_vault.core.sanitize import derivative_chunks, make_derivative, risk_report

    (tmp_path / "IMG_0001.HEIC").write_bytes(C.heic_with_c2pa(SECRET))
    Importer(vault).run([tmp_path / "IMG_0001.HEIC"])
    (item,) = items.list_items(vault.conn)
    report = risk_report(vault, item)
    assert report.cleanable
    plans = [(p.field.risk.value, p.action) for p in report.fields if p.field.field == C2PA_FIELD]
    assert plans == [("high", "removed")]
    made = make_derivative(vault, item)
    data = b"".join(derivative_chunks(vault.conn, made))
    assert made.content_type == "image/jpeg" and SECRET not in data and _c2pa(data) == []
    event = custody.latest(vault.conn, "item.derivative_made")
    assert event is not None and f"{C2PA_FIELD} [HEIF /uuid]" in event.body["params"]["removed"]
