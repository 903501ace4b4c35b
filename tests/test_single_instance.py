"""The folder's lock and the hand-over socket, between real processes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from poyo_desktop.boot.instance_protocol import Reply
from poyo_desktop.boot.single_instance import OwnerNotAnswering, claim, take_lock

HOLD = r"""
import sys, time
from pathlib import Path
from poyo_desktop.boot.single_instance import take_lock
owner = take_lock(Path(sys.argv[1]))
print("LOCKED" if owner and owner.locked else "REFUSED", flush=True)
time.sleep(60)
"""

CLAIM = r"""
import sys
from pathlib import Path
from poyo_desktop.boot.single_instance import claim
owner = claim(Path(sys.argv[1]), [Path(sys.argv[2])], limit_s=float(sys.argv[3]))
print("OWNER" if owner else "HANDED", flush=True)
"""


def _run(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_lock_left_by_a_killed_app_does_not_lock_the_person_out(qapp, tmp_path):
    holder = _run(HOLD, tmp_path)
    assert holder.stdout.readline().strip() == "LOCKED"
    assert take_lock(tmp_path) is None  # held by a live process
    holder.kill()
    holder.wait()
    assert (tmp_path / "instance.lock").exists()  # left behind
    owner = take_lock(tmp_path)
    assert owner is not None and owner.locked
    owner.release()


def test_a_second_start_waits_for_an_owner_still_starting_then_hands_over(qapp, tmp_path):
    owner = claim(tmp_path, [])
    assert owner is not None and owner.locked
    received: list[list[str]] = []
    second = _run(CLAIM, tmp_path, tmp_path / "photo.jpg", 20)
    try:
        time.sleep(1.0)  # the owner is still "starting": locked, not listening yet
        assert second.poll() is None
        server = owner.serve()
        assert server is not None
        server.opened.connect(received.append)
        deadline = time.monotonic() + 20
        while second.poll() is None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        assert second.communicate(timeout=5)[0].strip() == "HANDED"
        # The second start may end before the owner's loop has read what it sent.
        while not received and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        assert received == [[str(tmp_path / "photo.jpg")]]
    finally:
        second.kill()
        owner.release()
    # Once the owner has quit, the next start owns the folder.
    again = claim(tmp_path, [])
    assert again is not None and again.locked
    again.release()


def test_an_owner_that_never_answers_is_reported_not_waited_on_for_ever(qapp, tmp_path):
    holder = _run(HOLD, tmp_path)
    try:
        assert holder.stdout.readline().strip() == "LOCKED"
        started = time.monotonic()
        try:
            claim(tmp_path, [], limit_s=0.5)
        except OwnerNotAnswering as error:
            assert "already running" in str(error)
        else:
            raise AssertionError("claim neither owned nor handed over")
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()


def test_different_folders_are_owned_separately(qapp, tmp_path):
    first = take_lock(tmp_path / "one")
    second = take_lock(tmp_path / "two")
    assert first is not None and second is not None and first.locked and second.locked
    assert Path(first.data_dir) != Path(second.data_dir)
    first.release()
    second.release()


def test_a_file_opened_on_a_running_app_on_macos_is_taken_like_a_second_start(qapp, tmp_path):
    """macOS sends "Open With" to the running app as an event, not as a new process."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QFileOpenEvent

    from poyo_desktop.boot.instance_server import FileOpenEvents

    target, events = QObject(), FileOpenEvents()
    received: list[list[str]] = []
    events.opened.connect(received.append)
    target.installEventFilter(events)
    QCoreApplication.sendEvent(target, QFileOpenEvent(str(tmp_path / "photo.jpg")))
    assert received == [[str(tmp_path / "photo.jpg")]]


REQUEST = r"""
import json, sys
from pathlib import Path
from poyo_desktop.cli.transport import NoAnswer, ask
try:
    ask(Path(sys.argv[1]), {"op": "list", "states": []}, lambda e: print(json.dumps(e)), limit_s=5)
except NoAnswer as error:
    print("NOANSWER", error.busy, error, flush=True)
"""


def _serve_until(process: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + 20
    while process.poll() is None and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return process.communicate(timeout=5)[0]


def test_a_command_line_request_is_answered_event_by_event_version_1(qapp, tmp_path):
    owner = take_lock(tmp_path)
    assert owner is not None
    server = owner.serve()
    assert server is not None
    asked: list[dict[str, object]] = []

    def answer(message: dict[str, object], reply: Reply) -> None:
        asked.append(message)
        reply.send("jobs", jobs=[])
        reply.end(code=0)

    server.requested.connect(answer)
    try:
        out = _serve_until(_run(REQUEST, tmp_path))
    finally:
        owner.release()
    assert asked == [{"v": 1, "op": "list", "states": []}]
    events = [json.loads(line) for line in out.splitlines()]
    assert events == [
        {"v": 1, "event": "jobs", "jobs": []},
        {"v": 1, "event": "end", "code": 0},
    ]


def test_a_folder_owned_by_the_command_line_answers_busy_to_both_kinds_of_start(qapp, tmp_path):
    owner = take_lock(tmp_path)
    assert owner is not None
    server = owner.serve(busy="The command line (poyo-desktop batch) is using this history.")
    assert server is not None
    opened: list[object] = []
    server.opened.connect(opened.append)
    server.requested.connect(lambda *_: opened.append("request"))
    try:
        window = _run(CLAIM_BUSY, tmp_path)
        assert "BUSY The command line (poyo-desktop batch)" in _serve_until(window)
        command = _serve_until(_run(REQUEST, tmp_path))
        assert command.startswith("NOANSWER True The command line (poyo-desktop batch)")
    finally:
        owner.release()
    assert opened == []  # nothing was taken: no second engine, no file


CLAIM_BUSY = r"""
import sys
from pathlib import Path
from poyo_desktop.boot.single_instance import FolderBusy, claim
try:
    claim(Path(sys.argv[1]), [], limit_s=5)
except FolderBusy as busy:
    print("BUSY", busy, flush=True)
"""


def test_the_channel_turns_away_a_caller_without_the_folders_secret(qapp, tmp_path):
    """Another user's process can reach a loopback port, but not read the folder's secret:
    it is turned away and nothing it sends is taken."""
    import socket
    import stat

    from poyo_desktop.boot.instance_channel import PORT_FILE, read_address

    owner = take_lock(tmp_path)
    assert owner is not None
    server = owner.serve()
    assert server is not None
    opened: list[object] = []
    server.opened.connect(opened.append)
    try:
        address = read_address(tmp_path)
        assert address is not None
        assert stat.S_IMODE((tmp_path / PORT_FILE).stat().st_mode) == 0o600
        with socket.create_connection(("127.0.0.1", address[0]), timeout=2) as stranger:
            stranger.sendall(b"not-the-secret\n" + json.dumps({"files": ["x.jpg"]}).encode())
            stranger.sendall(b"\n")
            stranger.settimeout(2)
            assert stranger.recv(100) == b""  # closed without an answer
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
        assert opened == []
    finally:
        owner.release()
    assert not (tmp_path / PORT_FILE).exists()  # the owner takes its address with it


def test_an_address_left_by_a_killed_owner_is_not_waited_on(qapp, tmp_path):
    from poyo_desktop.boot.instance_channel import PORT_FILE
    from poyo_desktop.boot.single_instance import hand_over

    (tmp_path / PORT_FILE).write_text('{"port": 9, "secret": "old"}', encoding="utf-8")
    started = time.monotonic()
    assert hand_over(tmp_path, []) == b""
    assert time.monotonic() - started < 2
