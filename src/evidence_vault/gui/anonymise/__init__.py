"""Review of the faces found before anything is redacted (issue 20): a person sees the boxes
over the picture and corrects them.

- ``box_canvas.BoxCanvas``: the picture with editable boxes (add, move, resize, drop; keyboard
  too) and a "Show as published" preview; boxes in original-picture pixels.
- ``box_text.BoxSpeech``: the selected box in words, the canvas's accessible description
  ("Box 2 of 5, detected, score 0.92, 120 by 140 pixels at 300, 410.") for screen readers.
- ``photo_review.PhotoReview``: canvas, list of boxes, Add / Remove / Reset, Confirm.
- ``video_review.VideoReview``: a frame with the tracks' boxes, a slider, the tracks as bars,
  drop a track, add a box over a frame range; ``reviewed()`` for ``redact_video``.
- ``busy.FindingFaces``: "Finding faces… 40%" with Cancel, shown by both while the caller works.

Pictures come as numpy RGB arrays or QImages in memory; nothing here writes to disk.
"""

from __future__ import annotations

from .box_canvas import BoxCanvas
from .box_text import FixedBox
from .busy import FindingFaces
from .photo_review import PhotoReview
from .video_review import VideoReview

__all__ = ["BoxCanvas", "FindingFaces", "FixedBox", "PhotoReview", "VideoReview"]
