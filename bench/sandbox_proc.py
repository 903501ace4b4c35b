"""The PoYo sandbox in a process of its own, driven over a pipe.

A benchmark of the app must not pay for the server: in a thread of the measured process,
the sandbox's HTTP work would compete for the same interpreter lock. With a real key the
server is remote, so here it is another process on loopback.

``python -m bench.sandbox_proc '<json options>'`` prints ``{"base_url": …}`` and then
answers one JSON command per line on stdin with one JSON line on stdout.
"""

from __future__ import annotations

import json
import logging
import select
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from bench.env import PYTHON, REPO


class SandboxProcess:
    """``with SandboxProcess(api_key=…, data_dir=…) as box: box.base_url …``"""

    def __init__(
        self,
        *,
        data_dir: Path,
        env: dict[str, str],
        api_key: str | None = None,
        task_seconds: float = 3600.0,
        timeout: float = 60.0,
    ) -> None:
        self._options = {
            "api_key": api_key,
            "task_seconds": task_seconds,
            "data_dir": str(data_dir),
        }
        self._env = env
        self._timeout = timeout
        self._proc: subprocess.Popen[str] | None = None
        self.base_url = ""

    def __enter__(self) -> SandboxProcess:
        self._proc = subprocess.Popen(
            [PYTHON, "-m", "bench.sandbox_proc", json.dumps(self._options)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self._env,
            cwd=REPO,
        )
        self.base_url = self._read()["base_url"]
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        proc = self._proc
        if proc is None:
            return
        try:
            if proc.poll() is None and proc.stdin is not None:
                proc.stdin.write(json.dumps({"cmd": "stop"}) + "\n")
                proc.stdin.flush()
            proc.wait(15)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        self._proc = None

    def _read(self) -> dict[str, Any]:
        assert self._proc is not None and self._proc.stdout is not None
        ready, _, _ = select.select([self._proc.stdout], [], [], self._timeout)
        line = self._proc.stdout.readline() if ready else ""
        if not line:
            raise RuntimeError("the sandbox process did not answer")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"sandbox process: {answer['error']}")
        return answer

    def call(self, cmd: str, **args: Any) -> dict[str, Any]:
        assert self._proc is not None and self._proc.stdin is not None
        self._proc.stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")
        self._proc.stdin.flush()
        return self._read()

    def add_file(self, path: Path, name: str | None = None) -> str:
        """Serve ``path`` (streamed from where it is); returns its URL."""
        return str(self.call("add_file", path=str(path), name=name or path.name)["url"])

    def create_tasks(self, count: int) -> list[str]:
        """``count`` tasks made through the real HTTP API; running until task_seconds end."""
        return list(self.call("create_tasks", count=count)["ids"])

    def requests(self) -> dict[str, int]:
        """Requests received per route since the last :meth:`reset_requests`."""
        return dict(self.call("requests")["counts"])

    def request_times(self, route: str) -> list[tuple[str, float]]:
        """(path, wall-clock time) of each request to ``route``, oldest first."""
        return [(path, at) for path, at in self.call("request_log", route=route)["log"]]

    def reset_requests(self) -> None:
        self.call("reset")


# -- the server side ----------------------------------------------------------------------


def _create_tasks(box: Any, api_key: str | None, count: int) -> list[str]:
    import httpx

    from bench.files import png_bytes

    headers = {"Authorization": f"Bearer {api_key or 'bench'}"}
    with httpx.Client(base_url=box.base_url, headers=headers, timeout=30) as http:
        upload = http.post(
            "/api/common/upload/stream", files={"file": ("start.png", png_bytes(), "image/png")}
        )
        upload.raise_for_status()
        url = upload.json()["data"]["file_url"]
        ids = []
        for i in range(count):
            answer = http.post(
                "/api/generate/submit",
                json={
                    "model": "kling-2.1/standard",
                    "input": {
                        "prompt": f"benchmark task {i}",
                        "start_image_url": url,
                        "duration": 5,
                    },
                },
            )
            answer.raise_for_status()
            ids.append(answer.json()["data"]["task_id"])
    # Every task shares one picture: one render, which must end before anything is timed.
    renders = box.config.renders_dir
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(renders.glob("*.mp4")) and not any(renders.glob("*.part.mp4")):
            break
        time.sleep(0.05)
    box.reset_requests()
    return ids


def _answer(box: Any, api_key: str | None, command: dict[str, Any]) -> dict[str, Any]:
    cmd = command["cmd"]
    if cmd == "add_file":
        return {"url": box.add_file(command["path"], name=command.get("name"))}
    if cmd == "create_tasks":
        return {"ids": _create_tasks(box, api_key, int(command["count"]))}
    if cmd == "requests":
        return {"counts": dict(box.requests)}
    if cmd == "request_log":
        return {"log": [[r.path, r.at] for r in box.requests_for(command["route"])]}
    if cmd == "reset":
        box.reset_requests()
        return {}
    return {"error": f"unknown command {cmd!r}"}


def main(argv: list[str]) -> int:
    from poyo_desktop.sandbox import Sandbox

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    options = json.loads(argv[0])
    api_key = options["api_key"]
    box = Sandbox(
        task_seconds=options["task_seconds"],
        api_key=api_key,
        credits=1e9,
        data_dir=options["data_dir"],
        video_long_side=160,
    )
    print(json.dumps({"base_url": box.start()}), flush=True)
    try:
        for line in sys.stdin:
            command = json.loads(line)
            if command["cmd"] == "stop":
                break
            try:
                answer = _answer(box, api_key, command)
            except Exception as exc:  # report to the benchmark rather than die silently
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)
    finally:
        box.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
