"""The life of a task after submit: render the clip, wait out the simulated time, finish.

Each task is one asyncio task in the server loop. ``finished`` is only set once the video
file exists (a render slower than ``task_seconds`` simply keeps the task ``running`` at 99 %),
and only then is the balance charged. A ``fail_task`` fault or a failed render ends the task
``failed`` with a message, charging nothing. When the task carries a ``callback_url`` the
sandbox POSTs the result to it, signed like PoYo's webhooks.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Coroutine
from typing import Any
from urllib.parse import urlsplit

import httpx

from poyo_desktop.sandbox.context import SandboxContext
from poyo_desktop.sandbox.render import RenderError

logger = logging.getLogger(__name__)

CALLBACK_ATTEMPTS = 3


def webhook_signature(secret: str, task_id: str, timestamp: int) -> str:
    """base64(HMAC-SHA256(secret, f"{task_id}.{timestamp}")): what PoYo is said to send."""
    mac = hmac.new(secret.encode(), f"{task_id}.{timestamp}".encode(), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()


class TaskRunner:
    """Drives every live task of one sandbox to its end."""

    def __init__(self, ctx: SandboxContext) -> None:
        self.ctx = ctx
        self._jobs: set[asyncio.Task[None]] = set()

    def start(self, task_id: str) -> None:
        self._spawn(self._run(task_id))

    def notify(self, task_id: str) -> None:
        """Send the callback for a task that ended outside the runner (e.g. failed by hand)."""
        self._spawn(self._callback(task_id))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        job = asyncio.get_running_loop().create_task(coro)
        self._jobs.add(job)
        job.add_done_callback(self._jobs.discard)

    async def aclose(self) -> None:
        for job in list(self._jobs):
            job.cancel()
        for job in list(self._jobs):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await job

    async def _run(self, task_id: str) -> None:
        ctx = self.ctx
        task = ctx.state.task(task_id)
        if task is None:
            return
        end_at = task.created_mono + ctx.config.task_seconds
        if task.planned_failure:
            # Fail part-way through running, as a real model does when it gives up.
            queue = ctx.config.queue_seconds
            await self._sleep_until(
                task.created_mono + queue + (end_at - task.created_mono - queue) / 2
            )
            if ctx.state.fail(task_id, task.planned_failure):
                await self._callback(task_id)
            return
        try:
            clip = await ctx.renderer.render(
                task.start_image.path,
                task.end_image.path if task.end_image else None,
                task.duration,
            )
        except RenderError as exc:
            logger.warning("task %s: rendering failed: %s", task_id, exc)
            await self._sleep_until(end_at)
            if ctx.state.fail(task_id, f"Rendering the simulated video failed: {exc}"):
                await self._callback(task_id)
            return
        await self._sleep_until(end_at)
        video = ctx.state.add_file(
            clip,
            kind="result",
            file_name=f"{task_id}.mp4",
            mime_type="video/mp4",
            ttl=ctx.config.result_ttl,
        )
        if ctx.state.finish(task_id, video):
            logger.info("task %s finished (%d credits)", task_id, task.price)
            await self._callback(task_id)

    async def _sleep_until(self, deadline: float) -> None:
        await self.ctx.sleep(deadline - time.monotonic())

    async def _callback(self, task_id: str) -> None:
        ctx = self.ctx
        task = ctx.state.task(task_id)
        if task is None or not task.callback_url:
            return
        data = ctx.state.task_data(task_id, ctx.storage_url)
        body = json.dumps({"code": 200, "data": data}).encode()
        host = urlsplit(task.callback_url).hostname or "?"
        async with httpx.AsyncClient(timeout=10.0) as client:
            for attempt in range(1, CALLBACK_ATTEMPTS + 1):
                stamp = int(time.time())
                headers = {
                    "Content-Type": "application/json",
                    "X-Webhook-Timestamp": str(stamp),
                    "X-Webhook-Signature": webhook_signature(
                        ctx.config.webhook_secret, task_id, stamp
                    ),
                }
                try:
                    answer = await client.post(task.callback_url, content=body, headers=headers)
                    if answer.status_code < 300:
                        return
                    problem = f"HTTP {answer.status_code}"
                except httpx.HTTPError as exc:
                    problem = type(exc).__name__
                logger.info(
                    "callback for %s to %s failed (%s), attempt %d", task_id, host, problem, attempt
                )
                if ctx.stopping.is_set():
                    return
                await ctx.sleep(0.5 * 2 ** (attempt - 1))
