"""Where the sentences of core, api, store and services meet the window's language without
Qt: a module writes ``translate("Context", "{subject} is too small…").format(...)`` (so
``pyside6-lupdate`` finds the text), and this says it in English unless the window has
installed Qt's translators here (``ui/kit/translations``). The command line never does: it
stays English. Below ``core`` nothing may import Qt, so this is the one hook.
"""

from __future__ import annotations

from collections.abc import Callable

Say = Callable[[str, str], str]


def _english(_context: str, text: str) -> str:
    return text


_say: Say = _english


def speak_with(say: Say | None) -> None:
    """Let ``say(context, text)`` give every later sentence (None: English again)."""
    global _say
    _say = say or _english


def translate(context: str, text: str) -> str:
    """``text`` in the language installed by :func:`speak_with`; thread-safe as Qt's is."""
    return _say(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark a text kept in a constant; :func:`translate` it where it is said."""
    return text
