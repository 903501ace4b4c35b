"""Settings, the API key store, video names and the MP4 check."""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
import time
from datetime import UTC, datetime

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from poyo_desktop.runtime.logging_setup import REDACTOR, setup_logging
from poyo_desktop.services.mp4check import NotAVideo, check_mp4
from poyo_desktop.services.naming import slug, unique_path, video_name
from poyo_desktop.services.secrets import (
    ACCOUNT,
    SERVICE,
    KeychainRefused,
    KeyLocation,
    KeyStore,
    SecretStoreError,
)
from poyo_desktop.services.settings import Settings, SettingsValues, problems_with
from tests.videos import make_video


class MemoryKeyring(KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


# -- settings ---------------------------------------------------------------------------------


def test_settings_round_trip_and_change_signal(tmp_path, qapp):
    settings = Settings(tmp_path / "settings.json")
    changed: list[str] = []
    settings.changed.connect(changed.append)
    settings.update(poll_interval=20, max_concurrent=5)
    settings.update(poll_interval=20)  # no change, no signal
    assert changed == ["poll_interval", "max_concurrent"]
    assert settings.flush(timeout=5)  # written by a worker thread
    again = Settings(tmp_path / "settings.json")
    assert again.values.poll_interval == 20 and again.values.max_concurrent == 5
    assert json.loads((tmp_path / "settings.json").read_text())["version"] == 1


def test_damaged_settings_fall_back_to_defaults_and_are_kept_aside(tmp_path, qapp):
    path = tmp_path / "settings.json"
    path.write_text("{ not json")
    settings = Settings(path)
    assert settings.values == SettingsValues().validated()
    assert settings.recovered_from is not None and settings.recovered_from.exists()


def test_settings_are_clamped_and_validated(tmp_path, qapp):
    settings = Settings(tmp_path / "s.json")
    settings.update(poll_interval=0.1, max_concurrent=99)
    assert settings.values.poll_interval == 5 and settings.values.max_concurrent == 10
    file_not_folder = tmp_path / "file"
    file_not_folder.write_text("x")
    problems = problems_with(
        SettingsValues(download_dir=str(file_not_folder), callback_url="http://insecure")
    )
    assert "download_dir" in problems and "callback_url" in problems
    assert problems_with(SettingsValues(download_dir="relative/path"))["download_dir"]


def test_a_settings_change_does_not_wait_for_the_disk(tmp_path, qapp):
    """The file is written by a worker: a slow disk (here a named pipe nobody reads yet,
    where the temporary file goes) must not hold up the caller, the GUI thread."""
    path = tmp_path / "settings.json"
    settings = Settings(path)
    slow = path.with_suffix(".tmp")
    os.mkfifo(slow)
    caller = threading.Thread(target=lambda: settings.update(poll_interval=20), daemon=True)
    try:
        caller.start()
        caller.join(2)
        waited = caller.is_alive()
    finally:  # let a writer stuck on the pipe go on
        reader = os.open(slow, os.O_RDONLY | os.O_NONBLOCK)
        caller.join(5)
        time.sleep(0.2)
        os.close(reader)
    assert not waited
    assert settings.values.poll_interval == 20  # the new value is there at once
    slow.unlink(missing_ok=True)
    settings.update(poll_interval=30)
    assert settings.flush(timeout=5)
    assert Settings(path).values.poll_interval == 30


def test_rapid_settings_changes_all_reach_the_file_whole(tmp_path, qapp):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    for i in range(200):
        settings.update(max_concurrent=1 + i % 10, last_duration=10 if i % 2 else 5)
    settings.update(last_model="kling-2.1/pro")
    assert settings.flush(timeout=5)
    assert Settings(path).values == settings.values
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]  # no temp left


def test_a_setting_changed_just_before_closing_is_on_disk_once_closed(tmp_path, qloop):
    from poyo_desktop.boot.compose import build_context
    from poyo_desktop.boot.options import Options

    async def scenario():
        ctx = await build_context(
            Options(data_dir=tmp_path / "home", force_demo=True, base_url="http://127.0.0.1:9")
        )
        ctx.settings.update(last_model="kling-2.1/pro", last_duration=10)
        await ctx.close()
        return ctx.paths.settings_file

    file = qloop.run_until_complete(scenario())
    saved = json.loads(file.read_text())["values"]
    assert saved["last_model"] == "kling-2.1/pro" and saved["last_duration"] == 10


# -- API key ----------------------------------------------------------------------------------


def test_key_goes_to_the_keychain_when_there_is_one(tmp_path, monkeypatch):
    ring = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    monkeypatch.setattr(keyring, "delete_password", ring.delete_password)
    store = KeyStore(tmp_path / "api-key")
    assert store.save("sk-abc") is KeyLocation.KEYCHAIN
    assert not (tmp_path / "api-key").exists()
    assert store.load().value == "sk-abc" and store.load().location is KeyLocation.KEYCHAIN
    assert "sk-abc" not in repr(store.load())
    store.delete()
    assert store.load() is None


def test_without_a_keychain_the_key_lives_in_a_private_file(tmp_path):
    store = KeyStore(tmp_path / "cfg" / "api-key")
    assert not store.keychain_available()  # tests run with keyring's null backend
    assert "No system keychain" in store.describe(None)
    assert store.save("  sk-xyz  ") is KeyLocation.FILE
    mode = stat.S_IMODE(os.stat(tmp_path / "cfg" / "api-key").st_mode)
    assert mode == 0o600
    assert store.load().value == "sk-xyz"
    store.save("")
    assert store.load() is None


class AskedKeyring(MemoryKeyring):
    """Counts how often the keychain is read."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get_password(self, service, username):
        self.reads += 1
        return super().get_password(service, username)


def test_a_fresh_folder_starts_without_asking_the_keychain(tmp_path, monkeypatch):
    ring = AskedKeyring()
    use_keyring(monkeypatch, ring)
    ring.set_password(SERVICE, ACCOUNT, "sk-from-a-folder-since-deleted")
    store = KeyStore(tmp_path / "api-key")
    store.start_fresh()
    assert store.load() is None and ring.reads == 0
    # saved anew, it is found again, by this store and by the next start's
    assert store.save("sk-new") is KeyLocation.KEYCHAIN
    assert KeyStore(tmp_path / "api-key").load().value == "sk-new"
    assert "sk-new" not in (tmp_path / "api-key.where").read_text()


def test_a_folder_from_before_the_record_asks_the_keychain_once_and_notes_the_answer(
    tmp_path, monkeypatch
):
    ring = AskedKeyring()
    use_keyring(monkeypatch, ring)
    ring.set_password(SERVICE, ACCOUNT, "sk-old")
    assert KeyStore(tmp_path / "api-key").load().value == "sk-old"
    KeyStore(tmp_path / "api-key").start_fresh()  # a record exists: it is kept
    assert KeyStore(tmp_path / "api-key").load().value == "sk-old"
    KeyStore(tmp_path / "api-key").delete()
    reads = ring.reads
    assert KeyStore(tmp_path / "api-key").load() is None and ring.reads == reads


def test_a_locked_keychain_is_asked_again_at_the_next_start(tmp_path, monkeypatch):
    class Locked(AskedKeyring):
        def get_password(self, service, username):
            self.reads += 1
            raise keyring.errors.KeyringLocked("the collection is locked")

    ring = Locked()
    use_keyring(monkeypatch, ring)
    assert KeyStore(tmp_path / "api-key").load() is None
    assert KeyStore(tmp_path / "api-key").load() is None
    assert ring.reads == 2  # nothing was noted: a locked keychain may hold the key


class LockedKeyring(MemoryKeyring):
    """A keychain that is there but refuses to store (its unlock prompt was dismissed)."""

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("the collection is locked")


def use_keyring(monkeypatch, ring: KeyringBackend) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    monkeypatch.setattr(keyring, "delete_password", ring.delete_password)


def test_a_keychain_that_refuses_the_key_writes_no_file_behind_the_persons_back(
    tmp_path, monkeypatch
):
    use_keyring(monkeypatch, LockedKeyring())
    store = KeyStore(tmp_path / "api-key")
    with pytest.raises(KeychainRefused) as refused:
        store.save("sk-abc-123456")
    assert not (tmp_path / "api-key").exists()  # nothing silently written elsewhere
    assert "sk-abc-123456" not in str(refused.value)
    assert "keychain" in str(refused.value)
    assert store.load() is None
    # the person chose the file: it is said as a file, never as the keychain
    assert store.save_to_file("sk-abc-123456") is KeyLocation.FILE
    mode = stat.S_IMODE(os.stat(tmp_path / "api-key").st_mode)
    assert mode == 0o600
    found = store.load()
    assert found.value == "sk-abc-123456" and found.location is KeyLocation.FILE
    where = store.describe(found)
    assert "kept in the system keychain" not in where
    assert str(tmp_path / "api-key") in where and "only your user account" in where


def test_a_key_kept_in_the_file_wins_over_an_older_one_left_in_the_keychain(tmp_path, monkeypatch):
    ring = MemoryKeyring()
    use_keyring(monkeypatch, ring)
    store = KeyStore(tmp_path / "api-key")
    store.save("sk-old-key-000000")
    assert store.load().location is KeyLocation.KEYCHAIN
    store.save_to_file("sk-new-key-111111")  # the keychain refused the new one
    found = store.load()
    assert found.value == "sk-new-key-111111" and found.location is KeyLocation.FILE
    store.save("sk-newer-key-2222")  # the keychain takes it again: the file goes
    assert not (tmp_path / "api-key").exists()
    assert store.load().location is KeyLocation.KEYCHAIN


def test_where_the_key_is_kept_is_said_as_it_is(tmp_path, monkeypatch):
    ring = MemoryKeyring()
    use_keyring(monkeypatch, ring)
    store = KeyStore(tmp_path / "api-key")
    assert "will be kept in the system keychain" in store.describe(None)
    store.save("sk-abc-123456")
    assert "kept in the system keychain" in store.describe(store.load())


def test_a_key_the_keychain_will_not_remove_is_not_said_removed(tmp_path, monkeypatch):
    class NoDelete(MemoryKeyring):
        def delete_password(self, service, username):
            raise keyring.errors.KeyringLocked("the collection is locked")

    ring = NoDelete()
    use_keyring(monkeypatch, ring)
    store = KeyStore(tmp_path / "api-key")
    store.save("sk-abc-123456")
    with pytest.raises(SecretStoreError, match="Could not remove your API key"):
        store.save("")
    assert store.load().value == "sk-abc-123456"


def test_environment_key_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("POYO_API_KEY", "sk-env")
    assert KeyStore(tmp_path / "k").load().location is KeyLocation.ENVIRONMENT


def test_the_key_never_reaches_the_log(tmp_path):
    log_file = setup_logging(tmp_path / "logs")
    REDACTOR.secrets.add("sk-live-abcdef123456")
    logging.getLogger("poyo_desktop.test").error(
        "request failed with key %s and header Bearer %s", "sk-live-abcdef123456", "xyz123"
    )
    try:
        raise RuntimeError("boom sk-live-abcdef123456")
    except RuntimeError:
        logging.getLogger("poyo_desktop.test").exception("crash")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert "request failed" in text and "crash" in text
    assert "sk-live-abcdef123456" not in text and "xyz123" not in text


def test_task_ids_survive_the_log_and_error_details_while_keys_do_not(tmp_path):
    """PoYo's task ids ("task-unified-…") hold "sk-": they are the only handle on a paid
    task, and must not be scrubbed as if they were keys."""
    from poyo_desktop.api.errors import MalformedResponse

    task_id = "task-unified-1700000000-ab12cd34"
    log_file = setup_logging(tmp_path / "logs")
    logging.getLogger("poyo_desktop.test").error(
        "could not save job j1 (queued, remote task %s): disk I/O error; key sk-live-abcdef1234",
        task_id,
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert task_id in text
    assert "sk-live" not in text and "key [redacted]" in text  # the whole key, not a prefix
    assert task_id in MalformedResponse(detail=f"task {task_id} files=()").detail


# -- names ------------------------------------------------------------------------------------


def test_video_names_are_ours_and_stay_in_the_folder(tmp_path):
    created = datetime(2026, 11, 25, 10, 31, tzinfo=UTC)
    name = video_name(created, "kling-2.1/pro", "../../etc/passwd: Été à Paris!")
    assert "/" not in name and ".." not in name and name.endswith(".mp4")
    assert "pro etc-passwd-ete-a-paris" in name
    assert slug("") == "video" and slug("日本語") == "video"
    first = unique_path(tmp_path, name)
    first.write_text("x")
    second = unique_path(tmp_path, name)
    assert second.name.endswith(" (2).mp4") and second.parent == tmp_path
    assert unique_path(tmp_path, "../escape.mp4").parent == tmp_path


# -- MP4 check --------------------------------------------------------------------------------


def test_mp4_check_accepts_a_real_video_and_rejects_damage(tmp_path, qapp):
    video = make_video(tmp_path / "v.mp4", seconds=0.5)
    check_mp4(video)
    data = video.read_bytes()
    for bad, content in (
        ("cut.mp4", data[: len(data) * 2 // 3]),
        ("padded.mp4", data + b"\0" * 3),
        ("html.mp4", b"<html>502 Bad Gateway</html>"),
    ):
        path = tmp_path / bad
        path.write_bytes(content)
        with pytest.raises(NotAVideo):
            check_mp4(path)


def test_empty_file_is_not_a_video(tmp_path):
    path = tmp_path / "empty.mp4"
    path.write_bytes(b"")
    with pytest.raises(NotAVideo):
        check_mp4(path)
