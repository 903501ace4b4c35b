"""The Settings dialog: key storage explained, test connection, validation, switching mode."""

from __future__ import annotations

import asyncio
import threading
import time

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication

from poyo_desktop.boot.compose import AppContext, build_context
from poyo_desktop.boot.options import Options
from poyo_desktop.services.secrets import KeyLocation
from poyo_desktop.ui.settings.settings_dialog import SettingsDialog
from poyo_desktop.ui.window.main_window import MainWindow
from tests.conftest import TEST_KEY
from tests.ui.test_main_window import wait_until


async def demo_window(poyo, tmp_path) -> tuple[MainWindow, AppContext]:
    ctx = await build_context(
        Options(
            data_dir=tmp_path / "home", force_demo=True, base_url=poyo.base_url, api_key=TEST_KEY
        )
    )
    window = MainWindow(ctx.services())
    window.show()
    await window.start()
    return window, ctx


def dialog_for(ctx: AppContext, window: MainWindow) -> SettingsDialog:
    """The dialog as the window makes it, given the services it uses, with every tab's page
    built (as the first turns of the event loop after it shows do)."""
    dialog = SettingsDialog(ctx.settings, ctx.keys, ctx.account, ctx, window)
    dialog.tabs.build_all()
    return dialog


def test_test_connection_shows_credits_and_bad_keys_in_words(poyo, tmp_path, qloop):
    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            dialog = dialog_for(ctx, window)
            dialog.show()
            await wait_until(
                lambda: "No system keychain" in dialog.key_where.text(),
                what="where the key is kept",
            )
            assert str(ctx.keys.fallback_file) in dialog.key_where.text()
            dialog.server_edit.setText(poyo.base_url)
            dialog.key_edit.setText("sk-wrong-key")
            dialog.test_button.click()
            await wait_until(lambda: dialog.test_button.isEnabled(), what="test result")
            bad = dialog.test_result.text()
            dialog.key_edit.setText(TEST_KEY)
            dialog.test_button.click()
            await wait_until(
                lambda: dialog.test_button.isEnabled() and "credits" in dialog.test_result.text(),
                what="credits",
            )
            good = dialog.test_result.text()
            dialog.reject()
            return bad, good
        finally:
            window.close()
            await ctx.close()

    bad, good = qloop.run_until_complete(scenario())
    assert "API key" in bad and "sk-wrong-key" not in bad
    assert "1,000 credits left" in good


def test_invalid_values_are_refused_with_reasons(poyo, tmp_path, qloop):
    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            dialog = dialog_for(ctx, window)
            dialog.show()
            dialog.folder_edit.setText("not/absolute")
            dialog.callback_edit.setText("http://insecure.example")
            dialog._on_save()
            shown = dialog.error_label.text(), dialog.isVisible()
            dialog.reject()
            return shown
        finally:
            window.close()
            await ctx.close()

    (text, still_open) = qloop.run_until_complete(scenario())
    assert still_open
    assert "Choose a folder" in text and "https://" in text


def test_a_problem_on_a_tab_out_of_sight_brings_its_tab_forward(poyo, tmp_path, qloop):
    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            dialog = dialog_for(ctx, window)
            dialog.show()
            dialog.activateWindow()
            await wait_until(lambda: QApplication.activeWindow() is dialog, what="active")
            assert dialog.show_section("Spending")
            dialog.spending.figures["daily_limit_credits"].setText("lots")
            assert dialog.show_section("Advanced")
            dialog._on_save()
            spending = dialog.tabs.currentWidget().isAncestorOf(dialog.spending.page)
            focused = dialog.spending.figures["daily_limit_credits"].hasFocus()
            dialog.folder_edit.setText("not/absolute")
            dialog._on_save()
            videos = dialog.tabs.currentIndex() == dialog.tabs.names().index("Videos")
            dialog.reject()
            return spending, focused, videos, dialog.show_section("Nowhere")
        finally:
            window.close()
            await ctx.close()

    spending, focused, videos, nowhere = qloop.run_until_complete(scenario())
    assert spending and videos and not nowhere
    assert focused


def test_saving_a_key_leaves_demo_mode(poyo, tmp_path, qloop):
    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            assert window.banner.isVisibleTo(window)
            dialog = dialog_for(ctx, window)
            dialog.key_saved.connect(ctx.use_key)
            dialog.show()
            await asyncio.sleep(0.05)
            dialog.server_edit.setText(poyo.base_url)
            dialog.key_edit.setText(TEST_KEY)
            dialog._on_save()
            await wait_until(lambda: not dialog.isVisible(), what="key saved")
            # The status line says "Connecting…" until the new key's first answer.
            await wait_until(
                lambda: "Connecting" not in window.mode_label.text(), what="the connection checked"
            )
            stored = ctx.keys.load()
            return (
                window.banner.isVisibleTo(window),
                ctx.demo,
                stored,
                window.mode_label.text(),
                ctx.jobs.backend,
            )
        finally:
            window.close()
            await ctx.close()

    banner, demo, stored, label, backend = qloop.run_until_complete(scenario())
    assert not banner and not demo and backend == "poyo"
    assert stored.value == TEST_KEY and stored.location is KeyLocation.FILE
    assert "Connected to PoYo" in label and TEST_KEY not in label


def test_a_rejected_key_at_start_is_said_in_the_status_bar(poyo, tmp_path, qloop):
    async def scenario():
        ctx = await build_context(
            Options(data_dir=tmp_path / "home", base_url=poyo.base_url, api_key="sk-revoked-key")
        )
        window = MainWindow(ctx.services())
        window.show()
        try:
            await window.start()
            await wait_until(
                lambda: "did not accept" in window.mode_label.text(), what="connection state"
            )
            return window.mode_label.toolTip(), window.banner.isVisibleTo(window)
        finally:
            window.close()
            await ctx.close()

    tooltip, banner = qloop.run_until_complete(scenario())
    assert "API key" in tooltip and "sk-revoked-key" not in tooltip
    assert not banner  # a real key is set: not demo mode


# -- saving the key off the GUI thread --------------------------------------------------------


class SlowKeychain(KeyringBackend):
    """A keychain that takes its time, as a locked one waiting for its unlock prompt does.

    The one stand-in here: no real keychain can be made slow on purpose. ``set_password``
    waits until ``release`` is set (at most 5 s, so a blocking dialog shows as slow, not
    as a hung test)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, *, fail: BaseException | None = None, slow_reads: bool = False) -> None:
        super().__init__()
        self.release = threading.Event()
        self.read_release = threading.Event()
        if not slow_reads:
            self.read_release.set()
        self.entered = threading.Event()
        self.fail = fail
        self.stored: dict[tuple[str, str], str] = {}
        self.threads: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.read_release.wait(5)
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(threading.current_thread().name)
        self.entered.set()
        self.release.wait(5)
        if self.fail is not None:
            raise self.fail
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def slow_keychain():
    def install(**kwargs) -> SlowKeychain:
        backend = SlowKeychain(**kwargs)
        keyring.set_keyring(backend)
        return backend

    previous = keyring.get_keyring()
    try:
        yield install
    finally:
        keyring.set_keyring(previous)


async def settings_dialog(window, ctx) -> tuple[SettingsDialog, list[str]]:
    dialog = dialog_for(ctx, window)
    saved: list[str] = []
    dialog.key_saved.connect(saved.append)
    dialog.key_saved.connect(ctx.use_key)
    dialog.show()
    await wait_until(lambda: "Checking" not in dialog.key_where.text(), what="key read")
    return dialog, saved


def test_saving_the_key_keeps_the_window_responsive_and_says_it_is_saving(
    poyo, tmp_path, qloop, slow_keychain, caplog
):
    keychain = slow_keychain()

    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            dialog, saved = await settings_dialog(window, ctx)
            assert "system keychain" in dialog.key_where.text()
            dialog.server_edit.setText(poyo.base_url)
            dialog.key_edit.setText(TEST_KEY)
            started = time.monotonic()
            dialog.save_button.click()
            returned_after = time.monotonic() - started
            await wait_until(keychain.entered.is_set, what="keychain asked")
            ticks = 0
            for _ in range(5):  # the event loop runs while the keychain takes its time
                await asyncio.sleep(0.02)
                ticks += 1
            during = {
                "visible": dialog.isVisible(),
                "save": dialog.save_button.isEnabled(),
                "cancel": dialog.cancel_button.isEnabled(),
                "saving": (dialog.saving_label.isVisibleTo(dialog), dialog.saving_label.text()),
                "key": dialog.key_edit.text(),
                "editable": not dialog.key_edit.isReadOnly(),
            }
            dialog.reject()  # Esc while saving: not a half-saved key
            still_open = dialog.isVisible()
            keychain.release.set()
            await wait_until(lambda: not dialog.isVisible(), what="dialog closed")
            return (
                returned_after,
                ticks,
                during,
                still_open,
                saved,
                dialog.result(),
                ctx.jobs.backend,
            )
        finally:
            keychain.release.set()
            window.close()
            await ctx.close()

    returned_after, ticks, during, still_open, saved, result, backend = qloop.run_until_complete(
        scenario()
    )
    assert returned_after < 0.5  # the click did not wait for the keychain
    assert keychain.threads and keychain.threads[0] != "MainThread"
    assert ticks == 5 and during["visible"] and still_open
    assert not during["save"] and not during["cancel"] and not during["editable"]
    assert during["saving"][0] and "Saving your API key" in during["saving"][1]
    assert during["key"] == TEST_KEY  # kept as typed
    assert saved == [TEST_KEY] and result == SettingsDialog.DialogCode.Accepted
    assert backend == "poyo"
    assert keychain.stored == {("PoYo Desktop", "api-key"): TEST_KEY}
    assert not any(TEST_KEY in r.getMessage() for r in caplog.records)


def test_a_key_the_keychain_refuses_is_said_plainly_and_stays_in_the_box(
    poyo, tmp_path, qloop, slow_keychain, caplog
):
    """A keychain that fails oddly (and echoes the key in its error) must not lose the key
    a person typed, nor show it anywhere."""
    keychain = slow_keychain(fail=RuntimeError(f"D-Bus said no to {TEST_KEY}"))
    keychain.release.set()

    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            dialog, saved = await settings_dialog(window, ctx)
            dialog.key_edit.setText(TEST_KEY)
            dialog.save_button.click()
            await wait_until(lambda: dialog.keychain_box.isVisibleTo(dialog), what="refusal shown")
            shown = {
                "visible": dialog.isVisible(),
                "error": dialog.keychain_label.text(),
                "key": dialog.key_edit.text(),
                "save": dialog.save_button.isEnabled(),
                "cancel": dialog.cancel_button.isEnabled(),
                "saving": dialog.saving_label.isVisibleTo(dialog),
            }
            return shown, saved, ctx.demo
        finally:
            window.close()
            await ctx.close()

    shown, saved, demo = qloop.run_until_complete(scenario())
    assert shown["visible"] and shown["save"] and shown["cancel"] and not shown["saving"]
    assert "Could not save your API key" in shown["error"] and "try again" in shown["error"]
    assert TEST_KEY not in shown["error"] and "D-Bus" not in shown["error"]
    assert shown["key"] == TEST_KEY
    assert saved == [] and demo  # nothing changed
    assert not any(TEST_KEY in r.getMessage() for r in caplog.records)


def test_a_key_the_keychain_refuses_is_kept_in_a_file_only_when_the_person_says_so(
    poyo, tmp_path, qloop, slow_keychain, caplog
):
    """A locked keychain (its unlock prompt dismissed): nothing is written behind the
    person's back. They are told what the file means and choose it; from then on the
    dialog says the key is in that file, never "in the keychain"."""
    keychain = slow_keychain(fail=keyring.errors.KeyringLocked("the collection is locked"))
    keychain.release.set()

    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        keys = ctx.keys
        try:
            dialog, saved = await settings_dialog(window, ctx)
            before = dialog.key_where.text()
            dialog.server_edit.setText(poyo.base_url)
            dialog.key_edit.setText(TEST_KEY)
            dialog.save_button.click()
            await wait_until(
                lambda: dialog.keychain_box.isVisibleTo(dialog), what="the choice offered"
            )
            offered = {
                "text": dialog.keychain_label.text(),
                "button": dialog.file_button.text(),
                "file": keys.fallback_file.exists(),
                "saved": list(saved),
                "demo": ctx.demo,
                "open": dialog.isVisible(),
                "error": dialog.error_label.isVisibleTo(dialog),
            }
            dialog.grab().save("/tmp/settings-keychain-refused.png")
            dialog.file_button.click()
            await wait_until(lambda: not dialog.isVisible(), what="saved in the file")
            stored = keys.load()
            again, _ = await settings_dialog(window, ctx)
            where_now = again.key_where.text()
            again.grab().save("/tmp/settings-key-in-file.png")
            again.reject()
            return (before, offered, saved, stored, where_now, ctx.jobs.backend, keychain.stored)
        finally:
            window.close()
            await ctx.close()

    before, offered, saved, stored, where_now, backend, in_keychain = qloop.run_until_complete(
        scenario()
    )
    assert "will be kept in the system keychain" in before
    assert offered["open"] and not offered["file"] and offered["saved"] == []
    assert offered["demo"] and not offered["error"]
    text = offered["text"]
    assert "did not accept" in text and "try again" in text
    assert "only your user account can read" in text.lower() and "not encrypted" in text
    assert "File" in offered["button"] and TEST_KEY not in text
    assert saved == [TEST_KEY] and backend == "poyo" and in_keychain == {}
    assert stored.value == TEST_KEY and stored.location is KeyLocation.FILE
    assert "kept in the system keychain" not in where_now
    assert "only your user account can read" in where_now
    assert not any(TEST_KEY in r.getMessage() for r in caplog.records)


def test_a_key_that_cannot_be_written_anywhere_is_said_plainly(poyo, tmp_path, qloop):
    """No keychain, and the private file cannot be written: the reason, in words."""

    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            blocker = ctx.keys.fallback_file.with_suffix(".tmp")
            blocker.mkdir(parents=True)  # where the key file is written first
            dialog, saved = await settings_dialog(window, ctx)
            dialog.key_edit.setText(TEST_KEY)
            dialog.save_button.click()
            await wait_until(lambda: dialog.error_label.isVisibleTo(dialog), what="error shown")
            return dialog.error_label.text(), dialog.key_edit.text(), saved
        finally:
            window.close()
            await ctx.close()

    error, key, saved = qloop.run_until_complete(scenario())
    assert "Could not save your API key" in error and "directory" in error
    assert TEST_KEY not in error and key == TEST_KEY and saved == []


def test_a_key_typed_while_the_keychain_is_still_read_is_not_overwritten(
    poyo, tmp_path, qloop, slow_keychain
):
    keychain = slow_keychain(slow_reads=True)
    keychain.stored[("PoYo Desktop", "api-key")] = "sk-older-key-0000"
    keychain.release.set()

    async def scenario():
        window, ctx = await demo_window(poyo, tmp_path)
        try:
            dialog = dialog_for(ctx, window)
            dialog.key_saved.connect(ctx.use_key)
            dialog.show()
            await asyncio.sleep(0.05)
            dialog.key_edit.setText(TEST_KEY)  # typed (pasted) before the old key arrived
            keychain.read_release.set()
            await wait_until(lambda: "Checking" not in dialog.key_where.text(), what="read")
            typed = dialog.key_edit.text()
            dialog.save_button.click()
            await wait_until(lambda: not dialog.isVisible(), what="saved")
            return typed, keychain.stored[("PoYo Desktop", "api-key")]
        finally:
            window.close()
            await ctx.close()

    typed, stored = qloop.run_until_complete(scenario())
    assert typed == TEST_KEY and stored == TEST_KEY


# -- removing the key: back to demo mode without freezing the window ------------------------


def test_removing_the_key_starts_the_demo_server_off_the_gui_thread_and_says_it_is_switching(
    poyo, tmp_path, qloop
):
    """The demo server takes a while to start: the window keeps painting, the dialog says
    it is switching, and nothing asked for meanwhile goes to PoYo with the removed key."""
    from tests.services.harness import draft

    async def scenario():
        ctx = await build_context(
            Options(
                data_dir=tmp_path / "home",
                base_url=poyo.base_url,
                api_key=TEST_KEY,
                demo_task_seconds=0.3,
                demo_video_long_side=160,
                poll_interval=0.05,
            )
        )
        await asyncio.to_thread(ctx.keys.save, TEST_KEY)  # so that Settings shows it
        window = MainWindow(ctx.services())
        window.show()
        await window.start()
        seen: dict[str, object] = {}
        try:
            assert ctx.jobs.backend == "poyo" and ctx.sandbox is None
            dialog, saved = await settings_dialog(window, ctx)

            def on_saved(key: str) -> None:  # right after ctx.use_key, in the same click
                seen["sandbox started at once"] = ctx.sandbox is not None
                seen["backend"] = ctx.jobs.backend
                seen["demo"] = ctx.demo
                ctx.jobs.generate(draft(tmp_path))  # a Generate while the server starts

            dialog.key_saved.connect(on_saved)
            dialog.key_edit.clear()
            dialog.save_button.click()
            await wait_until(lambda: "backend" in seen, what="key removed")
            seen["switching"] = (
                dialog.isVisible(),
                dialog.saving_box.isVisibleTo(dialog),
                dialog.saving_label.text(),
                dialog.save_button.isEnabled(),
            )
            dialog.grab().save("/tmp/settings-switching.png")
            await wait_until(lambda: not dialog.isVisible(), what="switched")
            seen["after"] = (
                ctx.jobs.backend,
                ctx.sandbox is not None,
                ctx.demo_pending,
                window.banner.isVisibleTo(window),
            )
            await wait_until(
                lambda: ctx.jobs.jobs() and ctx.jobs.jobs()[0].state.is_terminal,
                what="the video made meanwhile",
            )
            seen["job"] = ctx.jobs.jobs()[0]
            seen["saved"] = saved
            return seen
        finally:
            window.close()
            await ctx.close()

    seen = qloop.run_until_complete(scenario())
    assert seen["saved"] == [""] and seen["demo"]
    assert not seen["sandbox started at once"]  # not on the GUI thread, in the click
    assert seen["backend"] == "demo"  # at once: nothing more goes to PoYo
    visible, busy, text, save_enabled = seen["switching"]
    assert visible and busy and "Switching to demo mode" in text and not save_enabled
    assert seen["after"] == ("demo", True, False, True)
    job = seen["job"]
    assert job.backend == "demo" and job.state.value == "finished", job.error_message
    assert poyo.requests["submit"] == 0 and poyo.requests["upload"] == 0
