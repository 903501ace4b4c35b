"""What can go wrong talking to PoYo, as typed values with words a person understands.

Every error carries two texts: ``message`` (plain language, safe to show) and ``detail``
(technical, for the log and a "copy details" button). Neither ever contains the API key.
``message`` is said in the window's language when the error is made (``core.wording``:
English on the command line); ``detail`` always stays English.
"""

from __future__ import annotations

import re
from typing import ClassVar

from poyo_desktop.core.redaction import redact
from poyo_desktop.core.wording import QT_TRANSLATE_NOOP, translate

# "…; the app will keep trying." / "… The app will wait and try again." (an English
# message given without its ``final`` form)
_PROMISE = re.compile(r"[;.]?\s*[Tt]he app will (?:keep trying|wait and try again)\.")


class PoyoError(Exception):
    """Base of every failure the client reports."""

    kind: ClassVar[str] = "error"
    retryable: ClassVar[bool] = False
    default_message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "ApiErrors", "Something went wrong while talking to PoYo."
    )
    #: ``default_message`` without its promise that the app will try again ("": the same)
    default_final: ClassVar[str] = ""

    def __init__(
        self,
        message: str | None = None,
        *,
        final: str | None = None,
        detail: str = "",
        http_status: int | None = None,
        code: int | None = None,
    ) -> None:
        if not message:
            message = translate("ApiErrors", self.default_message)
            if self.default_final:
                final = translate("ApiErrors", self.default_final)
        self.message = message
        self._final = final  # ``message`` without its promise, when it makes one
        self.detail = redact(detail)
        self.http_status = http_status
        self.code = code
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message

    @property
    def final_message(self) -> str:
        """``message`` for a step that has ended on this error: without the promise that
        the app will try again by itself (true while polling, false once a job failed)."""
        if self._final is not None:
            return self._final
        return _PROMISE.sub(".", self.message).strip()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, http_status={self.http_status})"


class InvalidRequest(PoyoError):
    kind = "invalid_request"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "PoYo did not accept the request.",
    )


class AuthenticationError(PoyoError):
    kind = "authentication"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "PoYo did not accept your API key. Check it in Settings (it may be mistyped or revoked).",
    )


class InsecureServer(PoyoError):
    """The server address is plain ``http://`` on another machine: the key would cross the
    network readable by anyone on the way, so nothing is sent."""

    kind = "insecure_server"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The server address starts with http://, which would send your API key unencrypted. "
        "Use an https:// address in Settings.",
    )


class PermissionDenied(PoyoError):
    kind = "permission"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Your PoYo account is not allowed to do this.",
    )


class InsufficientCredits(PoyoError):
    kind = "insufficient_credits"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Your PoYo account does not have enough credits for this video. "
        "Top up on poyo.ai, then try again.",
    )


class NotFound(PoyoError):
    kind = "not_found"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "PoYo does not know this task (it may belong to another account).",
    )


class LinkExpired(PoyoError):
    """A result link that no longer works: the storage host refused it (401/403/404/410),
    or the file is gone. The task and its video are fine; its status gives a fresh link."""

    kind = "link_expired"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The download link for this video has expired or was removed "
        "(PoYo's result links last about a day).",
    )


class RateLimited(PoyoError):
    kind = "rate_limited"
    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "PoYo is receiving too many requests. The app will wait and try again.",
    )
    default_final = QT_TRANSLATE_NOOP("ApiErrors", "PoYo is receiving too many requests.")

    def __init__(
        self, message: str | None = None, *, retry_after: float | None = None, **kwargs: object
    ) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class ServerError(PoyoError):
    kind = "server"
    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "PoYo's servers are having trouble right now. Please try again shortly.",
    )


class NetworkError(PoyoError):
    kind = "network"
    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Could not reach PoYo. Check your internet connection; the app will keep trying.",
    )
    default_final = QT_TRANSLATE_NOOP(
        "ApiErrors", "Could not reach PoYo. Check your internet connection."
    )

    def __init__(
        self, message: str | None = None, *, request_sent: bool = True, **kwargs: object
    ) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.request_sent = request_sent  # False: it never left the machine, safe to repeat


def download_stalled(detail: str) -> NetworkError:
    """A result download that stopped receiving (both download paths say it alike)."""
    return NetworkError(
        translate("ApiErrors", "The download stalled. It can be downloaded again."),
        detail=redact(f"download: {detail}"),
    )


def download_broke_off(detail: str) -> NetworkError:
    return NetworkError(
        translate("ApiErrors", "The download broke off. It can be downloaded again."),
        detail=redact(f"download: {detail}"),
    )


class MalformedResponse(PoyoError):
    kind = "malformed_response"
    retryable = True
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "PoYo sent an answer the app could not understand.",
    )


class SubmitOutcomeUnknown(PoyoError):
    """The submit request left the machine and no clear answer came back.

    The task may or may not exist (and may be charged). Never resubmit on your own.
    """

    kind = "submit_unknown"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "The request reached PoYo but no answer came back, so the video may or may not "
        "have been started. Submitting again could be charged twice.",
    )


class RequestInvalid(PoyoError):
    """The request breaks a Kling 2.1 rule; found locally, before anything was sent."""

    kind = "request_invalid"
    default_message = QT_TRANSLATE_NOOP(
        "ApiErrors",
        "Some settings need fixing before the video can be made.",
    )

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()) or None)
