"""Issue 20 in the vault: a Matroska and a WebM recording exported with the sanitized
profile carry none of their tags, tracks, attachments or chapters (exiftool, the oracle,
agrees), keep every packet byte for byte, and are recorded in custody with both hashes; a
recording that cannot be proven clean is refused by name and leaves nothing stored."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import recipients
from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence import items
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media import store
from evidence_vault.core.sanitize import SanitizeRefused, derivatives, make_derivative, risk_report
from evidence_vault.core.session.vault import Vault
from tests.bundles import forge
from tests.sanitize import containers as C
from tests.sanitize import fixtures as F
from tests.support import exiftool_json

NAMES = {"rec.mkv": "matroska", "rec.webm": "webm"}
# exiftool's names for what the fixtures plant (title, artist, date, place, comment, encoder,
# attachments, chapters, track names, the subtitle track).
RISKY = ("title", "artist", "date", "location", "gps", "comment", "encoder", "attach", "chapter")
RISKY += ("trackname", "subtitle")


def _risky(report: dict[str, Any]) -> dict[str, Any]:
    """exiftool's tags naming any of RISKY (its own and the file system's groups left out),
    with Matroska's two mandatory application names, which must read a bare "Lavf"."""
    return {
        key: value
        for key, value in report.items()
        if not key.startswith(("System:", "ExifTool:", "File:"))
        and (any(word in key.lower() for word in RISKY) or str(value) == "Subtitle")
    }


@pytest.fixture
def sealed(vault: Vault, tmp_path: Path) -> tuple[Vault, dict[str, Any], dict[str, bytes], dict[str, bytes]]:
    """The two recordings imported, read, and sealed as sanitized copies to a journalist:
    the vault, the manifest, the members by path, and the originals by name."""
    (tmp_path / "src").mkdir()
    originals = {name: C.matroska(tmp_path / "src" / name, fmt) for name, fmt in NAMES.items()}
    for leftover in ("subs.srt", "subs.vtt"):
        (tmp_path / "src" / leftover).unlink()
    Importer(vault).run([tmp_path / "src"])
    store.analyse_pending(vault, workers=1)
    recipients.add(vault, "journalist", recipients.generate_identity_file(tmp_path / "journalist.key"))
    out = tmp_path / "public.evb"
    bundle.seal(vault, items.list_items(vault.conn), ["journalist"], out, profile="sanitized")
    members = dict(forge.take_apart(out, tmp_path / "journalist.key"))
    return vault, json.loads(members["manifest.json"]), members, originals


def test_the_originals_carry_what_the_profile_removes(
    sealed: tuple[Vault, dict[str, Any], dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    """The premise, as exiftool reads the fixtures: every kind of tag is there to be removed."""
    for name, data in sealed[3].items():
        (tmp_path / name).write_bytes(data)
        seen = exiftool_json(tmp_path / name)
        assert seen["Matroska:Title"] == "Recording QZXCANARY7"
        assert seen["Matroska:Location"] == C.PLACE
        assert "Phone Encoder QZXCANARY7" in json.dumps(seen)  # the video track's own tag
        assert seen["Chapter1:ChapterString"] == "Chapter QZXCANARY7"
        assert "Subtitle" in json.dumps(seen) and "captions QZXCANARY7" in json.dumps(seen)
        if name == "rec.mkv":
            assert seen["Matroska:AttachedFileName"] == "cover.jpg"  # the last of the two


def test_sanitized_copies_carry_none_of_it(
    sealed: tuple[Vault, dict[str, Any], dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    _vault, manifest, members, originals = sealed
    by_name = {f["original_name"]: f for f in manifest["files"]}
    assert sorted(by_name) == sorted(NAMES)
    for name, fmt in NAMES.items():
        entry = by_name[name]
        data = members[entry["path"]]
        assert entry["path"].endswith(Path(name).suffix)
        assert entry["content_type"] == ("video/webm" if fmt == "webm" else "video/x-matroska")
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] and len(data) == entry["size"]
        assert F.canary_in(originals[name]) and F.canary_in(data) == []
        assert C.PLACE.encode() not in data
        removed = entry["derivative"]["removed"]
        assert "1 chapters" in removed and any(r.startswith("subtitle track") for r in removed)
        assert any("LOCATION" in r for r in removed)
        if fmt == "matroska":
            assert any(r.startswith("attachment track") for r in removed)
            assert any(r.startswith("cover picture") for r in removed)
        path = tmp_path / f"out-{name}"
        path.write_bytes(data)
        seen = exiftool_json(path)
        assert seen["Matroska:DocType"] == fmt
        assert _risky(seen) == {}, name
        assert {seen["Matroska:MuxingApp"], seen["Matroska:WritingApp"]} == {"Lavf"}
        assert not any(key.startswith("Track3:") for key in seen)  # two tracks, no subtitle


def test_every_packet_is_the_originals(
    sealed: tuple[Vault, dict[str, Any], dict[str, bytes], dict[str, bytes]],
) -> None:
    _vault, manifest, members, originals = sealed
    for entry in manifest["files"]:
        copy = C.stream_packets(members[entry["path"]])
        assert copy == C.stream_packets(originals[entry["original_name"]])
        assert sorted(copy) == ["audio", "video"] and all(copy.values())


def test_custody_records_each_copy_with_both_hashes(
    sealed: tuple[Vault, dict[str, Any], dict[str, bytes], dict[str, bytes]],
) -> None:
    vault, manifest, _members, originals = sealed
    made = [e for e in custody.events(vault.conn) if e.body["action"] == "item.derivative_made"]
    assert len(made) == 2
    for item in items.list_items(vault.conn):
        assert item.sha256 == hashlib.sha256(originals[item.name]).hexdigest()  # the original, untouched
        (derivative,) = derivatives(vault.conn, item.id)
        (entry,) = [f for f in manifest["files"] if f["item_id"] == item.id]
        assert derivative.sha256 == entry["sha256"] and entry["original_sha256"] == item.sha256
        (event,) = [e for e in made if e.body["params"]["derivative_id"] == derivative.id]
        params = event.body["params"]
        assert params["original_sha256"] == item.sha256 and params["derivative_sha256"] == derivative.sha256
        assert params["removed"] == derivative.removed and params["content_type"] == derivative.content_type
        assert {item.sha256, derivative.sha256} <= set(event.body["objects"])


# -- refused ------------------------------------------------------------------------------
def _fake_webm(tmp_path: Path) -> bytes:
    """A Matroska recording (MPEG-4 video) whose EBML DocType says WebM: the cleaner keeps the
    family, and WebM cannot hold MPEG-4 video."""
    data = C.matroska(tmp_path / "build.mkv")
    at = data.index(b"\x42\x82\x88matroska")
    # DocType "webm", then a 4-byte Void where "matroska" was longer: no size changes.
    return data[:at] + b"\x42\x82\x84webm" + b"\xec\x82\x00\x00" + data[at + 11 :]


def _subtitles_only(tmp_path: Path) -> bytes:
    """A Matroska file holding a subtitle track and a font, and no picture or sound."""
    import av

    C.matroska(tmp_path / "build.mkv")  # leaves subs.srt beside it
    path = tmp_path / "captions.mkv"
    with av.open(str(tmp_path / "subs.srt")) as src, av.open(str(path), "w", format="matroska") as out:
        text = out.add_stream_from_template(src.streams[0])
        out.add_attachment("font-QZXCANARY7.ttf", "font/ttf", b"\x00\x01\x00\x00QZXCANARY7")
        for packet in src.demux(src.streams[0]):
            if packet.size:
                packet.stream = text
                out.mux(packet)
    return path.read_bytes()


def _stored(vault: Vault) -> tuple[int, int, int, list[str]]:
    """Blobs, chunks and derivatives stored, and the custody events' actions, save the
    vault's own bundle key (made at its first seal, whatever the seal's outcome)."""
    count = lambda table: vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    actions = [
        e.body["action"] for e in custody.events(vault.conn) if e.body["action"] != "bundle_key.created"
    ]
    return count("blobs"), count("chunks"), count("derivatives"), actions


@pytest.mark.parametrize(
    "name,build,reason",
    [
        (
            "fake.webm",
            _fake_webm,
            "its video track 0 (mpeg4) cannot be written as webm ('webm' format does not support "
            "'mpeg4' codec)",
        ),
        ("captions.mkv", _subtitles_only, "it has no video or audio stream"),
    ],
)
def test_a_recording_that_cannot_be_cleaned_is_refused_and_nothing_stored(
    vault: Vault, tmp_path: Path, name: str, build: Any, reason: str
) -> None:
    (tmp_path / name).write_bytes(build(tmp_path))
    Importer(vault).run([tmp_path / name])
    (item,) = items.list_items(vault.conn)
    before = _stored(vault)
    with pytest.raises(SanitizeRefused) as refused:
        make_derivative(vault, item)
    assert str(refused.value) == f"{name}: not sanitized, {reason}"
    assert _stored(vault) == before
    assert risk_report(vault, item).blocking == [reason]
    recipients.add(vault, "journalist", recipients.generate_identity_file(tmp_path / "journalist.key"))
    before = _stored(vault)
    out = tmp_path / "public.evb"
    with pytest.raises(SanitizeRefused, match=f"^{name}: not sanitized"):
        bundle.seal(vault, [item], ["journalist"], out, profile="sanitized")
    assert not out.exists() and not list(tmp_path.glob("public.evb*"))
    assert _stored(vault) == before
    assert derivatives(vault.conn, item.id) == []


def _segment_void(data: bytes) -> tuple[int, int]:
    """Where the first Void element directly inside the Segment starts and ends (FFmpeg
    reserves one after the SeekHead)."""

    def number(pos: int, keep_marker: bool) -> tuple[int, int]:
        length = 9 - data[pos].bit_length()
        value = int.from_bytes(data[pos : pos + length], "big")
        return (value if keep_marker else value & ((1 << (7 * length)) - 1)), length

    _header, id_len = number(0, True)
    header_size, size_len = number(id_len, False)
    pos = id_len + size_len + header_size  # the Segment
    _segment, id_len = number(pos, True)
    _size, size_len = number(pos + id_len, False)
    pos += id_len + size_len
    while True:
        element, id_len = number(pos, True)
        size, size_len = number(pos + id_len, False)
        if element == 0xEC:
            return pos, pos + id_len + size_len + size
        pos += id_len + size_len + size


def _element(element: bytes, payload: bytes) -> bytes:
    return element + (0x01 << 56 | len(payload)).to_bytes(8, "big") + payload


def test_an_element_the_walk_cannot_prove_clean_refuses_and_stores_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A muxer that left a tag behind (here a remux that writes a Tags element naming the
    owner where FFmpeg reserved a Void): the copy's packets are right, but the EBML walk and
    the read-out find the tag; the streamed blob is discarded."""
    from evidence_vault.core.sanitize import video

    (tmp_path / "rec.mkv").write_bytes(C.matroska(tmp_path / "rec.mkv"))
    Importer(vault).run([tmp_path / "rec.mkv"])
    (item,) = items.list_items(vault.conn)
    before = _stored(vault)
    real = video.remux

    def leaky(inp: Any, out: Any, *, digest: bool = True) -> Any:
        made = real(inp, out, digest=digest)
        out.seek(0)
        start, end = _segment_void(out.read())
        tag = _element(b"\x67\xc8", _element(b"\x45\xa3", b"ARTIST") + _element(b"\x44\x87", b"QZXCANARY7"))
        body = _element(b"\x73\x73", _element(b"\x63\xc0", b"") + tag)
        pad = end - start - len(_element(b"\x12\x54\xc3\x67", body)) - 9
        assert pad >= 0
        out.seek(start)
        out.write(_element(b"\x12\x54\xc3\x67", body + _element(b"\xec", bytes(pad))))
        return made

    monkeypatch.setattr(video, "remux", leaky)
    with pytest.raises(SanitizeRefused) as refused:
        make_derivative(vault, item)
    assert str(refused.value).startswith("rec.mkv: not sanitized, risky data remained after cleaning")
    assert "Matroska tag b'ARTIST'" in refused.value.remaining
    assert any(left.startswith("ARTIST = 'QZXCANARY7'") for left in refused.value.remaining)
    assert _stored(vault) == before
    assert derivatives(vault.conn, item.id) == []
