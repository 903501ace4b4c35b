"""The sentences made below the window (api, store, services) in the window's language:
with German installed they come out German, said when they are made; ``detail`` stays
English (and without the key); without the window's hook (the command line) all English."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from poyo_desktop.api.errors import NetworkError
from poyo_desktop.api.http_errors import error_for
from poyo_desktop.core import wording
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.services.downloads import disk_error
from poyo_desktop.services.not_sent import not_sent
from poyo_desktop.services.queue_commands import unsaved_words
from poyo_desktop.services.send_step import upload_failed_words
from poyo_desktop.services.spending_words import refusal_words
from poyo_desktop.services.task_choices import TaskRequest
from poyo_desktop.store.errors import SAVE, DiskFullError, StoreBusyError, told
from poyo_desktop.store.spend import Reservation
from poyo_desktop.ui.kit import translations
from tests.conftest import TEST_KEY

DRAFT = JobDraft(model="kling-2.1/standard", prompt="A cat turns its head")
REFUSED = Reservation(None, 110, 950, 950, refused_by="daily", limit=1000)
BUSY = "another program is using the history file; try again"
FOLDER = Path("/home/someone/Videos")
NO_ROOM = OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def german(qapp, tmp_path, monkeypatch) -> Iterator[None]:
    monkeypatch.setenv(translations.ENV_OVERRIDE, "de")
    loaded = translations.install_translators(tmp_path / "settings.json")
    try:
        yield
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))


def test_a_generate_not_sent_is_told_in_german_whole(german):
    said = not_sent(DRAFT, told(StoreBusyError, SAVE, BUSY, "sqlite3.OperationalError: locked"))
    assert said.message == (
        "Dein Video „A cat turns its head“ wurde nicht gesendet: die Verlaufsdatei wird von "
        "einem anderen Programm benutzt. Schließe dieses Programm und drücke erneut Erstellen."
    )
    assert said.batch_reason.endswith("drücke erneut Prüfen.")
    full = not_sent(DRAFT, told(DiskFullError, SAVE, "the disk is full"))
    assert "der Datenträger ist voll" in full.reason


def test_the_store_says_what_it_was_doing_and_why_in_german(german):
    error = told(DiskFullError, SAVE, "the disk is full", "OSError: [Errno 28]")
    assert error.message == (
        "Dein Aufgabenverlauf konnte nicht gespeichert werden: der Datenträger ist voll."
    )
    assert error.detail == "OSError: [Errno 28]" and error.action == SAVE


def test_an_api_error_is_german_and_its_detail_english_without_the_key(german):
    body = b'{"code": 401, "message": "invalid key ' + TEST_KEY.encode() + b'"}'
    error = error_for(401, body)
    assert error is not None
    assert error.message.startswith("PoYo hat deinen API-Schlüssel nicht angenommen.")
    assert error.detail.startswith("request: HTTP 401, code 401: 'invalid key ")
    assert TEST_KEY not in error.detail and TEST_KEY not in error.message
    offline = NetworkError()
    assert offline.message.endswith("die App versucht es weiter.")
    assert offline.final_message == "PoYo ist nicht erreichbar. Prüfe deine Internetverbindung."


def test_a_spending_refusal_is_german(german):
    assert refusal_words(REFUSED) == (
        "Nicht gesendet: Die heutigen Ausgaben würden 1,060 deines Tageslimits von 1,000 "
        "Credits erreichen (etwa $5.30). Erhöhe das Limit in den Einstellungen oder sende "
        "es trotzdem."
    )


def test_a_full_disk_at_download_is_german_and_its_detail_english(german):
    error = disk_error(NO_ROOM, FOLDER)
    assert error.message == (
        f"Der Datenträger ist voll: In {FOLDER} ist kein Platz, um das Video zu speichern."
    )
    assert error.kind == "disk_full"
    assert error.detail == "OSError: [Errno 28] No space left on device"


def test_a_failed_upload_of_the_end_image_is_one_german_sentence(german):
    said = upload_failed_words("end", "PoYo war nicht erreichbar.")
    assert said == "Das Hochladen des Endbilds ist fehlgeschlagen. PoYo war nicht erreichbar."
    assert upload_failed_words("start", "").startswith("Das Hochladen des Startbilds ")


def test_a_cancel_the_history_did_not_keep_is_german(german):
    said = unsaved_words(TaskRequest.CANCEL, "der Datenträger ist voll")
    assert said == (
        "Diese Aufgabe konnte nicht abgebrochen werden, weil dein Aufgabenverlauf nicht "
        "gespeichert werden konnte (der Datenträger ist voll). Nichts wurde gesendet oder "
        "dafür berechnet."
    )


def test_the_language_is_the_one_installed_when_the_sentence_is_said(qapp, tmp_path, monkeypatch):
    english = NetworkError().message
    assert english.startswith("Could not reach PoYo.")
    monkeypatch.setenv(translations.ENV_OVERRIDE, "de")
    loaded = translations.install_translators(tmp_path / "settings.json")
    try:
        assert NetworkError().message.startswith("PoYo ist nicht erreichbar.")
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en_US"))
    assert NetworkError().message == english


def test_without_the_windows_hook_everything_stays_english(german):
    """The command line never points core.wording at Qt: German installed or not."""
    wording.speak_with(None)
    try:
        assert not_sent(DRAFT, StoreBusyError("x")).message.startswith(
            "Your video “A cat turns its head” was not sent: the history file is in use"
        )
        assert refusal_words(REFUSED).startswith("Not sent: today's spending would reach")
        assert NetworkError().final_message == (
            "Could not reach PoYo. Check your internet connection."
        )
        assert disk_error(NO_ROOM, FOLDER).message == (
            f"The disk is full: there is no room to save the video in {FOLDER}."
        )
        assert upload_failed_words("end", "PoYo could not be reached.") == (
            "Uploading the end image failed. PoYo could not be reached."
        )
        assert unsaved_words(TaskRequest.CANCEL, "the disk is full") == (
            "This task could not be cancelled, because your task history could not be saved "
            "(the disk is full). Nothing was sent or charged for it."
        )
        assert unsaved_words(TaskRequest.MOVE_UP, "the disk is full").startswith(
            "This task could not be moved, because"
        )
    finally:
        wording.speak_with(lambda context, text: QCoreApplication.translate(context, text))
