"""The API key: in the OS keychain through keyring, or a private file.

The file is used only where there is no keychain, or when the person chooses it after the
keychain refused the key (:class:`KeychainRefused`, :meth:`KeyStore.save_to_file`): never
behind their back, and never described as the keychain. The key is never logged; its repr
is always redacted, and every key this store reads or writes is handed to the redaction
(:func:`remember_secret`) before it goes anywhere else. Calls may block (a keychain can ask
to be unlocked): run them off the GUI thread once the window is up.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from poyo_desktop.core.redaction import redact, remember_secret
from poyo_desktop.core.wording import translate

if TYPE_CHECKING:
    from types import ModuleType

    from keyring.backend import KeyringBackend

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

    def __post_init__(self) -> None:
        remember_secret(self.value)  # whoever made it, a log line never shows it

    def __repr__(self) -> str:
        return f"StoredKey(value=[redacted], location={self.location.value!r})"

    __str__ = __repr__


class SecretStoreError(Exception):
    """The key could not be saved or read; the message is plain words."""


class KeychainRefused(SecretStoreError):
    """The system keychain is there but did not take the key (locked, its unlock prompt
    dismissed, access denied). Nothing was saved anywhere: the person decides whether to
    try again or to keep the key in the private file (:meth:`KeyStore.save_to_file`)."""


def _keyring() -> ModuleType:
    """keyring, imported when the keychain is first needed: with its own imports (its
    backends, importlib_metadata, urllib) it is ~7 MB of a process that never uses it —
    the app in demo mode with no key ever saved (see :meth:`KeyStore.load`)."""
    import keyring
    import keyring.errors

    return keyring


def _usable(backend: KeyringBackend) -> bool:
    """keyring falls back to backends that fail or store nothing: those do not count."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a broken backend may raise from priority itself
        return False


class KeyStore:
    """Reads and writes the API key, telling the person honestly where it lives."""

    def __init__(self, fallback_file: Path) -> None:
        self._file = fallback_file
        # What this app last learnt of the keychain ("keychain" or "none"): with "none",
        # starting never loads keyring (~7 MB, see _keyring). Never the key itself.
        self._record = fallback_file.with_name(fallback_file.name + ".where")

    def start_fresh(self) -> None:
        """A data folder used for the first time: no key of this app's is in the keychain
        for it (one saved for a folder since deleted is found again once saved anew)."""
        if not self._record.exists():
            self._remember(KeyLocation.NONE)

    def _keychain_may_hold_key(self) -> bool:
        try:
            return self._record.read_text(encoding="ascii").strip() != KeyLocation.NONE
        except (OSError, UnicodeDecodeError):
            return True  # nothing known: ask the keychain

    def _remember(self, location: KeyLocation) -> None:
        try:
            self._record.parent.mkdir(parents=True, exist_ok=True)
            self._record.write_text(location.value, encoding="ascii")
        except OSError as exc:  # only a memory saving is lost: the keychain is asked again
            log.info("could not note where the key is: %s", exc.strerror or exc)

    def __repr__(self) -> str:
        return f"KeyStore(fallback_file={str(self._file)!r})"

    @property
    def fallback_file(self) -> Path:
        return self._file

    def keychain_available(self) -> bool:
        try:
            return _usable(_keyring().get_keyring())
        except Exception:
            return False

    def describe(self, found: StoredKey | None) -> str:
        """Where ``found`` (what :meth:`load` gave) is kept, or where a new key would go,
        in plain words. Only a key that is in the keychain is said to be there."""
        if found is not None and found.location is KeyLocation.ENVIRONMENT:
            return "This key comes from the POYO_API_KEY environment variable."
        if found is not None and found.location is KeyLocation.KEYCHAIN:
            return f"Your key is kept in the system keychain ({self._keychain_name()})."
        private = f"a file that only your user account can read: {self._file}"
        if found is not None and self.keychain_available():
            return (
                "Your key is not in the system keychain (it did not take the key when it "
                f"was saved), so it is kept in {private}"
            )
        if found is not None:
            return (
                f"No system keychain was found on this computer, so your key is kept in {private}"
            )
        if self.keychain_available():
            return f"Your key will be kept in the system keychain ({self._keychain_name()})."
        return (
            f"No system keychain was found on this computer, so your key will be kept in {private}"
        )

    @staticmethod
    def keychain_name() -> str:
        """The keychain's own name ("SecretService Keyring"), for words about it."""
        return KeyStore._keychain_name()

    @staticmethod
    def _keychain_name() -> str:
        return str(getattr(_keyring().get_keyring(), "name", "") or "the system keychain")

    def load(self) -> StoredKey | None:
        """The key: from the environment, else the private file, else the keychain.

        The file comes before the keychain: it exists only while the last key saved went
        there (a key saved to the keychain removes it), so an older key the keychain still
        holds never wins over it.
        """
        env = os.environ.get("POYO_API_KEY", "").strip()
        if env:
            return StoredKey(env, KeyLocation.ENVIRONMENT)
        try:
            value = self._file.read_text(encoding="utf-8").strip()
        except OSError:
            value = ""
        if value:
            return StoredKey(value, KeyLocation.FILE)
        if not self._keychain_may_hold_key():
            return None
        if not self.keychain_available():
            self._remember(KeyLocation.NONE)
            return None
        keyring = _keyring()
        try:
            value = keyring.get_password(SERVICE, ACCOUNT) or ""
        except keyring.errors.KeyringError as exc:  # locked: it may hold one, ask next time
            log.warning("keychain read failed: %s", type(exc).__name__)
            return None
        self._remember(KeyLocation.KEYCHAIN if value else KeyLocation.NONE)
        return StoredKey(value, KeyLocation.KEYCHAIN) if value else None

    def save(self, value: str) -> KeyLocation:
        """Into the keychain, or the private file where there is no keychain. A keychain
        that refuses raises :class:`KeychainRefused`, and nothing is written anywhere."""
        value = value.strip()
        remember_secret(value)
        if not value:
            self.delete()
            return KeyLocation.NONE
        if not self.keychain_available():
            self._write_private(value)
            log.info("API key saved in the private file (no system keychain)")
            return KeyLocation.FILE
        try:
            _keyring().set_password(SERVICE, ACCOUNT, value)
        except Exception as exc:  # a backend's own words may hold the key
            log.warning(
                "keychain write failed: %s: %s", type(exc).__name__, redact(str(exc), value)
            )
            raise KeychainRefused(
                translate(
                    "Secrets",
                    "Could not save your API key in the system keychain: it did not accept it "
                    "(it may be locked, or its unlock prompt was closed). Nothing was saved.",
                )
            ) from None
        try:
            self._file.unlink(missing_ok=True)  # else its older key would win on load
        except OSError as exc:
            raise SecretStoreError(
                translate(
                    "Secrets",
                    "Your API key was saved in the system keychain, but an older key in {file} "
                    "could not be removed ({reason}), and it would be used instead. Remove that "
                    "file, then save again.",
                ).format(file=self._file, reason=exc.strerror or exc)
            ) from None
        self._remember(KeyLocation.KEYCHAIN)
        log.info("API key saved in the system keychain")
        return KeyLocation.KEYCHAIN

    def save_to_file(self, value: str) -> KeyLocation:
        """Into the private file, because the person chose it after the keychain refused.

        The keychain is not touched (it may ask to be unlocked again); an older key it holds
        stays unused, since :meth:`load` reads the file first.
        """
        value = value.strip()
        remember_secret(value)
        if not value:
            raise ValueError("an empty key is removed with save(''), not kept in a file")
        self._write_private(value)
        log.info("API key saved in the private file, as the person chose")
        return KeyLocation.FILE

    def delete(self) -> None:
        """Remove the key from the keychain and the file. Either refusing raises: a key said
        to be removed must not come back at the next start."""
        if self.keychain_available():
            keyring = _keyring()
            try:
                keyring.delete_password(SERVICE, ACCOUNT)
            except keyring.errors.PasswordDeleteError:
                pass  # there was none
            except Exception as exc:  # locked, or the backend's own trouble
                log.warning("keychain delete failed: %s", type(exc).__name__)
                raise SecretStoreError(
                    translate(
                        "Secrets",
                        "Could not remove your API key from the system keychain: it did not "
                        "allow it (it may be locked, or its unlock prompt was closed). Nothing "
                        "was changed.",
                    )
                ) from None
        try:
            self._file.unlink(missing_ok=True)
        except OSError as exc:
            raise SecretStoreError(
                translate("Secrets", "Could not remove your API key from {file}: {reason}.").format(
                    file=self._file, reason=exc.strerror or exc
                )
            ) from None
        self._remember(KeyLocation.NONE)

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
                translate("Secrets", "Could not save your API key: {reason}.").format(
                    reason=exc.strerror or exc
                )
            ) from None
