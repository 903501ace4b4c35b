"""Presets on disk and in a file: kept with copies of their pictures, read back by a new
store, carried to a fresh data folder with the pictures inside the file (no paths), and a
damaged or hostile file refused in plain words with nothing changed."""

from __future__ import annotations

import base64
import json

import pytest

from poyo_desktop.services.draft_store import DraftPicture, SavedDraft
from poyo_desktop.services.preset_file import (
    FILE_KIND,
    MAX_FILE_BYTES,
    PresetFileError,
    read_presets_file,
)
from poyo_desktop.services.preset_store import PRESETS_FILE, PRESETS_FOLDER, Preset, PresetStore
from poyo_desktop.services.presets import PresetService, merge
from tests.images import write_png

PRO = "kling-2.1/pro"


def _draft(tmp_path, *, pictures: bool = True) -> SavedDraft:
    beach = write_png(tmp_path / "beach.png", 640, 400)
    sunset = write_png(tmp_path / "sunset.png", 400, 640)
    return SavedDraft(
        model=PRO,
        duration=10,
        prompt="Waves roll in",
        negative_prompt="blur",
        start=DraftPicture(beach, "beach.png", beach) if pictures else None,
        end=DraftPicture(sunset, "sunset.png") if pictures else None,
    )


def _snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_preset_is_kept_with_copies_of_its_pictures_and_read_back(qloop, tmp_path):
    data = tmp_path / "data"
    draft = _draft(tmp_path)
    service = PresetService(data)
    qloop.run_until_complete(service.save("  Ocean\tpan ", draft, pictures=True))
    (tmp_path / "beach.png").unlink()  # the originals are gone
    (tmp_path / "sunset.png").unlink()

    again = PresetService(data)  # a new window, the same data folder
    [preset] = qloop.run_until_complete(again.load())
    assert preset.name == "Ocean pan"
    assert (preset.draft.model, preset.draft.duration) == (PRO, 10)
    assert (preset.draft.prompt, preset.draft.negative_prompt) == ("Waves roll in", "blur")
    assert [p.name for p in preset.pictures] == ["beach.png", "sunset.png"]
    assert all(
        p.path.is_file() and p.path.parent.parent == data / PRESETS_FOLDER for p in preset.pictures
    )


def test_without_pictures_a_preset_keeps_none_and_a_deleted_ones_copies_go_next_session(
    qloop, tmp_path
):
    data = tmp_path / "data"
    service = PresetService(data)
    qloop.run_until_complete(service.save("Style", _draft(tmp_path), pictures=False))
    qloop.run_until_complete(service.save("Whole", _draft(tmp_path), pictures=True))
    assert service.find("Style").pictures == ()
    images = PresetStore.for_folder(data).images_dir
    assert len(list(images.iterdir())) == 2
    qloop.run_until_complete(service.rename("Whole", "Everything"))
    assert [p.name for p in service.presets()] == ["Everything", "Style"]
    with pytest.raises(ValueError, match="saved already"):
        qloop.run_until_complete(service.rename("Style", "Everything"))
    qloop.run_until_complete(service.delete("Everything"))
    assert [p.name for p in service.presets()] == ["Style"]
    assert len(list(images.iterdir())) == 2  # the form may still show one this session
    qloop.run_until_complete(PresetService(data).load())  # the next session's first look
    assert list(images.iterdir()) == []


def test_a_name_is_needed_and_short(qloop, tmp_path):
    service = PresetService(tmp_path / "data")
    for name, words in (("  ", "Give the preset a name"), ("x" * 61, "at most 60")):
        with pytest.raises(ValueError, match=words):
            qloop.run_until_complete(service.save(name, _draft(tmp_path), pictures=False))


def test_an_unreadable_presets_file_is_set_aside_not_overwritten(qloop, tmp_path):
    data = tmp_path / "data"
    folder = data / PRESETS_FOLDER
    folder.mkdir(parents=True)
    (folder / PRESETS_FILE).write_text("{ not json", encoding="utf-8")
    service = PresetService(data)
    assert qloop.run_until_complete(service.load()) == []
    [aside] = folder.glob("presets.unreadable-*.json")
    assert aside.read_text(encoding="utf-8") == "{ not json"


def test_exported_presets_come_into_a_fresh_folder_with_their_pictures(qloop, tmp_path):
    mine = PresetService(tmp_path / "mine")
    qloop.run_until_complete(mine.save("Ocean pan", _draft(tmp_path), pictures=True))
    qloop.run_until_complete(mine.save("Style", _draft(tmp_path), pictures=False))
    shared = tmp_path / "shared.json"
    assert len(qloop.run_until_complete(mine.export(shared))) == 2
    text = shared.read_text(encoding="utf-8")
    assert str(tmp_path) not in text  # no path of this computer, not even the original's
    assert json.loads(text)["kind"] == FILE_KIND

    friend = PresetService(tmp_path / "friend")
    done = qloop.run_until_complete(friend.import_file(shared))
    assert (done.added, done.already) == (("Ocean pan", "Style"), ())
    imported = friend.find("Ocean pan")
    assert [p.name for p in imported.pictures] == ["beach.png", "sunset.png"]
    assert [p.original for p in imported.pictures] == [None, None]
    for theirs, ours in zip(imported.pictures, mine.find("Ocean pan").pictures, strict=True):
        assert theirs.path.read_bytes() == ours.path.read_bytes()
        assert theirs.path.parent.parent == tmp_path / "friend" / PRESETS_FOLDER

    again = qloop.run_until_complete(friend.import_file(shared))
    assert (again.added, again.already) == ((), ("Ocean pan", "Style"))


def test_a_name_taken_by_other_settings_is_numbered(tmp_path):
    draft = _draft(tmp_path, pictures=False)
    saved = [Preset("Look", draft), Preset("Look (2)", draft)]
    other = Preset("Look", SavedDraft(model=PRO, duration=5, prompt="else"))
    merged, added, already = merge(saved, [other, Preset("Look", draft)])
    assert added == ("Look (3)",) and already == ("Look",)
    assert [p.name for p in merged] == ["Look", "Look (2)", "Look (3)"]


def _file(tmp_path, presets, **top):
    path = tmp_path / "incoming.json"
    path.write_text(
        json.dumps({"kind": FILE_KIND, "version": 1, "presets": presets, **top}), encoding="utf-8"
    )
    return path


def _png_data(tmp_path) -> str:
    return base64.b64encode(write_png(tmp_path / "ok.png", 640, 400).read_bytes()).decode()


GOOD = {"name": "Fine", "draft": {"model": PRO, "duration": 5, "prompt": "Hi"}}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n garbage", "not whole JSON text"),
        (b'{"kind": "poyo-desktop-presets", "version": 1, "presets": [{"na', "damaged"),
        (b"[" * 100_000 + b"]" * 100_000, "not whole JSON text"),
        (json.dumps({"presets": [GOOD]}).encode(), "not a presets file of PoYo Desktop"),
        (json.dumps({"kind": FILE_KIND, "version": 7, "presets": [GOOD]}).encode(), "newer"),
        (json.dumps({"kind": FILE_KIND, "version": "1", "presets": [GOOD]}).encode(), "version"),
        (json.dumps({"kind": FILE_KIND, "version": 1, "presets": []}).encode(), "no presets"),
    ],
)
def test_a_file_that_is_not_presets_is_refused(tmp_path, content, words):
    path = tmp_path / "incoming.json"
    path.write_bytes(content)
    with pytest.raises(PresetFileError, match=words):
        read_presets_file(path, tmp_path / "images")
    assert not (tmp_path / "images").exists()


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ({"draft": GOOD["draft"]}, "Preset number 2 of the file is damaged: it has no name"),
        ({"name": "\x00\x07", "draft": GOOD["draft"]}, "Give the preset a name"),
        ({"name": "Odd"}, "“Odd” is damaged: it holds no settings"),
        ({"name": "Odd", "draft": {"model": "kling-9", "duration": 5}}, "“kling-9”"),
        ({"name": "Odd", "draft": {"model": PRO, "duration": 7}}, "length.*“7”"),
        ({"name": "Odd", "draft": {"model": PRO, "duration": True}}, "length"),
        ({"name": "Odd", "draft": {"model": PRO, "duration": 5, "prompt": 3}}, "not text"),
        ({"name": "Odd", "draft": {"model": PRO, "duration": 5, "prompt": "x" * 5001}}, "5,001"),
        (
            {"name": "Odd", "draft": {"model": PRO, "duration": 5, "start": {"data": "%%%"}}},
            "The start image of the preset “Odd” is damaged",
        ),
        (
            {
                "name": "Odd",
                "draft": {
                    "model": PRO,
                    "duration": 5,
                    "end": {"name": "/etc/passwd", "data": base64.b64encode(b"#!/bin/sh").decode()},
                },
            },
            "The end image of the preset “Odd” is not a picture",
        ),
    ],
)
def test_a_bad_preset_refuses_the_whole_file_and_keeps_nothing(tmp_path, entry, words):
    good = {
        **GOOD,
        "draft": {**GOOD["draft"], "start": {"name": "ok.png", "data": _png_data(tmp_path)}},
    }
    path = _file(tmp_path, [good, entry])
    with pytest.raises(PresetFileError, match=words):
        read_presets_file(path, tmp_path / "images")
    assert not (tmp_path / "images").exists()


def test_a_picture_is_kept_by_content_and_shown_by_the_last_part_of_its_name(tmp_path):
    data = _png_data(tmp_path)
    entry = {
        "name": "Far",
        "draft": {
            "model": PRO,
            "duration": 5,
            "start": {"name": "..\\..\\home/someone/../../.bashrc", "data": data},
            "batch": {"items": [{"picture": "/etc/passwd"}]},  # never read
            "copies": 40,
        },
    }
    [preset] = read_presets_file(_file(tmp_path, [entry]), tmp_path / "images")
    assert preset.draft.start.name == "bashrc"
    assert preset.draft.start.path.parent == tmp_path / "images"
    assert preset.draft.start.path.suffix == ".png"
    assert preset.draft.batch is None and preset.draft.copies == 1


def test_a_file_too_big_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(PresetFileError, match="too big"):
        read_presets_file(path, tmp_path / "images")


def test_a_refused_import_changes_no_saved_preset(qloop, tmp_path):
    data = tmp_path / "data"
    service = PresetService(data)
    qloop.run_until_complete(service.save("Mine", _draft(tmp_path), pictures=True))
    before = _snapshot(data)
    bad = _file(tmp_path, [GOOD, {"name": "Bad", "draft": {"model": "x", "duration": 5}}])
    with pytest.raises(PresetFileError):
        qloop.run_until_complete(service.import_file(bad))
    assert _snapshot(data) == before
    assert [p.name for p in service.presets()] == ["Mine"]
    (data / PRESETS_FOLDER / "presets.tmp").mkdir()  # the file cannot be written now
    with pytest.raises(OSError):
        qloop.run_until_complete(service.import_file(_file(tmp_path, [GOOD])))
    assert [p.name for p in qloop.run_until_complete(service.load())] == ["Mine"]
