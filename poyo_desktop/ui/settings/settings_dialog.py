"""Settings: the API key (with where it is kept), a connection test, folder and polling,
the spending limits, notifications and the server, one tab each (:mod:`.settings_tabs`).

The keychain is only ever touched from a worker thread: reading or writing it can take
seconds (a locked keychain waits for its unlock prompt; a Secret Service can be slow to
answer), and the window must keep painting meanwhile. When the keychain refuses the key,
the person is told what a plain file would mean and chooses: the key never lands in one
behind their back.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from poyo_desktop.services.account import AccountService
from poyo_desktop.services.app_services import ModeSwitch
from poyo_desktop.services.background import BackgroundTasks, run_in_background
from poyo_desktop.services.secrets import (
    KeychainRefused,
    KeyStore,
    SecretStoreError,
    StoredKey,
)
from poyo_desktop.services.settings import Settings, SettingsValues, problems_with
from poyo_desktop.ui.kit.theme import error_color, set_text_color, success_color
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.settings import settings_words as words
from poyo_desktop.ui.settings.key_place import key_place
from poyo_desktop.ui.settings.key_saving_boxes import KeychainBox, SavingBox
from poyo_desktop.ui.settings.notification_settings import NotificationSettings
from poyo_desktop.ui.settings.settings_pages import AccountPage, AdvancedPage, VideosPage
from poyo_desktop.ui.settings.settings_tabs import SECTIONS, SettingsTabs
from poyo_desktop.ui.settings.spending_settings import SpendingSettings
from poyo_desktop.ui.settings.text_fit import GrowsToTexts

log = logging.getLogger(__name__)


class SettingsDialog(GrowsToTexts):
    key_saved = Signal(str)  # the new key ("" when removed): the context switches mode

    def __init__(
        self,
        settings: Settings,
        keys: KeyStore,
        account_service: AccountService,
        mode: ModeSwitch,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.keys = keys
        self.account = account_service
        self.mode = mode  # switching to demo mode takes a while: Save waits for it
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(560)
        self._original_key = ""
        self._pending = BackgroundTasks()
        self._saving: asyncio.Future[None] | None = None
        values = settings.values

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_tabs(values), 1)
        for widget in (*self._build_notices(), self._build_buttons()):
            layout.addWidget(widget)

        self.account.check_finished.connect(self._on_test_finished)
        self._pending.run(
            self._load_key(),
            name="reading the saved key",
            on_error=self._show_problem,
            failure=translate("SettingsDialog", "Your saved API key could not be read"),
        )

    def _build_tabs(self, values: SettingsValues) -> SettingsTabs:
        """The sections, one tab each, pages built when first needed (settings_tabs); their
        fields are kept as attributes."""
        account = AccountPage(self.palette())
        self.key_edit = account.key_edit
        self.show_key = account.show_key
        self.key_where = account.key_where
        self.test_button = account.test_button
        self.test_result = account.test_result
        self.test_button.clicked.connect(self._on_test)
        builders = (
            lambda: account,
            lambda: self._videos_page(values),
            lambda: self._spending_page(values),
            lambda: self._notifications_page(values),
            lambda: self._advanced_page(values),
        )
        self.tabs = SettingsTabs(tuple(zip(SECTIONS, builders, strict=True)))
        return self.tabs

    def _videos_page(self, values: SettingsValues) -> QWidget:
        videos = VideosPage(values, self.palette())
        self.folder_edit = videos.folder_edit
        self.poll_spin = videos.poll_spin
        self.concurrent_spin = videos.concurrent_spin
        videos.browse_button.clicked.connect(self._on_browse)
        return videos

    def _spending_page(self, values: SettingsValues) -> QWidget:
        self.spending = SpendingSettings(values)
        return self.spending.page

    def _notifications_page(self, values: SettingsValues) -> QWidget:
        self.notifications = NotificationSettings(values)
        return self.notifications.page

    def _advanced_page(self, values: SettingsValues) -> QWidget:
        advanced = self.advanced = AdvancedPage(values, self.palette())
        self.server_edit = advanced.server_edit
        self.callback_edit = advanced.callback_edit
        self.keep_metadata_box = advanced.keep_metadata_box
        return advanced

    def show_section(self, name: str) -> bool:
        """Open on the tab ``name`` ("Spending"); False when there is none."""
        return self.tabs.show_section(name)

    def _build_notices(self) -> tuple[QWidget, ...]:
        """What is said under the groups: problems, the keychain's refusal, saving."""
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        set_text_color(self.error_label, error_color(self.palette()))
        self.error_label.hide()

        # Shown while the key is being saved (the keychain may take its time).
        self.saving_box = SavingBox()
        self.saving_label = self.saving_box.label
        self.saving_bar = self.saving_box.bar
        # Shown when the keychain refused the key: try again, or keep it in a file.
        self.keychain_box = KeychainBox()
        self.keychain_label = self.keychain_box.label
        self.file_button = self.keychain_box.file_button
        self.file_button.clicked.connect(self._on_keep_in_file)
        return self.error_label, self.keychain_box, self.saving_box

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._save_text = self.save_button.text()
        return buttons

    def done(self, result: int) -> None:
        """Closing the dialog stops its background reads (a keychain may be slow)."""
        self._pending.cancel()
        super().done(result)

    def _show_problem(self, words: str) -> None:
        """Background work of this dialog failed unforeseen: say so here, in its words."""
        if not shiboken6.isValid(self):  # closed and deleted meanwhile: the log has it
            return
        self._show_saving(False)
        self.error_label.setText(words)
        self.error_label.show()
        self.fit()

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
        self.fit()
        if found is not None:
            self._original_key = found.value
            if not self.key_edit.text():  # never over a key typed while the keychain was read
                self.key_edit.setText(found.value)

    def _on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("SettingsDialog", "Save videos in"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _on_test(self) -> None:
        self.tabs.build_all()  # the server address is on Advanced
        self.test_button.setEnabled(False)
        self.test_result.setText(translate("SettingsDialog", "Testing…"))
        self.account.check(self.key_edit.text(), self.server_edit.text().strip())

    def _on_test_finished(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        palette = self.palette()
        set_text_color(self.test_result, success_color(palette) if ok else error_color(palette))
        self.test_result.setText(message)
        self.fit()

    def _edited(self) -> SettingsValues:
        self.tabs.build_all()  # a tab never opened still has its fields
        return replace(
            self.settings.values,
            download_dir=str(Path(self.folder_edit.text()).expanduser()),
            poll_interval=self.poll_spin.value(),
            max_concurrent=self.concurrent_spin.value(),
            base_url=self.server_edit.text().strip(),
            callback_url=self.callback_edit.text().strip(),
            keep_metadata=self.keep_metadata_box.isChecked(),
            **self.notifications.changes(),
            **self.spending.changes(),
            **self.advanced.changes(),
        )

    def _problems(self, edited: SettingsValues) -> dict[str, str]:
        """What stops a Save: the fields' rules, and figures that do not read as numbers."""
        return {**problems_with(edited), **self.spending.problems()}

    def _on_save(self) -> None:
        if self.is_saving():
            return
        edited = self._edited()
        problems = self._problems(edited)
        if problems:
            self.error_label.setText("\n".join(problems.values()))
            self.error_label.show()
            self._show_field(next(iter(problems)))
            return
        self.error_label.hide()
        key = self.key_edit.text().strip()
        if key == self._original_key:
            self._apply(edited)
            self.accept()
            return
        self._start_saving(key, edited, to_file=False)

    def _show_field(self, name: str) -> None:
        """The tab of the field named ``name`` (a setting's name) forward, and the focus
        in the field: a problem on a tab out of sight is found at once."""
        fields: dict[str, QWidget] = {
            "download_dir": self.folder_edit,
            "poll_interval": self.poll_spin,
            "max_concurrent": self.concurrent_spin,
            "base_url": self.server_edit,
            "callback_url": self.callback_edit,
            **self.spending.figures,
        }
        if name in fields:
            self.tabs.reveal(fields[name])

    def _on_keep_in_file(self) -> None:
        """The person chose the private file after the keychain refused the key."""
        if self.is_saving():
            return
        self._on_save_edited(to_file=True)

    def _on_save_edited(self, *, to_file: bool) -> None:
        edited = self._edited()
        if self._problems(edited):
            self._on_save()  # shows the problems
            return
        self._start_saving(self.key_edit.text().strip(), edited, to_file=to_file)

    def _start_saving(self, key: str, edited: SettingsValues, *, to_file: bool) -> None:
        self.keychain_box.hide()
        self._show_saving(True)
        self._saving = run_in_background(
            self._save_key(key, edited, to_file=to_file),
            name="saving the key",
            on_error=self._show_problem,
            failure=translate("SettingsDialog", "Could not save your API key"),
        )

    async def _save_key(self, key: str, edited: SettingsValues, *, to_file: bool) -> None:
        """The key first (in a worker thread), then the rest: a key that could not be saved
        changes nothing, and stays in the box to try again."""
        keys = self.keys
        try:
            await asyncio.to_thread(keys.save_to_file if to_file else keys.save, key)
        except KeychainRefused as exc:
            self._show_saving(False)
            self.keychain_box.say_refused(str(exc), keys.fallback_file)
            self.fit()
            return
        except SecretStoreError as exc:
            problem = str(exc)
        except Exception as exc:  # unforeseen: its words may hold the key, so none are kept
            log.error("saving the key failed: %s", type(exc).__name__)
            problem = words.unexpected()
        else:
            self._original_key = key
            self._apply(edited)
            self.key_saved.emit(key)  # the app switches mode at once
            if await self._switched():
                self._show_saving(False)
                self.accept()
            return
        self._show_saving(False)
        self.error_label.setText(words.key_still_here(problem))
        self.error_label.show()
        self.fit()

    async def _switched(self) -> bool:
        """Wait, saying so, while the app starts the demo server for a removed key; whether
        it runs. If it could not start, the dialog stays open and says why."""
        switching = self.mode.switching()
        if switching is None:
            return True
        self.key_where.setText(translate("SettingsDialog", "Your API key was removed."))
        self.saving_label.setText(words.switching_to_demo())
        self.saving_bar.setAccessibleName(translate("SettingsDialog", "Switching to demo mode"))
        self.save_button.setText(translate("SettingsDialog", "Switching…"))
        self.fit()
        try:
            await asyncio.shield(switching)
        except Exception as exc:
            self._show_saving(False)
            self.error_label.setText(words.demo_not_started(exc))
            self.error_label.show()
            self.fit()
            return False
        return True

    def _apply(self, edited: SettingsValues) -> None:
        self.settings.update(
            download_dir=edited.download_dir,
            poll_interval=edited.poll_interval,
            max_concurrent=edited.max_concurrent,
            base_url=edited.base_url,
            callback_url=edited.callback_url,
            notify_when_done=edited.notify_when_done,
            sound_when_done=edited.sound_when_done,
            count_in_title=edited.count_in_title,
            keep_metadata=edited.keep_metadata,
            **self.spending.changes(),
            **self.advanced.changes(),
        )

    def _show_saving(self, saving: bool) -> None:
        """While the key is saved: say so, and take no second Save, edit or Cancel."""
        self.saving_box.setVisible(saving)
        for widget in (
            self.save_button,
            self.cancel_button,
            self.test_button,
            self.show_key,
            self.file_button,
        ):
            widget.setEnabled(not saving)
        self.key_edit.setReadOnly(saving)
        self.save_button.setText(
            translate("SettingsDialog", "Saving…") if saving else self._save_text
        )
        self.fit()


def _read_key(keys: KeyStore) -> tuple[StoredKey | None, str]:
    """The saved key and where it is kept, in words. Blocking: run it in a worker thread
    (the keychain's first use loads its backend, which may ask D-Bus)."""
    found = keys.load()
    return found, key_place(keys, found)
