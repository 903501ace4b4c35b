"""A short, soft chime for "your video is done" (when the person has turned it on).

The sound is two decaying sine notes made by the app itself on first use and kept in its
cache folder (no sound file to ship, and no licence to it). It plays through QSoundEffect,
imported on the first chime only: QtMultimedia's audio side has nothing to do with the
first paint. Where it cannot play (no audio device, no multimedia back-end) the
desktop's own beep stands in.
"""

from __future__ import annotations

import asyncio
import logging
import math
import wave
from array import array
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from poyo_desktop.services.background import run_in_background

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

RATE = 22_050  # samples a second: plenty for two notes
NOTES = ((880.0, 0.0), (1318.5, 0.11))  # A5 then E6 (a fifth up), start times in seconds
LENGTH = 0.6  # seconds
VOLUME = 0.35  # of full scale: a notice, not an alarm
FILE_NAME = "done-chime-v1.wav"


class Chime:
    """Plays the chime. The first :meth:`play` makes the sound file in a worker thread (its
    samples take ~17 ms of Python, too long for the GUI thread) and the player; the chime
    sounds once both are ready."""

    def __init__(self, cache_dir: Path, parent: QObject | None = None) -> None:
        self._cache_dir = cache_dir
        self._parent = parent
        self._effect: QSoundEffect | None = None
        self._preparing: asyncio.Task[None] | None = None
        self._broken = False
        self.played = 0  # how many chimes were asked for (for tests and the log)

    def play(self) -> None:
        self.played += 1
        if self._broken:
            QApplication.beep()
        elif self._effect is not None:
            self._effect.play()
        elif self._preparing is None:  # one more chime meanwhile is the same chime
            self._preparing = run_in_background(
                self._prepare_and_play(), name="preparing the chime"
            )

    async def _prepare_and_play(self) -> None:
        try:
            path = await asyncio.to_thread(write_chime, self._cache_dir / FILE_NAME)
            from PySide6.QtMultimedia import QSoundEffect  # see the module's docstring

            effect = QSoundEffect(self._parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(1.0)
        except (ImportError, OSError) as exc:
            log.info("no chime, the desktop's beep instead: %s", exc)
            self._broken = True
            QApplication.beep()
            return
        self._effect = effect
        effect.play()  # sounds as soon as the file is loaded

    async def ready(self) -> None:
        """Wait until the first chime is made (for tests)."""
        if self._preparing is not None:
            await asyncio.shield(self._preparing)


def write_chime(target: Path) -> Path:
    """The chime as a 16-bit mono WAV at ``target`` (kept if it is already there)."""
    if target.is_file():
        return target
    count = int(RATE * LENGTH)
    samples = array("h", bytes(2 * count))
    for frequency, start in NOTES:
        first = int(start * RATE)
        for index in range(first, count):
            t = (index - first) / RATE
            envelope = math.exp(-t * 7.0) * min(1.0, t * 200)  # no click at the start
            value = samples[index] + VOLUME * 32767 * 0.5 * envelope * math.sin(
                2 * math.pi * frequency * t
            )
            samples[index] = max(-32768, min(32767, int(value)))
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_suffix(".tmp")
    with wave.open(str(temp), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(samples.tobytes())
    temp.replace(target)
    return target
