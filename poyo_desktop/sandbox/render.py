"""Render the sandbox's simulated result video with Qt's own FFmpeg.

This module is the *child* side of rendering: the server never imports Qt, it runs
``render_command([...])`` as a subprocess (see :mod:`poyo_desktop.sandbox.video`) so a slow
or crashing render can neither block nor take down the HTTP server. Qt is imported lazily
inside the functions that need it, so importing this module (for ``render_command``) is cheap.

The picture: a slow "Ken Burns" zoom and pan over the start image; with an end image
(``kling-2.1/pro``) the camera eases into a cross-fade that lands exactly on the end image,
the way an end-frame-guided model would. A small caption says the video is simulated.
Output is MPEG-4 Part 2 in an MP4 container (Qt's LGPL FFmpeg has no H.264 encoder).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QCoreApplication, QSize
    from PySide6.QtMultimedia import QMediaCaptureSession, QMediaRecorder, QVideoFrameInput

    from poyo_desktop.sandbox.frames import Frames

CAPTION = "PoYo sandbox · simulated"
DEFAULT_FPS = 24
DEFAULT_LONG_SIDE = 960
MAX_ZOOM = 1.18  # how far the camera pushes in over the whole clip
RENDER_TIMEOUT_S = 300.0

# Exit codes of ``main``: the server turns anything non-zero into a failed task.
EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_RENDER_FAILED = 3


class RenderError(Exception):
    """A render that could not produce a playable file; the message is shown to people."""


def render_command(args: list[str]) -> list[str]:
    """The command line that runs the renderer in a child process.

    A frozen app (PyInstaller) has no ``-m``: its entry point dispatches ``--sandbox-render``
    to :func:`main` instead.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, "--sandbox-render", *args]
    return [sys.executable, "-m", "poyo_desktop.sandbox.render", *args]


@dataclass(frozen=True, slots=True)
class RenderJob:
    """Everything one render needs; built from the command line."""

    start: Path
    out: Path
    end: Path | None = None
    duration: float = 5.0
    fps: int = DEFAULT_FPS
    long_side: int = DEFAULT_LONG_SIDE
    seed: int = 0
    caption: str = CAPTION

    @property
    def frame_count(self) -> int:
        return max(1, round(self.duration * self.fps))


def output_size(width: int, height: int, long_side: int) -> tuple[int, int]:
    """Keep the source aspect ratio, scale the long side to ``long_side``, round to even sizes.

    Even dimensions are required by the YUV 4:2:0 encoder.
    """
    if width <= 0 or height <= 0:
        raise RenderError("the image has no pixels")
    long_side = max(16, long_side - long_side % 2)
    scale = long_side / max(width, height)
    # At least 16 px a side: encoders refuse slivers (absurd aspect ratios get squeezed).
    w = max(16, round(width * scale / 2) * 2)
    h = max(16, round(height * scale / 2) * 2)
    return w, h


def ease(t: float) -> float:
    """Smooth start and stop (cosine ease-in-out), so the camera never jerks."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)


@dataclass(frozen=True, slots=True)
class Camera:
    """Where the virtual camera looks: zoom ≥ 1 and the centre of view (0..1 of the image)."""

    zoom: float
    cx: float
    cy: float


def camera_path(t: float, seed: int) -> Camera:
    """The Ken Burns move at time ``t`` (0..1) of the clip.

    Frame 0 shows the whole start image, as a start-frame-guided model does; the camera then
    pushes in towards a point chosen from ``seed``, so different pictures move differently
    but the same picture always renders the same video (renders are cached).
    """
    angle = (seed % 360) * math.pi / 180.0
    s = ease(t)
    zoom = 1.0 + (MAX_ZOOM - 1.0) * s
    # The largest centre offset that keeps the crop inside the image at this zoom.
    slack = 0.5 - 0.5 / zoom
    reach = 0.85 * slack
    return Camera(zoom, 0.5 + reach * math.cos(angle), 0.5 + reach * math.sin(angle))


def crossfade(t: float, has_end: bool) -> float:
    """Opacity of the end image at ``t``: none without one, else eased in to full by 90 %."""
    if not has_end:
        return 0.0
    return ease((t - 0.35) / 0.55)


def parse_args(argv: list[str]) -> RenderJob:
    parser = argparse.ArgumentParser(
        prog="poyo_desktop.sandbox.render",
        description="Render the PoYo sandbox's simulated video (an MP4) from a start image.",
    )
    parser.add_argument("--start", type=Path, required=True, help="start image (first frame)")
    parser.add_argument("--end", type=Path, default=None, help="optional end image (last frame)")
    parser.add_argument("--out", type=Path, required=True, help="output .mp4 path")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds (default 5)")
    parser.add_argument("--fps", type=int, default=DEFAULT_FPS)
    parser.add_argument("--long-side", type=int, default=DEFAULT_LONG_SIDE)
    parser.add_argument("--seed", type=int, default=0, help="chooses the camera move")
    parser.add_argument("--caption", default=CAPTION)
    ns = parser.parse_args(argv)
    if not 0 < ns.duration <= 60:
        parser.error("--duration must be between 0 and 60 seconds")
    if not 1 <= ns.fps <= 60:
        parser.error("--fps must be between 1 and 60")
    if not 16 <= ns.long_side <= 4096:
        parser.error("--long-side must be between 16 and 4096")
    return RenderJob(
        start=ns.start,
        end=ns.end,
        out=ns.out,
        duration=ns.duration,
        fps=ns.fps,
        long_side=ns.long_side,
        seed=ns.seed,
        caption=ns.caption,
    )


# --- Qt side (the frames themselves: sandbox/frames.py) ---------------------------------


def render(job: RenderJob, timeout_s: float = RENDER_TIMEOUT_S) -> Path:
    """Encode the clip to ``job.out``; raises :class:`RenderError` when no good file results.

    Needs a ``QGuiApplication`` (fonts, image plugins); :func:`main` makes one.
    """
    from PySide6.QtCore import QCoreApplication, QSize

    from poyo_desktop.sandbox.frames import Frames

    app = QCoreApplication.instance()
    if app is None:
        raise RenderError("render() needs a QGuiApplication")
    frames = Frames(job)
    size = QSize(frames.width, frames.height)
    job.out.parent.mkdir(parents=True, exist_ok=True)
    if job.out.exists():
        job.out.unlink()
    # The session joins the input to the recorder: it is kept until the file is written.
    video_input, _session, recorder = _recorder(job, size)
    sent, errors = _record(app, job, frames, video_input, recorder, timeout_s)

    if errors:
        raise RenderError(errors[0])
    if sent < job.frame_count:
        raise RenderError(f"only {sent} of {job.frame_count} frames were encoded")
    written = Path(recorder.actualLocation().toLocalFile() or job.out)
    if written != job.out.resolve() and written.exists():
        written.replace(job.out)
    if not job.out.exists() or job.out.stat().st_size == 0:
        raise RenderError("the encoder produced no file")
    return job.out


def _recorder(
    job: RenderJob, size: QSize
) -> tuple[QVideoFrameInput, QMediaCaptureSession, QMediaRecorder]:
    """A frame input joined to an MP4 recorder set up for ``job``, writing ``job.out``."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import (
        QMediaCaptureSession,
        QMediaFormat,
        QMediaRecorder,
        QVideoFrameFormat,
        QVideoFrameInput,
    )

    frame_format = QVideoFrameFormat(
        size, QVideoFrameFormat.PixelFormat.Format_BGRA8888_Premultiplied
    )
    video_input = QVideoFrameInput(frame_format)
    session = QMediaCaptureSession()
    session.setVideoFrameInput(video_input)
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media_format = QMediaFormat(QMediaFormat.FileFormat.MPEG4)
    media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(media_format)
    recorder.setVideoFrameRate(job.fps)
    recorder.setVideoResolution(size)
    recorder.setQuality(QMediaRecorder.Quality.HighQuality)
    recorder.setEncodingMode(QMediaRecorder.EncodingMode.ConstantQualityEncoding)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(job.out.resolve())))
    return video_input, session, recorder


ENCODER_PATIENCE_MS = 5000  # a stuck encoder is stopped anyway (the watchdog is longer)


def _stop_when_encoded(
    recorder: QMediaRecorder, last_frame_ms: int, waiting: list[bool], again: Callable[[], None]
) -> None:
    """Every frame is queued: stop once the encoder has taken them all. A stop while frames
    still wait in its queue may drop them (a 1 s test clip came out 0.58 s long)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtMultimedia import QMediaRecorder

    if recorder.recorderState() != QMediaRecorder.RecorderState.RecordingState:
        return
    if recorder.duration() >= last_frame_ms:
        recorder.stop()
    elif not waiting:
        waiting.append(True)
        recorder.durationChanged.connect(again)
        QTimer.singleShot(ENCODER_PATIENCE_MS, recorder, recorder.stop)


def _record(
    app: QCoreApplication,
    job: RenderJob,
    frames: Frames,
    video_input: QVideoFrameInput,
    recorder: QMediaRecorder,
    timeout_s: float,
) -> tuple[int, list[str]]:
    """Feed every frame to the recorder, running Qt's loop until it stops (or fails, or
    the watchdog fires); how many frames were sent, and what went wrong."""
    from PySide6.QtCore import QTimer
    from PySide6.QtMultimedia import QMediaRecorder, QVideoFrame

    errors: list[str] = []
    sent = 0
    frame_us = 1_000_000 / job.fps
    last_frame_ms = (job.frame_count - 1) * 1000 // job.fps
    stopping: list[bool] = []  # waiting for the encoder to take the last frames

    def send_frames() -> None:
        nonlocal sent
        while sent < job.frame_count and not errors:
            frame = QVideoFrame(frames.paint(sent))
            frame.setStartTime(round(sent * frame_us))
            frame.setEndTime(round((sent + 1) * frame_us))
            if not video_input.sendVideoFrame(frame):
                return  # queue full: readyToSendVideoFrame calls us again
            sent += 1
        _stop_when_encoded(recorder, last_frame_ms, stopping, send_frames)

    def on_error() -> None:
        errors.append(recorder.errorString() or "the encoder reported an error")
        app.quit()

    def on_state() -> None:
        if recorder.recorderState() == QMediaRecorder.RecorderState.StoppedState:
            app.quit()

    def on_timeout() -> None:
        errors.append(f"rendering took longer than {timeout_s:.0f} s")
        app.quit()

    video_input.readyToSendVideoFrame.connect(send_frames)
    recorder.errorOccurred.connect(on_error)
    recorder.recorderStateChanged.connect(on_state)
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(on_timeout)
    watchdog.start(round(timeout_s * 1000))

    recorder.record()
    QTimer.singleShot(0, send_frames)
    app.exec()
    watchdog.stop()
    return sent, errors


def main(argv: list[str] | None = None) -> int:
    """CLI entry point (also reached via ``--sandbox-render`` in a frozen app)."""
    job = parse_args(sys.argv[1:] if argv is None else argv)
    # No window is ever shown; quieten Qt Multimedia's optional-library chatter on stderr.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    pin_none_refcount()  # PySide6 6.12 on Python 3.11 would abort mid-render otherwise
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["poyo-sandbox-render"])
    try:
        render(job)
    except RenderError as exc:
        print(f"render failed: {exc}", file=sys.stderr, flush=True)
        return EXIT_BAD_INPUT if "cannot read" in str(exc) else EXIT_RENDER_FAILED
    finally:
        del app
    print(f"rendered {job.frame_count} frames to {job.out}", flush=True)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
