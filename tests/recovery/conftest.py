"""Fixtures of the recovery tests: a sandbox with videos big enough to be caught
mid-download, and a photo to make them from."""

from __future__ import annotations

from pathlib import Path

import pytest

from poyo_desktop.sandbox import Sandbox
from tests.conftest import TEST_KEY
from tests.images import write_png


@pytest.fixture
def sandbox(render_cache):
    """0.3 s tasks; 640 px videos (about 86 kB), so a throttled download takes seconds."""
    box = Sandbox(
        task_seconds=0.3, video_long_side=640, data_dir=render_cache, api_key=TEST_KEY, credits=1000
    )
    box.start()
    yield box
    box.stop()


@pytest.fixture
def image(tmp_path) -> Path:
    return write_png(tmp_path / "photo.png", 640, 400)
