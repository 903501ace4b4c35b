"""The update check as a person meets it: asked once, then a quiet link in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from poyo_desktop.build_info import BuildInfo
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.settings import Settings
from poyo_desktop.ui.settings.settings_pages import AdvancedPage
from poyo_desktop.ui.window import update_notice
from poyo_desktop.ui.window.update_notice import UpdateNotice, question
from tests.services.test_update_check import Feed
from tests.ui.test_main_window import wait_until


@pytest.fixture
def feed():
    served = Feed()
    yield served
    served.close()


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    links: list[str] = []
    monkeypatch.setattr(update_notice, "open_url", links.append)
    return links


def stamped(monkeypatch, feed_url: str, channel: str = "portable") -> None:
    info = BuildInfo("0.1.0", "1a2b3c4d5e", "2026-01-31 12:00 UTC", channel, feed_url)
    monkeypatch.setattr(update_notice, "build_info", lambda: info)


def notice_for(tmp_path, choice: bool | None) -> tuple[QMainWindow, Settings, UpdateNotice]:
    paths = AppPaths.default(tmp_path / "home")
    settings = Settings(paths.settings_file)
    if choice is not None:
        settings.update(check_for_updates=choice)
    window = QMainWindow()
    window.show()
    return window, settings, UpdateNotice(window, settings, paths)


def test_asked_once_then_yes_looks_and_links_to_the_release(
    feed, tmp_path, qloop, monkeypatch, opened
):
    stamped(monkeypatch, feed.url)
    window, settings, notice = notice_for(tmp_path, None)
    qloop.run_until_complete(notice.run())
    assert notice.label is not None and notice.label.text() == question()
    assert settings.values.check_for_updates is False  # asked: off unless the answer is yes
    assert feed.requests == []  # nothing is read before the person agrees

    notice.label.linkActivated.emit("yes")
    assert settings.values.check_for_updates is True
    qloop.run_until_complete(
        wait_until(lambda: notice.label is not None, what="the link to the new version")
    )
    assert "0.2.0 is out" in notice.label.text()
    notice.label.linkActivated.emit("https://example.invalid/releases/v0.2.0")
    assert opened == ["https://example.invalid/releases/v0.2.0"]  # the browser, nothing else
    window.close()
    settings.flush()


def test_no_means_no_look(feed, tmp_path, qloop, monkeypatch):
    stamped(monkeypatch, feed.url)
    window, settings, notice = notice_for(tmp_path, None)
    qloop.run_until_complete(notice.run())
    notice.label.linkActivated.emit("no")
    assert notice.label is None and settings.values.check_for_updates is False
    qloop.run_until_complete(notice.run())  # the next start: no question, no look
    assert notice.label is None and feed.requests == []
    window.close()
    settings.flush()


def test_a_deb_never_asks_apt_brings_its_updates(feed, tmp_path, qloop, monkeypatch):
    stamped(monkeypatch, feed.url, channel="deb")
    window, settings, notice = notice_for(tmp_path, None)
    qloop.run_until_complete(notice.run())
    assert notice.label is None and feed.requests == []
    assert settings.values.check_for_updates is None
    window.close()


def test_turned_on_in_settings_a_deb_looks_too(feed, tmp_path, qloop, monkeypatch):
    stamped(monkeypatch, feed.url, channel="deb")
    window, settings, notice = notice_for(tmp_path, True)
    qloop.run_until_complete(notice.run())
    assert notice.label is not None and "0.2.0 is out" in notice.label.text()
    assert len(feed.requests) == 1
    window.close()
    settings.flush()


def test_a_build_without_a_release_feed_stays_quiet(tmp_path, qloop, monkeypatch):
    stamped(monkeypatch, "")
    window, settings, notice = notice_for(tmp_path, True)
    qloop.run_until_complete(notice.run())
    assert notice.label is None
    window.close()
    settings.flush()


def test_the_settings_box_leaves_the_question_until_it_is_used(qapp, tmp_path):
    settings = Settings(tmp_path / "settings.json")
    page = AdvancedPage(settings.values, qapp.palette())
    assert not page.updates_box.isChecked() and page.changes() == {}
    page.updates_box.setChecked(True)
    assert page.changes() == {"check_for_updates": True}
    settings.update(check_for_updates=False)
    page = AdvancedPage(settings.values, qapp.palette())
    assert page.changes() == {"check_for_updates": False}
    settings.flush()


def test_the_app_starts_the_check_after_start_up_settles(feed, tmp_path, qloop, monkeypatch):
    from types import SimpleNamespace

    from poyo_desktop.boot import main

    stamped(monkeypatch, feed.url)
    monkeypatch.setattr(main, "UPDATE_CHECK_DELAY", 0.0)
    paths = AppPaths.default(tmp_path / "home")
    settings = Settings(paths.settings_file)
    window = QMainWindow()
    ctx = SimpleNamespace(settings=settings, paths=paths)
    qloop.run_until_complete(main._look_for_updates(window, ctx))  # type: ignore[arg-type]
    notice = window.findChild(UpdateNotice)
    assert notice is not None and notice.label is not None and notice.label.text() == question()
    window.close()
    settings.flush()
