"""Start-up costs that are easy to lose again: PySide6's per-import source scan."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401  (installs PySide6's import hook)

from poyo_desktop.runtime.pyside_import_scan import scan_sources_cheaply


def test_pyside_import_hook_no_longer_keeps_every_source_in_memory(tmp_path, monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    scan_sources_cheaply()
    assert not scan_sources_cheaply()  # once per process
    (tmp_path / "poyo_probe_qt.py").write_text("import PySide6.QtCore\nX = 1\n")
    (tmp_path / "poyo_probe_plain.py").write_text("X = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("poyo_probe_qt", "poyo_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # through builtins.__import__, which PySide6 hooks
    # PySide6's answer is unchanged: 0 = "uses PySide6", -1 = "ignore this module" ...
    assert feature.pyside_feature_dict["poyo_probe_qt"] == 0
    assert feature.pyside_feature_dict["poyo_probe_plain"] == -1
    # ... but the sources are not kept in linecache for the life of the process.
    assert str(tmp_path / "poyo_probe_qt.py") not in linecache.cache
    assert str(tmp_path / "poyo_probe_plain.py") not in linecache.cache


def test_httpx_is_imported_without_its_command_line_tool():
    """click (and pygments) only serve the `httpx` command, which the app never runs."""
    import subprocess

    code = (
        "import sys\n"
        "from poyo_desktop.runtime.httpx_cli import skip_httpx_command_line\n"
        "assert skip_httpx_command_line()\n"
        "import httpx\n"
        "assert 'click' not in sys.modules and 'pygments' not in sys.modules\n"
        "assert httpx.AsyncClient and callable(httpx.main)\n"
        "assert not skip_httpx_command_line()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_start_does_not_wait_forever_for_a_window_that_is_never_drawn(qapp, tmp_path, monkeypatch):
    """A window that is not exposed (say, started minimised) gets no paint: the app goes on
    after a bounded wait instead of hanging before its services."""
    import time

    from poyo_desktop.boot import main as entry
    from poyo_desktop.services.paths import AppPaths
    from poyo_desktop.ui.window.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "show", lambda self: None)
    monkeypatch.setattr(entry, "FIRST_PAINT_LIMIT_MS", 100)
    started = time.monotonic()
    window = entry.show_window(AppPaths.default(tmp_path / "home"))
    try:
        assert time.monotonic() - started < 5
        assert not window.has_painted() and not window.is_attached()
    finally:
        window.close()
