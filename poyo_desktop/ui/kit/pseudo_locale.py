"""The pseudo-locale: every translated string comes back longer and accented, in brackets
("Generate video" → "[Ĝéñéŕåţé vîðéö ………]"), so a screenshot or a test shows at once what
is clipped (German and Spanish run ~30 % longer than English) and what never went through
``tr()`` (it stays plain). Placeholders, tags, entities and mnemonics are kept as they are.

Chosen with ``POYO_LANGUAGE=pseudo`` (ui/kit/translations.py); never shipped as a choice.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What must reach the program unchanged: {name}, %n, %1, %s, <b>, &amp;, a "&" mnemonic.
KEPT = re.compile(r"(\{[^{}]*\}|%L?(?:n|\d+)|%[sd]|<[^<>]*>|&[a-z]+;|&&|&(?=\w))")
GROWTH = 0.4  # how much longer than the English: more than German or Spanish need
OPEN, CLOSE = "[", "]"


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = KEPT.split(text)
    body = "".join(part if i % 2 else part.translate(ACCENTED) for i, part in enumerate(parts))
    padding = "…" * max(1, math.ceil(len(text) * GROWTH / 2))
    return f"{OPEN}{body} {padding}{CLOSE}"


def is_pseudo(text: str) -> bool:
    """Whether a text shown on screen came through the pseudo translator (whole or as the
    first part of a longer text made of translated pieces)."""
    return OPEN in text and CLOSE in text


class PseudoTranslator(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n >= 0 and "(s)" in source:  # a count: its English form, as translate() makes it
            source = source.replace("(s)", "" if n == 1 else "s")
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False
