"""Cut-off pictures, which Qt's JPEG and GIF readers decode without complaint, are found."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImageWriter

from poyo_desktop.services.image_integrity import gif_is_complete, jpeg_is_complete
from poyo_desktop.services.preflight import inspect_image
from poyo_desktop.services.upload_image import prepare_for_upload
from tests import images

DAMAGED = (
    "The start image is damaged: only part of it could be read. Save it again or pick another."
)


@pytest.fixture(scope="module")
def jpeg() -> bytes:
    return images.encode(images.make_image(800, 600), "JPEG")


@pytest.mark.parametrize("kept", [0.25, 0.5, 0.9, 0.999])
def test_a_cut_off_jpeg_is_refused_in_plain_words(tmp_path, jpeg, kept):
    cut = tmp_path / "holiday.jpg"
    cut.write_bytes(jpeg[: int(len(jpeg) * kept)])
    check = inspect_image(cut, subject="The start image")
    assert not check.ok
    assert check.problems == [DAMAGED]
    assert check.width == 0  # no size, so no thumbnail with a grey half


def test_a_jpeg_missing_only_its_end_marker_is_refused(tmp_path, jpeg):
    assert not jpeg_is_complete(jpeg[:-2])
    assert jpeg_is_complete(jpeg)


def test_whole_jpegs_pass_with_exif_thumbnails_and_data_after_the_end(tmp_path, jpeg):
    exif = images.exif_jpeg_bytes(640, 480)
    assert jpeg_is_complete(exif)
    # A motion photo (or a second picture) carries more bytes after the end marker.
    assert jpeg_is_complete(jpeg + b"\x00\x00\x00\x18ftypmp42" + bytes(500))
    assert jpeg_is_complete(jpeg[:2] + b"\xff" + jpeg[2:])  # a fill byte before a marker
    path = tmp_path / "ok.jpg"
    path.write_bytes(exif)
    assert inspect_image(path).ok


def test_progressive_jpegs_are_checked_scan_by_scan(tmp_path):
    path = tmp_path / "progressive.jpg"
    writer = QImageWriter(str(path), b"jpeg")
    writer.setProgressiveScanWrite(True)
    assert writer.write(images.make_image(800, 600))
    data = path.read_bytes()
    assert data.count(b"\xff\xda") > 1  # several scans
    assert jpeg_is_complete(data)
    for kept in (0.5, 0.95):
        assert not jpeg_is_complete(data[: int(len(data) * kept)])


def test_a_cut_off_gif_is_refused_and_a_whole_one_taken(tmp_path):
    data = images.gif_bytes(400, 300)
    assert gif_is_complete(data)
    assert gif_is_complete(images.gif_bytes(400, 300, frames=3, transparent=True))
    cut = tmp_path / "cut.gif"
    cut.write_bytes(data[: len(data) // 2])
    assert not gif_is_complete(cut.read_bytes())
    check = inspect_image(cut, subject="The start image")
    assert check.problems == [DAMAGED]


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_cut_off_png_and_webp_are_refused_too(tmp_path, fmt):
    data = images.encode(images.make_image(800, 600), fmt)
    cut = tmp_path / "cut.img"
    cut.write_bytes(data[: len(data) // 2])
    check = inspect_image(cut, subject="The start image")
    assert not check.ok
    assert check.problems[0].startswith("The start image is damaged")
    assert check.problems[0].endswith("Save it again or pick another.")


def test_a_cut_off_jpeg_is_never_prepared_for_upload(tmp_path, jpeg):
    from poyo_desktop.services.preflight import ImageError

    cut = tmp_path / "cut.jpg"
    cut.write_bytes(jpeg[: len(jpeg) // 2])
    with pytest.raises(ImageError, match="only part of it could be read"):
        prepare_for_upload(cut, tmp_path / "out")


def test_a_marker_across_two_search_slices_is_found():
    from poyo_desktop.services.image_integrity import _SLICE, _next_marker

    for at in (_SLICE - 2, _SLICE - 1, _SLICE, 3 * _SLICE + 5):
        data = b"\x00" * at + b"\xff\xd9" + b"\x00" * 10
        assert _next_marker(data, 0) == at
    stuffed = b"\x00" * (_SLICE - 1) + b"\xff\x00" + b"\x00" * 7 + b"\xff\xd9"
    assert _next_marker(stuffed, 0) == _SLICE + 8  # FF 00 is data, not a marker
    assert _next_marker(b"\x00" * (2 * _SLICE) + b"\xff\x00", 0) == -1


def test_a_photo_whose_scan_spans_many_slices_is_whole_and_its_halves_are_not(tmp_path):
    path = images.write_noisy_png(tmp_path / "noise.png", 900, 900)
    from PySide6.QtGui import QImage

    data = images.encode(QImage(str(path)), "JPEG", 95)
    assert len(data) > 3 * (128 << 10)  # the scan crosses several slices
    assert jpeg_is_complete(data)
    assert not jpeg_is_complete(data[: len(data) // 2])
    assert not jpeg_is_complete(data[:-2])  # no end marker
