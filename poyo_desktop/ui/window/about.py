"""The About dialog: name, version, licence and links."""

from __future__ import annotations

from PySide6.QtCore import QSysInfo, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from poyo_desktop import APP_NAME, __version__


def about_text() -> str:
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>Turn a photo and a sentence into a short video with PoYo's Kling 2.1 models.</p>"
        "<p>Released under the MIT licence.<br>"
        "<a href='https://poyo.ai'>poyo.ai</a> · "
        "<a href='https://poyo.ai/dashboard'>Your PoYo account</a></p>"
        f"<p><small>Qt {qVersion()} · {QSysInfo.prettyProductName()}</small></p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, f"About {APP_NAME}", about_text())
