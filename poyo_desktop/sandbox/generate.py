"""Generation and account endpoints: submit, status, balance."""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from poyo_desktop.sandbox.catalog import price
from poyo_desktop.sandbox.config import DEMO_EMAIL
from poyo_desktop.sandbox.context import SandboxContext, context_of
from poyo_desktop.sandbox.media import sniff_image
from poyo_desktop.sandbox.records import StoredFile, Task, naive_time
from poyo_desktop.sandbox.responses import error_response
from poyo_desktop.sandbox.state import InsufficientCredits
from poyo_desktop.sandbox.validation import InvalidRequest, parse_submit

logger = logging.getLogger(__name__)


def _accepted(task: Task) -> JSONResponse:
    return JSONResponse(
        {
            "code": 200,
            "data": {
                "task_id": task.task_id,
                "status": task.status.value,
                "created_time": naive_time(task.created_at),
            },
        }
    )


def _image(ctx: SandboxContext, url: str | None, field: str) -> StoredFile | None:
    """The uploaded image behind ``url``; the sandbox cannot fetch anything else."""
    if url is None:
        return None
    stored = ctx.state.file_for_url(url, ctx.base_url)
    if stored is None:
        raise InvalidRequest(
            f"Invalid parameter: {field} could not be downloaded (the sandbox has no internet "
            "access: upload the image to the sandbox first and use the returned file_url)"
        )
    if stored.is_expired():
        raise InvalidRequest(f"Invalid parameter: {field} has expired; upload the image again")
    with stored.path.open("rb") as fh:
        if sniff_image(fh.read(16)) is None:
            raise InvalidRequest(
                f"Invalid parameter: {field} is not a JPEG, PNG, GIF or WebP image"
            )
    return stored


async def submit(request: Request) -> Response:
    """``POST /api/generate/submit``: validate, honour Idempotency-Key, create the task."""
    ctx = context_of(request)
    try:
        body: Any = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError):
        return error_response(400, "Invalid request body: not valid JSON")
    try:
        req = parse_submit(body)
    except InvalidRequest as exc:
        return error_response(400, str(exc))

    key = request.headers.get("idempotency-key", "").strip() or None
    earlier = ctx.state.repeat_submit(key)
    if earlier is not None:
        logger.info("submit repeated with a known Idempotency-Key: same task %s", earlier.task_id)
        return _accepted(earlier)

    try:
        start = _image(ctx, req.start_image_url, "input.start_image_url")
        end = _image(ctx, req.end_image_url, "input.end_image_url")
    except InvalidRequest as exc:
        return error_response(400, str(exc))
    assert start is not None

    try:
        task, created = ctx.state.create_task(
            model=req.model,
            prompt=req.prompt,
            duration=req.duration,
            start_image=start,
            end_image=end,
            negative_prompt=req.negative_prompt,
            callback_url=req.callback_url,
            price=price(req.model, req.duration),
            idempotency_key=key,
        )
    except InsufficientCredits as exc:
        return error_response(402, str(exc))
    if created:
        failure = ctx.faults.take_task_failure()
        if failure:
            ctx.state.plan_failure(task.task_id, failure)
        assert ctx.runner is not None
        ctx.runner.start(task.task_id)
        logger.info("task %s created (%s, %d s)", task.task_id, task.model, task.duration)
    return _accepted(task)


async def status(request: Request) -> Response:
    """``GET /api/generate/status/{task_id}``."""
    ctx = context_of(request)
    task_id = request.path_params["task_id"]
    data = ctx.state.task_data(task_id, ctx.storage_url)
    if data is None:
        return error_response(404, f"Task not found: {task_id}")
    return JSONResponse({"code": 200, "data": data})


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


async def balance(request: Request) -> Response:
    """``GET /api/user/balance``."""
    ctx = context_of(request)
    return JSONResponse(
        {"code": 200, "data": {"email": DEMO_EMAIL, "credits_amount": _number(ctx.state.credits)}}
    )
