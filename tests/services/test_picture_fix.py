"""Carrying out a fix on real files: the region chosen is the region kept, bars are bars,
a small picture is enlarged, and the result is a picture Kling takes, in 8-bit sRGB."""

from __future__ import annotations

from PySide6.QtGui import QImage, QImageReader

from poyo_desktop.services.framing import FixPlan, auto_plan
from poyo_desktop.services.metadata import read_metadata_facts
from poyo_desktop.services.picture_fix import apply_fix
from poyo_desktop.services.preflight import inspect_image
from tests.images import encode, make_image
from tests.picture_files import BANDS, panorama, phone_photo, write_cmyk_jpeg


def _near(colour, rgb, tolerance=24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


def _pano(tmp_path):
    path = tmp_path / "pano.jpg"
    path.write_bytes(encode(panorama(), "JPEG", 95))
    check = inspect_image(path)
    assert not check.ok and check.fixable and "too wide" in check.problems[0]
    return path


def test_a_panorama_cropped_to_16_9_keeps_the_chosen_region(qapp, tmp_path):
    source = _pano(tmp_path)
    # The person moved the frame onto the fourth band (blue, x 1800-2400) and its edge.
    fixed = apply_fix(source, FixPlan("crop", (16, 9), (1750, 0, 711, 400)), tmp_path / "out")
    assert (fixed.width, fixed.height) == (711, 400)
    assert fixed.path.name.startswith("fixed-")
    assert fixed.words == "Cropped to 16:9 (711 × 400 px)."
    image = QImage(str(fixed.path))
    assert (image.width(), image.height()) == (711, 400)
    assert _near(image.pixelColor(20, 200), BANDS[2])  # x 1770: still the green band
    assert _near(image.pixelColor(300, 200), BANDS[3])  # x 2050: blue
    assert _near(image.pixelColor(690, 200), BANDS[4])  # x 2440: purple
    assert inspect_image(fixed.path).ok


def test_bars_keep_the_whole_panorama(qapp, tmp_path):
    fixed = apply_fix(_pano(tmp_path), auto_plan(3000, 400, "pad"), tmp_path / "out")
    image = QImage(str(fixed.path))
    assert (image.width(), image.height()) == (3000, 1688)
    assert _near(image.pixelColor(1500, 100), (0, 0, 0))  # a bar
    assert _near(image.pixelColor(100, 844), BANDS[0])  # the picture, left
    assert _near(image.pixelColor(2900, 844), BANDS[4])  # and right
    assert inspect_image(fixed.path).ok


def test_a_small_picture_is_enlarged_to_the_smallest_size_kling_takes(qapp, tmp_path):
    source = tmp_path / "icon.png"
    source.write_bytes(encode(make_image(200, 150), "PNG"))
    assert inspect_image(source).fixable
    fixed = apply_fix(source, FixPlan("resize"), tmp_path / "out")
    assert (fixed.width, fixed.height) == (400, 300) and fixed.path.suffix == ".png"
    assert inspect_image(fixed.path).ok


def test_a_fixed_cmyk_picture_is_8bit_srgb(qapp, tmp_path):
    fixed = apply_fix(write_cmyk_jpeg(tmp_path / "print.jpg"), FixPlan("resize"), tmp_path / "o")
    assert QImageReader(str(fixed.path)).imageFormat() == QImage.Format.Format_RGB32
    assert not inspect_image(fixed.path).colour.needs_conversion


def test_a_fixed_photo_keeps_its_metadata_only_when_asked(qapp, tmp_path):
    source = phone_photo(tmp_path / "wide.jpg", 2000, 600)
    plan = auto_plan(2000, 600, "crop", (1, 1))
    plain = apply_fix(source, plan, tmp_path / "plain")
    assert not read_metadata_facts(plain.path, "jpeg").location
    kept = apply_fix(source, plan, tmp_path / "kept", keep_metadata=True)
    assert read_metadata_facts(kept.path, "jpeg").location
    assert (kept.width, kept.height) == (600, 600)


def test_a_big_photo_is_decoded_only_as_large_as_the_crop_needs(qapp, tmp_path):
    source = tmp_path / "big.jpg"
    source.write_bytes(encode(make_image(8000, 2000), "JPEG", 90))
    fixed = apply_fix(source, FixPlan("crop", (1, 1), (0, 0, 2000, 2000)), tmp_path / "out")
    assert (fixed.width, fixed.height) == (2000, 2000)
    image = QImage(str(fixed.path))
    assert image.pixelColor(50, 50).red() > 180  # make_image's red block, top-left
