"""Personal metadata is removed before upload, without touching the pixels."""

from __future__ import annotations

from PySide6.QtGui import QImage

from poyo_desktop.services.metadata import strip_jpeg, strip_png
from poyo_desktop.services.upload_image import prepare_for_upload
from tests.images import encode, exif_jpeg_bytes, make_image


def test_upright_jpeg_loses_its_exif_but_not_its_pixels(tmp_path, qapp):
    original = exif_jpeg_bytes(640, 400, orientation=1)  # upright, but carries EXIF
    assert b"Exif" in original
    path = tmp_path / "phone.jpg"
    path.write_bytes(original)
    prepared = prepare_for_upload(path, tmp_path / "out")
    sent = prepared.path.read_bytes()
    assert b"Exif" not in sent
    assert len(original) - len(sent) < 200  # only the metadata went
    a, b = QImage.fromData(original), QImage.fromData(sent)
    assert a == b  # identical pixels: nothing was re-encoded


def test_png_text_chunks_are_dropped(qapp):
    png = encode(make_image(320, 320), "PNG")
    text = b"GPS somewhere"
    import struct
    import zlib

    chunk = (
        struct.pack(">I", len(b"Comment\0" + text))
        + b"tEXt"
        + b"Comment\0"
        + text
        + struct.pack(">I", zlib.crc32(b"tEXt" + b"Comment\0" + text))
    )
    with_text = png[:33] + chunk + png[33:]
    assert QImage.fromData(with_text).width() == 320
    stripped = strip_png(with_text)
    assert text not in stripped and QImage.fromData(stripped) == QImage.fromData(png)


def test_what_does_not_parse_is_left_alone():
    assert strip_jpeg(b"not a jpeg") == b"not a jpeg"
    assert strip_png(b"\x89PNG\r\n\x1a\n\0\0") == b"\x89PNG\r\n\x1a\n\0\0"
