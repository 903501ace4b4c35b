"""The PoYo API client: async, typed, and free of Qt so it works from a script too.

Names are loaded from their submodules on first use (PEP 562), so that importing a light
part such as :mod:`poyo_desktop.api.errors` or :mod:`poyo_desktop.api.request` does not
import httpx with the client: the window paints before the network stack is loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from poyo_desktop.api.client import Download, PoyoClient
    from poyo_desktop.api.defaults import DEFAULT_BASE_URL
    from poyo_desktop.api.errors import (
        AuthenticationError,
        InsecureServer,
        InsufficientCredits,
        InvalidRequest,
        LinkExpired,
        MalformedResponse,
        NetworkError,
        NotFound,
        PermissionDenied,
        PoyoError,
        RateLimited,
        RequestInvalid,
        ServerError,
        SubmitOutcomeUnknown,
    )
    from poyo_desktop.api.models import (
        Balance,
        RemoteStatus,
        ResultFile,
        SubmittedTask,
        TaskInfo,
        UploadedFile,
    )
    from poyo_desktop.api.request import GenerationRequest, build_request
    from poyo_desktop.api.retry import NO_RETRY, RetryPolicy

_HOMES = {
    "client": ("Download", "PoyoClient"),
    "defaults": ("DEFAULT_BASE_URL",),
    "errors": (
        "AuthenticationError",
        "InsecureServer",
        "InsufficientCredits",
        "InvalidRequest",
        "LinkExpired",
        "MalformedResponse",
        "NetworkError",
        "NotFound",
        "PermissionDenied",
        "PoyoError",
        "RateLimited",
        "RequestInvalid",
        "ServerError",
        "SubmitOutcomeUnknown",
    ),
    "models": (
        "Balance",
        "RemoteStatus",
        "ResultFile",
        "SubmittedTask",
        "TaskInfo",
        "UploadedFile",
    ),
    "request": ("GenerationRequest", "build_request"),
    "retry": ("NO_RETRY", "RetryPolicy"),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "DEFAULT_BASE_URL",
    "NO_RETRY",
    "AuthenticationError",
    "Balance",
    "Download",
    "GenerationRequest",
    "InsecureServer",
    "InsufficientCredits",
    "InvalidRequest",
    "LinkExpired",
    "MalformedResponse",
    "NetworkError",
    "NotFound",
    "PermissionDenied",
    "PoyoClient",
    "PoyoError",
    "RateLimited",
    "RemoteStatus",
    "RequestInvalid",
    "ResultFile",
    "RetryPolicy",
    "ServerError",
    "SubmitOutcomeUnknown",
    "SubmittedTask",
    "TaskInfo",
    "UploadedFile",
    "build_request",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
