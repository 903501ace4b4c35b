"""Where the API key is kept, in the window's language: ``KeyStore.describe`` (services,
English, for the command line) said again from the same facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from poyo_desktop.services.secrets import KeyLocation
from poyo_desktop.ui.kit.translations import translate

if TYPE_CHECKING:
    from poyo_desktop.services.secrets import KeyStore, StoredKey


def key_place(keys: KeyStore, found: StoredKey | None) -> str:
    """Where ``found`` is kept, or where a new key would go. Blocking (the keychain is
    asked whether it is there): called on a worker thread."""
    if found is not None and found.location is KeyLocation.ENVIRONMENT:
        return translate("KeyPlace", "This key comes from the POYO_API_KEY environment variable.")
    name = keys.keychain_name()
    file = keys.fallback_file
    if found is not None and found.location is KeyLocation.KEYCHAIN:
        return translate("KeyPlace", "Your key is kept in the system keychain ({name}).").format(
            name=name
        )
    if found is not None and keys.keychain_available():
        said = translate(
            "KeyPlace",
            "Your key is not in the system keychain (it did not take the key when it was "
            "saved), so it is kept in a file that only your user account can read: {file}",
        )
    elif found is not None:
        said = translate(
            "KeyPlace",
            "No system keychain was found on this computer, so your key is kept in a file "
            "that only your user account can read: {file}",
        )
    elif keys.keychain_available():
        said = translate("KeyPlace", "Your key will be kept in the system keychain ({name}).")
    else:
        said = translate(
            "KeyPlace",
            "No system keychain was found on this computer, so your key will be kept in a "
            "file that only your user account can read: {file}",
        )
    return said.format(name=name, file=file)
