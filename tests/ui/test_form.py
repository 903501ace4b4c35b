"""The generation form and its picture slots, as real widgets with real image files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QGuiApplication,
    QPalette,
)
from PySide6.QtWidgets import QApplication

from poyo_desktop.core.draft import JobDraft
from poyo_desktop.core.rules import PRO, STANDARD, Problem, Severity
from poyo_desktop.services.preflight import ImageCheck
from poyo_desktop.ui.form.drop_zone import ImageDropZone
from poyo_desktop.ui.form.form import GenerationForm
from poyo_desktop.ui.kit.theme import error_color, warning_color
from tests import images

PROMPT = "The waves roll in slowly while the camera drifts to the right."


@pytest.fixture
def form(qtbot, tmp_path):
    widget = GenerationForm(paste_dir=tmp_path / "pasted")
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    return widget


@pytest.fixture
def beach(tmp_path) -> Path:
    return images.write_jpeg(tmp_path / "beach.jpg", 1920, 1080)


@pytest.fixture
def sunset(tmp_path) -> Path:
    return images.write_png(tmp_path / "sunset.png", 1280, 720)


def put_image(qtbot, zone: ImageDropZone, path: Path | None) -> ImageCheck:
    """Set a picture and wait for its background check."""
    with qtbot.waitSignal(zone.image_checked, timeout=10_000) as blocker:
        zone.set_image(path)
    form_follows(qtbot)
    return blocker.args[0]


def form_follows(qtbot) -> None:
    """The form takes in a card's change a step after the card (form.py): let it."""
    qtbot.wait(10)


def wait_checked(qtbot, form: GenerationForm) -> None:
    qtbot.waitUntil(
        lambda: not form.start_zone.is_checking() and not form.end_zone.is_checking(),
        timeout=10_000,
    )
    form_follows(qtbot)


def text_color(label) -> object:
    return label.palette().color(QPalette.ColorRole.WindowText)


def file_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_enter(zone: ImageDropZone, mime: QMimeData) -> QDragEnterEvent:
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:  # PySide6 6.12 takes a QPointF (QPoint deprecated); older ones only a QPoint
        event = QDragEnterEvent(QPointF(20, 20), *args)
    except TypeError:
        event = QDragEnterEvent(QPoint(20, 20), *args)
    QApplication.sendEvent(zone, event)
    return event


def drop(zone: ImageDropZone, mime: QMimeData) -> QDropEvent:
    """A whole drag: enter, then drop (Qt delivers a drop only to the entered target)."""
    drag_enter(zone, mime)
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(zone, event)
    return event


# ------------------------------------------------------------ Generate and reasons


def test_generate_is_disabled_with_a_reason_until_prompt_and_start_image(qtbot, form, beach):
    assert not form.generate_button.isEnabled()
    assert form.blocking_reason() == "Add a start image: the first frame of the video."
    assert form.reason_label.text() == form.blocking_reason()
    assert not form.reason_label.isHidden()
    assert "Write a prompt" in form.generate_button.toolTip()
    assert form.draft() is None

    put_image(qtbot, form.start_zone, beach)
    assert not form.generate_button.isEnabled()
    assert form.blocking_reason().startswith("Write a prompt")

    form.prompt_edit.setPlainText(PROMPT)
    assert form.generate_button.isEnabled()
    assert form.blocking_reason() == ""
    assert form.reason_label.isHidden()
    assert form.draft() == JobDraft(model=STANDARD, prompt=PROMPT, duration=5, start_image=beach)


def test_generate_waits_for_the_image_check(qtbot, form, tmp_path):
    big = images.write_noisy_png(tmp_path / "big.png", 2400, 1600)  # checked in > 10 ms
    form.prompt_edit.setPlainText(PROMPT)
    with qtbot.waitSignal(form.start_zone.image_checked, timeout=10_000):
        form.start_zone.set_image(big)
        assert form.start_zone.is_checking()
        assert not form.generate_button.isEnabled()
        form_follows(qtbot)
        assert form.blocking_reason() == "Checking the start image…"
    form_follows(qtbot)
    assert form.generate_button.isEnabled()


def test_too_small_start_image_blocks_with_its_size(qtbot, form, tmp_path):
    form.prompt_edit.setPlainText(PROMPT)
    put_image(qtbot, form.start_zone, images.write_png(tmp_path / "tiny.png", 200, 200))
    reason = "The start image is too small (200 × 200 px; at least 300 px needed)."
    assert form.blocking_reason() == reason
    assert not form.generate_button.isEnabled()
    assert form.start_zone.message_text() == reason  # also next to the field
    assert text_color(form.reason_label) == error_color(form.palette())


def test_warnings_never_block(qtbot, form, tmp_path):
    form.prompt_edit.setPlainText(PROMPT)
    put_image(qtbot, form.start_zone, images.write_webp(tmp_path / "pic.webp", 800, 600))
    assert form.generate_button.isEnabled()
    assert "converted" in form.start_zone.message_text()
    warnings = [p for p in form.problems() if p.severity is Severity.WARNING]
    assert [p.field for p in warnings] == ["start_image"]


def test_try_generate_refuses_and_points_at_the_first_problem(qtbot, form):
    with qtbot.assertNotEmitted(form.generate_requested):
        assert form.try_generate() is False
    assert form.start_zone.message_text().startswith("Add a start image")
    assert form.start_zone.hasFocus() or QApplication.focusWidget() is None


def test_generate_requested_carries_the_draft_and_values_stay(qtbot, form, beach, sunset):
    form.set_model(PRO)
    form.set_duration(10)
    put_image(qtbot, form.start_zone, beach)
    put_image(qtbot, form.end_zone, sunset)
    form.prompt_edit.setPlainText(PROMPT)
    form.negative_toggle.setChecked(True)
    form.negative_edit.setPlainText("blur")

    with qtbot.waitSignal(form.generate_requested) as blocker:
        form.generate_button.click()
    expected = JobDraft(
        model=PRO,
        prompt=PROMPT,
        duration=10,
        negative_prompt="blur",
        start_image=beach,
        end_image=sunset,
    )
    assert blocker.args == [expected]
    assert form.draft() == expected  # the form keeps its values after Generate
    assert form.try_generate() is True


def test_price_follows_model_and_duration(form):
    assert form.price_label.text() == "Cost: 30 credits (about $0.15)"
    form.set_duration(10)
    assert "60 credits" in form.price_label.text()
    form.set_model(PRO)
    assert form.price_label.text() == "Cost: 110 credits (about $0.55)"


def test_demo_mode_says_free_and_keeps_the_price_with_a_key_in_view(form):
    form.set_demo(True)
    assert form.price_label.text() == "Free in demo mode (30 credits with a key)"
    assert form._model_cards[PRO].price.text() == "Free · 55 with a key"
    form.set_demo(False)
    assert form.price_label.text() == "Cost: 30 credits (about $0.15)"
    assert form._model_cards[PRO].price.text() == "55 credits"


def test_while_sending_generate_is_busy_and_takes_no_second_press(form, qtbot, beach):
    put_image(qtbot, form.start_zone, beach)
    form.prompt_edit.setPlainText(PROMPT)
    sent = []
    form.generate_requested.connect(sent.append)
    form.set_sending(True)
    assert not form.generate_button.isEnabled()
    assert form.generate_button.text() == "Sending…"
    assert form.try_generate() is False and sent == []
    form.set_sending(False)
    form.show_not_sent("Your video “A” was not sent: the disk is full.")
    assert form.reason_label.text().startswith("Your video “A” was not sent")
    assert form.generate_button.isEnabled() and form.generate_button.text() == "Generate video"
    assert form.try_generate() is True and len(sent) == 1
    assert form.reason_label.text() == ""  # gone with the next press


# ------------------------------------------------------------------- end image


def test_end_zone_is_disabled_on_standard_and_enabled_on_pro(qtbot, form, sunset):
    assert form.model() == STANDARD
    assert not form.end_zone.is_available()
    assert not form.end_zone.browse_button.isEnabled()
    assert form.end_zone.disabled_reason() == "Only Pro can end on a chosen image."
    assert not form.end_zone.acceptDrops()
    assert not drag_enter(form.end_zone, file_mime(sunset)).isAccepted()

    form.set_model(PRO)
    assert form.end_zone.is_available()
    assert form.end_zone.browse_button.isEnabled()
    assert form.end_zone.disabled_reason() == ""
    assert drag_enter(form.end_zone, file_mime(sunset)).isAccepted()


def test_switching_pro_to_standard_keeps_end_image_but_not_in_draft(qtbot, form, beach, sunset):
    form.set_model(PRO)
    put_image(qtbot, form.start_zone, beach)
    put_image(qtbot, form.end_zone, sunset)
    form.prompt_edit.setPlainText(PROMPT)
    assert form.draft().end_image == sunset

    form.set_model(STANDARD)
    assert form.end_zone.path() == sunset  # still shown
    assert "will not be sent" in form.end_zone.disabled_reason()
    draft = form.draft()
    assert draft is not None and draft.end_image is None
    assert form.generate_button.isEnabled()

    form.set_model(PRO)
    assert form.draft().end_image == sunset


def test_bad_end_image_blocks_only_on_pro(qtbot, form, beach, tmp_path):
    put_image(qtbot, form.start_zone, beach)
    put_image(qtbot, form.end_zone, images.write_png(tmp_path / "tiny.png", 100, 100))
    form.prompt_edit.setPlainText(PROMPT)
    assert form.generate_button.isEnabled()  # standard: the end image is not sent
    form.set_model(PRO)
    assert not form.generate_button.isEnabled()
    assert form.blocking_reason().startswith("The end image is too small")


# ----------------------------------------------------------------------- prompt


def test_character_count_turns_warning_then_error(form):
    palette = form.palette()
    form.prompt_edit.setPlainText("x" * 123)
    assert form.prompt_counter.text() == "123 / 2500"
    normal = text_color(form.prompt_counter)
    assert normal not in (warning_color(palette), error_color(palette))

    form.prompt_edit.setPlainText("x" * 2600)
    assert form.prompt_counter.text() == "2600 / 2500"
    assert text_color(form.prompt_counter) == warning_color(palette)
    assert not any(p.severity is Severity.ERROR and p.field == "prompt" for p in form.problems())

    form.prompt_edit.setPlainText("x" * 5001)
    assert text_color(form.prompt_counter) == error_color(palette)
    assert (
        Problem("prompt", "The prompt is 5001 characters; PoYo accepts at most 5000.")
        in form.problems()
    )


def test_negative_prompt_is_collapsed_by_default(form):
    assert form.negative_toggle.text() == "Negative prompt (optional)"
    assert form.negative_edit.isHidden()
    form.negative_toggle.click()
    assert not form.negative_edit.isHidden()
    form.negative_edit.setPlainText("text, blur")
    form.negative_toggle.click()
    assert form.negative_edit.isHidden()
    assert "in use" in form.negative_toggle.text()


# ------------------------------------------------------------------- set_draft


def test_set_draft_round_trip(qtbot, form, beach, sunset):
    draft = JobDraft(
        model=PRO,
        prompt=PROMPT,
        duration=10,
        negative_prompt="text, logos",
        start_image=beach,
        end_image=sunset,
    )
    form.set_draft(draft)
    wait_checked(qtbot, form)
    assert form.draft() == draft
    assert not form.negative_edit.isHidden()

    plain = JobDraft(model=STANDARD, prompt="Calm lake.", start_image=sunset)
    form.set_draft(plain)
    wait_checked(qtbot, form)
    assert form.draft() == plain
    assert form.end_zone.path() is None


def test_settings_used_again_go_by_the_persons_file_name(qtbot, form, beach, tmp_path):
    kept = tmp_path / "596aa1e7c4bb.png"  # the history's copy of "beach.png"
    kept.write_bytes(beach.read_bytes())
    picked = tmp_path / "Pictures" / "my cat.png"
    draft = JobDraft(model=STANDARD, prompt=PROMPT, start_image=kept, start_image_original=picked)
    form.set_draft(draft)
    wait_checked(qtbot, form)
    assert form.start_zone.display_name() == "my cat.png"
    assert form.start_zone.path() == kept
    assert form.draft() == draft  # the next video keeps the name too
    form.start_zone.set_image(beach)  # a new picture: its own name, no original
    wait_checked(qtbot, form)
    assert form.start_zone.display_name() == beach.name
    assert form.draft().start_image_original is None


def test_set_draft_with_a_vanished_file_shows_why(qtbot, form, tmp_path):
    with qtbot.waitSignal(form.start_zone.image_checked, timeout=10_000):
        form.set_draft(
            JobDraft(model=STANDARD, prompt=PROMPT, start_image=tmp_path / "deleted.jpg")
        )
    form_follows(qtbot)
    assert form.draft() is None
    assert "could not be found" in form.blocking_reason()


# -------------------------------------------------------------- the drop zone


def test_drop_of_a_valid_file(qtbot, form, beach):
    zone = form.start_zone
    assert drag_enter(zone, file_mime(beach)).isAccepted()
    with (
        qtbot.waitSignal(zone.image_changed) as changed,
        qtbot.waitSignal(zone.image_checked, timeout=10_000),
    ):
        event = drop(zone, file_mime(beach))
    assert event.isAccepted()
    assert changed.args == [beach]
    assert zone.path() == beach
    assert zone.summary() == "beach.jpg · 1920 × 1080"
    assert zone.check().ok
    assert zone.message_text() == ""


def test_drop_of_an_invalid_file(qtbot, form, tmp_path):
    form.prompt_edit.setPlainText(PROMPT)
    notes = images.write_text_as_png(tmp_path / "notes.png")
    zone = form.start_zone
    with qtbot.waitSignal(zone.image_checked, timeout=10_000):
        drop(zone, file_mime(notes))
    form_follows(qtbot)
    assert zone.path() == notes
    assert not zone.check().ok
    assert "not a picture" in zone.message_text()
    assert not form.generate_button.isEnabled()
    assert form.blocking_reason() == "The start image is not a picture, or the file is damaged."


def test_drop_of_several_files_on_the_end_slot_takes_the_first(qtbot, form, beach, sunset):
    form.set_model(PRO)
    with qtbot.waitSignal(form.end_zone.image_checked, timeout=10_000):
        drop(form.end_zone, file_mime(beach, sunset))
    assert form.end_zone.path() == beach
    assert "Only one picture" in form.end_zone.message_text()


def test_drop_of_several_files_on_the_start_slot_makes_a_batch(qtbot, qloop, form, beach, sunset):
    """The first batch loads its modules on a worker thread (the app's asyncio loop) first."""
    import asyncio

    form.prompt_edit.setPlainText(PROMPT)
    with qtbot.waitSignal(form.start_zone.pictures_given, timeout=10_000):
        drop(form.start_zone, file_mime(beach, sunset))
    for _ in range(200):
        if form.generate_button.text() == "Review 2 videos…":
            break
        qloop.run_until_complete(asyncio.sleep(0.05))
    assert form.generate_button.text() == "Review 2 videos…"
    assert form.start_zone.path() is None
    assert not form.start_zone.isVisible()


def test_drop_of_a_web_link_explains(qtbot, form):
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/cat.jpg")])
    with qtbot.assertNotEmitted(form.start_zone.image_changed):
        drop(form.start_zone, mime)
    assert form.start_zone.path() is None
    assert "Save it to your computer" in form.start_zone.message_text()


def test_drop_of_raw_image_data(qtbot, form, tmp_path):
    mime = QMimeData()
    mime.setImageData(images.make_image(640, 480))
    with qtbot.waitSignal(form.start_zone.image_checked, timeout=10_000):
        drop(form.start_zone, mime)
    assert form.start_zone.path().parent == tmp_path / "pasted"
    assert form.start_zone.display_name() == "Dropped image"
    assert form.start_zone.check().width == 640


def test_drag_over_highlights_and_leave_resets(form, beach):
    zone = form.start_zone
    drag_enter(zone, file_mime(beach))
    assert zone._drag_over
    QApplication.sendEvent(zone, QDragLeaveEvent())
    assert not zone._drag_over


def test_clipboard_paste_of_image_data(qtbot, form, tmp_path):
    QGuiApplication.clipboard().setImage(images.make_image(800, 600))
    zone = form.start_zone
    with qtbot.waitSignal(zone.image_checked, timeout=10_000):
        assert zone.paste_from_clipboard() is True
    assert zone.path().parent == tmp_path / "pasted"
    assert zone.path().name.startswith("pasted-") and zone.path().suffix == ".png"
    assert zone.summary() == "Pasted image · 800 × 600"


def test_ctrl_v_pastes_a_copied_file(qtbot, form, beach):
    QGuiApplication.clipboard().setMimeData(file_mime(beach))
    zone = form.start_zone
    zone.setFocus()
    with qtbot.waitSignal(zone.image_checked, timeout=10_000):
        qtbot.keyClick(zone, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert zone.path() == beach


def test_paste_with_nothing_useful_says_so(form):
    QGuiApplication.clipboard().setText("just words")
    assert form.start_zone.paste_from_clipboard() is False
    assert "clipboard holds no picture" in form.start_zone.message_text()
    assert form.start_zone.path() is None


def _file_dialog(qtbot, zone):
    from PySide6.QtWidgets import QFileDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in zone.findChildren(QFileDialog)))
    return next(d for d in zone.findChildren(QFileDialog) if d.isVisible())


def test_browse_opens_the_dialog_without_blocking_and_takes_the_chosen_file(qtbot, form, beach):
    zone = form.start_zone
    zone.browse_button.click()  # returns at once: no nested event loop
    dialog = _file_dialog(qtbot, zone)
    assert Path(dialog.directory().path()).is_dir()
    dialog.selectFile(str(beach))
    with qtbot.waitSignal(zone.image_checked, timeout=10_000):
        dialog.accept()
    assert zone.path() == beach
    assert zone.browse() is True
    dialog = _file_dialog(qtbot, zone)
    assert Path(dialog.directory().path()) == beach.parent  # where the last one came from
    dialog.reject()  # cancelled: the picture stays
    assert zone.path() == beach


def test_browse_for_the_start_image_takes_several_files_as_a_batch(
    qtbot, qloop, form, beach, sunset
):
    from PySide6.QtWidgets import QFileDialog

    zone = form.start_zone
    zone.browse_button.click()
    dialog = _file_dialog(qtbot, zone)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    dialog.selectFile(f'"{beach.name}" "{sunset.name}"')
    dialog.setDirectory(str(beach.parent))
    with qtbot.waitSignal(zone.pictures_given, timeout=10_000) as given:
        dialog.accept()
    assert sorted(given.args[0]) == sorted([beach, sunset])
    form.set_model(PRO)
    assert form.end_zone.browse() is True
    assert _file_dialog(qtbot, form.end_zone).fileMode() == QFileDialog.FileMode.ExistingFile


def test_clear_button_empties_the_slot(qtbot, form, beach):
    form.prompt_edit.setPlainText(PROMPT)
    put_image(qtbot, form.start_zone, beach)
    assert form.generate_button.isEnabled()
    with qtbot.waitSignal(form.start_zone.image_changed) as changed:
        form.start_zone.clear_button.click()
    form_follows(qtbot)
    assert changed.args == [None]
    assert form.start_zone.path() is None
    assert not form.generate_button.isEnabled()


def test_a_newer_image_wins_over_an_older_check(qtbot, form, beach, tmp_path):
    tiny = images.write_png(tmp_path / "tiny.png", 100, 100)
    zone = form.start_zone
    zone.set_image(tiny)
    put_image(qtbot, zone, beach)
    qtbot.wait(100)  # let any late result for tiny.png arrive; it must be ignored
    assert zone.path() == beach
    assert zone.check().path == beach and zone.check().ok


def test_standalone_zone_accessibility(qtbot, tmp_path):
    zone = ImageDropZone("Start image", hint="required", paste_dir=tmp_path)
    qtbot.addWidget(zone)
    assert zone.accessibleName() == "Start image (required)"
    assert zone.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert zone.browse_button.accessibleName() == "Browse for the start image"
    assert zone.clear_button.accessibleName() == "Remove start image"
    assert "No picture yet" in zone.accessibleDescription()


def test_model_explanations_line_up_with_the_names_in_any_style(qtbot, tmp_path):
    """The first frame uses Fusion's radio width (asking the style costs start-up); once
    drawn, the window lets the form take the platform style's own."""
    from PySide6.QtWidgets import QStyle, QStyleFactory

    style = QStyleFactory.create("Windows")
    form = GenerationForm(paste_dir=tmp_path / "pasted")
    qtbot.addWidget(form)
    form.setStyle(style)
    for card in form._model_cards.values():
        card.radio.setStyle(style)
    wanted = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 6
    cards = list(form._model_cards.values())
    assert wanted != cards[0].explanation.contentsMargins().left()  # the usual width first
    form.fit_to_style()
    assert [card.explanation.contentsMargins().left() for card in cards] == [wanted] * 2
