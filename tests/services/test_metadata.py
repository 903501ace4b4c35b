"""Personal metadata is removed before upload, without touching the pixels."""

from __future__ import annotations

from PySide6.QtGui import QImage

from poyo_desktop.services.metadata import read_metadata_facts, strip_jpeg, strip_png
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


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    import struct
    import zlib

    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload))
    )


XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
    b'exif:GPSLatitude="48,51.5N" tiff:Model="PP-9"/></rdf:RDF></x:xmpmeta>'
)


def test_a_place_and_a_camera_are_found_in_each_format(qapp, tmp_path):
    from tests.picture_files import exif_block, with_exif

    jpeg = encode(make_image(320, 320), "JPEG", 90)
    cases = {
        "plain.jpg": (jpeg, "jpeg", False, False),
        "gps.jpg": (with_exif(jpeg, exif_block(gps=True)), "jpeg", True, False),
        "camera.jpg": (with_exif(jpeg, exif_block(camera=True)), "jpeg", False, True),
        "xmp.jpg": (with_exif(jpeg, b"http://ns.adobe.com/xap/1.0/\0" + XMP), "jpeg", True, True),
    }
    png = encode(make_image(320, 320), "PNG")
    exif = exif_block(gps=True, camera=True)[6:]  # PNG's eXIf holds the TIFF alone
    cases["exif.png"] = (png[:33] + _png_chunk(b"eXIf", exif) + png[33:], "png", True, True)
    itxt = b"XML:com.adobe.xmp\0\0\0\0\0" + XMP
    cases["xmp.png"] = (png[:33] + _png_chunk(b"iTXt", itxt) + png[33:], "png", True, True)
    for name, (data, fmt, location, camera) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        facts = read_metadata_facts(path, fmt)
        assert (facts.location, facts.camera) == (location, camera), name
        assert QImage(str(path)).width() == 320, name  # still a picture Qt reads


def test_a_gps_directory_without_a_position_is_no_location(qapp):
    import struct

    from poyo_desktop.services.exif import tiff_facts

    entry = struct.pack(">HHII", 0x8825, 4, 1, 26)
    gps = struct.pack(">H", 1) + struct.pack(">HHI4s", 0x0000, 1, 4, b"\2\3\0\0") + b"\0" * 4
    tiff = b"MM\x00*" + struct.pack(">IH", 8, 1) + entry + b"\0\0\0\0" + gps
    assert not tiff_facts(tiff).location
    assert not tiff_facts(b"junk").location and not tiff_facts(b"MM\x00*\xff\xff\xff\xff").camera


def test_iptc_and_comments_go_with_the_exif(qapp):
    import struct

    jpeg = encode(make_image(320, 320), "JPEG", 90)
    iptc = b"Photoshop 3.0\0" + b"8BIM" + b"City: Lyon"
    app13 = b"\xff\xed" + struct.pack(">H", len(iptc) + 2) + iptc
    stripped = strip_jpeg(jpeg[:2] + app13 + jpeg[2:])
    assert b"Lyon" not in stripped and QImage.fromData(stripped) == QImage.fromData(jpeg)


def test_a_place_is_found_in_a_webp(qapp, tmp_path):
    import struct

    from tests.picture_files import exif_block

    webp = encode(make_image(320, 320), "WEBP", 90)
    exif = exif_block(gps=True)
    chunk = b"EXIF" + struct.pack("<I", len(exif)) + exif + b"\0" * (len(exif) & 1)
    body = webp[12:] + chunk
    path = tmp_path / "photo.webp"
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body)
    assert read_metadata_facts(path, "webp").location
    plain = tmp_path / "plain.webp"
    plain.write_bytes(webp)
    assert not read_metadata_facts(plain, "webp").location
