"""Steps that are safe to repeat are repeated, as the app says they will be.

An upload charges nothing, and a request that never left the machine did nothing: when
PoYo cannot be reached (or has passing trouble) they are tried again with a growing
pause, for up to :attr:`PipelineConfig.patience` seconds, and the job says so meanwhile.
:class:`Wake` cuts every such pause short once PoYo answers again. No Qt here.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from poyo_desktop.api.errors import (
    MalformedResponse,
    NetworkError,
    PoyoError,
    RateLimited,
    ServerError,
)
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")

FIRST_PAUSE = 2.0
LONGEST_PAUSE = 60.0


class Wake:
    """Wakes every job pausing after trouble, so it asks again at once (PoYo is back)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def ring(self) -> None:
        event, self._event = self._event, asyncio.Event()
        event.set()

    async def nap(self, seconds: float, sleep: Callable[[float], Awaitable[None]]) -> None:
        """``sleep(seconds)``, or less if :meth:`ring` is called meanwhile."""
        napping = asyncio.ensure_future(sleep(seconds))
        woken = asyncio.ensure_future(self._event.wait())
        try:
            await asyncio.wait({napping, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (napping, woken):
                task.cancel()


async def patiently(
    call: Callable[[], Awaitable[T]],
    *,
    worth_retrying: Callable[[PoyoError], bool],
    on_trouble: Callable[[PoyoError], None],
    nap: Callable[[float], Awaitable[None]],
    give_up_after: float,
) -> T:
    """``call()`` until it succeeds, fails in a way not worth retrying, or has been tried
    for ``give_up_after`` seconds; then its last error is raised."""
    started = time.monotonic()
    pause = FIRST_PAUSE
    while True:
        try:
            return await call()
        except PoyoError as error:
            if not worth_retrying(error) or time.monotonic() - started + pause > give_up_after:
                raise
            on_trouble(error)
            await nap(pause * random.uniform(0.9, 1.1))
            pause = min(LONGEST_PAUSE, pause * 2)


# What a job says while the app keeps trying, and once it stopped, by the trouble: whole
# sentences (in the window's language when said: core.wording; English on the command line).
_TRYING: dict[type[PoyoError], str] = {
    NetworkError: QT_TRANSLATE_NOOP(
        "Patience", "Cannot reach PoYo right now. The app keeps trying; nothing is lost."
    ),
    ServerError: QT_TRANSLATE_NOOP(
        "Patience", "PoYo's servers are having trouble right now. The app keeps trying."
    ),
    RateLimited: QT_TRANSLATE_NOOP(
        "Patience", "PoYo is receiving too many requests. The app waits and keeps trying."
    ),
    MalformedResponse: QT_TRANSLATE_NOOP(
        "Patience", "PoYo sent an answer the app could not understand. The app keeps trying."
    ),
}
_GAVE_UP: dict[type[PoyoError], str] = {
    NetworkError: QT_TRANSLATE_NOOP(
        "Patience",
        "PoYo could not be reached for {minutes} min, so this video was not sent and nothing "
        "was charged. Press Retry to try again.",
    ),
    ServerError: QT_TRANSLATE_NOOP(
        "Patience",
        "PoYo's servers had trouble for {minutes} min, so this video was not sent and nothing "
        "was charged. Press Retry to try again.",
    ),
    RateLimited: QT_TRANSLATE_NOOP(
        "Patience",
        "PoYo was too busy for {minutes} min, so this video was not sent and nothing was "
        "charged. Press Retry to try again.",
    ),
    MalformedResponse: QT_TRANSLATE_NOOP(
        "Patience",
        "PoYo's answers could not be understood for {minutes} min, so this video was not "
        "sent and nothing was charged. Press Retry to try again.",
    ),
}
# Any other trouble: its own words (said by the api, in the window's language).
_GAVE_UP_OTHER = QT_TRANSLATE_NOOP(
    "Patience",
    "{reason} for {minutes} min, so this video was not sent and nothing was charged. Press "
    "Retry to try again.",
)


def trying_words(error: PoyoError) -> str:
    """What a job says while the app keeps trying after ``error``."""
    for kind, words in _TRYING.items():
        if isinstance(error, kind):
            return translate("Patience", words)
    return error.message


def gave_up_words(error: PoyoError, minutes: float) -> str:
    """What a job says once the app stopped trying a step that charged nothing."""
    words = translate("Patience", _GAVE_UP.get(type(error), _GAVE_UP_OTHER))
    return words.format(minutes=max(1, round(minutes)), reason=error.message.rstrip(".。"))
