"""Entry point: parse the command line, show the window, then build the context and run Qt
and asyncio as one loop.

Start-up order, for a fast first paint: the window (widgets only) is built and drawn by a
plain Qt event loop first; asyncio, qasync, the network stack, the key and the history are
loaded after that, and the window is then wired to them (:meth:`MainWindow.attach`).

Before any of it, the data folder's lock says whether another PoYo Desktop owns this
history (~2 ms; see single_instance.py): if one does, this start hands it its files and
exits 0 without a window or a QApplication. The owner takes later starts' files through a
local socket opened after its first paint. SIGTERM, SIGINT and SIGHUP close the window as
Quit does (quit_signals.py), so every way out runs the same clean shutdown.

The imports inside the functions below keep that order: PySide6, and every module of ours
that imports it, loads only after the reference-count fix and the cheap import scan (this
module is imported before PySide6); asyncio, qasync, the log file and the services only
after the first paint.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, cast

from poyo_desktop import APP_ID, APP_NAME, __version__
from poyo_desktop.cli import COMMANDS as CLI_COMMANDS
from poyo_desktop.runtime.httpx_cli import skip_httpx_command_line
from poyo_desktop.runtime.pyside_import_scan import scan_sources_cheaply
from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount
from poyo_desktop.services.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from poyo_desktop.boot.compose import AppContext
    from poyo_desktop.boot.options import Options
    from poyo_desktop.boot.single_instance import Ownership
    from poyo_desktop.cli.door import CommandDoor
    from poyo_desktop.runtime.gui_collector import GuiThreadCollector
    from poyo_desktop.ui.window.main_window import MainWindow

FIRST_PAINT_LIMIT_MS = 1000
UPDATE_CHECK_DELAY = 20.0  # seconds after "Ready": the opt-in update check waits its turn


class _VersionAction(argparse.Action):
    """--version: the exact build (version, commit, date), read only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from poyo_desktop.build_info import build_info

        print(build_info().line())
        parser.exit()


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="poyo-desktop", description=APP_NAME)
    parser.add_argument("--version", action=_VersionAction, help="show the exact build and exit")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run with the built-in simulated server, even if a key is set",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="make one demo video headless, check it plays, and exit",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="keep settings, history and logs in this folder"
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging details")
    parser.add_argument("--server", default=None, help=argparse.SUPPRESS)  # tests' sandbox
    parser.add_argument("--task-seconds", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--poll-interval", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--video-size", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", type=Path, help="an image to start from")
    return parser.parse_args(argv)


GIL_SWITCH_INTERVAL = 0.001  # seconds
# Loaded on a worker thread before the window is attached: the services, and the window's
# helpers and draft keeper, whose import on the GUI thread was start-up's longest step
# (7-10 ms of the idle window's worst tick; bench/first_video.py's idle baseline).
ATTACH_MODULES = (
    "poyo_desktop.boot.compose",
    "poyo_desktop.ui.window.window_helpers",
    "poyo_desktop.ui.form.draft_keeper",
)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    scan_sources_cheaply()  # if PySide6 is already loaded (a test or benchmark harness)
    skip_httpx_command_line()
    windowless = _run_windowless(argv)
    if windowless is not None:
        return windowless
    args = _parse(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # FFmpeg's and the multimedia back-end's chatter is noise for a person; the log keeps ours.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false;qt.rhi*=false")

    import PySide6.QtWidgets  # noqa: F401  (loaded first: the scan below then applies)

    scan_sources_cheaply()  # before our modules are imported

    data_dir = args.data_dir
    if args.self_test and data_dir is None:
        data_dir = Path(tempfile.mkdtemp(prefix="poyo-self-test-"))
    paths = AppPaths.default(data_dir)
    ownership = None
    if not args.self_test:  # a self-test has its own folder and never waits on the app
        claimed = _claim_folder(paths, args.files)
        if isinstance(claimed, int):
            return claimed
        ownership = claimed

    app = _make_app()
    from poyo_desktop.runtime.gui_collector import GuiThreadCollector
    from poyo_desktop.ui.kit.translations import install_translators

    # Before the first widget; kept for the app's life. English loads nothing.
    _translators = install_translators(paths.settings_file)

    # Qt objects must never be freed by a worker's GC pass.
    collector = GuiThreadCollector(parent=app)

    if args.self_test:
        import qasync

        from poyo_desktop.boot.selftest import run_self_test

        _finish_setup(app, paths, verbose=args.verbose)
        return qasync.run(run_self_test(app, _options(args, data_dir)))
    window = show_window(paths)
    _finish_setup(app, paths, verbose=args.verbose)
    from poyo_desktop.ui.window.errors import install_excepthook

    install_excepthook()
    if args.files:
        window.open_start_image(args.files[0])
    import qasync  # and asyncio: after the first paint

    return qasync.run(run_app(window, _options(args, data_dir), collector, ownership))


def _run_windowless(argv: list[str]) -> int | None:
    """The starts that open no window (their exit code), or None for the app itself."""
    if argv[:1] == ["--sandbox-render"]:  # the frozen app renders demo videos itself
        from poyo_desktop.sandbox.render import main as render_main

        return render_main(argv[1:])
    if argv[:1] == ["--serve-demo"]:  # the frozen app runs its demo server as a child
        from poyo_desktop.boot.demo_server import serve

        return serve(argv[1:])
    # before any Qt call: PySide6 6.12 on Python 3.11 (see runtime/pyside_refcounts.py)
    pin_none_refcount()
    if argv[:1] and argv[0] in CLI_COMMANDS:  # the command line: no window, no GUI modules
        from poyo_desktop.cli.main import run as run_cli

        return run_cli(argv)
    return None


def _claim_folder(paths: AppPaths, files: list[Path]) -> Ownership | int:
    """Before any window: own the data folder, or hand a second start's files to the app
    that owns it. The exit code when this start is to leave (0 handed over, 1 no answer)."""
    from poyo_desktop.boot.single_instance import FolderBusy, OwnerNotAnswering, claim

    try:
        ownership = claim(paths.data_dir, files)
    except OwnerNotAnswering as error:
        print(error, file=sys.stderr)
        return 1
    except FolderBusy as busy:  # the command line runs on this history: say so, then open
        from poyo_desktop.boot.folder_busy import wait_for_folder

        return wait_for_folder(paths.data_dir, str(busy))
    return 0 if ownership is None else ownership


def _make_app() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = cast("QApplication", QApplication.instance() or QApplication([sys.argv[0]]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("PoYo")
    app.setDesktopFileName(APP_ID)
    # Closing the last window must not stop the loop under our feet: the coroutine that
    # runs the app closes services (saving honest states) and then returns.
    app.setQuitOnLastWindowClosed(False)
    return app


def _options(args: argparse.Namespace, data_dir: Path | None) -> Options:
    from poyo_desktop.boot.options import Options

    options = Options(
        data_dir=data_dir,
        force_demo=args.demo or args.self_test,
        base_url=args.server,
        poll_interval=args.poll_interval,
    )
    if args.task_seconds is not None:
        options.demo_task_seconds = args.task_seconds
    if args.self_test:
        options.demo_task_seconds = min(options.demo_task_seconds, 3.0)
        options.demo_video_long_side = 480
    if args.video_size:
        options.demo_video_long_side = args.video_size
    return options


def _finish_setup(app: QApplication, paths: AppPaths, *, verbose: bool) -> None:
    """What the first paint need not wait for: the log file (logging.handlers, ~10 ms) and
    the window icon (eight PNGs)."""
    from PySide6.QtGui import QIcon

    from poyo_desktop.boot.resources_path import app_icon_files
    from poyo_desktop.runtime.logging_setup import setup_logging

    log_file = setup_logging(paths.log_dir, verbose=verbose)
    logging.getLogger(__name__).info("%s %s starting (log: %s)", APP_NAME, __version__, log_file)
    icon = QIcon()
    for size in app_icon_files():
        icon.addFile(str(size))
    if not icon.isNull():
        app.setWindowIcon(icon)


def show_window(paths: AppPaths) -> MainWindow:
    """Build the window (no services yet), show it and run Qt's own event loop until it has
    been drawn once, so nothing that can wait is loaded before the person sees it; then
    fill in the preview and the task list, which the first paint showed the places of.

    That loop takes no input: a click or a key in those few milliseconds waits for the
    panes to exist rather than reaching a window without them.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    from poyo_desktop.ui.window.main_window import MainWindow

    window = MainWindow(paths=paths, panes_later=True)
    window.show()
    if not window.has_painted():
        loop = QEventLoop()
        limit = QTimer()  # a window that is never exposed (say, minimised) does not hold us
        limit.setSingleShot(True)
        limit.timeout.connect(loop.quit)
        window.first_painted.connect(loop.quit)
        limit.start(FIRST_PAINT_LIMIT_MS)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        limit.stop()
        window.first_painted.disconnect(loop.quit)
    window.build_panes()
    return window


async def run_app(
    window: MainWindow,
    options: Options,
    collector: GuiThreadCollector,
    ownership: Ownership | None = None,
) -> int:
    """Run the app until its window is closed (Quit, the close button, or SIGTERM/SIGINT,
    which take the same path), then close the services; 0 when all was saved."""
    import asyncio

    from poyo_desktop.boot.quit_signals import QuitOnSignals
    from poyo_desktop.runtime.background_imports import import_in_background
    from poyo_desktop.runtime.next_turn import next_turn

    # A thread waiting for the GIL asks for it after this long: the GUI thread, woken by Qt
    # between download threads' chunks, would wait up to 5 ms (the default) each time.
    # 1 ms: event-loop p99 under load ~4-5 -> ~2.5-3 ms (bench/responsiveness.py). Set
    # after the first paint: start-up's own threads then slow it by ~20 ms (bench/cold_start).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)
    log = logging.getLogger(__name__)
    closed = asyncio.Event()
    window.closed.connect(closed.set)
    signals = QuitOnSignals(lambda: _close_as_quit(window, closed))
    signals.install()
    from poyo_desktop.cli.door import CommandDoor

    door = CommandDoor()  # the command line's requests, done by this app's services
    updates: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    ownership = _own_folder(window, options, ownership, door)
    if not window.isVisible():  # closed while it was being drawn
        closed.set()
    try:
        await import_in_background(*ATTACH_MODULES)
        from poyo_desktop.boot.compose import build_context

        ctx = await build_context(options, defer_demo=True)
        window.attach(ctx.services())
        window.keep_draft()  # before the next turn lets the person act
        door.open(ctx.services())
        await next_turn()
        window.offer_first_run_guide()
        await next_turn()
        collector.freeze_start_up()  # what is there now stays; the work it resumes comes next
        if not closed.is_set():
            await window.start()
            log.info("Ready")
            updates = asyncio.ensure_future(_look_for_updates(window, ctx))
        await closed.wait()
        updates.cancel()
        await ctx.close()
        log.info("%s closed cleanly", APP_NAME)
    finally:
        signals.remove()
        ownership.release()
    return 0


async def _look_for_updates(window: MainWindow, ctx: AppContext) -> None:
    """The opt-in update check, once start-up has settled: its modules load only now, on a
    worker thread, and it never holds up the window (ui/window/update_notice.py)."""
    import asyncio

    from poyo_desktop.runtime.background_imports import import_in_background

    await asyncio.sleep(UPDATE_CHECK_DELAY)
    await import_in_background("poyo_desktop.ui.window.update_notice")
    from poyo_desktop.ui.window.update_notice import UpdateNotice

    try:
        await UpdateNotice(window, ctx.settings, ctx.paths).run()
    except Exception:  # a look for news must never disturb the app
        logging.getLogger(__name__).exception("The update check failed")


def _own_folder(
    window: MainWindow, options: Options, ownership: Ownership | None, door: CommandDoor
) -> Ownership:
    """Own the data folder (if ``main`` did not already) and take later starts' files: each
    brings this window forward, the first file becoming the Start image."""
    from poyo_desktop.boot.single_instance import Ownership, take_lock

    if ownership is None:
        folder = AppPaths.default(options.data_dir).data_dir
        ownership = take_lock(folder) or Ownership(folder, None, "another app owns it")
    if ownership.note:
        logging.getLogger(__name__).warning(
            "Not guarding the history against a second start: %s", ownership.note
        )
    server = ownership.serve()
    if server is not None:
        server.opened.connect(lambda files: _bring_forward(window, files))
        server.requested.connect(door.take)
    if sys.platform == "darwin":  # an app-wide filter sees every event: only where needed
        from PySide6.QtWidgets import QApplication

        from poyo_desktop.boot.instance_server import FileOpenEvents

        mac_open = FileOpenEvents(window)  # lives as long as the window
        mac_open.opened.connect(lambda files: _bring_forward(window, files))
        QApplication.instance().installEventFilter(mac_open)
    return ownership


def _bring_forward(window: MainWindow, files: list[str]) -> None:
    if files:
        window.open_start_image(Path(files[0]))
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _close_as_quit(window: MainWindow, closed: object) -> None:
    """What a quit signal does: close open dialogs (as if cancelled), then the window, the
    same path as File ▸ Quit."""
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    window.close()
    closed.set()  # type: ignore[attr-defined]  # also when the window was never shown


if __name__ == "__main__":
    sys.exit(main())
