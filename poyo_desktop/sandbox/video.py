"""Server side of rendering: a cache of finished clips and the render subprocess.

Qt never enters the server process: each clip is rendered by ``render_command`` in a child
process, awaited with asyncio so the event loop keeps serving. Finished clips are cached
by the hash of their inputs, so a test suite (or a demo) that reuses a picture pays once.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import sys
import uuid
from pathlib import Path

from poyo_desktop.sandbox.render import RenderError, render_command

logger = logging.getLogger(__name__)

RENDER_VERSION = "1"  # bump when the picture changes, to invalidate old cache entries
CACHE_KEEP = 64  # clips kept in the cache; older ones are pruned at start-up
RENDER_TIMEOUT_S = 300.0


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _child_env() -> dict[str, str]:
    """Offscreen Qt, quiet logs, and an import path that finds this package from a checkout."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    if not getattr(sys, "frozen", False):
        package_root = str(Path(__file__).resolve().parents[2])
        paths = [package_root, *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
        env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    return env


class VideoRenderer:
    """Turns (start image, end image, duration) into a cached MP4, one subprocess per clip."""

    def __init__(self, cache_dir: Path, *, long_side: int, fps: int, parallel: int = 2) -> None:
        self.cache_dir = cache_dir
        self.long_side = long_side
        self.fps = fps
        self._parallel_count = parallel
        self._parallel = asyncio.Semaphore(parallel)
        self._inflight: dict[str, asyncio.Future[Path]] = {}
        self._procs: set[asyncio.subprocess.Process] = set()
        self.renders_started = 0  # subprocesses launched (cache misses), for tests

    def new_run(self) -> None:
        """Forget loop-bound objects of a previous run (the sandbox was restarted)."""
        self._parallel = asyncio.Semaphore(self._parallel_count)
        self._inflight.clear()
        self._procs.clear()

    def prune(self, keep: int = CACHE_KEEP) -> None:
        """Drop the oldest cached clips and leftovers of interrupted renders."""
        if not self.cache_dir.is_dir():
            return
        for partial in self.cache_dir.glob("*.part.mp4"):
            with contextlib.suppress(OSError):
                partial.unlink()
        clips = sorted(self.cache_dir.glob("*.mp4"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in clips[keep:]:
            with contextlib.suppress(OSError):
                old.unlink()

    def _key(self, start: Path, end: Path | None, duration: int) -> str:
        parts = [
            RENDER_VERSION,
            file_digest(start),
            file_digest(end) if end else "-",
            str(duration),
            str(self.long_side),
            str(self.fps),
        ]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]

    async def render(self, start: Path, end: Path | None, duration: int) -> Path:
        """The clip's path, rendering it unless cached; raises :class:`RenderError`."""
        key = await asyncio.to_thread(self._key, start, end, duration)
        target = self.cache_dir / f"{key}.mp4"
        if target.exists() and target.stat().st_size > 0:
            with contextlib.suppress(OSError):
                os.utime(target)  # keep recently used clips through pruning
            return target
        running = self._inflight.get(key)
        if running is not None:  # the same clip is already being made: share it
            return await asyncio.shield(running)
        future: asyncio.Future[Path] = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            async with self._parallel:
                path = await self._run(key, start, end, duration, target)
            future.set_result(path)
            return path
        except BaseException as exc:
            future.set_exception(
                exc if isinstance(exc, RenderError) else RenderError("rendering was interrupted")
            )
            future.exception()  # mark retrieved: nobody else may be waiting
            raise
        finally:
            del self._inflight[key]

    async def _run(
        self, key: str, start: Path, end: Path | None, duration: int, target: Path
    ) -> Path:
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        partial = self.cache_dir / f"{key}.{uuid.uuid4().hex[:8]}.part.mp4"
        args = [
            "--start", str(start),
            "--out", str(partial),
            "--duration", str(duration),
            "--fps", str(self.fps),
            "--long-side", str(self.long_side),
            "--seed", str(int(key[:6], 16) % 360),
        ]  # fmt: skip
        if end is not None:
            args += ["--end", str(end)]
        self.renders_started += 1
        logger.info("rendering a %d s clip (cache key %s)", duration, key[:12])
        proc = await asyncio.create_subprocess_exec(
            *render_command(args),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=_child_env(),
        )
        self._procs.add(proc)
        try:
            try:
                _out, err = await asyncio.wait_for(proc.communicate(), RENDER_TIMEOUT_S)
            except TimeoutError:
                proc.kill()
                await proc.wait()
                raise RenderError(f"rendering took longer than {RENDER_TIMEOUT_S:.0f} s") from None
            except asyncio.CancelledError:
                # Reap the child before the loop closes, or its transport is left dangling.
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(proc.communicate(), 5)
                raise
            if proc.returncode != 0 or not partial.exists() or partial.stat().st_size == 0:
                raise RenderError(_explain(proc.returncode, err))
            partial.replace(target)
            return target
        finally:
            self._procs.discard(proc)
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)  # only left over when something went wrong

    async def aclose(self) -> None:
        """Stop every running render (the server is going away)."""
        for proc in list(self._procs):
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
        for proc in list(self._procs):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(proc.wait(), 5)


def _explain(returncode: int | None, stderr: bytes) -> str:
    """The renderer's own reason when it gave one, else its exit status."""
    lines = [ln.strip() for ln in stderr.decode(errors="replace").splitlines() if ln.strip()]
    reasons = [
        ln.removeprefix("render failed: ") for ln in lines if ln.startswith("render failed:")
    ]
    if reasons:
        return reasons[-1]
    tail = lines[-1] if lines else "no error output"
    return f"the renderer exited with status {returncode} ({tail[:300]})"
