"""The window's commands: every menu-bar and toolbar action, its keys and its words.

Kept apart from the window so the menus read as one list; the window connects what each
action does (:meth:`MainWindow._connect_actions`), and the Task menu's actions are run by
:class:`~poyo_desktop.ui.window.task_commands.TaskCommands`. Made before the first paint:
no ``Qt`` namespace here (see ui/kit/lazy_qt.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QToolBar

from poyo_desktop.ui.kit.icons import ActionGlyph, themed_icon, toggle_icon
from poyo_desktop.ui.kit.lazy_qt import set_qt_property
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

WEBSITE = "https://poyo.ai"


def _action(
    parent: QMainWindow,
    text: str,
    shortcut: QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    """A menu action; a standard ``shortcut`` gives it all the platform's keys for it."""
    action = QAction(text, parent)
    # setShortcuts, as setShortcut(…) makes the Qt namespace (see ui/kit/lazy_qt.py).
    if isinstance(shortcut, str):
        action.setShortcuts([QKeySequence(shortcut)])
    elif shortcut is not None:
        action.setShortcuts(shortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


class WindowActions:
    """The actions of ``window``'s menus and toolbar, which it shows at once."""

    def __init__(self, window: QMainWindow) -> None:
        self._make_app_actions(window)
        self._make_task_actions(window)
        self.task_menu = self._build_menus(window)
        window.addToolBar(self._build_toolbar(window))
        for action in self.task_actions():  # until a task is selected (see build_panes)
            if action is not None:
                action.setEnabled(False)

    def _make_app_actions(self, window: QMainWindow) -> None:
        self.generate_action = _action(
            window,
            translate("Actions", "&Generate"),
            "Ctrl+Return",
            translate("Actions", "Make a video from the form (Ctrl+Enter)"),
        )
        self.generate_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.settings_action = _action(
            window, translate("Actions", "&Settings…"), QKeySequence.StandardKey.Preferences
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.quit_action = _action(
            window, translate("Actions", "&Quit"), QKeySequence.StandardKey.Quit
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.open_folder_action = _action(window, translate("Actions", "Open Videos &Folder"))
        self.spending_action = _action(
            window,
            translate("Actions", "S&pending…"),
            tip=translate("Actions", "What your videos cost: today, this month, each one"),
        )
        self.find_action = _action(
            window, translate("Actions", "&Find…"), QKeySequence.StandardKey.Find
        )
        self.about_action = _action(window, translate("Actions", "&About PoYo Desktop"))
        self.shortcuts_action = _action(
            window,
            translate("Actions", "&Keyboard Shortcuts"),
            "F1",
            translate("Actions", "Every key the app answers to"),
        )
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+?")])
        self.website_action = _action(window, translate("Actions", "PoYo &Website"))
        self.website_action.triggered.connect(lambda: open_url(WEBSITE))

    def _make_task_actions(self, window: QMainWindow) -> None:
        self.play_action = _action(window, translate("Actions", "&Play"))
        self.open_video_action = _action(window, translate("Actions", "&Open Video"))
        self.reveal_action = _action(window, translate("Actions", "Show in &Folder"))
        self.copy_id_action = _action(window, translate("Actions", "&Copy Task ID"))
        self.copy_json_action = _action(window, translate("Actions", "Copy Settings as &JSON"))
        self.reuse_action = _action(
            window, translate("Actions", "&Use These Settings Again"), "Ctrl+R"
        )
        self.retry_action = _action(
            window,
            translate("Actions", "&Retry"),
            tip=translate(
                "Actions", "Try this task again: fetch its video, or make it again if it failed"
            ),
        )
        self.check_again_action = _action(
            window,
            translate("Actions", "Check &Status Again"),
            tip=translate("Actions", "Ask PoYo whether this task was created and how it is doing"),
        )
        self.submit_again_action = _action(
            window,
            translate("Actions", "Submit &Again…"),
            tip=translate("Actions", "Send this task again (it may be charged twice)"),
        )
        self.remove_action = _action(window, translate("Actions", "Re&move from List…"))
        self._make_queue_actions(window)

    def _make_queue_actions(self, window: QMainWindow) -> None:
        """The send queue's: for a task not sent yet (free), and one taken out of line."""
        self.pause_action = _action(
            window,
            translate("Actions", "Pa&use"),
            "Ctrl+P",
            translate("Actions", "Keep this task from being sent until you resume it"),
        )
        self.resume_action = _action(
            window,
            translate("Actions", "Resu&me"),
            "Ctrl+Shift+R",
            translate("Actions", "Let this task be sent"),
        )
        self.edit_action = _action(
            window,
            translate("Actions", "&Edit…"),
            "F2",
            translate(
                "Actions", "Change this task's prompt, length or model before it is sent (free)"
            ),
        )
        self.send_next_action = _action(
            window,
            translate("Actions", "Send &Next"),
            "Alt+Home",
            translate("Actions", "Send this task before the others waiting"),
        )
        self.move_up_action = _action(
            window,
            translate("Actions", "Move &Up"),
            "Alt+Up",
            translate("Actions", "One place earlier in line"),
        )
        self.move_down_action = _action(
            window,
            translate("Actions", "Move &Down"),
            "Alt+Down",
            translate("Actions", "One place later"),
        )
        self.send_last_action = _action(
            window,
            translate("Actions", "Send &Last"),
            "Alt+End",
            translate("Actions", "Send this task after the others waiting"),
        )
        self.cancel_action = _action(
            window,
            translate("Actions", "&Cancel (Not Paid)"),
            "Shift+Delete",
            translate(
                "Actions", "Take this task out of line: it was not sent, so nothing is charged"
            ),
        )
        self.send_after_all_action = _action(
            window,
            translate("Actions", "Send &After All"),
            tip=translate("Actions", "Put this cancelled task back in line, at its end"),
        )
        self._make_pause_sending(window)

    def _make_pause_sending(self, window: QMainWindow) -> None:
        self.pause_sending_action = _action(
            window,
            translate("Actions", "Pause Sending"),
            "Ctrl+Shift+P",
            translate(
                "Actions",
                "Keep every task not sent yet (and new ones) from being sent, until you resume",
            ),
        )
        self.pause_sending_action.setCheckable(True)

    def queue_actions(self) -> list[QAction]:
        """The send queue's choices for a task, in the Task menu's order."""
        return [
            self.pause_action,
            self.resume_action,
            self.edit_action,
            self.send_next_action,
            self.move_up_action,
            self.move_down_action,
            self.send_last_action,
            self.cancel_action,
            self.send_after_all_action,
        ]

    def task_actions(self) -> list[QAction | None]:
        """The Task menu, in order; None for a separator."""
        return [
            self.play_action,
            self.open_video_action,
            self.reveal_action,
            None,
            *self.queue_actions(),
            None,
            self.reuse_action,
            self.retry_action,
            self.check_again_action,
            self.submit_again_action,
            None,
            self.copy_id_action,
            self.copy_json_action,
            None,
            self.remove_action,
        ]

    def _build_menus(self, window: QMainWindow) -> QMenu:
        bar = window.menuBar()
        file_menu = bar.addMenu(translate("Actions", "&File"))
        file_menu.addAction(self.generate_action)
        file_menu.addAction(self.open_folder_action)
        file_menu.addAction(self.spending_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(translate("Actions", "&Edit"))
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        task_menu = bar.addMenu(translate("Actions", "&Task"))
        for action in self.task_actions():
            task_menu.addAction(action) if action else task_menu.addSeparator()
        task_menu.addSeparator()
        task_menu.addAction(self.pause_sending_action)
        help_menu = bar.addMenu(translate("Actions", "&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.website_action)
        help_menu.addAction(self.about_action)
        return task_menu

    def _build_toolbar(self, window: QMainWindow) -> QToolBar:
        toolbar = QToolBar(translate("Actions", "Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        set_qt_property(toolbar, "toolButtonStyle", "ToolButtonTextBesideIcon")
        for action, theme, glyph in (
            (self.generate_action, "media-playback-start", ActionGlyph.GENERATE),
            (self.open_folder_action, "folder-videos", ActionGlyph.FOLDER),
            (self.settings_action, "preferences-system", ActionGlyph.SETTINGS),
        ):
            action.setIcon(themed_icon(theme, glyph, window.palette()))
            toolbar.addAction(action)
        # A pause mark while sending goes on, a play mark (and the button pressed) while
        # it is paused: what a press does, and what is in force.
        self.pause_sending_action.setIcon(
            toggle_icon(
                ("media-playback-pause", ActionGlyph.PAUSE_SENDING),
                ("media-playback-start", ActionGlyph.RESUME_SENDING),
                window.palette(),
            )
        )
        toolbar.addAction(self.pause_sending_action)
        return toolbar


def open_url(target: str | Path) -> None:
    """A web address or a local folder, in the program the desktop chooses for it.

    QUrl is imported here: its type is created on first use, which the first paint need not
    wait for.
    """
    from PySide6.QtCore import QUrl

    url = QUrl.fromLocalFile(str(target)) if isinstance(target, Path) else QUrl(target)
    QDesktopServices.openUrl(url)
