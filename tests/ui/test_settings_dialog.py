"""The Settings dialog: key storage explained, test connection, validation, switching mode."""

from __future__ import annotations

import asyncio

from poyo_desktop.context import Options, build_context
from poyo_desktop.services.secrets import KeyLocation
from poyo_desktop.ui.main_window import MainWindow
from poyo_desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import TEST_KEY
from tests.ui.test_main_window import wait_until


async def demo_window(poyo, tmp_path):
    ctx = await build_context(Options(data_dir=tmp_path / "home", force_demo=True,
                                      base_url=poyo.base_url, api_key=TEST_KEY))
    window = MainWindow(ctx)
    window.show()
    await window.start()
    return window


def test_test_connection_shows_credits_and_bad_keys_in_words(poyo, tmp_path, qloop):
    async def scenario():
        window = await demo_window(poyo, tmp_path)
        try:
            dialog = SettingsDialog(window.ctx, window)
            dialog.show()
            assert "No system keychain" in dialog.key_where.text()
            assert str(window.ctx.keys.fallback_file) in dialog.key_where.text()
            dialog.server_edit.setText(poyo.base_url)
            dialog.key_edit.setText("sk-wrong-key")
            dialog.test_button.click()
            await wait_until(lambda: dialog.test_button.isEnabled(), what="test result")
            bad = dialog.test_result.text()
            dialog.key_edit.setText(TEST_KEY)
            dialog.test_button.click()
            await wait_until(lambda: dialog.test_button.isEnabled()
                             and "credits" in dialog.test_result.text(), what="credits")
            good = dialog.test_result.text()
            dialog.reject()
            return bad, good
        finally:
            window.close()
            await window.ctx.close()

    bad, good = qloop.run_until_complete(scenario())
    assert "API key" in bad and "sk-wrong-key" not in bad
    assert "1,000 credits left" in good


def test_invalid_values_are_refused_with_reasons(poyo, tmp_path, qloop):
    async def scenario():
        window = await demo_window(poyo, tmp_path)
        try:
            dialog = SettingsDialog(window.ctx, window)
            dialog.show()
            dialog.folder_edit.setText("not/absolute")
            dialog.callback_edit.setText("http://insecure.example")
            dialog._on_save()
            shown = dialog.error_label.text(), dialog.isVisible()
            dialog.reject()
            return shown
        finally:
            window.close()
            await window.ctx.close()

    (text, still_open) = qloop.run_until_complete(scenario())
    assert still_open
    assert "Choose a folder" in text and "https://" in text


def test_saving_a_key_leaves_demo_mode(poyo, tmp_path, qloop):
    async def scenario():
        window = await demo_window(poyo, tmp_path)
        try:
            assert window.banner.isVisibleTo(window)
            dialog = SettingsDialog(window.ctx, window)
            dialog.key_saved.connect(window.ctx.use_key)
            dialog.show()
            await asyncio.sleep(0.05)
            dialog.server_edit.setText(poyo.base_url)
            dialog.key_edit.setText(TEST_KEY)
            dialog._on_save()
            stored = window.ctx.keys.load()
            return (window.banner.isVisibleTo(window), window.ctx.demo, stored,
                    window.mode_label.text(), window.ctx.jobs.backend)
        finally:
            window.close()
            await window.ctx.close()

    banner, demo, stored, label, backend = qloop.run_until_complete(scenario())
    assert not banner and not demo and backend == "poyo"
    assert stored.value == TEST_KEY and stored.location is KeyLocation.FILE
    assert "Connected to PoYo" in label and TEST_KEY not in label


def test_a_rejected_key_at_start_is_said_in_the_status_bar(poyo, tmp_path, qloop):
    async def scenario():
        ctx = await build_context(Options(data_dir=tmp_path / "home", base_url=poyo.base_url,
                                          api_key="sk-revoked-key"))
        window = MainWindow(ctx)
        window.show()
        try:
            await window.start()
            await wait_until(lambda: "not connected" in window.mode_label.text(),
                             what="connection state")
            return window.mode_label.toolTip(), window.banner.isVisibleTo(window)
        finally:
            window.close()
            await ctx.close()

    tooltip, banner = qloop.run_until_complete(scenario())
    assert "API key" in tooltip and "sk-revoked-key" not in tooltip
    assert not banner  # a real key is set: not demo mode
