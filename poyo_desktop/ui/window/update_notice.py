"""The update check's two quiet lines in the status bar: the one-time question, then, when a
newer version is out, a link to its page. Nothing modal, nothing that takes the focus, and
nothing is downloaded: the link opens the release page in the browser.

Loaded by boot/main.py once start-up has settled, never with the window.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from poyo_desktop import APP_NAME
from poyo_desktop.build_info import BuildInfo, build_info
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.services.settings import Settings
from poyo_desktop.services.update_check import Release, UpdateCheck
from poyo_desktop.ui.kit.translations import translate
from poyo_desktop.ui.window.actions import open_url

log = logging.getLogger(__name__)


def question() -> str:
    """Asked once: may the app look for a new version."""
    return translate(
        "UpdateNotice",
        "Tell you when a new version of {app} is out? It looks once a week. "
        "<a href='yes'>Yes</a> · <a href='no'>No</a>",
    ).format(app=APP_NAME)


def link_text(release: Release) -> str:
    url = html.escape(release.url, quote=True)
    return translate(
        "UpdateNotice", "{app} {version} is out: <a href='{url}'>see what is new</a>"
    ).format(app=APP_NAME, version=html.escape(release.version), url=url)


class UpdateNotice(QObject):
    """Asks once (outside a .deb, where apt brings updates), then looks when allowed to.

    A child of the window, so it lives as long as the window does.
    """

    def __init__(self, window: QMainWindow, settings: Settings, paths: AppPaths) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._state_file = paths.cache_dir / "update-check.json"
        self._info: BuildInfo | None = None
        self._looking: asyncio.Task[None] | None = None
        self.label: QLabel | None = None  # the question or the link, while shown

    async def run(self) -> None:
        self._info = await asyncio.to_thread(build_info)  # git, from a source checkout
        if not self._info.release_feed:
            return  # a build that does not know where its releases are published
        choice = self._settings.values.check_for_updates
        if choice is None and not self._info.updated_by_package_manager:
            self._ask()
        elif choice:
            await self.look()

    def _ask(self) -> None:
        """Asked once: from now on it is off unless the person says yes."""
        self._settings.update(check_for_updates=False)
        self._show(question(), self._on_answer)

    def _on_answer(self, answer: str) -> None:
        self._settings.update(check_for_updates=answer == "yes")
        self._hide()
        if answer == "yes":
            self._looking = asyncio.ensure_future(self.look())

    async def look(self) -> None:
        """Read the release feed (or last week's answer) and show the link if newer."""
        info = self._info
        if info is None:
            info = self._info = await asyncio.to_thread(build_info)
        check = UpdateCheck(info.release_feed, self._state_file, info.version)
        release = await check.newer_release()
        if release is not None:
            log.info("Update check: %s %s is out", APP_NAME, release.version)
            self._show(link_text(release), open_url)

    def _show(self, text: str, on_link: Callable[[str], None]) -> None:
        self._hide()
        label = QLabel(text)
        label.setObjectName("updateNotice")
        label.linkActivated.connect(on_link)
        self._window.statusBar().addPermanentWidget(label)
        self.label = label

    def _hide(self) -> None:
        if self.label is not None:
            self._window.statusBar().removeWidget(self.label)
            self.label.deleteLater()
            self.label = None
