"""The real tray path on a Linux desktop with a tray: what Qt hands the notification server
for a notice, and a click on the bubble coming back as that notice's task.

Runs the app's notifier under X (xvfb) with Qt's D-Bus tray, against the stand-in desktop
of ``fake_linux_desktop.py`` on a session bus of its own; skipped where those tools are
missing. (Offscreen Qt reports no tray at all, which is why this is not an in-process test.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("xvfb-run", "dbus-run-session")

APP = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
app.setApplicationName("PoYo Desktop")
from poyo_desktop.ui.window.notify import DesktopNotifier, Notice
window = QMainWindow()
window.show()
notifier = DesktopNotifier(window)
notifier.clicked.connect(lambda job: (print("CLICKED", job, flush=True), app.quit()))
print("TRAY", notifier.show(Notice("Your video is ready", "“Waves roll in”", "job-42")),
      flush=True)
QTimer.singleShot(8000, app.quit)
app.exec()
"""


@pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED), reason="needs xvfb-run and dbus-run-session"
)
def test_a_tray_notification_reaches_the_server_and_its_click_comes_back(tmp_path):
    pytest.importorskip("jeepney")
    app = tmp_path / "app.py"
    app.write_text(APP)
    desktop = Path(__file__).with_name("fake_linux_desktop.py")
    script = f"{sys.executable} {desktop} & sleep 1; {sys.executable} {app}; kill %1"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        ["xvfb-run", "-a", "dbus-run-session", "--", "bash", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    lines = done.stdout.splitlines()
    assert "TRAY True" in lines, done.stdout + done.stderr  # the real QSystemTrayIcon path
    [sent] = [json.loads(line[7:]) for line in lines if line.startswith("NOTIFY ")]
    assert (sent["app"], sent["summary"], sent["body"]) == (
        "PoYo Desktop",
        "Your video is ready",
        "“Waves roll in”",
    )
    assert "image_data" in sent["hints"] or "image-data" in sent["hints"]  # its picture
    # Another program's bubble clicked first: not ours. Then ours: its task.
    assert [line for line in lines if line.startswith("CLICKED")] == ["CLICKED job-42"]
