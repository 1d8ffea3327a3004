"""Units under the key file: KDF, anti-forensic split, canonical JSON, recovery codes."""

from __future__ import annotations

import hashlib

import pytest

from evidence_vault.core.crypto import afsplit, canonical, kdf, recovery
from evidence_vault.core.errors import UsageError, WeakKdfRefused


class TestKdf:
    def test_nfc_normalisation_makes_composed_and_decomposed_equal(self) -> None:
        composed = "Ў"  # U+040E
        decomposed = "У\u0306"  # У + combining breve
        assert composed != decomposed
        assert kdf.normalize_passphrase(composed) == kdf.normalize_passphrase(decomposed)

    def test_weak_parameters_refused_without_test_switch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv(kdf.WEAK_KDF_ENV)
        with pytest.raises(WeakKdfRefused):
            kdf.check_creatable(kdf.TEST_WEAK_PARAMS)
        kdf.check_creatable(kdf.KdfParams(kdf.MIN_OPSLIMIT, kdf.MIN_MEMLIMIT))

    def test_weak_parameters_allowed_with_test_switch(self) -> None:
        kdf.check_creatable(kdf.TEST_WEAK_PARAMS)
        assert kdf.default_params() == kdf.TEST_WEAK_PARAMS

    def test_calibration_never_goes_below_moderate(self) -> None:
        params = kdf.calibrate(target=0.01)
        assert params.opslimit >= kdf.MIN_OPSLIMIT
        assert params.memlimit >= kdf.MIN_MEMLIMIT
        assert not params.is_weak

    def test_derivation_depends_on_salt_and_secret(self) -> None:
        p = kdf.TEST_WEAK_PARAMS
        salt = bytes(16)
        a = kdf.derive(b"one", salt, p)
        assert a == kdf.derive(b"one", salt, p)
        assert a != kdf.derive(b"two", salt, p)
        assert a != kdf.derive(b"one", b"\x01" * 16, p)

    def test_out_of_range_parameters_rejected(self) -> None:
        with pytest.raises(ValueError):
            kdf.KdfParams(opslimit=0, memlimit=kdf.MIN_MEMLIMIT).validate()
        with pytest.raises(ValueError):
            kdf.KdfParams(opslimit=3, memlimit=1 << 40).validate()


class TestAfSplit:
    def test_round_trip(self) -> None:
        data = hashlib.sha512(b"payload").digest() + b"x" * 32
        material = afsplit.split(data, stripes=50)
        assert len(material) == len(data) * 50
        assert afsplit.merge(material, len(data), stripes=50) == data

    @pytest.mark.parametrize("position", [0, 1234, 96 * 49 + 5])
    def test_damaging_any_stripe_destroys_the_payload(self, position: int) -> None:
        data = bytes(range(96))
        material = bytearray(afsplit.split(data, stripes=50))
        material[position] ^= 0x01
        assert afsplit.merge(bytes(material), 96, stripes=50) != data

    def test_material_length_checked(self) -> None:
        with pytest.raises(ValueError):
            afsplit.merge(b"short", 96, stripes=50)


class TestCanonicalJson:
    def test_sorted_compact_utf8(self) -> None:
        assert (
            canonical.encode({"b": 1, "a": ["Ўсё", None, True]}) == '{"a":["Ўсё",null,true],"b":1}'.encode()
        )

    def test_control_characters_escaped_like_rfc8785(self) -> None:
        assert canonical.encode("\x1b\n\u2028") == b'"\\u001b\\n\xe2\x80\xa8"'

    @pytest.mark.parametrize("value", [1.5, 2**53, {"é": 1}, {1: 2}, b"bytes", "\ud800"])
    def test_values_outside_the_domain_refused(self, value: object) -> None:
        with pytest.raises(ValueError):
            canonical.encode(value)


class TestRecoveryCode:
    def test_format_is_ten_groups_of_four_digits(self) -> None:
        code = recovery.generate()
        groups = code.split("-")
        assert len(groups) == 10 and all(len(g) == 4 and g.isdigit() for g in groups)
        assert recovery.generate() != code

    def test_spacing_and_dashes_ignored(self) -> None:
        code = recovery.generate()
        assert recovery.normalize(code) == recovery.normalize(" ".join(code.split("-")))

    @pytest.mark.parametrize("bad", ["", "1234", "١٢٣٤" * 10, "a" * 40])
    def test_malformed_codes_refused(self, bad: str) -> None:
        with pytest.raises(UsageError):
            recovery.normalize(bad)
