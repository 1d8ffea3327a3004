"""Batch intake's verifying processes: one checks bundle after bundle, a dead one is replaced
(and its bundle fails with the reason), a cancel kills the one at work, and the verdicts are
those of ``bundle.read`` in this process."""

from __future__ import annotations

import hashlib
import os
import signal
import threading
from pathlib import Path

import pytest

from evidence_vault.core import bundle
from evidence_vault.core.bundle import batch_verify, recipients
from evidence_vault.core.bundle.errors import BundleError
from evidence_vault.core.child.channel import Cancelled
from tests.bundles import batch_kit


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> batch_kit.Kit:
    return batch_kit.make(tmp_path_factory.mktemp("verify"))


def test_one_process_checks_bundle_after_bundle(kit: batch_kit.Kit, tmp_path: Path) -> None:
    identity = recipients.load_identity_file(kit.key)
    bad = batch_kit.tampered(kit.good_a, tmp_path / "bad.evb")
    verifiers = batch_verify.Verifiers(identity)
    assert verifiers.in_child
    try:
        for path in (kit.good_a, kit.good_b, bad, kit.foreign, kit.good_a):
            report, manifest_sha256 = verifiers.verify(path, None)
            here = bundle.read(path, identity)
            assert (report.ok, report.bundle_id if here.ok else "", report.problems) == (
                here.ok,
                here.bundle_id if here.ok else "",
                here.problems,
            )
            assert report.file_sha256 == here.file_sha256
            if here.ok:
                assert manifest_sha256 == hashlib.sha256(here.manifest).hexdigest()
        assert verifiers.started == 1
    finally:
        verifiers.close()


def test_a_killed_process_fails_its_bundle_and_is_replaced(
    kit: batch_kit.Kit, monkeypatch: pytest.MonkeyPatch
) -> None:
    verifiers = batch_verify.Verifiers(recipients.load_identity_file(kit.key))
    try:
        verifiers.verify(kit.good_a, None)
        real_send = batch_verify.Channel.send

        def kill_then_send(self: batch_verify.Channel, *args: object) -> None:
            os.kill(self.pid, signal.SIGKILL)
            self.process.wait()
            real_send(self, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(batch_verify.Channel, "send", kill_then_send)
        with pytest.raises(BundleError, match="could not be verified: the verifying process was killed"):
            verifiers.verify(kit.good_b, None)
        monkeypatch.setattr(batch_verify.Channel, "send", real_send)
        report, _ = verifiers.verify(kit.good_b, None)
        assert report.ok and verifiers.started == 2
    finally:
        verifiers.close()


def test_cancel_kills_the_process_at_work(kit: batch_kit.Kit) -> None:
    verifiers = batch_verify.Verifiers(recipients.load_identity_file(kit.key))
    cancel = threading.Event()
    cancel.set()
    try:
        with pytest.raises(Cancelled):
            verifiers.verify(kit.good_a, cancel)
        report, _ = verifiers.verify(kit.good_a, None)  # a new one takes over
        assert report.ok and verifiers.started == 2
    finally:
        verifiers.close()


def test_without_a_child_the_bundle_is_read_here(kit: batch_kit.Kit, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_verify, "IN_CHILD", False)
    verifiers = batch_verify.Verifiers(recipients.load_identity_file(kit.key))
    report, digest = verifiers.verify(kit.good_b, None)
    assert report.ok and digest and verifiers.started == 0
