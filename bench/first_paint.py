"""Child process for the cold-start benchmark: reports the first paint, then idle memory.

    python -m bench.first_paint bare|app DATA_DIR IDLE_SECONDS

Prints ``PAINT <unix time>`` at the first paint of a main window, then, after the idle
period, ``RSS <kB>`` and ``ANON <kB>`` (its anonymous part) and exits. ``bare`` is a PySide6
QMainWindow with one label; ``app`` is PoYo Desktop started as a person starts it (no key:
demo mode).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false")


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def anonymous_kb() -> int:
    """The part of the RSS that is the process's own memory (heap, Python objects); the rest
    is pages of files (libraries, fonts), whose count also depends on what the kernel's page
    cache holds at the time."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Anonymous:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> int:
    kind, data_dir, idle = sys.argv[1], sys.argv[2], float(sys.argv[3])
    if kind == "app":
        # As the poyo-desktop command starts it: the app's module first, before Qt is loaded
        # (imported after PySide6, its imports would be seen by PySide6's per-import source
        # scan, which keeps their sources in memory; the app makes that scan cheap only
        # once it runs).
        from poyo_desktop.boot.main import main as app_main
    from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

    pin_none_refcount()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0]])

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)
            ):
                self.seen = True
                print(f"PAINT {time.time():.6f}", flush=True)
                QTimer.singleShot(int(idle * 1000), self.report)
            return False

        def report(self) -> None:
            print(f"RSS {rss_kb()}\nANON {anonymous_kb()}", flush=True)
            os._exit(0)  # measured: no need to wait for a clean shutdown

    # The filter watches the main window only. An application-wide filter is called with
    # every object that gets an event, and PySide6 makes the Python type of each one it is
    # handed (QStyle's alone took 6-11 ms): the harness would slow the app it measures. It
    # is put on the window as the window is shown, so the app's modules are imported where
    # the app imports them (after it has taken over garbage collection, for one), not here.
    watcher = FirstPaint()
    show = QWidget.show

    def watched_show(widget: QWidget) -> None:
        if isinstance(widget, QMainWindow):
            widget.installEventFilter(watcher)
        show(widget)

    QWidget.show = watched_show  # type: ignore[method-assign]
    if kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.resize(1280, 800)
        window.show()
        return app.exec()
    return app_main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
