"""Suite-wide set-up: headless Qt, and no test ever touches the person's real config or data."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from poyo_desktop.runtime.pyside_refcounts import pin_none_refcount

# before any Qt call: PySide6 6.12 on Python 3.11 (see runtime/pyside_refcounts.py)
pin_none_refcount()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every platformdirs location at a fresh temporary tree."""
    root: Path = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (root / sub).mkdir()
        monkeypatch.setenv(var, str(root / sub))
    monkeypatch.setenv("HOME", str(root))
    monkeypatch.delenv("POYO_API_KEY", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    yield root


TEST_KEY = "sk-test-0123456789abcdef"


@pytest.fixture(scope="session")
def render_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sandbox data folder per run, so a picture is rendered once, not per test."""
    return tmp_path_factory.mktemp("sandbox-cache")


@pytest.fixture
def poyo(render_cache: Path):
    """A running PoYo sandbox accepting only ``TEST_KEY``: 0.3 s tasks, 320 px videos."""
    from poyo_desktop.sandbox import Sandbox

    box = Sandbox(
        task_seconds=0.3, video_long_side=320, data_dir=render_cache, api_key=TEST_KEY, credits=1000
    )
    box.start()
    try:
        yield box
    finally:
        box.stop()


@pytest.fixture
def qloop(qapp):
    """A qasync event loop on the test's QApplication; closing a window never quits it."""
    import asyncio

    import qasync

    from poyo_desktop.runtime.gui_collector import GuiThreadCollector

    qapp.setQuitOnLastWindowClosed(False)
    if qapp.findChild(GuiThreadCollector) is None:  # as the app does (see runtime/gui_collector.py)
        GuiThreadCollector(parent=qapp)
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    # Join the loop's worker threads, or Qt aborts at exit ("QThread: Destroyed while …").
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
    asyncio.set_event_loop(None)
    # Collect the loop (and its timer QObject) here, on the GUI thread: a garbage
    # collection that happens to run on a worker thread would destroy it there, leaving
    # Qt a dangling timer that crashes a later test.
    del loop
    gc.collect()
