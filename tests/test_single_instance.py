"""The folder's lock and the hand-over socket, between real processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

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

    from poyo_desktop.boot.single_instance import FileOpenEvents

    target, events = QObject(), FileOpenEvents()
    received: list[list[str]] = []
    events.opened.connect(received.append)
    target.installEventFilter(events)
    QCoreApplication.sendEvent(target, QFileOpenEvent(str(tmp_path / "photo.jpg")))
    assert received == [[str(tmp_path / "photo.jpg")]]
