"""The task list: model ordering and paging, filters, painting, thumbnails, view signals."""

from __future__ import annotations

import asyncio
import ctypes
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication

from poyo_desktop.core.job import Job
from poyo_desktop.core.query import JobQuery
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.tasks import formatting, thumbnails
from poyo_desktop.ui.tasks.memory_source import matcher
from poyo_desktop.ui.tasks.task_delegate import JobDelegate, tone_for
from poyo_desktop.ui.tasks.task_model import JobListModel
from poyo_desktop.ui.tasks.task_view import TaskListView
from poyo_desktop.ui.tasks.thumbnails import ThumbnailCache

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _pin_singletons() -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to True on every ``Signal.emit()`` and
    to None on many void calls; a few thousand emits abort the run ("bool_dealloc"). The
    suite-wide fix belongs in tests/conftest.py (and the app's start-up); until then this
    module pins them itself, once per process, as poyo_desktop/runtime/pyside_refcounts.py
    does for None.
    """
    if sys.version_info >= (3, 12) or getattr(sys, "_poyo_singletons_pinned", False):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    sys._poyo_singletons_pinned = True  # type: ignore[attr-defined]


_pin_singletons()


def make_job(minutes: float, prompt: str = "a cat surfing", **changes: object) -> Job:
    """A job created ``minutes`` after T0 (so larger means newer)."""
    fields: dict[str, object] = {
        "model": "kling-2.1/standard",
        "prompt": prompt,
        "created_at": T0 + timedelta(minutes=minutes),
    }
    fields.update(changes)
    return Job(**fields)  # type: ignore[arg-type]


def prompts(model: JobListModel) -> list[str]:
    return [model.job_at(row).prompt for row in range(model.rowCount())]  # type: ignore[union-attr]


def save_image(path: Path, size: QSize | None = None, color: str = "#3080d0") -> str:
    image = QImage(size or QSize(640, 360), QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))
    return str(path)


class Recorder:
    """Collects a model's change signals, so a test can say exactly what was emitted."""

    def __init__(self, model: JobListModel) -> None:
        self.changed: list[tuple[int, int]] = []
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.resets = 0
        model.dataChanged.connect(lambda a, b, *_: self.changed.append((a.row(), b.row())))
        model.rowsInserted.connect(lambda _p, a, b: self.inserted.append((a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.removed.append((a, b)))
        model.modelReset.connect(self._on_reset)

    def _on_reset(self) -> None:
        self.resets += 1


@pytest.fixture
def cache(qtbot):
    cache = ThumbnailCache()
    yield cache
    cache.shutdown()


@pytest.fixture
def view(qtbot, cache):
    view = TaskListView(thumbnails=cache)
    view.setModel(JobListModel(parent=view))
    view.resize(640, 420)
    qtbot.addWidget(view)
    return view


# ----- formatting --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (42.9, "42 s"),
        (185, "3 min 05 s"),
        (3720, "1 h 02 min"),
        (-5, "0 s"),
    ],
)
def test_elapsed(seconds, text):
    assert formatting.elapsed(seconds) == text


def test_ago_and_sizes_and_labels():
    now = datetime(2025, 6, 15, 12, 0, tzinfo=UTC).astimezone()
    assert formatting.ago(now - timedelta(seconds=20), now) == "just now"
    assert formatting.ago(now + timedelta(seconds=30), now) == "just now"
    assert formatting.ago(now - timedelta(minutes=5), now) == "5 min ago"
    yesterday = now.replace(hour=10) - timedelta(days=1)
    assert formatting.ago(yesterday, now) == "yesterday"
    assert formatting.ago(now - timedelta(days=20), now) == f"{(now - timedelta(days=20)).day} May"
    assert formatting.ago(now.replace(year=2023), now).endswith("Jun 2023")
    assert formatting.file_size(512) == "512 bytes"
    assert formatting.file_size(12_345_678) == "12.3 MB"
    assert formatting.file_size(245_000_000) == "245 MB"
    assert formatting.file_size(999_960) == "1.0 MB"
    assert formatting.file_size(None) == ""
    assert formatting.model_label("kling-2.1/pro") == "Pro"
    assert formatting.model_label("kling-2.1/standard") == "Standard"
    assert formatting.model_label("kling-3/master-plus") == "Master plus"


# ----- model -------------------------------------------------------------------------


def test_newest_first_and_upsert_inserts_in_place(qtbot):
    model = JobListModel()
    model.set_jobs([make_job(2, "b"), make_job(5, "e"), make_job(1, "a"), make_job(4, "d")])
    assert prompts(model) == ["e", "d", "b", "a"]
    rec = Recorder(model)
    model.upsert(make_job(3, "c"))
    model.upsert(make_job(9, "newest"))
    model.upsert(make_job(0, "oldest"))
    assert prompts(model) == ["newest", "e", "d", "c", "b", "a", "oldest"]
    assert rec.inserted == [(2, 2), (0, 0), (6, 6)]
    assert model.total_count() == 7


def test_upsert_many_puts_new_rows_side_by_side_in_one_block(qtbot):
    """A batch's tasks come in together: one insert for the ones at the top, one for each
    other place; a known one among them is changed in its row; the order is the usual."""
    model = JobListModel()
    known = make_job(4, "d")
    model.set_jobs([make_job(2, "b"), known, make_job(1, "a")])
    rec = Recorder(model)
    model.upsert_many(
        [
            make_job(11, "k"),
            make_job(3, "c"),
            known.with_changes(progress=50),
            make_job(10, "j"),
            make_job(12, "l"),
        ]
    )
    assert prompts(model) == ["l", "k", "j", "d", "c", "b", "a"]
    assert rec.inserted == [(1, 1), (0, 2)]  # the lower place first; the three newest at once
    assert model.job_at(model.index_of(known.id)).progress == 50  # type: ignore[union-attr]
    assert model.total_count() == 7


def test_upsert_of_a_known_job_changes_exactly_one_row(qtbot):
    jobs = [make_job(i, f"job {i}") for i in range(50)]
    model = JobListModel()
    model.set_jobs(jobs)
    rec = Recorder(model)
    ticking = jobs[20].with_changes(state=JobState.RUNNING, progress=40)
    model.upsert(ticking)
    row = model.index_of(ticking.id).row()
    assert row == 29
    assert rec.changed == [(29, 29)]
    assert rec.inserted == rec.removed == []
    assert model.job_at(row).progress == 40  # type: ignore[union-attr]
    assert model.rowCount() == 50


def test_remove(qtbot):
    jobs = [make_job(i, f"job {i}") for i in range(5)]
    model = JobListModel()
    model.set_jobs(jobs)
    rec = Recorder(model)
    assert model.remove(jobs[2].id)
    assert rec.removed == [(2, 2)]
    assert prompts(model) == ["job 4", "job 3", "job 1", "job 0"]
    assert not model.index_of(jobs[2].id).isValid()
    assert model.remove("no such id") is False
    assert model.job_at(99) is None


def test_views_see_the_rows_as_they_are_at_each_step_of_a_change(qtbot):
    """The row count is kept by Qt (a layout of 100,000 rows asked Python for it 100,000
    times); the Python rows change exactly between a change's "about to" and "done"."""
    from PySide6.QtCore import QStringListModel

    assert JobListModel.rowCount is QStringListModel.rowCount
    jobs = [make_job(i, f"job {i}") for i in range(5)]
    model = JobListModel()
    model.set_jobs(jobs)
    seen: list[tuple[str, int, str | None]] = []

    def at(what: str):
        return lambda _parent, first, _last: seen.append(
            (what, model.rowCount(), getattr(model.job_at(first), "prompt", None))
        )

    model.rowsAboutToBeRemoved.connect(at("removing"))
    model.rowsRemoved.connect(at("removed"))
    model.rowsAboutToBeInserted.connect(at("inserting"))
    model.rowsInserted.connect(at("inserted"))
    model.remove(jobs[3].id)  # row 1 of job 4, 3, 2, 1, 0
    model.upsert(make_job(3.5, "new"))
    assert seen == [
        ("removing", 5, "job 3"),
        ("removed", 4, "job 2"),
        ("inserting", 4, "job 2"),
        ("inserted", 5, "new"),
    ]
    assert prompts(model) == ["job 4", "new", "job 2", "job 1", "job 0"]
    model.set_query(JobQuery(text="job"))
    assert model.rowCount() == 4 == len(prompts(model))
    assert not model.setData(model.index(0, 0), "edited")


def test_the_current_row_follows_its_job_through_removals(qtbot, view):
    jobs = [make_job(i, f"job {i}") for i in range(6)]
    model = JobListModel()
    model.set_jobs(jobs)
    view.setModel(model)
    picked: list[str | None] = []
    view.job_selected.connect(lambda job: picked.append(job.prompt if job else None))
    view.setCurrentIndex(model.index(2, 0))  # job 3
    model.remove(jobs[5].id)  # a row above it
    assert view.currentIndex().row() == 1
    assert model.job_at(view.currentIndex()).prompt == "job 3"
    model.remove(jobs[3].id)  # the current row itself: the one now in its place is shown
    current = model.job_at(view.currentIndex())
    assert current is not None and picked[-1] == current.prompt


def test_roles(qtbot):
    model = JobListModel()
    done = make_job(1, "a cat surfing", state=JobState.FINISHED, remote_id="task-77")
    failed = make_job(
        2,
        "a <b>dog</b>",
        model="kling-2.1/pro",
        duration=10,
        state=JobState.FAILED,
        error_message="The picture is too small & blurry.",
    )
    model.set_jobs([done, failed])
    first, second = model.index(0, 0), model.index(1, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "a <b>dog</b>"
    assert first.data(JobListModel.JobRole) is failed
    spoken = second.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Finished: a cat surfing, Standard, 5 s"
    assert "too small &amp; blurry" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert "a &lt;b&gt;dog&lt;/b&gt;" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert "Pro · 10 s" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert "task-77" in second.data(Qt.ItemDataRole.ToolTipRole)
    assert "too small" in first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.roleNames()[JobListModel.JobRole] == b"job"


def test_filter_by_text_state_and_model(qtbot):
    jobs = [
        make_job(1, "A Cat surfing", state=JobState.FINISHED),
        make_job(2, "a dog running", state=JobState.FAILED, model="kling-2.1/pro"),
        make_job(3, "Straße at night", state=JobState.RUNNING),
        make_job(4, "sunset", negative_prompt="no cats", state=JobState.FINISHED),
    ]
    model = JobListModel()
    model.set_jobs(jobs)
    model.set_query(JobQuery(text="  CAT "))
    assert prompts(model) == ["sunset", "A Cat surfing"]
    model.set_query(JobQuery(text="STRASSE"))
    assert prompts(model) == ["Straße at night"]
    model.set_query(JobQuery(states={JobState.FINISHED}))
    assert prompts(model) == ["sunset", "A Cat surfing"]
    model.set_query(JobQuery(models={"kling-2.1/pro"}))
    assert prompts(model) == ["a dog running"]
    model.set_query(JobQuery(states=set()))
    assert model.rowCount() == 0

    # A job that stops matching leaves; one that starts matching arrives in its place.
    model.set_query(JobQuery(states={JobState.RUNNING}))
    model.upsert(jobs[2].with_changes(state=JobState.FINISHED))
    assert model.rowCount() == 0
    model.upsert(jobs[1].with_changes(state=JobState.RUNNING))
    assert prompts(model) == ["a dog running"]
    # The full list remembers every change made while it was filtered.
    model.set_query(JobQuery())
    assert [j.state for j in (model.job_at(r) for r in range(4))] == [
        JobState.FINISHED,
        JobState.FINISHED,
        JobState.RUNNING,
        JobState.FINISHED,
    ]


def test_a_keystroke_in_the_search_field_searches_at_once(qtbot):
    """No waiting for the typing to stop (it made every search take 200 ms more); keys
    already queued together still make one search."""
    from PySide6.QtTest import QTest

    from poyo_desktop.ui.tasks.history_filter import HistoryFilter

    box = HistoryFilter()
    qtbot.addWidget(box)
    seen: list[str] = []
    box.query_changed.connect(lambda query: seen.append(query.text))
    started = time.monotonic()
    QTest.keyClick(box.search, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: seen == ["c"], timeout=1000)
    assert time.monotonic() - started < 0.15
    QTest.keyClicks(box.search, "at")  # both keys before the loop runs: one search
    qtbot.waitUntil(lambda: len(seen) > 1, timeout=1000)
    qtbot.wait(20)
    assert seen == ["c", "cat"]


class FakeStore:
    """What the history store offers the model: count and pages, in list order."""

    def __init__(self, n: int) -> None:
        self.jobs = [make_job(n - i, f"job {n - i}") for i in range(n)]  # newest first
        self.pages: list[tuple[int, int]] = []
        self.filters: list[JobQuery] = []

    def count(self, where: JobQuery) -> int:
        self.filters.append(where)
        return sum(map(matcher(where), self.jobs))

    def page(self, where: JobQuery, offset: int, limit: int) -> list[Job]:
        self.pages.append((offset, limit))
        return list(filter(matcher(where), self.jobs))[offset : offset + limit]

    def add(self, job: Job) -> None:
        self.jobs.append(job)
        self.jobs.sort(key=lambda j: j.created_at, reverse=True)


def test_fetch_more_pages_through_a_large_history(qtbot, view):
    store = FakeStore(10_000)
    model = view.job_model()
    model.set_source(store, page_size=200)  # an object with count/page, like the store
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert model.rowCount() == 200
    assert store.pages == [(0, 200)]
    assert model.total_count() == 10_000

    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=2000)
    assert store.pages[:2] == [(0, 200), (200, 200)]
    assert prompts(model)[199:201] == ["job 9801", "job 9800"]

    # A new job arrives at the top; the next page still continues exactly where it left.
    newest = make_job(20_000, "brand new")
    store.add(newest)
    model.upsert(newest)
    assert prompts(model)[0] == "brand new"
    # A job that sorts into the part not loaded yet waits for its page.
    model.upsert(store.jobs[5000].with_changes(progress=3))
    assert model.rowCount() == 401
    model.fetchMore(model.index(0, 0).parent())
    assert store.pages[-1] == (401, 200)
    assert model.rowCount() == 601
    assert len({model.job_at(r).id for r in range(601)}) == 601  # type: ignore[union-attr]

    # The filter goes to the source, and only its first page is read.
    model.set_query(JobQuery(text="job 99"))
    assert store.filters[-1].text == "job 99"
    assert model.rowCount() == 111
    assert not model.canFetchMore(model.index(0, 0).parent())


def test_asynchronous_source_never_blocks_and_drops_stale_pages(qtbot, view):
    """The real store answers with asyncio futures; pages arrive later and may go stale."""
    loop = asyncio.new_event_loop()
    store = FakeStore(1000)
    asked: list[tuple[JobQuery, int, int, asyncio.Future[list[Job]]]] = []

    def page(query: JobQuery, offset: int, limit: int) -> asyncio.Future[list[Job]]:
        future: asyncio.Future[list[Job]] = loop.create_future()
        asked.append((query, offset, limit, future))
        return future

    def count(query: JobQuery) -> asyncio.Future[int]:
        future: asyncio.Future[int] = loop.create_future()
        future.set_result(store.count(query))
        return future

    def answer(i: int) -> None:
        query, offset, limit, future = asked[i]
        future.set_result(store.page(query, offset, limit))
        loop.run_until_complete(asyncio.sleep(0))

    try:
        model = view.job_model()
        loading: list[bool] = []
        model.loading_changed.connect(loading.append)
        model.set_source(count, page, page_size=50)
        assert model.rowCount() == 0 and model.is_loading()
        assert not model.canFetchMore(QModelIndex())  # one page at a time
        view.repaint()  # no "No videos yet" while the history is on its way
        answer(0)
        assert model.rowCount() == 50 and not model.is_loading()
        assert loading == [True, False]
        assert model.total_count() == 1000

        model.fetchMore(QModelIndex())
        query, offset, limit, second = asked[1]
        second.set_result(store.page(query, offset, limit))  # its callback runs later...
        model.set_query(JobQuery(text="job 99"))  # ...after a search reset the list
        answer(2)  # runs both: the stale page is dropped, the new first page shown
        assert prompts(model)[:2] == ["job 999", "job 998"]
        assert model.rowCount() == 11
    finally:
        loop.close()


def test_source_failure_is_reported_not_raised(qtbot):
    model = JobListModel()

    def broken(*_args: object) -> int:
        raise OSError("disk on fire")

    with qtbot.waitSignal(model.load_failed):
        model.set_source(broken, broken)
    assert model.rowCount() == 0


def test_upsert_on_ten_thousand_rows_is_cheap(qtbot, view):
    jobs = [make_job(i, f"job {i}", state=JobState.RUNNING) for i in range(10_000)]
    model = view.job_model()
    model.set_jobs(jobs)
    view.show()
    rng = range(0, 10_000, 10)
    start = time.perf_counter()
    for i in rng:
        model.upsert(jobs[i].with_changes(progress=50))
    per_update = (time.perf_counter() - start) / len(rng)
    start = time.perf_counter()
    model.upsert(make_job(20_000, "new at the top"))
    insert_top = time.perf_counter() - start
    print(f"in-place upsert: {per_update * 1e6:.0f} µs, insert at top: {insert_top * 1e3:.2f} ms")
    assert per_update < 0.002
    assert insert_top < 0.05


# ----- thumbnails --------------------------------------------------------------------


def test_thumbnail_loads_off_the_gui_thread(qtbot, cache, tmp_path, monkeypatch):
    path = save_image(tmp_path / "photo.jpg", QSize(1600, 900))
    threads: list[int] = []
    original = thumbnails.read_thumbnail

    def spy(*args: object, **kwargs: object) -> QImage | None:
        threads.append(threading.get_ident())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(thumbnails, "read_thumbnail", spy)
    size = QSize(96, 54)
    with qtbot.waitSignal(cache.thumbnail_ready) as ready:
        assert cache.lookup(path, size, 2.0) is None
    assert ready.args == [path]
    assert threads and threads[0] != threading.get_ident()
    pixmap = cache.lookup(path, size, 2.0)
    assert pixmap is not None and pixmap.size() == QSize(192, 108)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.cacheKey() != cache.placeholder(size, 2.0).cacheKey()


@pytest.mark.parametrize("name", ["corrupt.jpg", "missing.png"])
def test_unreadable_image_gives_placeholder(qtbot, cache, tmp_path, name):
    path = tmp_path / name
    if name == "corrupt.jpg":
        path.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    size = QSize(96, 54)
    with qtbot.waitSignal(cache.thumbnail_ready):
        assert cache.lookup(str(path), size) is None
    pixmap = cache.lookup(str(path), size)
    assert pixmap is not None and not pixmap.isNull()
    assert pixmap.cacheKey() == cache.placeholder(size).cacheKey()


def test_thumbnail_cache_keeps_only_the_most_recent(qtbot, tmp_path):
    cache = ThumbnailCache(capacity=2)
    paths = [save_image(tmp_path / f"{i}.png", QSize(64, 36)) for i in range(3)]
    for path in paths:
        with qtbot.waitSignal(cache.thumbnail_ready):
            cache.lookup(path, QSize(32, 18))
    assert len(cache) == 2
    assert cache.lookup(paths[0], QSize(32, 18)) is None  # evicted: loads again
    cache.shutdown()


def test_rows_pushed_out_of_sight_before_their_turn_are_not_decoded(qtbot, cache, view, tmp_path):
    """A row's picture is decoded once the row has been on screen a moment, and only if it
    still is: rows that passed through (a batch's tasks pass through the top of the list in
    half a second) are not decoded, and the rows on screen are."""
    paths = [save_image(tmp_path / f"{n}.png", QSize(160, 90)) for n in range(40)]
    view.job_model().set_jobs([make_job(n, start_image=p) for n, p in enumerate(paths)])
    decoded: list[str] = []
    cache.thumbnail_ready.connect(decoded.append)
    view.show()
    view.viewport().repaint()  # the top rows ask for their pictures; one starts decoding
    top = [p for p in paths if view.shows_picture(p)]
    view.scrollToBottom()
    view.viewport().repaint()
    bottom = [p for p in paths if view.shows_picture(p)]
    assert len(top) >= 3 and not set(top) & set(bottom)
    qtbot.waitUntil(lambda: set(bottom) <= set(decoded), timeout=10_000)
    qtbot.wait(300)  # time enough for the rest, had they been queued
    assert sorted(decoded) == sorted(bottom)  # each once, and none of the rows gone by


def test_ready_thumbnail_repaints_the_rows_that_use_it(qtbot, cache, tmp_path):
    path = save_image(tmp_path / "shared.png")
    model = JobListModel()
    model.set_jobs([make_job(1, start_image=path), make_job(2), make_job(3, start_image=path)])
    model.attach_thumbnails(cache)
    rec = Recorder(model)
    with qtbot.waitSignal(cache.thumbnail_ready):
        cache.lookup(path, QSize(32, 18))
    assert sorted(rec.changed) == [(0, 0), (2, 2)]


# ----- delegate and view -------------------------------------------------------------


def every_state(image: str, broken: str) -> list[Job]:
    now = datetime.now(UTC)
    jobs = []
    for i, state in enumerate(JobState):
        jobs.append(
            Job(
                model="kling-2.1/pro" if i % 2 else "kling-2.1/standard",
                prompt=f"{state.label} job with a long prompt " * 3,
                state=state,
                progress=40,
                start_image=broken if state is JobState.FAILED else image,
                created_at=now - timedelta(minutes=i),
                error_message="The picture was refused." if i % 2 else None,
            )
        )
    return jobs


@pytest.mark.parametrize("dark", [False, True])
def test_delegate_paints_every_state(qtbot, view, tmp_path, dark):
    if dark:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
        view.setPalette(palette)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"junk")
    jobs = every_state(save_image(tmp_path / "start.jpg"), str(broken))
    model = view.job_model()
    model.set_jobs(jobs)
    view.resize(700, 70 * len(jobs) + 10)
    view.show()
    qtbot.waitExposed(view)
    view.grab()  # first paint asks for thumbnails
    qtbot.waitUntil(lambda: len(view.thumbnails) == 2, timeout=3000)
    image = view.grab().toImage()
    assert not image.isNull() and image.width() >= 700

    failed_row = view.visualRect(model.index_of(jobs[list(JobState).index(JobState.FAILED)].id))
    red = tone_for(JobState.FAILED, view.palette()).ink
    hits = 0
    for y in range(failed_row.top(), failed_row.bottom(), 2):
        for x in range(failed_row.left(), failed_row.right(), 2):
            c = image.pixelColor(x, y)
            hits += abs(c.red() - red.red()) + abs(c.green() - red.green()) < 40
    assert hits > 20  # the chip and the error line are there, in red


def test_failed_error_in_tooltip_and_facts_tick(qtbot, cache):
    clock = [T0 + timedelta(minutes=3, seconds=5)]
    delegate = JobDelegate(cache, now=lambda: clock[0])
    running = make_job(0, state=JobState.RUNNING)
    assert delegate._facts(running) == "Standard · 5 s · started 3 min 05 s ago"
    clock[0] += timedelta(seconds=1)
    assert delegate._facts(running) == "Standard · 5 s · started 3 min 06 s ago"
    model = JobListModel()
    model.set_jobs([make_job(0, state=JobState.FAILED, error_message="Out of credits.")])
    assert "Out of credits." in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_view_signals(qtbot, view):
    jobs = [make_job(i, f"job {i}") for i in range(3)]
    view.job_model().set_jobs(jobs)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.job_selected) as selected:
        view.setCurrentIndex(view.job_model().index(1, 0))
    assert selected.args == [jobs[1]]
    with qtbot.waitSignal(view.remove_requested) as removing:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert removing.args == [jobs[1]]
    with qtbot.waitSignal(view.activated_job) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == [jobs[1]]

    row = view.visualRect(view.job_model().index(0, 0))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, row.center(), view.viewport().mapToGlobal(row.center())
    )
    with qtbot.waitSignal(view.context_menu_requested) as menu:
        QApplication.sendEvent(view.viewport(), event)
    assert menu.args[0] is jobs[2]
    assert isinstance(menu.args[1], QPoint)
    assert view.current_job() is jobs[2]

    # A search keeps the same job selected when it still matches, and says so when not.
    view.job_model().set_query(JobQuery(text="job 2"))
    assert view.current_job() is jobs[2]
    with qtbot.waitSignal(view.job_selected) as cleared:
        view.job_model().set_query(JobQuery(text="job 0"))
    assert cleared.args == [None]

    view.setCurrentIndex(view.job_model().index(0, 0))
    assert view.current_job() is jobs[0]
    with qtbot.waitSignal(view.job_selected) as gone:
        view.job_model().remove(jobs[0].id)
    assert gone.args == [None]
    view.repaint()  # the "no match" text replaces the list without error


def test_view_draws_from_the_cache_its_model_listens_to(qtbot, cache):
    """The window builds the model with a cache and the view without: one cache is used."""
    view = TaskListView()
    qtbot.addWidget(view)
    view.setModel(JobListModel(cache, view))
    assert view.thumbnails is cache


def test_clock_ticks_only_while_work_is_under_way(qtbot, view):
    running = make_job(1, state=JobState.RUNNING)
    model = view.job_model()
    model.set_jobs([make_job(0, state=JobState.FINISHED)])
    assert not view.is_ticking()
    model.upsert(running)
    assert view.is_ticking()
    model.upsert(running.with_changes(state=JobState.FINISHED))
    assert not view.is_ticking()


def test_empty_state_is_painted(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    empty = view.grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    text_pixels = sum(
        empty.pixelColor(x, y) != base
        for y in range(10, empty.height() - 10, 3)
        for x in range(10, empty.width() - 10, 3)
    )
    assert text_pixels > 30


def test_rows_highlight_under_the_pointer_once_the_list_is_drawn(qtbot, view):
    """Hover is switched on just after the first frame (fetching the viewport earlier
    costs the window's first paint ~5 ms), and then it is on."""
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.viewport().testAttribute(Qt.WidgetAttribute.WA_Hover))
