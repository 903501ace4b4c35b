"""The preview's keys, as in a media player: Space plays and pauses, Left and Right jump a
second back and forward, "," and "." hold the video a frame back and forward.

Which key asks for what is decided here, so the preview itself only does it; the task
list's keys (Space, "," and ".") are the same, see ui/tasks/task_view.py.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from poyo_desktop.ui.kit.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QKeyEvent

    from poyo_desktop.ui.player.player import VideoPreview

SEEK_STEP_MS = 1000  # Left and Right: a second, a fifth of the shortest video
#: The preview's accessible description: what its keys do.
KEYS_SAID = QT_TRANSLATE_NOOP(
    "VideoPreview",
    "Space plays and pauses, Left and Right jump a second, comma and period step a frame.",
)
_HELD_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_SEEKS = {Qt.Key.Key_Left: -SEEK_STEP_MS, Qt.Key.Key_Right: SEEK_STEP_MS}
_STEPS = {Qt.Key.Key_Comma: -1, Qt.Key.Key_Period: 1}


def preview_action(event: QKeyEvent, preview: VideoPreview) -> Callable[[], None] | None:
    """What ``event`` asks ``preview`` to do; None for a key the preview leaves to Qt
    (Space with a modifier, Ctrl+Left...)."""
    key, modifiers = event.key(), event.modifiers()
    if key == Qt.Key.Key_Space and not modifiers:
        return preview.toggle_playback
    if modifiers & _HELD_KEYS:
        return None
    if (ms := _SEEKS.get(Qt.Key(key))) is not None:
        return partial(preview.seek_by, ms)
    if (frames := _STEPS.get(Qt.Key(key))) is not None:
        return partial(preview.step_frames, frames)
    return None
