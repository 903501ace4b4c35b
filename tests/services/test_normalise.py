"""What is sent is always 8-bit sRGB, upright, under the limit, and without the person's
place and camera unless they keep them: proven on real files made here, colours measured
in CIE Lab by maths independent of Qt."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QColorSpace, QImage, QImageReader, QPainter

from poyo_desktop.services.image_limits import MAX_LONG_SIDE, MAX_UPLOAD_BYTES
from poyo_desktop.services.metadata import read_metadata_facts
from poyo_desktop.services.preflight import inspect_image
from poyo_desktop.services.upload_image import prepare_for_upload
from tests.images import BLUE, RED, encode
from tests.picture_files import (
    PATCHES,
    delta_e,
    lab_of_adobe_rgb,
    lab_of_srgb,
    patch_centres,
    phone_photo,
    png_bit_depth,
    write_cmyk_jpeg,
    write_deep_png,
)

#: Largest colour difference allowed after a conversion (JPEG at quality 95 included).
SMALL_DELTA_E = 2.0


def _patch_colours(image: QImage) -> list[tuple[int, int, int]]:
    return [image.pixelColor(x, y).getRgb()[:3] for x, y in patch_centres(600, 400)]


def _is_8bit_srgb(path) -> None:
    reader = QImageReader(str(path))
    assert reader.imageFormat() in (QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32)
    space = reader.read().colorSpace()
    assert not space.isValid() or space == QColorSpace(QColorSpace.NamedColorSpace.SRgb)


def test_a_cmyk_jpeg_is_sent_as_8bit_srgb_with_its_colours(qapp, tmp_path):
    source = write_cmyk_jpeg(tmp_path / "print.jpg")
    assert QImageReader(str(source)).imageFormat() == QImage.Format.Format_CMYK8888
    check = inspect_image(source)
    assert check.ok and check.colour.cmyk and check.needs_preparation
    assert "converted from CMYK" in check.changes(keep_metadata=False)

    sent = prepare_for_upload(source, tmp_path / "out")
    assert sent.mime_type == "image/jpeg"
    _is_8bit_srgb(sent.path)
    for wanted, got in zip(PATCHES, _patch_colours(QImage(str(sent.path))), strict=True):
        assert delta_e(lab_of_srgb(wanted), lab_of_srgb(got)) < SMALL_DELTA_E, (wanted, got)


def test_a_16bit_adobe_rgb_png_is_sent_as_8bit_srgb_with_its_profile_applied(qapp, tmp_path):
    source = write_deep_png(tmp_path / "export.png", QColorSpace.NamedColorSpace.AdobeRgb)
    check = inspect_image(source)
    assert check.colour.deep and check.colour.profile == "Adobe RGB"
    assert check.changes(keep_metadata=False) == [
        "converted from 16-bit colour",
        "colours converted from Adobe RGB to sRGB",
    ]

    sent = prepare_for_upload(source, tmp_path / "out")
    data = sent.path.read_bytes()
    assert sent.mime_type == "image/png" and png_bit_depth(data) == 8  # lossless stays lossless
    _is_8bit_srgb(sent.path)
    for wanted, got in zip(PATCHES, _patch_colours(QImage(str(sent.path))), strict=True):
        # The numbers were Adobe RGB: what they meant is what is sent, in sRGB numbers.
        assert delta_e(lab_of_adobe_rgb(wanted), lab_of_srgb(got)) < SMALL_DELTA_E, (wanted, got)
    # Sent unconverted, the brick red would have been visibly wrong.
    assert delta_e(lab_of_adobe_rgb(PATCHES[3]), lab_of_srgb(PATCHES[3])) > 10


def test_a_plain_16bit_png_becomes_8bit_with_the_same_colours(qapp, tmp_path):
    source = write_deep_png(tmp_path / "deep.png")
    sent = prepare_for_upload(source, tmp_path / "out")
    assert png_bit_depth(sent.path.read_bytes()) == 8
    for wanted, got in zip(PATCHES, _patch_colours(QImage(str(sent.path))), strict=True):
        assert delta_e(lab_of_srgb(wanted), lab_of_srgb(got)) < 0.5


def test_an_srgb_jpeg_is_not_re_encoded(qapp, tmp_path):
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 200))
    image.setColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgb))
    source = tmp_path / "srgb.jpg"
    source.write_bytes(encode(image, "JPEG", 90))
    check = inspect_image(source)
    assert not check.colour.needs_conversion and not check.needs_preparation
    assert prepare_for_upload(source, tmp_path / "out").path.read_bytes() == source.read_bytes()


def test_a_rotated_phone_photo_is_sent_upright_without_its_place_and_camera(qapp, tmp_path):
    source = phone_photo(tmp_path / "phone.jpg", 800, 600, orientation=6)
    check = inspect_image(source)
    assert (check.width, check.height) == (600, 800) and check.exif_rotated
    assert check.metadata.location and check.metadata.camera
    assert check.changes(keep_metadata=False) == ["location removed", "camera details removed"]
    assert check.changes(keep_metadata=True) == []

    sent = prepare_for_upload(source, tmp_path / "out")
    image = QImage(str(sent.path))
    assert (image.width(), image.height()) == (600, 800)  # upright
    # make_image's red block was top-left as stored; turned 90° clockwise it is top-right.
    top_right = image.pixelColor(560, 40)
    assert abs(top_right.red() - RED.red()) < 30 and top_right.blue() < 80
    facts = read_metadata_facts(sent.path, "jpeg")
    assert not facts.location and not facts.camera
    assert b"Pixelphone" not in sent.path.read_bytes()


def test_kept_metadata_goes_with_the_picture_turned_upright(qapp, tmp_path):
    source = phone_photo(tmp_path / "phone.jpg", 800, 600, orientation=6)
    sent = prepare_for_upload(source, tmp_path / "out", keep_metadata=True)
    facts = read_metadata_facts(sent.path, "jpeg")
    assert facts.location and facts.camera
    reader = QImageReader(str(sent.path))
    reader.setAutoTransform(True)
    assert reader.size() == QSize(600, 800)
    assert reader.transformation() == reader.transformation().TransformationNone  # not twice
    assert reader.read().size() == QSize(600, 800)


def test_an_upright_photo_keeps_its_bytes_when_metadata_is_kept(qapp, tmp_path):
    source = phone_photo(tmp_path / "phone.jpg", 800, 600)
    kept = prepare_for_upload(source, tmp_path / "kept", keep_metadata=True)
    assert kept.path.read_bytes() == source.read_bytes()
    stripped = prepare_for_upload(source, tmp_path / "stripped")
    assert not read_metadata_facts(stripped.path, "jpeg").location
    assert QImage(str(stripped.path)) == QImage(str(source))  # only the metadata went


def _forty_megapixels(path) -> None:
    """A 7744 × 5164 photo of fine detail (tiles of noise): about 40 megapixels."""
    tile = QImage(os.urandom(512 * 512 * 4), 512, 512, QImage.Format.Format_RGB32).copy()
    image = QImage(7744, 5164, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    for x in range(0, 7744, 512):
        for y in range(0, 5164, 512):
            painter.drawImage(x, y, tile)
    painter.fillRect(0, 0, 1936, 1291, RED)
    painter.fillRect(7744 - 1936, 0, 1936, 1291, BLUE)
    painter.end()
    assert image.save(str(path), "JPEG", 97)


@pytest.mark.timeout(120)
def test_a_40_megapixel_jpeg_is_sent_under_the_limit(qapp, tmp_path):
    source = tmp_path / "camera.jpg"
    _forty_megapixels(source)
    assert source.stat().st_size > MAX_UPLOAD_BYTES
    sent = prepare_for_upload(source, tmp_path / "out")
    size = sent.path.stat().st_size
    assert size <= MAX_UPLOAD_BYTES
    assert max(sent.width, sent.height) == MAX_LONG_SIDE  # the most detail that is worth it
    image = QImage(str(sent.path))
    assert abs(image.pixelColor(100, 100).red() - RED.red()) < 30  # the right way round
