"""Settings: the API key (with where it is kept), a connection test, folder and polling.

The keychain is only ever touched from a worker thread: reading or writing it can take
seconds (a locked keychain waits for its unlock prompt; a Secret Service can be slow to
answer), and the window must keep painting meanwhile. When the keychain refuses the key,
the person is told what a plain file would mean and chooses: the key never lands in one
behind their back.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.account import AccountService
from poyo_desktop.services.app_services import ModeSwitch
from poyo_desktop.services.secrets import (
    KeychainRefused,
    KeyStore,
    SecretStoreError,
    StoredKey,
)
from poyo_desktop.services.settings import (
    CONCURRENT_MAX,
    CONCURRENT_MIN,
    POLL_MAX,
    POLL_MIN,
    Settings,
    SettingsValues,
    problems_with,
)
from poyo_desktop.ui.kit.theme import error_color, muted_color, set_text_color, success_color
from poyo_desktop.ui.settings.notification_settings import NotificationSettings

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    key_saved = Signal(str)  # the new key ("" when removed): the context switches mode

    def __init__(self, settings: Settings, keys: KeyStore, account_service: AccountService,
                 mode: ModeSwitch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.keys = keys
        self.account = account_service
        self.mode = mode  # switching to demo mode takes a while: Save waits for it
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self._original_key = ""
        from poyo_desktop.services.background import BackgroundTasks

        self._pending = BackgroundTasks()
        self._saving: asyncio.Future[None] | None = None
        values = settings.values

        # --- account
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("Paste your PoYo API key")
        self.key_edit.setAccessibleName("API key")
        self.show_key = QPushButton("Show")
        self.show_key.setCheckable(True)
        self.show_key.toggled.connect(self._on_show_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_key)
        self.key_where = QLabel("Checking where your key is kept…")  # see _load_key
        self.key_where.setWordWrap(True)
        self.key_where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_text_color(self.key_where, muted_color(self.palette()))
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self._on_test)
        self.test_result = QLabel("")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        get_key = QLabel("No key yet? Create one on <a href='https://poyo.ai'>poyo.ai</a>. "
                         "Without a key the app runs in demo mode.")
        get_key.setOpenExternalLinks(True)
        get_key.setWordWrap(True)

        account = QGroupBox("PoYo account")
        account_layout = QVBoxLayout(account)
        account_layout.addLayout(key_row)
        account_layout.addWidget(self.key_where)
        account_layout.addLayout(test_row)
        account_layout.addWidget(get_key)

        # --- videos and behaviour
        self.folder_edit = QLineEdit(values.download_dir)
        self.folder_edit.setAccessibleName("Download folder")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._on_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.poll_spin = QDoubleSpinBox()
        self.poll_spin.setRange(POLL_MIN, POLL_MAX)
        self.poll_spin.setDecimals(0)
        self.poll_spin.setSuffix(" s")
        self.poll_spin.setValue(values.poll_interval)
        self.poll_spin.setAccessibleName("Status check interval")
        self.concurrent_spin = QSpinBox()
        self.concurrent_spin.setRange(CONCURRENT_MIN, CONCURRENT_MAX)
        self.concurrent_spin.setValue(values.max_concurrent)
        self.concurrent_spin.setAccessibleName("Videos in progress at once")
        self.server_edit = QLineEdit(values.base_url)
        self.server_edit.setAccessibleName("Server address")
        self.callback_edit = QLineEdit(values.callback_url)
        self.callback_edit.setPlaceholderText("Optional: https://… (most people leave this empty)")
        self.callback_edit.setAccessibleName("Callback address")

        general = QGroupBox("Videos")
        form = QFormLayout(general)
        form.addRow("Save videos in:", folder_row)
        form.addRow("Check progress every:", self.poll_spin)
        form.addRow("Videos in progress at once:", self.concurrent_spin)
        advanced = QGroupBox("Advanced")
        adv_form = QFormLayout(advanced)
        adv_form.addRow("Server address:", self.server_edit)
        adv_form.addRow("Callback address:", self.callback_edit)

        self.notifications = NotificationSettings(values)

        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        set_text_color(self.error_label, error_color(self.palette()))
        self.error_label.hide()

        # Shown while the key is being saved (the keychain may take its time).
        self.saving_label = QLabel("Saving your API key… If your computer asks to unlock "
                                   "its keychain, please do.")
        self.saving_label.setWordWrap(True)
        self.saving_bar = QProgressBar()
        self.saving_bar.setRange(0, 0)  # busy: how long the keychain takes is not known
        self.saving_bar.setTextVisible(False)
        self.saving_bar.setMaximumWidth(120)
        self.saving_bar.setAccessibleName("Saving your API key")
        saving_row = QHBoxLayout()
        saving_row.addWidget(self.saving_bar)
        saving_row.addWidget(self.saving_label, 1)
        self.saving_box = QWidget()
        self.saving_box.setLayout(saving_row)
        saving_row.setContentsMargins(0, 0, 0, 0)
        self.saving_box.hide()

        # Shown when the keychain refused the key: try again, or keep it in a file.
        self.keychain_label = QLabel("")
        self.keychain_label.setWordWrap(True)
        self.keychain_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_button = QPushButton("Keep It in a File Instead")
        self.file_button.clicked.connect(self._on_keep_in_file)
        file_row = QHBoxLayout()
        file_row.addStretch(1)
        file_row.addWidget(self.file_button)
        self.keychain_box = QFrame()
        self.keychain_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.keychain_box.setAccessibleName("The system keychain did not take your key")
        keychain_layout = QVBoxLayout(self.keychain_box)
        keychain_layout.addWidget(self.keychain_label)
        keychain_layout.addLayout(file_row)
        self.keychain_box.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._save_text = self.save_button.text()

        layout = QVBoxLayout(self)
        layout.addWidget(account)
        layout.addWidget(general)
        layout.addWidget(self.notifications.box)
        layout.addWidget(advanced)
        layout.addWidget(self.error_label)
        layout.addWidget(self.keychain_box)
        layout.addWidget(self.saving_box)
        layout.addWidget(buttons)

        self.account.check_finished.connect(self._on_test_finished)
        self._pending.run(self._load_key(), name="reading the saved key",
                          on_error=self._show_problem,
                          failure="Your saved API key could not be read")

    def done(self, result: int) -> None:
        """Closing the dialog stops its background reads (a keychain may be slow)."""
        self._pending.cancel()
        super().done(result)

    def _show_problem(self, words: str) -> None:
        """Background work of this dialog failed unforeseen: say so here, in its words."""
        import shiboken6

        if not shiboken6.isValid(self):  # closed and deleted meanwhile: the log has it
            return
        self._show_saving(False)
        self.error_label.setText(words)
        self.error_label.show()
        self._fit()

    def reject(self) -> None:
        """Not while the key is being saved: the keychain call cannot be stopped, and a
        key saved without the app switching to it would be half a change."""
        if self.is_saving():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_saving():
            event.ignore()
            return
        super().closeEvent(event)

    def is_saving(self) -> bool:
        return self._saving is not None and not self._saving.done()

    async def _load_key(self) -> None:
        found, where = await asyncio.to_thread(_read_key, self.keys)
        self.key_where.setText(where)
        self._fit()
        if found is not None:
            self._original_key = found.value
            if not self.key_edit.text():  # never over a key typed while the keychain was read
                self.key_edit.setText(found.value)

    def _on_show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                  else QLineEdit.EchoMode.Password)
        self.show_key.setText("Hide" if shown else "Show")

    def _on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Save videos in",
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _on_test(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setText("Testing…")
        self.account.check(self.key_edit.text(), self.server_edit.text().strip())

    def _on_test_finished(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        palette = self.palette()
        set_text_color(self.test_result, success_color(palette) if ok else error_color(palette))
        self.test_result.setText(message)
        self._fit()

    def _edited(self) -> SettingsValues:
        from dataclasses import replace

        return replace(self.settings.values,
                       download_dir=str(Path(self.folder_edit.text()).expanduser()),
                       poll_interval=self.poll_spin.value(),
                       max_concurrent=self.concurrent_spin.value(),
                       base_url=self.server_edit.text().strip(),
                       callback_url=self.callback_edit.text().strip(),
                       **self.notifications.changes())

    def _on_save(self) -> None:
        if self.is_saving():
            return
        edited = self._edited()
        problems = problems_with(edited)
        if problems:
            self.error_label.setText("\n".join(problems.values()))
            self.error_label.show()
            return
        self.error_label.hide()
        key = self.key_edit.text().strip()
        if key == self._original_key:
            self._apply(edited)
            self.accept()
            return
        self._start_saving(key, edited, to_file=False)

    def _on_keep_in_file(self) -> None:
        """The person chose the private file after the keychain refused the key."""
        if self.is_saving():
            return
        self._on_save_edited(to_file=True)

    def _on_save_edited(self, *, to_file: bool) -> None:
        edited = self._edited()
        if problems_with(edited):
            self._on_save()  # shows the problems
            return
        self._start_saving(self.key_edit.text().strip(), edited, to_file=to_file)

    def _start_saving(self, key: str, edited: SettingsValues, *, to_file: bool) -> None:
        self.keychain_box.hide()
        self._show_saving(True)
        from poyo_desktop.services.background import run_in_background

        self._saving = run_in_background(self._save_key(key, edited, to_file=to_file),
                                         name="saving the key", on_error=self._show_problem,
                                         failure="Could not save your API key")

    async def _save_key(self, key: str, edited: SettingsValues, *, to_file: bool) -> None:
        """The key first (in a worker thread), then the rest: a key that could not be saved
        changes nothing, and stays in the box to try again."""
        keys = self.keys
        try:
            await asyncio.to_thread(keys.save_to_file if to_file else keys.save, key)
        except KeychainRefused as exc:
            self._show_saving(False)
            self.keychain_label.setText(
                f"{exc} Unlock the keychain and press Save to try again, or keep the key in "
                f"a file instead: {keys.fallback_file}\n\nOnly your user account can read "
                "that file, but it is not encrypted: programs you run, and copies of your "
                "files such as backups, can read it too.")
            self.keychain_box.show()
            self._fit()
            return
        except SecretStoreError as exc:
            problem = str(exc)
        except Exception as exc:  # unforeseen: its words may hold the key, so none are kept
            log.error("saving the key failed: %s", type(exc).__name__)
            problem = "Could not save your API key: something unexpected went wrong."
        else:
            self._original_key = key
            self._apply(edited)
            self.key_saved.emit(key)  # the app switches mode at once
            if await self._switched():
                self._show_saving(False)
                self.accept()
            return
        self._show_saving(False)
        self.error_label.setText(f"{problem} Your key is still in the box above: press Save "
                                 "to try again.")
        self.error_label.show()
        self._fit()

    async def _switched(self) -> bool:
        """Wait, saying so, while the app starts the demo server for a removed key; whether
        it runs. If it could not start, the dialog stays open and says why."""
        switching = self.mode.switching()
        if switching is None:
            return True
        self.key_where.setText("Your API key was removed.")
        self.saving_label.setText("Switching to demo mode: starting the demo server… New "
                                  "videos wait until it runs; nothing goes to PoYo.")
        self.saving_bar.setAccessibleName("Switching to demo mode")
        self.save_button.setText("Switching…")
        self._fit()
        try:
            await asyncio.shield(switching)
        except Exception as exc:
            self._show_saving(False)
            self.error_label.setText(
                f"Your API key was removed, but the demo server could not be started: {exc}. "
                "It is tried again when you make a video.")
            self.error_label.show()
            self._fit()
            return False
        return True

    def _apply(self, edited: SettingsValues) -> None:
        self.settings.update(download_dir=edited.download_dir,
                                 poll_interval=edited.poll_interval,
                                 max_concurrent=edited.max_concurrent,
                                 base_url=edited.base_url, callback_url=edited.callback_url,
                                 notify_when_done=edited.notify_when_done,
                                 sound_when_done=edited.sound_when_done,
                                 count_in_title=edited.count_in_title)

    def _fit(self) -> None:
        """Grow to show every line of text that changed after the dialog was shown: Qt
        does not re-fit a dialog to a word-wrapped label's new height by itself."""
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the new texts' sizes
        layout = self.layout()
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.minimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def event(self, event: QEvent) -> bool:
        """Whenever the layout or the width changes (a new text, the dialog shown, or made
        narrower), grow to the height the word-wrapped texts need at this width: the texts
        arrive from worker threads, at any moment before or after the dialog is shown and
        given its width, and a top-level window does not follow a label's height-for-width."""
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Show):
            self._grow_to_texts()
        return handled

    def _grow_to_texts(self) -> None:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = max(layout.heightForWidth(self.width()), layout.minimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_saving(self, saving: bool) -> None:
        """While the key is saved: say so, and take no second Save, edit or Cancel."""
        self.saving_box.setVisible(saving)
        for widget in (self.save_button, self.cancel_button, self.test_button, self.show_key,
                       self.file_button):
            widget.setEnabled(not saving)
        self.key_edit.setReadOnly(saving)
        self.save_button.setText("Saving…" if saving else self._save_text)
        self._fit()


def _read_key(keys: KeyStore) -> tuple[StoredKey | None, str]:
    """The saved key and where it is kept, in words. Blocking: run it in a worker thread
    (the keychain's first use loads its backend, which may ask D-Bus)."""
    found = keys.load()
    return found, keys.describe(found)
