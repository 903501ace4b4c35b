"""The About dialog: name, the exact build (version, commit, date), licence and links."""

from __future__ import annotations

import html

from PySide6.QtCore import QSysInfo, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from poyo_desktop import APP_NAME
from poyo_desktop.build_info import build_info
from poyo_desktop.ui.kit.translations import translate


def about_text() -> str:
    """Build info is read once and kept (the update check reads it on a worker thread
    after start-up, so a click on About normally finds it ready)."""
    info = build_info()
    return (
        f"<h3>{APP_NAME} {html.escape(info.version)}</h3>"
        f"<p><small>{html.escape(info.details())}</small></p>"
        + "<p>"
        + translate(
            "About", "Turn a photo and a sentence into a short video with PoYo's Kling 2.1 models."
        )
        + "</p><p>"
        + translate("About", "Released under the MIT licence.")
        + "<br><a href='https://poyo.ai'>poyo.ai</a> · "
        + "<a href='https://poyo.ai/dashboard'>"
        + translate("About", "Your PoYo account")
        + "</a></p>"
        f"<p><small>Qt {qVersion()} · {QSysInfo.prettyProductName()}</small></p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("About", "About {app}").format(app=APP_NAME), about_text())
