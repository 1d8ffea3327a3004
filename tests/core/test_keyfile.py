"""vault.keys: fixed size, no structure visible, every slot tried every time."""

from __future__ import annotations

import collections
import math
from pathlib import Path

import pytest

from evidence_vault.core.crypto import afsplit, kdf, keyfile
from evidence_vault.core.crypto.keyfile import SlotKind, SlotPayload
from evidence_vault.core.errors import VaultDamaged


def _entropy_bits_per_byte(data: bytes) -> float:
    counts = collections.Counter(data)
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts.values())


@pytest.fixture
def key_path(tmp_path: Path) -> Path:
    path = tmp_path / "vault.keys"
    keyfile.create(path, kdf.TEST_WEAK_PARAMS)
    return path


class TestKeyFile:
    def test_fixed_size_and_mode(self, key_path: Path) -> None:
        assert key_path.stat().st_size == keyfile.FILE_SIZE
        assert key_path.stat().st_mode & 0o777 == 0o600

    def test_header_round_trips_parameters(self, key_path: Path) -> None:
        header, _ = keyfile.read(key_path)
        assert header.params == kdf.TEST_WEAK_PARAMS

    def test_no_readable_structure(self, key_path: Path) -> None:
        full = key_path.read_bytes()
        data = full[: keyfile.RESERVE_OFFSET] + full[-(1 << 20) :]  # slots, state and a slice of the reserve
        header = data[: keyfile.HEADER_SIZE]
        # Parameters are masked: small integers would otherwise show as runs of zero bytes.
        assert header.count(0) < 6
        assert _entropy_bits_per_byte(data) > 7.99

    def test_used_slot_indistinguishable_from_unused(self, key_path: Path) -> None:
        header, _ = keyfile.read(key_path)
        root = keyfile.root_key(b"secret", header)
        keyfile.write_slot(key_path, root, 3, SlotPayload(SlotKind.PASSPHRASE, b"k" * 32))
        data = key_path.read_bytes()
        slots = [
            data[
                keyfile.SLOTS_OFFSET + i * keyfile.SLOT_SIZE : keyfile.SLOTS_OFFSET
                + (i + 1) * keyfile.SLOT_SIZE
            ]
            for i in range(keyfile.SLOT_COUNT)
        ]
        entropies = [_entropy_bits_per_byte(s) for s in slots]
        assert max(entropies) - min(entropies) < 0.01
        assert b"k" * 32 not in data

    def test_slot_opens_only_with_its_secret(self, key_path: Path) -> None:
        header, _ = keyfile.read(key_path)
        payload = SlotPayload(SlotKind.RECOVERY, b"v" * 32, b"a" * 32)
        keyfile.write_slot(key_path, keyfile.root_key(b"right", header), 5, payload)
        _, data = keyfile.read(key_path)
        assert keyfile.open_slots(data, keyfile.root_key(b"right", header)) == [(5, payload)]
        assert keyfile.open_slots(data, keyfile.root_key(b"wrong", header)) == []

    @pytest.mark.parametrize("used_slot", [0, 7])
    def test_all_eight_slots_tried_whatever_opens(
        self, key_path: Path, used_slot: int, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        header, _ = keyfile.read(key_path)
        root = keyfile.root_key(b"secret", header)
        keyfile.write_slot(key_path, root, used_slot, SlotPayload(SlotKind.PASSPHRASE, b"k" * 32))
        _, data = keyfile.read(key_path)
        merges: list[int] = []
        real_merge = afsplit.merge
        monkeypatch.setattr(afsplit, "merge", lambda m, s: merges.append(1) or real_merge(m, s))
        for secret in (b"secret", b"wrong"):
            merges.clear()
            keyfile.open_slots(data, keyfile.root_key(secret, header))
            assert len(merges) == keyfile.SLOT_COUNT

    def test_erased_slot_no_longer_opens(self, key_path: Path) -> None:
        header, _ = keyfile.read(key_path)
        root = keyfile.root_key(b"secret", header)
        keyfile.write_slot(key_path, root, 2, SlotPayload(SlotKind.PASSPHRASE, b"k" * 32))
        before = key_path.read_bytes()
        keyfile.erase_slot(key_path, 2)
        after = key_path.read_bytes()
        start = keyfile.SLOTS_OFFSET + 2 * keyfile.SLOT_SIZE
        assert before[start : start + keyfile.SLOT_SIZE] != after[start : start + keyfile.SLOT_SIZE]
        assert keyfile.open_slots(after, root) == []

    def test_partly_overwritten_slot_is_useless(self, key_path: Path) -> None:
        header, _ = keyfile.read(key_path)
        root = keyfile.root_key(b"secret", header)
        keyfile.write_slot(key_path, root, 1, SlotPayload(SlotKind.PASSPHRASE, b"k" * 32))
        data = bytearray(key_path.read_bytes())
        middle = keyfile.SLOTS_OFFSET + keyfile.SLOT_SIZE + keyfile.SLOT_SIZE // 2
        data[middle : middle + 4096] = bytes(4096)
        assert keyfile.open_slots(bytes(data), root) == []

    def test_wrong_size_or_garbage_header_is_damage(self, key_path: Path, tmp_path: Path) -> None:
        short = tmp_path / "short.keys"
        short.write_bytes(key_path.read_bytes()[:-1])
        with pytest.raises(VaultDamaged):
            keyfile.read(short)
        garbage = tmp_path / "garbage.keys"
        data = bytearray(key_path.read_bytes())
        data[20] ^= 0xFF
        garbage.write_bytes(bytes(data))
        with pytest.raises(VaultDamaged):
            keyfile.read(garbage)

    def test_state_record_round_trip(self, key_path: Path) -> None:
        _, data = keyfile.read(key_path)
        assert keyfile.read_state(data, b"v" * 32) is None
        keyfile.write_state(key_path, b"v" * 32, 1, b"tree head")
        _, data = keyfile.read(key_path)
        assert keyfile.read_state(data, b"v" * 32) == (1, b"tree head")
        assert keyfile.read_state(data, b"w" * 32) is None
