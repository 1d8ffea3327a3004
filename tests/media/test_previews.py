"""Previews in two stages: the embedded EXIF thumbnail first, then the picture, checked.

Stage 1 (the read-out) shows a JPEG's own IFD1 thumbnail when it is usable; stage 2
decodes the picture, replaces the preview and compares the two. Fixtures are built here
(builders.photo writes the IFD1 thumbnail Pillow cannot).
"""

from __future__ import annotations

import io
import json
import threading
from pathlib import Path

import pytest
from PIL import Image

from evidence_vault.core.custody import log as custody
from evidence_vault.core.evidence.importer import Importer
from evidence_vault.core.media import images, previews, results, store
from evidence_vault.core.media.extract import analyse
from evidence_vault.core.media.model import Analysis, Risk
from evidence_vault.core.media.source import Source
from evidence_vault.core.session.vault import Vault
from tests.media import builders as b

DIFFERS = previews.DIFFERS_FIELD


def size_of(jpeg: bytes | None) -> tuple[int, int]:
    assert jpeg is not None
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.format == "JPEG"
        return image.size


def differs(result: Analysis) -> list[str]:
    return [f.value for f in result.fields if f.field == DIFFERS and f.risk is Risk.HIGH]


# -- stage 1: which preview ------------------------------------------------------------------
class TestStageOne:
    def test_matching_thumbnail_is_the_preview(self) -> None:
        scene = b.scene()
        result = analyse(Source.of(b.photo(scene, scene.resize((160, 120)))))
        assert result.problems == []
        assert result.facts["preview_source"] == "exif-thumbnail"
        assert "thumbnail_check" not in result.facts  # left to stage 2
        assert size_of(result.preview) == (160, 120)  # the thumbnail's size, not the picture's
        assert differs(result) == []

    def test_thumbnail_gets_the_pictures_orientation(self) -> None:
        scene = b.scene()
        result = analyse(Source.of(b.photo(scene, scene.resize((160, 120)), orientation=6)))
        assert result.facts["preview_source"] == "exif-thumbnail"
        assert size_of(result.preview) == (120, 160)  # a quarter turn, as the picture is shown

    def test_thumbnail_stored_already_turned_is_used_as_it_is(self) -> None:
        scene = b.scene()
        turned = scene.transpose(Image.Transpose.ROTATE_270).resize((120, 160))
        result = analyse(Source.of(b.photo(scene, turned, orientation=6)))
        assert result.facts["preview_source"] == "exif-thumbnail"
        assert size_of(result.preview) == (120, 160)

    def test_no_thumbnail_decodes_the_picture(self) -> None:
        result = analyse(Source.of(b.photo(b.scene(), None)))
        assert result.facts["preview_source"] == "picture"
        assert size_of(result.preview) == (256, 192)
        assert "thumbnail_check" not in result.facts

    @pytest.mark.parametrize(
        "thumb",
        [
            b"\xff\xd8\xff\xe0 not a JPEG at all",
            b"",  # zero length
            None,  # replaced below by a truncated JPEG
        ],
        ids=["garbage", "empty", "truncated"],
    )
    def test_corrupt_thumbnail_decodes_the_picture(self, thumb: bytes | None) -> None:
        if thumb is None:
            thumb = b.jpeg_bytes(b.scene().resize((160, 120)))[:700]
        result = analyse(Source.of(b.photo(b.scene(), thumb)))
        assert result.facts["preview_source"] == "picture"
        assert size_of(result.preview) == (256, 192)
        assert differs(result) == []  # broken is not "different": the field says "not decodable"

    def test_thumbnail_of_another_shape_decodes_the_picture_and_is_flagged(self) -> None:
        scene = b.scene()
        result = analyse(Source.of(b.photo(scene, scene.resize((160, 90)))))
        assert result.facts["preview_source"] == "picture"
        assert result.facts["thumbnail_check"] == "differs"
        assert any("shape (160×90)" in text for text in differs(result))

    def test_thumbnails_outside_the_limits_are_not_used(self) -> None:
        scene = b.scene()
        huge = scene.resize((1280, 960))  # over 1024×1024 pixels: not a thumbnail
        png = io.BytesIO()
        scene.resize((160, 120)).save(png, "PNG")  # decodable, but not a JPEG
        tiny = scene.resize((12, 9))
        for thumb in (huge, png.getvalue(), tiny):
            result = analyse(Source.of(b.photo(scene, thumb)))
            assert result.facts["preview_source"] == "picture", thumb
            assert size_of(result.preview) == (256, 192)

    def test_thumbnail_bomb_is_refused_before_decoding(self) -> None:
        header = bytearray(b.jpeg_bytes(b.scene().resize((160, 120))))
        sof = header.index(b"\xff\xc0")
        for side in (3000, 60000):  # over our limit; over Pillow's bomb limit too
            header[sof + 5 : sof + 9] = side.to_bytes(2, "big") + side.to_bytes(2, "big")
            embedded = previews.embedded_view(bytes(header), (480, 360), 1)
            assert embedded.view is None, side
        assert "3000×3000 is not a thumbnail's size" in (
            previews.embedded_view(
                bytes(header[: sof + 5]) + (3000).to_bytes(2, "big") * 2 + bytes(header[sof + 9 :]),
                (480, 360),
                1,
            ).problem
            or ""
        )

    def test_sanitizer_read_out_makes_no_preview_and_decodes_nothing(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def no(*_: object) -> None:
            raise AssertionError("decoded a picture for a read-out without preview")

        monkeypatch.setattr(images, "picture_view", no)
        monkeypatch.setattr(images, "embedded_view", no)
        scene = b.scene()
        result = analyse(Source.of(b.photo(scene, b.scene(seed=4).resize((160, 120)))), preview=False)
        assert result.preview is None and "preview_source" not in result.facts
        assert any(f.field == "Embedded thumbnail" for f in result.fields)


# -- stage 2: the picture, and the comparison ---------------------------------------------------
class TestStageTwo:
    def test_matching_thumbnail_gives_no_field(self) -> None:
        scene = b.scene()
        result = images.check_preview(Source.of(b.photo(scene, scene.resize((160, 120)))))
        assert result.problems == []
        assert result.facts == {"preview_source": "picture", "thumbnail_check": "matches"}
        assert size_of(result.preview) == (256, 192)
        assert result.fields == []

    def test_thumbnail_of_another_picture_is_a_high_field(self) -> None:
        data = b.photo(b.scene(seed=1), b.scene(seed=5).resize((160, 120)))
        first = analyse(Source.of(data))
        assert first.facts["preview_source"] == "exif-thumbnail"  # same shape: shown at first
        result = images.check_preview(Source.of(data))
        assert result.facts["thumbnail_check"] == "differs"
        (field,) = result.fields
        assert field.field == DIFFERS and field.risk is Risk.HIGH and field.location == "EXIF IFD1"
        assert field.rule == "thumbnail-differs"

    def test_cropped_picture_whose_thumbnail_shows_the_original(self) -> None:
        original = b.scene((640, 480), seed=2)
        cropped = original.crop((200, 150, 600, 450)).resize((480, 360))  # same shape, other view
        result = images.check_preview(Source.of(b.photo(cropped, original.resize((160, 120)))))
        assert [f.field for f in result.fields] == [DIFFERS]

    def test_undecodable_picture_is_a_problem_not_a_raise(self) -> None:
        data = b.photo(b.scene(), b.scene().resize((160, 120)))
        sos = data.rindex(b"\xff\xda")
        result = images.check_preview(Source.of(data[: sos + 40]))
        assert result.preview is None or result.problems


# -- in the vault: both stages, custody, batching ----------------------------------------------
def _import(vault: Vault, tmp_path: Path, photos: dict[str, bytes]) -> list[int]:
    paths = []
    for name, data in photos.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    Importer(vault).run(paths)
    return results.pending(vault.conn)


def _events(vault: Vault, action: str) -> list[dict[str, object]]:
    rows = vault.conn.execute("SELECT body FROM custody WHERE action = ? ORDER BY seq", (action,))
    return [json.loads(bytes(row[0])) for row in rows]


def test_stage_two_replaces_the_preview_and_records_the_difference(vault: Vault, tmp_path: Path) -> None:
    scene = b.scene()
    same, other = _import(
        vault,
        tmp_path,
        {
            "same.jpg": b.photo(scene, scene.resize((160, 120))),
            "other.jpg": b.photo(scene, b.scene(seed=7).resize((160, 120))),
        },
    )
    summary = store.analyse_pending(vault, check=False)
    assert summary.analysed == 2 and summary.checked == 0
    assert results.pending_checks(vault.conn) == [same, other]
    for item_id in (same, other):
        info = results.load(vault.conn, item_id)
        assert info is not None and info.preview_unchecked
        assert size_of(results.preview(vault.conn, item_id)) == (160, 120)
        assert not [f for f in info.fields if f.field == DIFFERS]

    summary = store.analyse_pending(vault)
    assert summary.analysed == 0 and summary.checked == 2 and summary.differs == 1
    assert results.pending_checks(vault.conn) == []
    for item_id, check in ((same, "matches"), (other, "differs")):
        info = results.load(vault.conn, item_id)
        assert info is not None and not info.preview_unchecked and info.preview_check == check
        assert info.facts["preview_source"] == "picture"
        assert size_of(results.preview(vault.conn, item_id)) == (256, 192)  # decoded from the picture
    flagged = results.load(vault.conn, other)
    assert flagged is not None
    assert [f.risk for f in flagged.fields] == sorted((f.risk for f in flagged.fields), key=lambda r: r.rank)
    assert [f.location for f in flagged.fields if f.field == DIFFERS] == ["EXIF IFD1"]
    same_info = results.load(vault.conn, same)
    assert same_info is not None and not [f for f in same_info.fields if f.field == DIFFERS]

    checked = {e["items"][0]: e for e in _events(vault, "item.preview_checked")}  # type: ignore[index]
    assert {k: e["params"]["check"] for k, e in checked.items()} == {same: "matches", other: "differs"}  # type: ignore[index]
    stored = vault.conn.execute("SELECT sha256 FROM media_previews WHERE item_id = ?", (other,)).fetchone()
    assert checked[other]["params"]["preview_sha256"] == bytes(stored[0]).hex()  # type: ignore[index]
    assert checked[other]["params"]["fields_added"] == {"high": 1, "medium": 0, "low": 0}  # type: ignore[index]
    assert custody.verify(vault.conn, vault.verify_key) == []
    assert store.analyse_pending(vault).checked == 0  # nothing left to check


def test_one_run_does_both_stages_with_one_event_each(vault: Vault, tmp_path: Path) -> None:
    scene = b.scene()
    ids = _import(
        vault,
        tmp_path,
        {f"p{n}.jpg": b.photo(b.scene(seed=n), b.scene(seed=n).resize((160, 120))) for n in range(3)}
        | {"plain.jpg": b.photo(scene, None)},
    )
    stages: list[int] = []
    summary = store.analyse_pending(vault, progress=lambda p: stages.append(p.stage))
    assert summary.analysed == 4 and summary.checked == 3 and summary.errors == []
    assert stages == [1] * 4 + [2] * 3 + [4] * 4  # every read-out before any check; hashes last
    for action, expected in (("item.metadata_read", ids), ("item.preview_checked", ids[:3])):
        assert sorted(e["items"][0] for e in _events(vault, action)) == expected  # type: ignore[index]


def test_batched_saves_keep_one_event_per_item_and_survive_cancel(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "BATCH_ITEMS", 2)
    ids = _import(vault, tmp_path, {f"p{n}.jpg": b.photo(b.scene(seed=n), None) for n in range(7)})
    cancel = threading.Event()
    commits: list[int] = []
    original_flush, original_run = store._Writer.flush, store._run
    runs: list[int] = []

    def flush(self: store._Writer, conn: object) -> None:
        commits.append(len(self.batch))
        original_flush(self, conn)  # type: ignore[arg-type]

    def run(*args: object, **kwargs: object) -> object:
        runs.append(1)
        if len(runs) == 4:  # Cancel is pressed while the fourth item is in the child
            cancel.set()
        return original_run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store._Writer, "flush", flush)
    monkeypatch.setattr(store, "_run", run)
    summary = store.analyse_pending(vault, cancel=cancel, workers=1)
    assert summary.cancelled and summary.analysed == 3  # a batch of 2, and 1 committed on cancel
    assert max(commits) <= 2  # never more than BATCH_ITEMS in one transaction
    saved = [e["items"][0] for e in _events(vault, "item.metadata_read")]  # type: ignore[index]
    assert len(saved) == summary.analysed == len(set(saved))
    assert sorted(saved + results.pending(vault.conn)) == ids  # saved ones are done, the rest pending

    summary = store.analyse_pending(vault, workers=2)
    assert summary.analysed == len(ids) - len(saved)
    saved = [e["items"][0] for e in _events(vault, "item.metadata_read")]  # type: ignore[index]
    assert sorted(saved) == ids  # each item exactly once
    assert custody.verify(vault.conn, vault.verify_key) == []


def test_an_item_that_cannot_be_saved_does_not_take_its_batch_with_it(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _import(vault, tmp_path, {f"p{n}.jpg": b.photo(b.scene(seed=n), None) for n in range(4)})
    original = results.write_analysis

    def write(vault: Vault, tx: object, item: object, *args: object) -> None:
        if getattr(item, "id", None) == ids[1]:
            tx.execute("INSERT INTO media_analysis (item_id) VALUES (NULL)")  # type: ignore[attr-defined]
        original(vault, tx, item, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "write_analysis", write)
    summary = store.analyse_pending(vault, workers=1, check=False)
    assert summary.analysed == 3 and len(summary.errors) == 1 and f"item {ids[1]}" in summary.errors[0]
    assert results.pending(vault.conn) == [ids[1]]
    assert sorted(e["items"][0] for e in _events(vault, "item.metadata_read")) == [  # type: ignore[index]
        ids[0],
        ids[2],
        ids[3],
    ]
    assert custody.verify(vault.conn, vault.verify_key) == []


def test_a_check_that_fails_keeps_the_thumbnail_and_says_so(vault: Vault, tmp_path: Path) -> None:
    scene = b.scene()
    (item_id,) = _import(vault, tmp_path, {"p.jpg": b.photo(scene, scene.resize((160, 120)))})
    store.analyse_pending(vault, check=False)
    before = results.preview(vault.conn, item_id)
    from evidence_vault.core.evidence.items import resolve

    item = resolve(vault.conn, str(item_id))
    with vault.transaction() as tx:
        assert results.write_check(
            vault, tx, item, Analysis(), "metadata could not be read: the decoder crashed"
        )
    info = results.load(vault.conn, item_id)
    assert info is not None and info.preview_check == "failed" and not info.preview_unchecked
    assert results.preview(vault.conn, item_id) == before
    assert results.pending_checks(vault.conn) == []
    (event,) = _events(vault, "item.preview_checked")
    assert event["params"]["check"] == "failed"  # type: ignore[index]


def test_stage_two_waits_while_an_import_runs(vault: Vault, tmp_path: Path) -> None:
    scene = b.scene()
    _import(vault, tmp_path, {"p.jpg": b.photo(scene, scene.resize((160, 120)))})
    store.analyse_pending(vault, check=False)
    done: list[store.AnalyseSummary] = []
    with vault.importing():
        worker = threading.Thread(target=lambda: done.append(store.analyse_pending(vault)))
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive() and len(results.pending_checks(vault.conn)) == 1
    worker.join(timeout=60)
    assert done and done[0].checked == 1
