"""Custody events in words (core/custody/readable.py): every sentence is filled, keeps the
hashes that identify what happened, and cannot be turned into something else by a name."""

from __future__ import annotations

import string

from evidence_vault.core.custody import readable
from evidence_vault.core.custody.log import Event

SHA = "ab" * 32
OTHER_SHA = "cd" * 32


def event(action: str, params: dict[str, object], items: list[int] | None = None) -> Event:
    body = {"action": action, "time": "2026-03-02T10:41:05.123456Z", "items": items or [], "params": params}
    return Event(seq=7, body=body, hash=b"\0" * 32, sig=b"\0" * 64)


def test_every_sentence_names_only_values_it_is_given() -> None:
    for action, (template, _values) in readable.SENTENCES.items():
        wanted = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        kind, _, value = action.partition(":")
        said = readable.readable(event(kind, {readable.VARIANTS.get(kind, ""): value} if value else {}))
        assert said.template == template, action
        assert set(said.values) - {"items"} == wanted - {"items"}, action  # items: always there
        assert wanted <= set(said.values), action
        assert "{" not in said.english(), action


def test_an_import_says_what_where_and_which_hash() -> None:
    said = readable.readable(
        event(
            "item.imported",
            {"sha256": SHA, "size": 3_400_000, "content_type": "image/jpeg", "source_name": "IMG_1.jpg"},
            [3],
        ),
        "#3 IMG_1.jpg",
    ).english()
    assert said == "Imported #3 IMG_1.jpg (3.4 MB, image/jpeg) from “IMG_1.jpg”; SHA-256 abababababababab…."


def test_a_cleaned_copy_names_both_hashes_and_what_was_removed() -> None:
    said = readable.readable(
        event(
            "item.derivative_made",
            {
                "original_sha256": SHA,
                "derivative_sha256": OTHER_SHA,
                "content_type": "image/jpeg",
                "removed": ["GPSLatitude", "BodySerialNumber"],
            },
            [3],
        )
    ).english()
    assert "original SHA-256 abababababababab…" in said and "copy SHA-256 cdcdcdcdcdcdcdcd…" in said
    assert "removed: GPSLatitude, BodySerialNumber" in said and "#3" in said


def test_an_unknown_action_is_shown_by_name_with_its_details_in_words() -> None:
    said = readable.readable(event("item.something_new", {"sha256": SHA, "tags": ["a", "b"], "n": 2}))
    assert said.english() == "item.something_new: sha256: abababababababab…; tags: a, b; n: 2"


def test_a_hostile_name_cannot_rewrite_the_sentence() -> None:
    """A file name with a right-to-left override and an escape sequence is shown escaped."""
    params = {"sha256": SHA, "size": 1, "content_type": "x", "source_name": "evil\u202egpj.exe\x1b[2J"}
    said = readable.readable(event("item.imported", params)).english()
    assert "\u202e" not in said and "\x1b" not in said
    assert "\\u202e" in said and "\\x1b" in said


def test_times_are_utc_and_say_so() -> None:
    assert readable.when(event("item.viewed", {})) == "2026-03-02 10:41:05 UTC"


def test_a_preview_that_differs_is_said_plainly() -> None:
    differs = readable.readable(event("item.preview_checked", {"check": "differs"}, [2])).english()
    assert differs.startswith("The preview embedded in #2 differs from the picture")
    odd = readable.readable(event("item.preview_checked", {"check": "not decodable"}, [2])).english()
    assert odd == "The preview embedded in #2 could not be compared with the picture (not decodable)."


def test_provenance_events_say_the_verdict_and_a_change_plainly() -> None:
    def said(verdict: str) -> str:
        params = {"verdict": verdict, "signer": "Field Camera 7", "sha256": SHA}
        return readable.readable(event("item.provenance_read", params, [4])).english()

    assert "signed by Field Camera 7 and unchanged since" in said("signed_intact_untrusted")
    assert "no installed trust anchor vouches" in said("signed_intact_untrusted")
    assert "ends at an installed trust anchor" in said("signed_intact_trusted")
    assert "CHANGED after Field Camera 7 signed it" in said("changed_after_signing")
    assert said("absent") == "#4 carries no Content Credentials (C2PA)."
    assert said("invalid_signature").endswith("the verdict: invalid signature.")
    checked = {"signatures": [{"verdict": "valid"}, {"verdict": "bad"}, {"verdict": "valid"}]}
    proofs = readable.readable(event("item.proof_checked", checked, [4])).english()
    assert "2 of 3 signature(s) valid" in proofs
    added = {"attachments": [{"name": "pubkey.asc"}, {"name": "a.proof.csv"}]}
    assert readable.readable(event("item.attachments_added", added, [4])).english() == (
        "2 proof file(s) were stored beside #4: pubkey.asc, a.proof.csv."
    )
