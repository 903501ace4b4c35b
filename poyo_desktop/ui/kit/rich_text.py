"""Plain text made safe to put inside Qt rich text (labels and tooltips that use <b>, <br>).

Not ``html.escape``: the html module loads ``html.entities``, 0.7 MB of tables the app never
reads, which was a third of what kept the idle window over its memory budget
(bench/cold_start.py). The five characters are the ones ``html.escape`` replaces.
"""

from __future__ import annotations

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    return text.translate(_ESCAPES)
