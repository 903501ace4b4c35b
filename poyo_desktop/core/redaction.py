"""Every API key this process has held, and their removal from any text bound for a log,
an error detail or a crash report.

A key is remembered where it enters the process, at the lowest layer: the client that will
send it (:class:`~poyo_desktop.api.client.PoyoClient`), and the key store that reads or
writes it. So it is known before any line can mention it, whoever logs that line (a
worker-thread bridge that logs what a function returned, a library, a traceback).

A key is removed whole, in the spellings a line may carry it in: as is, percent-encoded
(a URL, a form), JSON- or repr-escaped, hex, and base64 at each of the three byte
alignments (inside a longer encoded blob, such as a basic-auth header). Anything that looks
like a bearer token or an ``sk-`` key is removed too, known or not.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from urllib.parse import quote, quote_plus

MARK = "[redacted]"
MIN_LENGTH = 4  # shorter "keys" are no secret, and would shred every line
_B64_MIN_LENGTH = 6  # below this a base64 fragment is too short to be only the key's

# "sk-" only at the start of a word: PoYo's task ids ("task-unified-…") contain it too, and
# are the one handle on a paid task that a log or an error detail must keep.
_SECRETISH = re.compile(r"(?i)(bearer\s+)[^\s\"',;]+|(?<![A-Za-z0-9_])sk-[A-Za-z0-9_\-]{4,}")

_lock = threading.Lock()
_known: set[str] = set()
_forms: re.Pattern[str] | None = None  # every spelling of every known key, longest first


def remember_secret(secret: str) -> None:
    """From now on, ``secret`` (stripped) is removed from everything :func:`redact` sees."""
    global _forms
    secret = secret.strip()
    if len(secret) < MIN_LENGTH:
        return
    with _lock:
        if secret in _known:
            return
        _known.add(secret)
        spellings = {form for known in _known for form in spellings_of(known)}
        _forms = re.compile(
            "|".join(re.escape(form) for form in sorted(spellings, key=len, reverse=True))
        )


def is_remembered(secret: str) -> bool:
    return secret.strip() in _known


def spellings_of(secret: str) -> set[str]:
    """The ways ``secret`` can appear in text: as is and in the encodings a line may use."""
    forms = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
        secret.encode("utf-8").hex(),
    }
    forms |= {_lower_escapes(form) for form in list(forms) if "%" in form}
    raw = secret.encode("utf-8")
    if len(raw) >= _B64_MIN_LENGTH:
        for offset in range(3):
            forms |= _base64_cores(raw, offset)
    return {form for form in forms if len(form) >= MIN_LENGTH}


def _lower_escapes(form: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), form)


def _base64_cores(raw: bytes, offset: int) -> set[str]:
    """The base64 characters that depend on ``raw`` alone when it starts ``offset`` bytes
    into a longer blob: what any encoding of a blob holding the key must contain."""
    first = -(-offset * 8 // 6)  # the first character with no bit of the bytes before
    last = (offset + len(raw)) * 8 // 6  # past the last one with no bit of those after
    forms = set()
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        encoded = encode(b"\0" * offset + raw).decode("ascii")
        forms.add(encoded[first:last])
    return forms


def redact(text: str, *secrets: str) -> str:
    """``text`` without any known key (and the given ``secrets``), nor anything that looks
    like a bearer token or an ``sk-`` key."""
    for secret in secrets:
        remember_secret(secret)
    forms = _forms
    if forms is not None:
        text = forms.sub(MARK, text)
    return _SECRETISH.sub(lambda m: (m.group(1) or "") + MARK, text)
