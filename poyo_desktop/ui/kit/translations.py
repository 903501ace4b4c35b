"""The window's language: Qt translators for the person's language, installed before the
first widget exists (boot/main.py), so every ``tr()`` of the window is answered by them.

The choice is Settings ▸ Advanced ▸ Language (``SettingsValues.language``: "" follows the
system, QLocale's UI languages), or ``POYO_LANGUAGE`` in the environment (screenshots,
tests; "pseudo" is the pseudo-locale of ``ui/kit/pseudo_locale.py``). It applies at the
next start. English is the source language: for it nothing is loaded at all (no
QTranslator, no file read beyond the settings file the window reads anyway), so an English
start costs what it did before translations existed.

Two translators per language: ours (``resources/translations/poyo_<code>.qm``, compiled
from the ``.ts`` sources by ``scripts/translations.sh``) and Qt's own ``qtbase_<code>.qm``
(the standard dialogs' buttons: Cancel, Open, Yes...), from PySide6's translations folder.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from poyo_desktop.core import wording

log = logging.getLogger(__name__)

# The services' sentences (pictures' checks...) through Qt's translators too: the same
# language as the window's texts (core/wording; the command line stays English).
wording.speak_with(lambda context, text: QCoreApplication.translate(context, text))

# The choices of Settings ▸ Advanced ▸ Language, each named in its own language (a person
# who cannot read the current one still finds theirs). "" follows the system.
LANGUAGE_NAMES = {
    "": "System",
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "de": "Deutsch",
    "ja": "日本語",
}
ENV_OVERRIDE = "POYO_LANGUAGE"
PSEUDO = "pseudo"


def translations_dir() -> Path:
    """``resources/translations``: beside the source, or inside a frozen bundle (as
    ``boot/resources_path.resources_dir``, which ``ui`` may not import)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[3]
    return root / "resources" / "translations"


def shipped_languages() -> list[str]:
    """The languages with a compiled translation, in the order of :data:`LANGUAGE_NAMES`."""
    folder = translations_dir()
    return [code for code in LANGUAGE_NAMES if code and (folder / f"poyo_{code}.qm").is_file()]


def chosen_language(settings_file: Path) -> str:
    """The language asked for: the environment, then the settings file, else "" (system)."""
    if forced := os.environ.get(ENV_OVERRIDE):
        return forced
    try:
        raw = json.loads(settings_file.read_text(encoding="utf-8"))
        value = raw["values"]["language"]
    except (OSError, ValueError, KeyError, TypeError):
        return ""
    return value if isinstance(value, str) else ""


def resolve(choice: str, ui_languages: list[str], shipped: list[str]) -> str | None:
    """The language to load, or None for English (the source: nothing to load).

    A choice is taken as it is; the system's languages are tried in the person's order
    ("de-AT" finds "de", "zh-Hans-CN" finds "zh_CN"), and English among them wins over a
    later one we ship."""
    if choice == PSEUDO:
        return PSEUDO
    if choice:
        return None if choice == "en" else choice
    for tag in ui_languages:
        locale = QLocale(tag)
        if locale.language() == QLocale.Language.English:
            return None
        name = locale.name()  # "zh_CN", "de_DE"
        for code in (name, name.split("_")[0]):
            if code in shipped:
                return code
    return None


def install_translators(settings_file: Path) -> list[QTranslator]:
    """Install the translators for the person's language; [] for English. Keep the list
    alive as long as the application (a collected translator stops translating)."""
    choice = chosen_language(settings_file)
    if choice == "en" or (not choice and _system_is_english()):
        return []
    code = resolve(choice, QLocale.system().uiLanguages(), shipped_languages())
    if code is None:
        return []
    app = QCoreApplication.instance()
    assert app is not None, "install_translators needs the application"
    if code == PSEUDO:
        from poyo_desktop.ui.kit.pseudo_locale import PseudoTranslator

        translators: list[QTranslator] = [PseudoTranslator()]
    else:
        translators = _load(code)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale("en_US" if code == PSEUDO else code))
    log.info("Language: %s", code)
    return translators


def _system_is_english() -> bool:
    """The cheap test first: a system whose first UI language is English loads nothing."""
    languages = QLocale.system().uiLanguages()
    return not languages or QLocale(languages[0]).language() == QLocale.Language.English


def _load(code: str) -> list[QTranslator]:
    found: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(f"poyo_{code}", str(translations_dir())):
        found.append(ours)
    else:
        log.warning("No translation for %s: the window stays in English", code)
        return []
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{code}", qt_folder):
        found.append(qt_own)
    return found


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A text in the window's language: ``translate("Context", "Text")``, or with a count,
    ``translate("Context", "%n video(s)", "", n)`` (the plural form the language needs;
    in English, the source, "(s)" becomes "s" or nothing, with no translator loaded).
    Called by this name, which ``pyside6-lupdate`` finds in the sources (it misreads
    ``self.tr`` in some places); the context is a literal, usually the class or module."""
    found = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(s)" in found:  # the English source itself: no translator had it
        return found.replace("(s)", "" if n == 1 else "s")
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a text kept in a constant for translation; :func:`translate` it where it is shown
    (PySide6's own is typed as returning ``object``)."""
    return text
