"""Image preflight on real files: every format PoYo takes, and every way a photo goes wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader

from poyo_desktop.services.preflight import (
    MAX_LONG_SIDE,
    MAX_UPLOAD_BYTES,
    ImageError,
    inspect_image,
    load_thumbnail,
)
from poyo_desktop.services.upload_image import prepare_for_upload
from tests import images

NEUTRAL_NAME = re.compile(r"^[0-9a-f]{20}\.(jpg|png)$")


def _reddish(color: QColor) -> bool:
    return color.red() > 150 and color.green() < 100 and color.blue() < 100


def _bluish(color: QColor) -> bool:
    return color.blue() > 150 and color.red() < 100


def _read_raw(path: Path) -> QImage:
    """Decode without applying any EXIF transform: what a server would see."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(False)
    image = reader.read()
    assert not image.isNull(), reader.errorString()
    return image


# ---------------------------------------------------------------- inspect_image


@pytest.mark.parametrize(
    ("writer", "name", "fmt", "warns"),
    [
        (images.write_png, "photo.png", "png", False),
        (images.write_jpeg, "photo.jpg", "jpeg", False),
        (images.write_webp, "photo.webp", "webp", True),
        (images.write_gif, "photo.gif", "gif", True),
    ],
)
def test_inspect_accepts_each_supported_format(tmp_path, writer, name, fmt, warns):
    path = writer(tmp_path / name, 640, 400)
    check = inspect_image(path)
    assert check.ok, check.problems
    assert (check.width, check.height, check.format) == (640, 400, fmt)
    assert check.file_size == path.stat().st_size
    assert check.problems == []
    assert bool(check.warnings) is warns
    if warns:
        assert "converted" in check.warnings[0]


def test_inspect_names_the_subject(tmp_path):
    path = images.write_png(tmp_path / "tiny.png", 200, 200)
    check = inspect_image(path, subject="The start image")
    assert check.problems == [
        "The start image is too small (200 × 200 px; at least 300 px needed)."
    ]


def test_inspect_missing_file(tmp_path):
    check = inspect_image(tmp_path / "gone.jpg")
    assert not check.ok
    assert "could not be found" in check.problems[0]


def test_inspect_folder_and_empty_file(tmp_path):
    assert "folder" in inspect_image(tmp_path).problems[0]
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert "empty" in inspect_image(empty).problems[0]


def test_inspect_corrupt_jpeg(tmp_path):
    check = inspect_image(images.write_corrupt_jpeg(tmp_path / "broken.jpg"))
    assert not check.ok
    assert check.format == "jpeg"
    assert "damaged" in check.problems[0]


def test_inspect_text_file_renamed_png(tmp_path):
    check = inspect_image(images.write_text_as_png(tmp_path / "notes.png"))
    assert not check.ok
    assert check.problems == ["The image is not a picture, or the file is damaged."]
    assert check.width == check.height == 0


def test_inspect_unsupported_format(tmp_path):
    check = inspect_image(images.write_bmp(tmp_path / "scan.bmp", 640, 480))
    assert not check.ok
    assert "BMP" in check.problems[0]
    assert (check.width, check.height) == (640, 480)  # still reported, for display


def test_inspect_format_is_decided_by_content_not_name(tmp_path):
    path = tmp_path / "really-a-jpeg.png"
    path.write_bytes(images.encode(images.make_image(640, 480), "JPEG"))
    check = inspect_image(path)
    assert check.ok
    assert check.format == "jpeg"


@pytest.mark.parametrize(
    ("size", "ok"),
    [
        ((300, 300), True),
        ((299, 600), False),
        ((300, 750), True),  # exactly 1:2.5
        ((750, 300), True),  # exactly 2.5:1
        ((300, 751), False),
        ((1000, 300), False),
    ],
)
def test_inspect_size_and_aspect_limits(tmp_path, size, ok):
    check = inspect_image(images.write_png(tmp_path / "s.png", *size))
    assert check.ok is ok, check.problems


def test_inspect_bad_aspect_says_which_way(tmp_path):
    wide = inspect_image(images.write_png(tmp_path / "wide.png", 1000, 300))
    tall = inspect_image(images.write_png(tmp_path / "tall.png", 320, 900))
    assert wide.problems[0].startswith("The image is too wide (1000 × 300 px)")
    assert tall.problems[0].startswith("The image is too tall (320 × 900 px)")


def test_inspect_small_and_narrow_reports_both(tmp_path):
    check = inspect_image(images.write_png(tmp_path / "strip.png", 1000, 100))
    assert len(check.problems) == 2


def test_inspect_exif_orientation_reports_upright_size(tmp_path):
    path = images.write_exif_rotated_jpeg(tmp_path / "phone.jpg", 800, 400, orientation=6)
    check = inspect_image(path)
    assert check.ok
    assert (check.width, check.height) == (400, 800)
    assert check.exif_rotated
    assert any("upright" in w for w in check.warnings)


def test_inspect_warns_about_large_dimensions(tmp_path):
    check = inspect_image(images.write_jpeg(tmp_path / "huge.jpg", 5000, 2500))
    assert check.ok
    assert any("scaled down to 3840 px" in w for w in check.warnings)


def test_inspect_warns_above_ten_megabytes(tmp_path):
    path = images.write_noisy_png(tmp_path / "noise.png", 2200, 1800)
    assert path.stat().st_size > MAX_UPLOAD_BYTES
    check = inspect_image(path)
    assert check.ok
    assert any("MB" in w and "smaller" in w for w in check.warnings)


def test_inspect_animated_gif_warns_first_frame(tmp_path):
    check = inspect_image(images.write_gif(tmp_path / "anim.gif", 400, 320, frames=3))
    assert check.ok
    assert any("first frame" in w for w in check.warnings)


# ----------------------------------------------------------- prepare_for_upload


@pytest.mark.parametrize(
    ("writer", "name", "mime"),
    [(images.write_png, "photo.png", "image/png"), (images.write_jpeg, "photo.jpg", "image/jpeg")],
)
def test_prepare_keeps_good_jpeg_and_png_bytes(tmp_path, writer, name, mime):
    source = writer(tmp_path / name, 800, 600)
    prepared = prepare_for_upload(source, tmp_path / "out")
    assert prepared.mime_type == mime
    assert (prepared.width, prepared.height) == (800, 600)
    assert prepared.path.read_bytes() == source.read_bytes()
    assert prepared.path.parent == tmp_path / "out"


@pytest.mark.parametrize(
    ("writer", "name", "fmt"),
    [(images.write_webp, "photo.webp", "jpeg"), (images.write_gif, "photo.gif", "png")],
)
def test_prepare_converts_webp_to_jpeg_and_gif_to_png(tmp_path, writer, name, fmt):
    """A GIF loses nothing as PNG (it was lossless, and it fits); a WebP photo is a JPEG."""
    prepared = prepare_for_upload(writer(tmp_path / name, 640, 400), tmp_path / "out")
    assert prepared.mime_type == f"image/{fmt}"
    assert prepared.path.suffix == (".jpg" if fmt == "jpeg" else ".png")
    image = _read_raw(prepared.path)
    assert (image.width(), image.height()) == (640, 400)
    assert bytes(QImageReader(str(prepared.path)).format().data()) == fmt.encode()


def test_prepare_keeps_transparency_as_png(tmp_path):
    source = images.write_gif(tmp_path / "sticker.gif", 400, 320, transparent=True)
    prepared = prepare_for_upload(source, tmp_path / "out")
    assert prepared.mime_type == "image/png"
    image = _read_raw(prepared.path)
    assert image.hasAlphaChannel()
    assert image.pixelColor(10, 315).alpha() == 0  # the grey stripe was the transparent index


def test_prepare_applies_exif_orientation(tmp_path):
    source = images.write_exif_rotated_jpeg(tmp_path / "phone.jpg", 800, 400, orientation=6)
    prepared = prepare_for_upload(source, tmp_path / "out")
    assert (prepared.width, prepared.height) == (400, 800)
    raw = _read_raw(prepared.path)  # no EXIF left to rely on: the pixels are upright
    assert (raw.width(), raw.height()) == (400, 800)
    # Rotating 90° clockwise moves the red top-left block to the top-right corner,
    # and the blue top-right block to the bottom-right.
    assert _reddish(raw.pixelColor(390, 10))
    assert _bluish(raw.pixelColor(390, 790))
    reader = QImageReader(str(prepared.path))
    assert reader.transformation() == reader.transformation().TransformationNone


def test_prepare_downsizes_huge_images(tmp_path):
    source = images.write_jpeg(tmp_path / "huge.jpg", 5000, 2500)
    prepared = prepare_for_upload(source, tmp_path / "out")
    assert (prepared.width, prepared.height) == (MAX_LONG_SIDE, MAX_LONG_SIDE // 2)
    image = _read_raw(prepared.path)
    assert (image.width(), image.height()) == (prepared.width, prepared.height)


def test_prepare_downsizes_rotated_huge_images_in_the_right_orientation(tmp_path):
    source = images.write_exif_rotated_jpeg(tmp_path / "big-phone.jpg", 5000, 2500)
    prepared = prepare_for_upload(source, tmp_path / "out")
    assert (prepared.width, prepared.height) == (1920, 3840)


def test_prepare_brings_big_files_under_ten_megabytes(tmp_path):
    source = images.write_noisy_png(tmp_path / "noise.png", 2200, 1800)
    prepared = prepare_for_upload(source, tmp_path / "out")
    assert prepared.path.stat().st_size <= MAX_UPLOAD_BYTES
    assert prepared.mime_type == "image/jpeg"


def test_prepare_uses_a_neutral_file_name(tmp_path):
    for source in (
        images.write_jpeg(tmp_path / "Anna at the beach.jpg", 800, 600),
        images.write_webp(tmp_path / "Anna at home.webp", 800, 600),
    ):
        prepared = prepare_for_upload(source, tmp_path / "out")
        assert NEUTRAL_NAME.match(prepared.path.name), prepared.path.name
        assert "Anna" not in str(prepared.path)


def test_prepare_is_idempotent_and_leaves_no_partial_files(tmp_path):
    source = images.write_jpeg(tmp_path / "a.jpg", 800, 600)
    first = prepare_for_upload(source, tmp_path / "out")
    second = prepare_for_upload(source, tmp_path / "out")
    assert first == second
    assert [p.name for p in (tmp_path / "out").iterdir()] == [first.path.name]


@pytest.mark.parametrize(
    "make",
    [
        lambda d: images.write_corrupt_jpeg(d / "broken.jpg"),
        lambda d: images.write_text_as_png(d / "notes.png"),
        lambda d: images.write_png(d / "tiny.png", 200, 200),
        lambda d: images.write_png(d / "strip.png", 1000, 300),
        lambda d: d / "missing.jpg",
    ],
)
def test_prepare_refuses_unusable_images(tmp_path, make):
    with pytest.raises(ImageError) as caught:
        prepare_for_upload(make(tmp_path), tmp_path / "out")
    assert str(caught.value) == caught.value.message
    assert caught.value.message.startswith("The image ")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# ---------------------------------------------------------------- load_thumbnail


def test_thumbnail_is_upright_and_small(tmp_path):
    path = images.write_exif_rotated_jpeg(tmp_path / "phone.jpg", 2000, 1000)
    thumb = load_thumbnail(path, 128)
    assert (thumb.width(), thumb.height()) == (64, 128)


def test_thumbnail_of_small_image_is_not_enlarged(tmp_path):
    thumb = load_thumbnail(images.write_png(tmp_path / "s.png", 100, 50), 128)
    assert (thumb.width(), thumb.height()) == (100, 50)


def test_thumbnail_of_broken_file_is_null(tmp_path):
    assert load_thumbnail(images.write_corrupt_jpeg(tmp_path / "b.jpg"), 128).isNull()


def test_the_check_and_its_thumbnail_come_from_one_decode_and_agree(tmp_path):
    from poyo_desktop.services.preflight import inspect_with_thumbnail

    phone = images.write_exif_rotated_jpeg(tmp_path / "phone.jpg", 1200, 1600)
    check, thumb = inspect_with_thumbnail(phone, 96, subject="The start image")
    assert check == inspect_image(phone, subject="The start image")
    assert (check.width, check.height) == (1600, 1200)
    assert (thumb.width(), thumb.height()) == (96, 72)  # upright, as shown
    _, big = inspect_with_thumbnail(phone, 800)  # sharper than the check's decode
    assert (big.width(), big.height()) == (800, 600)
    bad, none = inspect_with_thumbnail(images.write_corrupt_jpeg(tmp_path / "b.jpg"), 96)
    assert not bad.ok and none.isNull()
