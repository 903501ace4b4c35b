"""Hand a finished video to the rest of the desktop: reveal it, open it, copy it safely.

Each platform reveals files its own way, and none of it may block the window: external
programs start detached, and the D-Bus request on Linux is asynchronous with a fallback.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)

__all__ = ["copy_file", "open_folder", "open_with_system", "show_in_folder"]

_FILE_MANAGER_SERVICE = "org.freedesktop.FileManager1"
_FILE_MANAGER_PATH = "/org/freedesktop/FileManager1"


def open_with_system(path: str | Path) -> bool:
    """Open ``path`` in whatever program the person chose for that kind of file."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).absolute())))


def open_folder(path: str | Path) -> bool:
    """Open the folder that contains ``path`` (or ``path`` itself when it is a folder)."""
    target = Path(path).absolute()
    folder = target if target.is_dir() else target.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_in_folder(path: str | Path) -> bool:
    """Open the file manager with ``path`` selected, so a person sees where the video lives.

    Returns ``False`` only when nothing could even be started. On Linux the file manager is
    asked over D-Bus; if no file manager answers, the containing folder opens instead.
    """
    target = Path(path).absolute()
    if not target.exists():
        return open_folder(target)
    if sys.platform == "win32":
        # Two arguments so QProcess quotes the path alone; explorer wants "/select," bare.
        return _start_detached("explorer.exe", ["/select,", os.path.normpath(target)], target)
    if sys.platform == "darwin":
        return _start_detached("open", ["-R", str(target)], target)
    if _show_items_over_dbus(target):
        return True
    return open_folder(target)


def copy_file(src: str | Path, dst: str | Path) -> Path:
    """Copy ``src`` to ``dst`` so that ``dst`` is never seen half-written.

    The data goes to a hidden temporary file beside ``dst`` first and is renamed over it at
    the end, so a full disk or a crash leaves the old ``dst`` (or nothing), never a torn
    video. Safe to call from a worker thread: it touches no Qt object.
    """
    src_path = Path(src)
    dst_path = Path(dst)
    if dst_path.exists() and src_path.resolve() == dst_path.resolve():
        return dst_path
    dst_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{dst_path.name}.", suffix=".part", dir=dst_path.parent
    )
    tmp_path = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, src_path.open("rb") as source:
            shutil.copyfileobj(source, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):
            shutil.copymode(src_path, tmp_path)
        os.replace(tmp_path, dst_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
    return dst_path


def _start_detached(program: str, arguments: list[str], target: Path) -> bool:
    started, _pid = QProcess.startDetached(program, arguments)
    if not started:
        log.warning("could not start %s to reveal %s; opening the folder", program, target)
        return open_folder(target)
    return True


def _show_items_over_dbus(target: Path) -> bool:
    """Ask a freedesktop file manager to select ``target``; False if D-Bus is unavailable.

    The call is asynchronous: if the file manager later answers with an error, the folder
    is opened instead, so the person still gets a window.
    """
    try:  # QtDBus is loaded only here, on Linux, and may be missing
        from PySide6.QtDBus import (
            QDBusConnection,
            QDBusMessage,
            QDBusPendingCall,
            QDBusPendingCallWatcher,
        )
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    message = QDBusMessage.createMethodCall(
        _FILE_MANAGER_SERVICE, _FILE_MANAGER_PATH, _FILE_MANAGER_SERVICE, "ShowItems"
    )
    uri = bytes(QUrl.fromLocalFile(str(target)).toEncoded().data()).decode("ascii")
    message.setArguments([[uri], ""])  # ShowItems(as uris, s startup_id)
    pending: QDBusPendingCall = bus.asyncCall(message, 5000)
    owner: QObject | None = QCoreApplication.instance()
    watcher = QDBusPendingCallWatcher(pending, owner)

    def on_finished(finished: QDBusPendingCallWatcher) -> None:
        if finished.isError():
            log.info(
                "no file manager answered over D-Bus (%s); opening the folder",
                finished.error().message(),
            )
            open_folder(target)
        finished.deleteLater()

    watcher.finished.connect(on_finished)
    return True
