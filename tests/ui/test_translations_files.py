"""The translations themselves: every language shipped is complete, keeps what the program
fills in ({name}, %n, %1) and its tags, has at most one keyboard mnemonic ("&"), and gives
each count the plural forms its language has."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from poyo_desktop.ui.kit.translations import LANGUAGE_NAMES, shipped_languages

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?(?:n|\d+)")
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
# An "&" that marks a mnemonic: not "&&" (a plain ampersand) nor an entity such as "&amp;".
MNEMONIC = re.compile(r"&(?!&|[a-z]+;)(?<!&&)")
PLURAL_FORMS = {"de": 2, "es": 2, "zh_CN": 1, "ja": 1}


def messages(code: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) for every message of ``code``'s .ts file."""
    found = []
    for context in ET.parse(FOLDER / f"poyo_{code}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            found.append(
                (name, message.findtext("source") or "", forms or [translation.text or ""])
            )
    return found


def mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


def test_the_four_languages_are_shipped():
    assert set(shipped_languages()) >= {"de", "es", "zh_CN", "ja"}
    assert all(code in LANGUAGE_NAMES for code in shipped_languages())


@pytest.mark.parametrize("code", sorted(PLURAL_FORMS))
def test_every_translation_keeps_placeholders_tags_and_one_mnemonic(code):
    wrong = []
    for context, source, forms in messages(code):
        for text in forms:
            where = f"{context}: {source!r} -> {text!r}"
            if not text.strip() and source.strip():
                wrong.append(f"empty: {where}")
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                # A count's form for one may say "1" instead of %n ("1 Video"): never in ours.
                wrong.append(f"placeholders: {where}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                wrong.append(f"tags: {where}")
            if mnemonics(text) > 1 or (mnemonics(source) == 1) != (mnemonics(text) == 1):
                wrong.append(f"mnemonic: {where}")
    assert wrong == []


@pytest.mark.parametrize(("code", "forms"), sorted(PLURAL_FORMS.items()))
def test_each_count_has_its_languages_plural_forms(code, forms):
    tree = ET.parse(FOLDER / f"poyo_{code}.ts")
    counts = [m for m in tree.getroot().iter("message") if m.get("numerus") == "yes"]
    assert counts, "the counts are marked as plural messages"
    for message in counts:
        translation = message.find("translation")
        assert translation is not None
        assert len(translation.findall("numerusform")) == forms, message.findtext("source")


def test_a_mnemonic_is_told_from_an_ampersand_and_an_entity():
    assert mnemonics("&File") == 1
    assert mnemonics("文件(&F)") == 1
    assert mnemonics("Tom && Jerry &amp; co") == 0


def test_the_pictures_checks_speak_the_windows_language(qapp):
    """services/image_limits writes through core/wording, which the window points at
    Qt's translators; without the window (the command line) it stays English."""
    from PySide6.QtCore import QCoreApplication

    from poyo_desktop.core import wording
    from poyo_desktop.services.image_limits import shape_problems
    from poyo_desktop.ui.kit import translations  # installs the window's words
    from poyo_desktop.ui.kit.pseudo_locale import PseudoTranslator, is_pseudo

    assert translations.translate("Money", "free") == "free"
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        (said,) = shape_problems("The start image", 200, 200)
        assert is_pseudo(said) and "The start image" in said
    finally:
        QCoreApplication.removeTranslator(translator)
    wording.speak_with(None)
    try:
        assert shape_problems("The start image", 200, 200) == [
            "The start image is too small (200 × 200 px; at least 300 px needed)."
        ]
    finally:
        wording.speak_with(lambda context, text: QCoreApplication.translate(context, text))
