"""UI responsiveness during a large import, through the real desktop window.

Opens the app window offscreen on a fresh vault, imports one file (1 GiB by
default) with the real import dialog, and measures the gaps between ticks of a
10 ms QTimer on the UI thread. Prints the longest gap and the 99th percentile.

    .venv/bin/python benchmarks/ui_stall.py [--size-mb 1024]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the vault and the file")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="ev-stall-", dir=args.dir))
    for name in ("home", "config", "data", "cache"):
        (work / name).mkdir()
    os.environ.update(
        HOME=str(work / "home"),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        EVIDENCE_VAULT_TEST_WEAK_KDF="1",  # the key derivation is not what is measured
    )
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from evidence_vault.core.session.vault import Vault
    from evidence_vault.gui.app import AppWindow, make_app

    try:
        source = work / "big.bin"
        block = os.urandom(1 << 20)
        with open(source, "wb") as handle:
            for i in range(args.size_mb):
                handle.write(block[i % 256 :] + block[: i % 256])  # distinct chunks
        vault_dir = work / "vault"
        vault, _code = Vault.create(vault_dir, "benchmark passphrase")

        make_app([])
        window = AppWindow(vault_dir)
        window.show()
        window.open_session(vault)

        gaps: list[float] = []
        clock = QElapsedTimer()
        timer = QTimer()
        timer.setInterval(10)
        last = [0]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        timer.timeout.connect(tick)
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)  # let the window settle first
        loop.exec()

        clock.start()
        timer.start()
        started = time.perf_counter()
        dialog = window.start_import([source])
        assert dialog is not None
        # An event loop, not a processEvents() polling loop: PySide6 6.12's
        # processEvents(flags, maxtime) overload corrupts None's reference count.
        done = QEventLoop()
        dialog.finished_import.connect(lambda _summary: done.quit())
        if dialog.summary is None:
            done.exec()
        elapsed = time.perf_counter() - started
        timer.stop()
        window.close()

        gaps = gaps[1:]
        ordered = sorted(gaps)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        result = {
            "file_mb": args.size_mb,
            "import_seconds": round(elapsed, 2),
            "throughput_mb_s": round(args.size_mb / elapsed, 1),
            "ticks": len(gaps),
            "timer_interval_ms": 10,
            "max_gap_ms": round(max(gaps), 1),
            "p99_gap_ms": round(p99, 1),
            "median_gap_ms": round(statistics.median(gaps), 1),
            "status": dialog.summary.results[0].status.value,
        }
        print(json.dumps(result, indent=2))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
