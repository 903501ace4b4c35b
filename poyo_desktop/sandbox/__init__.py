"""A local PoYo-compatible server on loopback, for demo mode and for every test.

It implements the server side of ``poyo-api.md`` independently of the app's client (no
imports from ``poyo_desktop.api``/``services``/``ui``/``store``), renders real MP4 results
from the uploaded images in a Qt subprocess, and can misbehave on request (see
:class:`Fault`) so clients can be tested against every failure the real service may show.

    from poyo_desktop.sandbox import Fault, Sandbox

    with Sandbox(task_seconds=0.3, video_long_side=320) as sandbox:
        sandbox.inject(Fault.http_error(503, route="status", times=2))
        ...  # talk HTTP to sandbox.base_url

The names below are imported lazily, so the render subprocess
(``python -m poyo_desktop.sandbox.render``) does not load the web stack.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from poyo_desktop.sandbox.faults import ROUTES, Fault, FaultKind, InjectedFault
    from poyo_desktop.sandbox.records import RecordedRequest, TaskInfo, TaskStatus
    from poyo_desktop.sandbox.runner import Sandbox

_EXPORTS = {
    "ROUTES": "poyo_desktop.sandbox.faults",
    "Fault": "poyo_desktop.sandbox.faults",
    "FaultKind": "poyo_desktop.sandbox.faults",
    "InjectedFault": "poyo_desktop.sandbox.faults",
    "Sandbox": "poyo_desktop.sandbox.runner",
    "RecordedRequest": "poyo_desktop.sandbox.records",
    "TaskInfo": "poyo_desktop.sandbox.records",
    "TaskStatus": "poyo_desktop.sandbox.records",
}

__all__ = [
    "ROUTES",
    "Fault",
    "FaultKind",
    "InjectedFault",
    "RecordedRequest",
    "Sandbox",
    "TaskInfo",
    "TaskStatus",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'poyo_desktop.sandbox' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
