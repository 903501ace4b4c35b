"""Item 14: the system switches to dark while the app runs; the demo banner stays readable.

The switch is the platform's input: it gives the application a new palette, as Qt does
when the desktop's colour scheme changes. What a person sees is read from the banner's
pixels: its background, and the colour of its text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.acceptance.person import Person

MINIMUM_CONTRAST = 4.5  # WCAG AA for body text


def dark_palette() -> QPalette:
    """A desktop's dark scheme, as a platform theme hands it to Qt."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2d2d2d"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2a2a2a"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d8ee0"),
        (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Light, "#505050"),
        (roles.Midlight, "#444444"),
        (roles.Mid, "#333333"),
        (roles.Dark, "#1a1a1a"),
        (roles.Shadow, "#000000"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.Link, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


@contextmanager
def system_colour_scheme(palette: QPalette) -> Iterator[None]:
    """The desktop switches scheme (and back after the test: the app object is shared)."""
    app = QApplication.instance()
    before = QPalette(app.palette())
    app.setPalette(palette)
    try:
        yield
    finally:
        app.setPalette(before)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(label: QWidget) -> tuple[float, QColor, QColor]:
    """The contrast a person sees where ``label`` is on screen (the window drawn with all
    it holds, as the banner's own background is see-through): the commonest pixel (the
    background) against the pixel furthest from it (the core of the letters)."""
    window = label.window()
    area = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
    image: QImage = window.grab(area).toImage()
    counts: Counter[int] = Counter(
        image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    ink = max(
        (QColor.fromRgb(pixel) for pixel in counts), key=lambda colour: contrast(colour, background)
    )
    return contrast(ink, background), ink, background


def banner_text(person: Person) -> tuple[QWidget, QLabel]:
    banner = person.find("Demo mode notice", usable=False)
    labels = [w for w in banner.findChildren(QLabel) if "Demo mode" in w.text()]
    assert labels, "the demo banner says nothing"
    return banner, labels[0]


def test_the_demo_banner_stays_readable_when_the_system_turns_dark(desktop, person, play):
    async def scenario() -> None:
        await desktop.start()
        await person.sees("Demo mode.")
        banner, text = banner_text(person)
        before, _ink, _ground = text_contrast(text)
        assert before >= MINIMUM_CONTRAST, before
        with system_colour_scheme(dark_palette()):
            await person.waits(0.2)
            person.screenshot("item14-dark-switch")
            person.screenshot("item14-dark-banner", banner)
            ratio, ink, ground = text_contrast(text)
            assert ground.lightness() < 128, f"the banner stayed light: {ground.name()}"
            assert ratio >= MINIMUM_CONTRAST, (
                f"{ink.name()} on {ground.name()}: contrast {ratio:.2f}"
            )
        await person.waits(0.2)
        ratio, ink, ground = text_contrast(text)  # and back to light
        assert ratio >= MINIMUM_CONTRAST, f"{ink.name()} on {ground.name()}: {ratio:.2f}"
        await desktop.quit()

    play(scenario)


def unreadable_texts(window: QWidget) -> list[str]:
    """Every visible label of ``window`` whose text colour does not read on its background
    (both as its palette has them now): a colour set for the old scheme and kept. Greyed
    out (disabled) texts are left out, as WCAG leaves them."""
    found = []
    for label in window.findChildren(QLabel):
        if not (label.isVisible() and label.isEnabled() and label.text().strip()):
            continue
        palette = label.palette()
        ink = palette.color(label.foregroundRole())
        ground = palette.color(label.backgroundRole())
        if contrast(ink, ground) < MINIMUM_CONTRAST:
            found.append(
                f"{type(label.parentWidget()).__name__} › {label.text()[:40]!r}: "
                f"{ink.name()} on {ground.name()} ({contrast(ink, ground):.2f})"
            )
    for button in window.findChildren(QAbstractButton):  # as drawn: styles paint buttons
        if not (button.isVisible() and button.isEnabled() and button.text().strip()):
            continue
        ratio, ink, ground = text_contrast(button)
        if ratio < MINIMUM_CONTRAST:
            found.append(f"button {button.text()!r}: {ink.name()} on {ground.name()} ({ratio:.2f})")
    return found


def test_every_text_of_the_window_follows_a_switch_to_dark_and_back(
    desktop, person, play, tmp_path
):
    """Issue 20: live switching restyles every custom colour: the muted, error and price
    texts of the form, the guide, the list and the preview, both ways."""
    from tests.acceptance.generate_abilities import makes_video

    def check(window: QWidget, button: QWidget | None) -> None:
        assert not unreadable_texts(window), "\n".join(unreadable_texts(window))
        if button is not None:  # as drawn: its text on its fill, read from the pixels
            ratio, ink, ground = text_contrast(button)
            assert ratio >= MINIMUM_CONTRAST, f"{ink.name()} on {ground.name()}: {ratio:.2f}"

    async def switches_both_ways(
        window: QWidget, name: str, button: QWidget | None = None, card: QWidget | None = None
    ) -> None:
        check(window, button)
        with system_colour_scheme(dark_palette()):
            await person.waits(0.3)
            person.screenshot(name)
            check(window, button)
            if card is not None:  # a card of the window turns dark with it
                _ratio, _ink, ground = text_contrast(card)
                assert ground.lightness() < 128, f"{card.accessibleName()}: {ground.name()}"
        await person.waits(0.3)
        check(window, button)

    async def scenario() -> None:
        window = await desktop.start(demo=True)
        await person.sees("Make your first video")  # the first-run guide
        guide = person.find("Getting started", usable=False)
        await switches_both_ways(window, "item20-dark-switch-guide", card=guide)
        await makes_video(person, tmp_path, "Rain on the window")
        await person.sees(re.compile(r"^Finished: Rain"), timeout=60)
        await person.waits_for(lambda: person.is_enabled("Generate video"), 10, "Generate")
        await switches_both_ways(window, "item20-dark-generate", person.find("Generate video"))
        await person.replaces_text("", into="Prompt")  # an error under the form, in red
        await person.sees("Write a prompt: describe what should happen.")
        await switches_both_ways(window, "item20-dark-switch")
        await desktop.quit()

    play(scenario)


def test_an_open_dialog_follows_a_switch_too(desktop, person, play):
    """Settings open while the desktop turns dark (and back): its muted notes, its tabs'
    texts stay readable, as the window's do."""
    from tests.acceptance.settings_abilities import clicks_tab, tab_names

    async def scenario() -> None:
        await desktop.start(demo=True)
        await person.click("Settings")
        await person.waits_for(
            lambda: any(w.windowTitle() == "Settings" for w in person.windows()), 10, "Settings"
        )
        dialog = next(w for w in person.windows() if w.windowTitle() == "Settings")
        for tab in tab_names(person):
            await clicks_tab(person, tab)
            with system_colour_scheme(dark_palette()):
                await person.waits(0.2)
                assert not unreadable_texts(dialog), f"{tab}:\n" + "\n".join(
                    unreadable_texts(dialog)
                )
            await person.waits(0.2)
            assert not unreadable_texts(dialog), f"{tab}:\n" + "\n".join(unreadable_texts(dialog))
        await person.presses(Qt.Key.Key_Escape, to=dialog.focusWidget() or dialog)
        await desktop.quit()

    play(scenario)
