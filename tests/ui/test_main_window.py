"""The real window, offscreen, against the sandbox: drop, type, generate, watch, play."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from poyo_desktop.boot.compose import AppContext, build_context
from poyo_desktop.boot.options import Options
from poyo_desktop.core.states import JobState
from poyo_desktop.sandbox import Fault
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.ui.tasks.task_model import JobListModel
from poyo_desktop.ui.window.main_window import MainWindow
from tests.conftest import TEST_KEY
from tests.images import write_png


async def wait_until(predicate, timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def open_window(poyo, tmp_path: Path) -> tuple[MainWindow, AppContext]:
    options = Options(
        data_dir=tmp_path / "home",
        force_demo=True,
        base_url=poyo.base_url,
        api_key=TEST_KEY,
        poll_interval=0.05,
    )
    ctx = await build_context(options)
    window = MainWindow(ctx.services())
    window.resize(1280, 800)
    window.show()
    await window.start()
    return window, ctx


def drop_file(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the drop zone refused a drag of an image file"
    drop = QDropEvent(
        where,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)


def job_rows(window: MainWindow) -> list:
    model = window.model
    return [model.data(model.index(r, 0), JobListModel.JobRole) for r in range(model.rowCount())]


def test_first_minute_drop_type_generate_play(poyo, tmp_path, qloop):
    image = write_png(tmp_path / "my holiday.png", 640, 400)

    async def scenario():
        window, ctx = await open_window(poyo, tmp_path)
        try:
            form = window.form
            assert not window.window_actions.generate_action.isEnabled() or not form.try_generate()
            drop_file(form.start_zone, image)
            await wait_until(lambda: form.start_zone.check() is not None, what="image check")
            assert form.start_zone.path() == image
            form.prompt_edit.setFocus()
            QTest.keyClicks(form.prompt_edit, "A paper boat drifts across the lake")
            await wait_until(lambda: not form.blocking_reason(), what="form ready")
            # Ctrl+Enter is Generate
            QTest.keyClick(form.prompt_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await wait_until(lambda: len(job_rows(window)) == 1, what="task row")
            seen = set()
            await wait_until(
                lambda: (
                    seen.add(job_rows(window)[0].state) or job_rows(window)[0].state.is_terminal
                ),
                what="finished task",
            )
            job = job_rows(window)[0]
            assert job.state is JobState.FINISHED, job.error_message
            assert {JobState.RUNNING, JobState.DOWNLOADING} & seen or len(seen) >= 2
            # the form keeps its values for the next variation
            assert form.prompt() == "A paper boat drifts across the lake"
            assert form.start_zone.path() == image
            # select the row: the player decodes real frames of the result
            window.tasks.select_job(job.id)
            frames = []
            window.preview.video_sink().videoFrameChanged.connect(lambda f: frames.append(1))
            window.preview.show_job(job)
            await wait_until(lambda: len(frames) >= 10, timeout=20, what="decoded frames")
            assert window.preview.player.duration() in range(4800, 5300)
            return job
        finally:
            window.close()
            await ctx.close()

    job = qloop.run_until_complete(scenario())
    assert Path(job.output_path).exists()
    assert poyo.tasks_created == 1


def test_end_image_only_on_pro(poyo, tmp_path, qloop):
    start = write_png(tmp_path / "a.png", 640, 400)
    end = write_png(tmp_path / "b.png", 640, 400)

    async def scenario():
        window, ctx = await open_window(poyo, tmp_path)
        try:
            form = window.form
            form.set_model("kling-2.1/standard")
            assert not form.end_zone.is_available()
            assert "Pro" in form.end_zone.disabled_reason()
            form.set_model("kling-2.1/pro")
            assert form.end_zone.is_available()
            form.start_zone.set_image(start)
            form.end_zone.set_image(end)
            form.prompt_edit.setPlainText("morph")
            await wait_until(lambda: not form.blocking_reason(), what="form ready")
            form.set_model("kling-2.1/standard")
            assert form.end_zone.path() == end  # kept in the form …
            assert form.draft().end_image is None  # … but not sent
        finally:
            window.close()
            await ctx.close()

    qloop.run_until_complete(scenario())


def test_server_failure_is_shown_on_the_task_in_plain_words(poyo, tmp_path, qloop):
    poyo.inject(Fault.fail_task("The prompt was flagged by the safety filter."))
    image = write_png(tmp_path / "a.png", 640, 400)

    async def scenario():
        window, ctx = await open_window(poyo, tmp_path)
        try:
            window.form.start_zone.set_image(image)
            window.form.prompt_edit.setPlainText("something")
            await wait_until(lambda: not window.form.blocking_reason(), what="form ready")
            assert window.form.try_generate()
            await wait_until(
                lambda: job_rows(window) and job_rows(window)[0].state is JobState.FAILED,
                what="failed task",
            )
            index = window.model.index(0, 0)
            tooltip = window.model.data(index, Qt.ItemDataRole.ToolTipRole)
            spoken = window.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
            window.tasks.select_job(job_rows(window)[0].id)
            await asyncio.sleep(0.05)
            return tooltip, spoken, window.window_actions.retry_action.isEnabled()
        finally:
            window.close()
            await ctx.close()

    tooltip, spoken, can_retry = qloop.run_until_complete(scenario())
    assert "safety filter" in tooltip and "safety filter" in spoken
    assert can_retry


def test_closing_with_tasks_in_flight_is_quick_and_honest(poyo, tmp_path, qloop):
    poyo.inject(Fault.slow(5.0, route="status", times=None))
    image = write_png(tmp_path / "a.png", 640, 400)

    async def scenario():
        window, ctx = await open_window(poyo, tmp_path)
        window.form.start_zone.set_image(image)
        window.form.prompt_edit.setPlainText("something")
        await wait_until(lambda: not window.form.blocking_reason(), what="form ready")
        window.form.try_generate()
        await wait_until(
            lambda: job_rows(window) and job_rows(window)[0].state is JobState.QUEUED,
            what="queued task",
        )
        job_id = job_rows(window)[0].id
        started = time.monotonic()
        window.close()
        await ctx.close()
        took = time.monotonic() - started
        from poyo_desktop.store import AsyncJobStore

        store = await AsyncJobStore.open(ctx.paths.database)
        saved = await store.get(job_id)
        await store.close()
        return took, saved

    took, saved = qloop.run_until_complete(scenario())
    assert took < 3.5
    assert saved.state is JobState.QUEUED and saved.remote_id  # resumable next time


def test_demo_mode_as_a_person_starts_it(tmp_path, qloop):
    """No key: the window paints first, then its own sandbox starts and a video is made."""
    image = write_png(tmp_path / "a.png", 640, 400)

    async def scenario():
        ctx = await build_context(
            Options(
                data_dir=tmp_path / "home",
                force_demo=True,
                demo_task_seconds=0.5,
                demo_video_long_side=160,
                poll_interval=0.05,
            ),
            defer_demo=True,
        )
        window = MainWindow(ctx.services())
        window.show()
        try:
            assert ctx.sandbox is None and ctx.demo_pending  # nothing slow before the paint
            assert window.banner.isVisibleTo(window)
            window.form.start_zone.set_image(image)
            window.form.prompt_edit.setPlainText("waves")
            await wait_until(lambda: not window.form.blocking_reason(), what="form ready")
            assert window.form.try_generate()  # pressed before the sandbox is up: it waits
            await window.start()
            assert ctx.sandbox is not None and "Demo mode" in window.mode_label.text()
            await wait_until(
                lambda: job_rows(window) and job_rows(window)[0].state.is_terminal,
                what="finished demo video",
            )
            return job_rows(window)[0]
        finally:
            window.close()
            await ctx.close()

    job = qloop.run_until_complete(scenario())
    assert job.state is JobState.FINISHED and job.backend == "demo"


def test_window_paints_before_its_services_and_does_what_was_asked_meanwhile(tmp_path, qloop):
    """The app shows the window first and wires the services after its first paint: a
    Generate pressed (and Settings asked for) in that moment is carried out on attach."""
    from poyo_desktop.ui.settings.settings_dialog import SettingsDialog

    image = write_png(tmp_path / "a.png", 640, 400)
    home = tmp_path / "home"

    async def scenario():
        window = MainWindow(paths=AppPaths.default(home))
        window.show()
        ctx = None
        try:
            await wait_until(window.has_painted, what="first paint")
            assert not window.is_attached()
            assert window.model.is_loading()  # not "No videos yet" before the history is read
            assert window.banner.isVisibleTo(window)  # a first start has no key: demo
            assert "Demo mode" in window.mode_label.text()
            window.form.start_zone.set_image(image)
            window.form.prompt_edit.setPlainText("waves")
            await wait_until(lambda: not window.form.blocking_reason(), what="form ready")
            assert window.form.try_generate()
            window.window_actions.settings_action.trigger()
            assert window.findChild(SettingsDialog) is None  # nothing to edit yet
            ctx = await build_context(
                Options(
                    data_dir=home,
                    force_demo=True,
                    demo_task_seconds=0.5,
                    demo_video_long_side=160,
                    poll_interval=0.05,
                ),
                defer_demo=True,
            )
            window.attach(ctx.services())
            await wait_until(
                lambda: window.findChild(SettingsDialog) is not None, what="Settings opened"
            )  # its modules load on a worker thread first
            dialog = window.findChild(SettingsDialog)
            assert dialog.isVisible()
            dialog.reject()
            await window.start()
            await wait_until(
                lambda: job_rows(window) and job_rows(window)[0].state.is_terminal,
                what="finished demo video",
            )
            return job_rows(window)[0]
        finally:
            window.close()
            if ctx is not None:
                await ctx.close()

    job = qloop.run_until_complete(scenario())
    assert job.state is JobState.FINISHED and job.prompt == "waves"


def test_the_first_frame_is_measured_again_in_the_platform_style_once_drawn(tmp_path, qloop):
    """The form guesses Fusion's radio width for the first frame (asking the style costs
    start-up) and takes the real style's right after it."""
    from PySide6.QtWidgets import QStyle

    usual = QApplication.style().name()
    QApplication.setStyle("Windows")
    window = MainWindow(paths=AppPaths.default(tmp_path / "home"))
    try:
        style = QApplication.style()
        wanted = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 6
        explanations = [card.explanation for card in window.form._model_cards.values()]
        assert explanations[0].contentsMargins().left() != wanted
        window.show()

        async def drawn() -> None:
            await wait_until(window.has_painted, what="first paint")
            await wait_until(
                lambda: explanations[0].contentsMargins().left() == wanted,
                what="the style's own measure",
            )

        qloop.run_until_complete(drawn())
        assert [label.contentsMargins().left() for label in explanations] == [wanted] * 2
    finally:
        window.close()
        QApplication.setStyle(usual)


def test_window_expects_the_mode_of_the_last_session(tmp_path, qapp):
    """Before the key is read, the window shows what the last session had (no flicker of
    the demo banner for someone with a key); attach corrects it and close remembers it."""
    paths = AppPaths.default(tmp_path / "home")
    paths.config_dir.mkdir(parents=True)
    state = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    state.setValue("window/demo", False)
    state.sync()
    window = MainWindow(paths=paths)
    assert not window.banner.isVisibleTo(window)
    assert window.mode_label.text() == "Starting…"
    window.close()
    told = MainWindow(paths=paths, demo=True)
    assert told.banner.isVisibleTo(told)
    told.close()


def test_panes_drawn_later_take_the_places_and_sizes_kept_for_them(tmp_path, qloop):
    """The app's first paint shows where the preview and the task list go; they take those
    places right after, at the sizes the last session left, without the layout moving."""
    from poyo_desktop.ui.player.player import VideoPreview
    from poyo_desktop.ui.tasks.task_view import TaskListView

    paths = AppPaths.default(tmp_path / "home")
    paths.config_dir.mkdir(parents=True)
    before = MainWindow(paths=paths)
    before.show()
    total = sum(before.right_split.sizes())
    before.right_split.setSizes([total - 330, 330])
    before.close()  # remembers the sizes

    async def painted(window: MainWindow) -> list[int]:
        window.show()
        await wait_until(window.has_painted, what="first paint")
        return window.right_split.sizes()

    whole = MainWindow(paths=paths)  # as tests and a restart with a context build it
    left = qloop.run_until_complete(painted(whole))
    whole.close()
    assert abs(left[1] - 330) <= 40  # the last session's, as far as this screen allows
    window = MainWindow(paths=paths, panes_later=True)
    try:
        assert window.findChild(VideoPreview) is None and window.findChild(TaskListView) is None
        task_actions = window.window_actions.task_actions()
        assert not any(action.isEnabled() for action in task_actions if action)
        first = qloop.run_until_complete(painted(window))
        assert window.right_split.count() == 2 and first == left
        window.build_panes()
        window.build_panes()  # once
        QApplication.processEvents()
        assert window.right_split.count() == 2
        assert window.right_split.widget(0) is window.preview
        assert window.right_split.widget(1).isAncestorOf(window.tasks)
        assert len(window.findChildren(TaskListView)) == 1
        assert window.right_split.sizes() == first
        assert window.model.is_loading()  # the history comes with attach
    finally:
        window.close()


START_PROBE = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount
pin_none_refcount()
app = QApplication([sys.argv[0]])
LATE = ("asyncio", "qasync", "httpx", "keyring", "sqlite3", "PySide6.QtMultimedia",
        "poyo_desktop.services.jobs", "poyo_desktop.store.store",
        "poyo_desktop.ui.tasks.task_view", "poyo_desktop.ui.player.player")  # the panes come after
LATE_TYPES = ("QStyle", "QFileDialog", "QMessageBox")  # ~600 enum members in QStyle alone

def late(when):
    import PySide6.QtCore as core, PySide6.QtWidgets as widgets  # types made on first use
    print(when, *[m for m in LATE if m in sys.modules],
          *[t for t in LATE_TYPES if t in vars(widgets)],
          *(["Qt"] if "Qt" in vars(core) else []), flush=True)

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            late("PAINT")
            watched.removeEventFilter(self)
        return False

probe = Probe()
from poyo_desktop.boot.main import main
from poyo_desktop.runtime.pyside_import_scan import scan_sources_cheaply
scan_sources_cheaply()
from poyo_desktop.ui.window.main_window import MainWindow
built, panes = MainWindow.__init__, MainWindow.build_panes
def watched(self, *args, **kwargs):  # on the window only: an application-wide filter
    built(self, *args, **kwargs)     # makes PySide6 create the type of every object
    self.installEventFilter(probe)
def build_panes(self):  # the first frame is out (every widget of it drawn)
    late("FRAME")
    os._exit(0)
MainWindow.__init__ = watched
MainWindow.build_panes = build_panes
main(["--data-dir", sys.argv[1]])
"""


def test_the_first_paint_comes_before_the_network_stack_history_and_player(tmp_path):
    """What makes the cold start fast: none of these is loaded when the window is drawn
    (nor the preview and task list, whose places it shows), nor are PySide6's costliest
    types made: QStyle's took 6-11 ms, and the Qt namespace's 94 enums (~1,600 Python enum
    members) 15-25 ms. The whole first frame, not only the window's own paint event, is
    drawn without them."""
    result = subprocess.run(
        [sys.executable, "-c", START_PROBE, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = [
        line.split() for line in result.stdout.splitlines() if line.startswith(("PAINT", "FRAME"))
    ]
    assert [line[0] for line in lines] == ["PAINT", "FRAME"], result.stdout + result.stderr
    assert lines == [["PAINT"], ["FRAME"]]


def demo_options(home: Path) -> Options:
    return Options(
        data_dir=home,
        force_demo=True,
        demo_task_seconds=0.5,
        demo_video_long_side=160,
        poll_interval=0.05,
    )


async def seed_history(home: Path, *jobs) -> None:
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.store import AsyncJobStore

    paths = AppPaths.default(home).ensure()
    store = await AsyncJobStore.open(paths.database)
    try:
        for job in jobs:
            await store.save(job)
    finally:
        await store.close()


FIRST_START_PROBE = r"""
import asyncio, os, sys
from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount
pin_none_refcount()
import qasync
from PySide6.QtWidgets import QApplication
from pathlib import Path
from poyo_desktop.boot.compose import AppContext, build_context
from poyo_desktop.boot.options import Options

async def main():
    ctx = await build_context(Options(data_dir=Path(sys.argv[1]), demo_task_seconds=0.5),
                              defer_demo=True)
    try:
        print("PENDING", ctx.demo_pending, "httpx" in sys.modules, flush=True)
        await ctx.start_backend()  # what the first Generate does
        print("STARTED", ctx.demo_pending, "httpx" in sys.modules,
              type(ctx.jobs.client).__name__, ctx.base_url.startswith("http://127.0.0.1:"),
              flush=True)
        print("BALANCE", (await ctx.jobs.client.balance()).credits > 0, flush=True)
    finally:
        await ctx.close()

app = QApplication([sys.argv[0]])
qasync.run(main())
"""


def test_a_first_start_in_demo_mode_loads_no_http_stack_until_it_sends(tmp_path):
    """Nothing is sent before the first Generate, so httpx (and what only it imports:
    ~1.6 MB of the idle app's memory) waits for it; the demo server then answers as
    usual."""
    result = subprocess.run(
        [sys.executable, "-c", FIRST_START_PROBE, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        },
    )
    lines = [
        line.split()
        for line in result.stdout.splitlines()
        if line.startswith(("PENDING", "STARTED", "BALANCE"))
    ]
    assert lines == [
        ["PENDING", "True", "False"],
        ["STARTED", "False", "True", "PoyoClient", "True"],
        ["BALANCE", "True"],
    ], result.stdout + result.stderr


def test_demo_server_starts_on_the_first_generate_not_with_the_window(tmp_path, qloop):
    """Opening the app to look at the history costs no demo server (memory, a thread)."""
    image = write_png(tmp_path / "a.png", 640, 400)

    async def scenario():
        ctx = await build_context(demo_options(tmp_path / "home"), defer_demo=True)
        window = MainWindow(ctx.services())
        window.show()
        try:
            await window.start()
            assert ctx.sandbox is None and ctx.demo_pending
            assert "Demo mode" in window.mode_label.text()
            window.form.start_zone.set_image(image)
            window.form.prompt_edit.setPlainText("waves")
            await wait_until(lambda: not window.form.blocking_reason(), what="form ready")
            assert window.form.try_generate()
            await wait_until(
                lambda: job_rows(window) and job_rows(window)[0].state.is_terminal,
                what="finished demo video",
            )
            assert ctx.sandbox is not None and not ctx.demo_pending
            return job_rows(window)[0]
        finally:
            window.close()
            await ctx.close()

    job = qloop.run_until_complete(scenario())
    assert job.state is JobState.FINISHED, job.error_message


def test_demo_work_left_unfinished_starts_the_server_and_is_resumed(tmp_path, qloop):
    from poyo_desktop.core.job import Job

    image = write_png(tmp_path / "a.png", 640, 400)
    left = Job(
        model="kling-2.1/standard",
        prompt="left over",
        state=JobState.DRAFT,
        start_image=str(image),
        start_image_original=str(image),
        backend="demo",
    )

    async def scenario():
        await seed_history(tmp_path / "home", left)
        ctx = await build_context(demo_options(tmp_path / "home"), defer_demo=True)
        window = MainWindow(ctx.services())
        window.show()
        try:
            await window.start()
            assert ctx.sandbox is not None  # there was work for it
            await wait_until(
                lambda: (ctx.jobs.get(left.id) or left).state.is_terminal,
                what="resumed job finished",
            )
            return ctx.jobs.get(left.id)
        finally:
            window.close()
            await ctx.close()

    job = qloop.run_until_complete(scenario())
    assert job.state is JobState.FINISHED, job.error_message


def test_retry_from_the_menu_starts_the_pending_demo_server_first(tmp_path, qloop):
    """Retry does not wait for the server by itself: the window starts it, then retries."""
    from poyo_desktop.core.job import Job

    image = write_png(tmp_path / "a.png", 640, 400)
    failed = Job(
        model="kling-2.1/standard",
        prompt="try me again",
        state=JobState.FAILED,
        start_image=str(image),
        start_image_original=str(image),
        backend="demo",
        error_kind="network",
        error_message="The connection dropped.",
    )

    async def scenario():
        await seed_history(tmp_path / "home", failed)
        ctx = await build_context(demo_options(tmp_path / "home"), defer_demo=True)
        window = MainWindow(ctx.services())
        window.show()
        try:
            await window.start()
            assert ctx.sandbox is None  # a failed task is not work to resume
            await wait_until(lambda: job_rows(window), what="history row")
            window.tasks.select_job(failed.id)
            retry = window.window_actions.retry_action
            await wait_until(retry.isEnabled, what="Retry enabled")
            retry.trigger()
            await wait_until(
                lambda: (
                    ctx.jobs.get(failed.id) is not None
                    and ctx.jobs.get(failed.id).state is not JobState.FAILED
                ),
                what="retry under way",
            )
            await wait_until(
                lambda: ctx.jobs.get(failed.id).state.is_terminal, what="retried job finished"
            )
            assert ctx.sandbox is not None
            return ctx.jobs.get(failed.id)
        finally:
            window.close()
            await ctx.close()

    job = qloop.run_until_complete(scenario())
    assert job.state is JobState.FINISHED, job.error_message
