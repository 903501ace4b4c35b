"""The process whose start is timed: ``python -m bench.child bare|app [app arguments]``.

Prints ``PAINT <time.monotonic()>`` on the main window's first paint event, then keeps
running (the parent reads its memory and ends it). ``bare`` is the baseline: a plain
``QMainWindow`` with one label, started exactly the same way.
"""

from __future__ import annotations

import sys
import time


def _report_paint() -> None:
    print(f"PAINT {time.monotonic():.6f}", flush=True)


def run_bare() -> int:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class BareWindow(QMainWindow):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                _report_paint()

    app = QApplication([sys.argv[0]])
    window = BareWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1280, 800)
    window.show()
    return app.exec()


def run_app(argv: list[str]) -> int:
    from PySide6.QtGui import QPaintEvent

    from poyo_desktop import app
    from poyo_desktop.ui import main_window

    class TimedWindow(main_window.MainWindow):
        painted = False

        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            if not self.painted:
                self.painted = True
                _report_paint()

    main_window.MainWindow = TimedWindow  # type: ignore[misc]  # app._run imports it late
    return app.main(argv)


def main() -> int:
    from poyo_desktop.qtfix import pin_none_refcount

    pin_none_refcount()  # before any Qt call (PySide6 6.12 on Python 3.11)
    mode, rest = sys.argv[1], sys.argv[2:]
    return run_bare() if mode == "bare" else run_app(rest)


if __name__ == "__main__":
    sys.exit(main())
