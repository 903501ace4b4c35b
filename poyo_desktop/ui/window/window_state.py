"""The window's layout between sessions: its geometry, its splitters and the last mode.

Kept in ``window.ini`` beside the settings file, not in a global registry, so a data folder
(``--data-dir``, a test's) carries its own. Read before the first paint: no ``Qt``
namespace here (see ui/kit/lazy_qt.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow, QSplitter


def window_state(config_dir: Path) -> QSettings:
    """Window layout lives beside the settings file, not in a global registry."""
    return QSettings(str(config_dir / "window.ini"), QSettings.Format.IniFormat)


def last_mode_was_demo(config_dir: Path) -> bool:
    """The mode the last session ended in (a first start has no key, so demo)."""
    return bool(window_state(config_dir).value("window/demo", True, type=bool))


def restore_layout(
    config_dir: Path,
    window: QMainWindow,
    main_split: QSplitter,
    right_split: QSplitter,
    form_width: int,
) -> None:
    """The last session's geometry and splitter sizes, or the first start's."""
    state = window_state(config_dir)
    geometry = state.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    # The form's preferred width fits it whole in a 1280×800 window (see
    # GenerationForm.wide_width); the widths of the narrower form before it are not
    # restored (hence "-2").
    for key, splitter, sizes in (
        ("split-main-2", main_split, [form_width, 1260 - form_width]),
        ("split-right", right_split, [380, 400]),
    ):
        saved = state.value(f"window/{key}")
        if not (isinstance(saved, QByteArray) and splitter.restoreState(saved)):
            splitter.setSizes(sizes)


def save_layout(
    config_dir: Path,
    window: QMainWindow,
    main_split: QSplitter,
    right_split: QSplitter,
    demo: bool | None,
) -> None:
    """What :func:`restore_layout` reads next time; ``demo`` unless not known yet."""
    state = window_state(config_dir)
    state.setValue("window/geometry", window.saveGeometry())
    state.setValue("window/split-main-2", main_split.saveState())
    state.setValue("window/split-right", right_split.saveState())
    if demo is not None:
        state.setValue("window/demo", demo)
