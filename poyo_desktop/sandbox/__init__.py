"""A local PoYo-compatible server on loopback, for demo mode and for every test.

It implements the server side of ``poyo-api.md`` independently of the app's client (no
imports from ``poyo_desktop.api``/``services``/``ui``/``store``), renders real MP4 results
from the uploaded images in a Qt subprocess, and can misbehave on request (see
:class:`Fault`) so clients can be tested against every failure the real service may show.

    from poyo_desktop.sandbox import Fault, Sandbox

    with Sandbox(task_seconds=0.3, video_long_side=320) as sandbox:
        sandbox.inject(Fault.http_error(503, route="status", times=2))
        ...  # talk HTTP to sandbox.base_url
"""

from poyo_desktop.sandbox.faults import ROUTES, Fault, FaultKind, InjectedFault
from poyo_desktop.sandbox.runner import Sandbox
from poyo_desktop.sandbox.state import RecordedRequest, TaskInfo, TaskStatus

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
