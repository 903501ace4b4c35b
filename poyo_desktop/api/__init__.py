"""The PoYo API client: async, typed, and free of Qt so it works from a script too."""

from poyo_desktop.api.client import DEFAULT_BASE_URL, Download, PoyoClient
from poyo_desktop.api.errors import (
    AuthenticationError,
    InsufficientCredits,
    InvalidRequest,
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
from poyo_desktop.api.request import (
    DURATIONS,
    MODELS,
    PRO,
    STANDARD,
    GenerationRequest,
    Problem,
    Severity,
    build_request,
    check_generation,
)
from poyo_desktop.api.retry import NO_RETRY, RetryPolicy

__all__ = [
    "DEFAULT_BASE_URL", "DURATIONS", "MODELS", "NO_RETRY", "PRO", "STANDARD",
    "AuthenticationError", "Balance", "Download", "GenerationRequest", "InsufficientCredits",
    "InvalidRequest", "MalformedResponse", "NetworkError", "NotFound", "PermissionDenied",
    "PoyoClient", "PoyoError", "Problem", "RateLimited", "RemoteStatus", "RequestInvalid",
    "ResultFile", "RetryPolicy", "ServerError", "Severity", "SubmitOutcomeUnknown",
    "SubmittedTask", "TaskInfo", "UploadedFile", "build_request", "check_generation",
]
