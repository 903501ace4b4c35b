"""The start-image fixer as real widgets: the crop frame under mouse and keys, the choices
the window offers for a picture, and what the form's slots say and offer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from poyo_desktop.core.rules import PRO, STANDARD
from poyo_desktop.services.framing import FixPlan, largest_frame
from poyo_desktop.ui.crop.fix_dialog import FixDialog
from poyo_desktop.ui.crop.frame_view import CropView
from poyo_desktop.ui.form.form import GenerationForm
from poyo_desktop.ui.form.slot_fixing import FIX_OFFER, MATCH_OFFER
from tests import images
from tests.picture_files import panorama, phone_photo


@pytest.fixture
def view(qtbot):
    widget = CropView(3000, 400)
    qtbot.addWidget(widget)
    widget.resize(640, 300)
    widget.set_image(panorama(600, 80))
    widget.set_mode("crop", (16, 9))
    widget.show()
    return widget


def test_the_frame_starts_centred_and_keys_move_and_resize_it(view, qtbot):
    assert view.frame().rounded() == largest_frame(3000, 400, (16, 9)).rounded()
    x0 = view.frame().x
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.frame().x == pytest.approx(x0 + 30)  # 1 % of the width
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.frame().x == pytest.approx(x0 + 330)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.frame().height == pytest.approx(380)
    QTest.keyClick(view, Qt.Key.Key_Plus)
    assert view.frame().height == pytest.approx(400)
    for _ in range(20):
        QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.frame().x == 0  # stopped at the edge
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.frame().rounded()[0] == 1144
    assert "Keeps 711 × 400 px" in view.accessibleDescription()


def test_a_corner_dragged_resizes_the_frame_in_its_shape(view, qtbot):
    QTest.keyClick(view, Qt.Key.Key_Minus)  # a little room to grow back into
    frame = view.frame()
    scale = (view.width() - 24) / 3000
    corner = QPoint(
        round(12 + (frame.x + frame.width) * scale),
        round(view.height() / 2 + (frame.y + frame.height - 200) * scale),
    )
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    QTest.mouseMove(view, corner + QPoint(-40, -40))
    QTest.mouseRelease(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner + QPoint(-40, -40)
    )
    smaller = view.frame()
    assert smaller.width < frame.width
    assert (smaller.x, smaller.y) == pytest.approx((frame.x, frame.y))  # the opposite corner
    assert smaller.width * 9 == pytest.approx(smaller.height * 16)
    assert smaller.height >= 300 - 1e-6  # never smaller than Kling takes


def _dialog(qtbot, size, match=None) -> FixDialog:
    dialog = FixDialog(slot="start image", name="pic.jpg", size=size, reason="", match=match)
    qtbot.addWidget(dialog)
    return dialog


def test_a_panorama_is_offered_crops_and_bars_of_the_shapes_kling_takes(qtbot):
    dialog = _dialog(qtbot, (3000, 400))
    names = {b.text(): b.isEnabled() for b in dialog._shapes.buttons()}
    assert names == {"16:9": True, "9:16": True, "1:1": True, "Its own (7.5:1)": False}
    kinds = {b.text(): b.isEnabled() for b in dialog._kinds.buttons()}
    assert kinds == {"Crop": True, "Add bars": True, "Resize only": False}
    assert dialog.kind() == "crop" and dialog.ratio() == (16, 9)
    assert dialog.plan() == FixPlan("crop", (16, 9), (1144, 0, 711, 400))
    dialog._kinds.button(1).click()
    assert dialog.plan() == FixPlan("pad", (16, 9))
    assert dialog.result_text.text() == "Result: 3000 × 1688 px (16:9)."
    dialog.set_preview(panorama(600, 80))
    shown = dialog.result_picture.pixmap().toImage()
    assert shown.width() > shown.height()  # the result, bars included


def test_a_small_picture_starts_as_a_resize_and_says_it_is_enlarged(qtbot):
    dialog = _dialog(qtbot, (200, 150))
    assert dialog.kind() == "resize"
    assert "Result: 400 × 300 px (4:3). Enlarged to 300 px" in dialog.result_text.text()


def test_an_end_image_is_offered_the_start_images_shape_first(qtbot):
    dialog = _dialog(qtbot, (800, 800), match=(1280, 720))
    assert dialog._shapes.checkedButton().text() == "Like the start image (16:9)"
    assert dialog.plan().frame == (0, 175, 800, 450)


def _checked(qtbot, zone, path) -> None:
    with qtbot.waitSignal(zone.image_checked, timeout=10_000):
        zone.set_image(path)


@pytest.fixture
def form(qtbot, tmp_path):
    widget = GenerationForm(paste_dir=tmp_path / "pasted")
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    return widget


def _fix_button_text(zone) -> str:
    button = zone._view.fix_button
    return button.text() if button is not None and button.isVisibleTo(zone) else ""


def test_a_slot_offers_the_fixer_only_for_what_kling_would_refuse(qtbot, form, tmp_path):
    zone = form.start_zone
    fine = images.write_png(tmp_path / "fine.png", 1280, 720)
    _checked(qtbot, zone, fine)
    assert zone._view.fix_button is None  # nothing made for a picture that needs nothing
    _checked(qtbot, zone, images.write_jpeg(tmp_path / "phone.jpg", 4032, 3024))
    assert zone._view.fix_button is None  # only too large: sending makes it smaller
    pano = tmp_path / "pano.png"
    assert panorama().save(str(pano))
    _checked(qtbot, zone, pano)
    assert _fix_button_text(zone) == FIX_OFFER
    _checked(qtbot, zone, fine)
    assert _fix_button_text(zone) == ""


def test_the_slot_says_what_sending_removes_as_the_setting_says(qtbot, form, tmp_path):
    zone = form.start_zone
    _checked(qtbot, zone, phone_photo(tmp_path / "phone.jpg"))
    said = zone._view.changes_label
    assert said.text() == "Before sending: location removed, camera details removed."
    zone.fixes.set_keep_metadata(True)
    assert said.isHidden()


def test_on_pro_the_end_slot_warns_of_another_shape_and_offers_to_match(qtbot, form, tmp_path):
    _checked(qtbot, form.start_zone, images.write_png(tmp_path / "s.png", 1280, 720))
    _checked(qtbot, form.end_zone, images.write_png(tmp_path / "e.png", 800, 800))
    form.set_model(PRO)
    assert "The end image is 1:1 and the start image 16:9" in form.end_zone.message_text()
    assert _fix_button_text(form.end_zone) == MATCH_OFFER
    form.set_model(STANDARD)
    assert "start image 16:9" not in form.end_zone.message_text()
    form.set_model(PRO)
    _checked(qtbot, form.end_zone, images.write_png(tmp_path / "e2.png", 1920, 1080))
    assert form.end_zone.message_text() == ""


def _fix_with_the_window(qtbot, form, zone) -> None:
    zone._view.fix_button.click()
    dialog = next(w for w in form.window().findChildren(FixDialog) if w.isVisible())
    qtbot.waitUntil(lambda: dialog._preview is not None, timeout=10_000)
    with qtbot.waitSignal(zone.image_checked, timeout=20_000):
        dialog.use_button.click()


def test_a_fix_made_in_the_window_takes_the_slot_under_the_persons_name(qtbot, form, tmp_path):
    zone = form.start_zone
    pano = tmp_path / "my pano.png"
    assert panorama().save(str(pano))
    _checked(qtbot, zone, pano)
    _fix_with_the_window(qtbot, form, zone)
    assert zone.display_name() == "my pano.png" and zone.original_path() == pano
    assert zone.path().name.startswith("fixed-") and zone.path().parent == tmp_path / "pasted"
    assert zone.check().ok and zone.check().size_text() == "711 × 400"
    assert zone._view.changes_label.text() == "Cropped to 16:9 (711 × 400 px)."
    assert QImage(str(zone.path())).size().width() == 711


def test_a_fixed_cmyk_panorama_says_it_was_converted_too(qtbot, form, tmp_path):
    zone = form.start_zone
    pano = tmp_path / "print.jpg"
    assert panorama().convertToFormat(QImage.Format.Format_CMYK8888).save(str(pano), "JPEG")
    _checked(qtbot, zone, pano)
    _fix_with_the_window(qtbot, form, zone)
    said = zone._view.changes_label.text()
    assert said == "Cropped to 16:9 (711 × 400 px); converted from CMYK."
    assert not zone.check().colour.cmyk  # what the slot holds now is already converted
