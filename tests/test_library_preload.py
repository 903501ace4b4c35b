"""Loading native libraries ahead of their import, with the interpreter lock released."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from poyo_desktop.runtime.library_preload import (
    preload_extension,
    preload_library,
    preload_qt_plugins,
)


def test_an_extension_module_loads_ahead_of_its_import_and_then_imports_as_usual() -> None:
    # In a fresh interpreter: this one may have imported QtMultimedia already.
    code = textwrap.dedent(
        """
        import sys
        from poyo_desktop.runtime.library_preload import preload_extension
        assert preload_extension("PySide6.QtMultimedia")
        assert "PySide6.QtMultimedia" not in sys.modules
        maps = open("/proc/self/maps").read() if sys.platform.startswith("linux") else ""
        assert not maps or "QtMultimedia.abi3" in maps, "the library is not in the process"
        from PySide6.QtMultimedia import QMediaFormat
        print(QMediaFormat.FileFormat.MPEG4.name)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "MPEG4"


def test_what_is_not_a_library_is_refused_without_an_exception(tmp_path: Path) -> None:
    fake = tmp_path / "libnothing.so"
    fake.write_bytes(b"not a library")
    assert preload_library(fake) is False
    assert preload_library(tmp_path / "missing.so") is False
    assert preload_extension("poyo_desktop.no_such_module") is False
    assert preload_extension("this") is False  # pure Python: nothing to load


def test_plugins_are_found_by_kind_and_name_and_other_files_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "plugins" / "multimedia"
    folder.mkdir(parents=True)
    (folder / "libffmpegmediaplugin.so").write_bytes(b"broken")  # found, refused
    (folder / "ffmpegmediaplugin.txt").write_text("notes")  # not a library
    assert (
        preload_qt_plugins(
            [str(tmp_path / "plugins"), str(tmp_path / "none")], "multimedia", "ffmpegmediaplugin"
        )
        == 0
    )


def test_the_media_plugin_qt_will_load_is_found_in_qts_plugin_folders() -> None:
    from PySide6.QtCore import QLibraryInfo

    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    if not list((Path(plugins) / "multimedia").glob("*ffmpegmediaplugin*")):
        return  # a Qt build without the FFmpeg backend: nothing to find
    assert preload_qt_plugins([plugins], "multimedia", "ffmpegmediaplugin") == 1
