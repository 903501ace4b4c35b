"""The API key: in the OS keychain through keyring, or, where there is none, a private file.

The key is never logged; its repr is always redacted. Calls may block (a keychain can ask to
be unlocked): run them off the GUI thread once the window is up.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from poyo_desktop.api.errors import redact

log = logging.getLogger(__name__)

SERVICE = "PoYo Desktop"
ACCOUNT = "api-key"


class KeyLocation(StrEnum):
    KEYCHAIN = "keychain"
    FILE = "file"
    ENVIRONMENT = "environment"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class StoredKey:
    value: str
    location: KeyLocation

    def __repr__(self) -> str:
        return f"StoredKey(value=[redacted], location={self.location.value!r})"

    __str__ = __repr__


class SecretStoreError(Exception):
    """The key could not be saved or read; the message is plain words."""


def _usable(backend: KeyringBackend) -> bool:
    """keyring falls back to backends that fail or store nothing: those do not count."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # a broken backend may raise from priority itself
        return False


class KeyStore:
    """Reads and writes the API key, telling the person honestly where it lives."""

    def __init__(self, fallback_file: Path) -> None:
        self._file = fallback_file

    def __repr__(self) -> str:
        return f"KeyStore(fallback_file={str(self._file)!r})"

    @property
    def fallback_file(self) -> Path:
        return self._file

    def keychain_available(self) -> bool:
        try:
            return _usable(keyring.get_keyring())
        except Exception:
            return False

    def describe(self) -> str:
        if self.keychain_available():
            name = getattr(keyring.get_keyring(), "name", "the system keychain")
            return f"Your key is kept in the system keychain ({name})."
        return (
            "No system keychain was found on this computer, so your key is kept in a file "
            f"that only your user account can read: {self._file}"
        )

    def load(self) -> StoredKey | None:
        env = os.environ.get("POYO_API_KEY", "").strip()
        if env:
            return StoredKey(env, KeyLocation.ENVIRONMENT)
        if self.keychain_available():
            try:
                value = keyring.get_password(SERVICE, ACCOUNT)
            except keyring.errors.KeyringError as exc:
                log.warning("keychain read failed: %s", type(exc).__name__)
                value = None
            if value:
                return StoredKey(value, KeyLocation.KEYCHAIN)
        try:
            value = self._file.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return StoredKey(value, KeyLocation.FILE) if value else None

    def save(self, value: str) -> KeyLocation:
        value = value.strip()
        if not value:
            self.delete()
            return KeyLocation.NONE
        if self.keychain_available():
            try:
                keyring.set_password(SERVICE, ACCOUNT, value)
                self._remove_file()
                return KeyLocation.KEYCHAIN
            except keyring.errors.KeyringError as exc:
                log.warning("keychain write failed (%s); using the private file",
                            type(exc).__name__)
            except Exception as exc:  # a backend's own failure; its words may hold the key
                log.warning("keychain write failed: %s: %s", type(exc).__name__,
                            redact(str(exc), value))
                raise SecretStoreError("Could not save your API key: the system keychain "
                                       "refused it. Make sure it is unlocked.") from None
        self._write_private(value)
        return KeyLocation.FILE

    def delete(self) -> None:
        if self.keychain_available():
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(SERVICE, ACCOUNT)
        self._remove_file()

    def _write_private(self, value: str) -> None:
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            temp = self._file.with_suffix(".tmp")
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(value)
            os.chmod(temp, stat.S_IRUSR | stat.S_IWUSR)
            os.replace(temp, self._file)
        except OSError as exc:
            raise SecretStoreError(
                f"Could not save your API key: {exc.strerror or exc}.") from None

    def _remove_file(self) -> None:
        try:
            self._file.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the key file: %s", exc.strerror)
