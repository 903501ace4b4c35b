"""Child process for the cold-start benchmark: reports the first paint, then idle memory.

    python -m bench.first_paint bare|app DATA_DIR IDLE_SECONDS

Prints ``PAINT <unix time>`` at the first paint of a main window, then, after the idle
period, ``RSS <kB>`` and exits. ``bare`` is a PySide6 QMainWindow with one label; ``app``
is PoYo Desktop started as a person starts it (no key: demo mode).
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


def main() -> int:
    kind, data_dir, idle = sys.argv[1], sys.argv[2], float(sys.argv[3])
    from poyo_desktop.qtfix import pin_none_refcount

    pin_none_refcount()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (not self.seen and event.type() == QEvent.Type.Paint
                    and isinstance(watched, QMainWindow)):
                self.seen = True
                print(f"PAINT {time.time():.6f}", flush=True)
                QTimer.singleShot(int(idle * 1000), self.report)
            return False

        def report(self) -> None:
            print(f"RSS {rss_kb()}", flush=True)
            os._exit(0)  # measured: no need to wait for a clean shutdown

    # The filter watches the main window only. An application-wide filter is called with
    # every object that gets an event, and PySide6 makes the Python type of each one it is
    # handed (QStyle's alone took 6-11 ms): the harness would slow the app it measures.
    watcher = FirstPaint()
    if kind == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.resize(1280, 800)
        window.installEventFilter(watcher)
        window.show()
        return app.exec()
    from poyo_desktop.app import main as app_main
    from poyo_desktop.app import scan_sources_cheaply

    scan_sources_cheaply()  # as app_main does before importing the window's modules
    from poyo_desktop.ui.main_window import MainWindow

    built = MainWindow.__init__

    def watched_init(self: MainWindow, *args: object, **kwargs: object) -> None:
        built(self, *args, **kwargs)
        self.installEventFilter(watcher)

    MainWindow.__init__ = watched_init  # type: ignore[method-assign]
    return app_main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main())
