"""Issue 20, contrast: every colour the app gives text (ui/kit/theme.py's roles, the list's
rows and state chips, the demo banner, the Generate button) reaches WCAG's 4.5:1 against
what it stands on, in the light palette (Fusion's, what Qt draws with where the desktop
gives no theme) and in a desktop's dark one. Computed from the palettes (WCAG relative
luminance), so a failure names the pair and its ratio."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from poyo_desktop.core.states import JobState
from poyo_desktop.ui.kit import theme
from poyo_desktop.ui.tasks.row_look import RowColors, tone_for
from poyo_desktop.ui.window.banner import BANNER_FILL
from tests.acceptance.test_dark_switch import dark_palette

MINIMUM = 4.5
Role = QPalette.ColorRole


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette}


def over(top: QColor, ground: QColor) -> QColor:
    """A see-through colour painted over an opaque one: what the eye gets."""
    alpha = top.alphaF()
    return QColor.fromRgbF(
        *(
            t * alpha + g * (1 - alpha)
            for t, g in zip(top.getRgbF()[:3], ground.getRgbF()[:3], strict=True)
        )
    )


def text_pairs(palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background colour) for every text the app colours itself."""
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    pairs = []
    for name, role in (
        ("muted", theme.muted_color),
        ("error", theme.error_color),
        ("warning", theme.warning_color),
        ("success", theme.success_color),
        ("link", theme.link_color),
    ):
        colour = role(palette)
        pairs += [(f"{name} on window", colour, window), (f"{name} on base", colour, base)]
    pairs.append(("banner text", palette.color(Role.WindowText), over(BANNER_FILL, window)))
    fill, text = theme.accent_colors(palette)
    pairs.append(("Generate button text on its fill", text, fill))
    for state in JobState:
        tone = tone_for(state, palette)
        pairs.append((f"chip {state.name} on its fill", tone.ink, tone.fill))
    for active in (True, False):
        for selected in (False, True):
            row = RowColors(palette, active, selected)
            ground = fill if selected else base
            where = f"{'selected ' if selected else ''}row{'' if active else ' (inactive)'}"
            for what, colour in (
                ("text", row.text),
                ("facts", row.secondary),
                ("failure", row.failed),
                ("trouble", row.trouble),
            ):
                pairs.append((f"{where}: {what}", colour, ground))
    return pairs


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_every_text_colour_reads_on_its_background(qapp, scheme):
    palette = PALETTES[scheme]()
    low = [
        f"{what}: {ink.name()} on {ground.name()} = {theme.contrast(ink, ground):.2f}"
        for what, ink, ground in text_pairs(palette)
        if theme.contrast(ink, ground) < MINIMUM
    ]
    assert not low, f"{scheme}: text below {MINIMUM}:1\n" + "\n".join(low)


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_the_focus_ring_stands_out(qapp, scheme):
    """A focus indicator needs 3:1 against what is next to it (WCAG 1.4.11)."""
    palette = PALETTES[scheme]()
    base = palette.color(Role.Base)
    ring = theme.focus_color(palette)
    assert theme.contrast(ring, base) >= 3.0, (ring.name(), base.name())
    selected = RowColors(palette, True, True)
    assert theme.contrast(selected.focus, theme.accent_colors(palette)[0]) >= 3.0


def test_the_generate_button_was_low_and_is_fixed(qapp):
    """What issue 20 saw: Fusion's light accent with white text is 3.6:1; the fill is
    deepened, the text stays white."""
    palette = light_palette()
    plain = theme.contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight))
    assert plain < MINIMUM  # the colours as the style hands them out
    fill, text = theme.accent_colors(palette)
    assert text == palette.color(Role.HighlightedText)
    assert theme.contrast(text, fill) >= MINIMUM


def test_readable_keeps_a_colour_that_already_reads(qapp):
    assert theme.readable(QColor("#000000"), QColor("#ffffff")) == QColor("#000000")
    grey = theme.readable(QColor("#999999"), QColor("#ffffff"))
    assert theme.contrast(grey, QColor("#ffffff")) >= MINIMUM
    assert grey.red() == grey.green() == grey.blue()  # deepened, not another hue


def test_the_note_under_the_list_follows_a_switch(qapp):
    """The note about the selected task is drawn with a style sheet (a tinted box): its
    text takes the new scheme's colour, as a style sheet alone would not."""
    from PySide6.QtWidgets import QApplication

    from poyo_desktop.ui.tasks.history_filter import HistoryFilter
    from poyo_desktop.ui.tasks.task_view import TaskListView
    from poyo_desktop.ui.window.panes import tasks_box

    box, note = tasks_box(HistoryFilter(), TaskListView(), lambda: None)
    note.setText("<b>Retry is not available here.</b> The task was made in demo mode.")
    note.show()
    box.show()
    before = QPalette(qapp.palette())
    try:
        for scheme in ("dark", "light"):
            QApplication.setPalette(PALETTES[scheme]())
            qapp.processEvents()
            ink = note.palette().color(Role.WindowText)  # what the sheet draws the text in
            window = PALETTES[scheme]().color(Role.Window)
            assert theme.contrast(ink, window) >= MINIMUM, (scheme, ink.name(), window.name())
    finally:
        QApplication.setPalette(before)
        box.close()
