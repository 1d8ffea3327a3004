"""Finding faces leaves nothing on disk outside the vault: onnxruntime writes a telemetry
device ID under ~/.cache on import unless stopped (found by packaging/check-build.sh)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_detection_writes_nothing_under_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"} | {"HOME": str(home)}
    code = (
        "import numpy as np\n"
        "from evidence_vault.core.anonymise.faces import FaceDetector\n"
        "print(FaceDetector().detect(np.zeros((64, 64, 3), dtype=np.uint8)))\n"
        "import os\n"
        "assert 'XDG_CACHE_HOME' not in os.environ  # put back as it was\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stderr
    assert [str(p.relative_to(home)) for p in home.rglob("*")] == []
    assert (
        "XDG_CACHE_HOME" not in os.environ
        or os.environ["XDG_CACHE_HOME"] != "/proc/self/evidence-vault-keeps-no-cache"
    )
