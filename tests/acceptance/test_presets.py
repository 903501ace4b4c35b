"""Issue 19, presets: the form saved under a name and put back from the Presets menu,
kept across restarts, carried to another computer as a file (pictures inside it, not
paths), and a bad or hostile file refused in plain words with nothing changed."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPlainTextEdit

from tests.acceptance.conftest import Desktop
from tests.acceptance.generate_abilities import END_ZONE, START_ZONE
from tests.acceptance.preset_abilities import (
    SAVE_TITLE,
    chooses_preset,
    exports_presets,
    imports_presets,
    open_menu,
    opens_presets,
    preset_names,
    saves_preset,
    screenshot_with_menu,
)
from tests.images import write_png

PROMPT = "Waves roll in slowly while the camera drifts right"
NEGATIVE = "blur, text"


def _checked(person, name: str) -> bool:
    return person.find(name, QAbstractButton, usable=False).isChecked()


def _field(person, name: str) -> str:
    field = person.find(name, QPlainTextEdit, usable=False)
    assert isinstance(field, QPlainTextEdit)
    return field.toPlainText()


async def _fills_everything(person, beach, sunset) -> None:
    await person.click("Pro model")
    assert await person.drops(beach, on=person.find(START_ZONE))
    assert await person.drops(sunset, on=person.find(END_ZONE))
    await person.types(PROMPT, into="Prompt")
    await person.click("Negative prompt (optional)")
    await person.types(NEGATIVE, into="Negative prompt")
    await person.click("Length 10 seconds")
    await person.sees("sunset.png")


async def _form_is_as_saved(person) -> None:
    await person.sees("beach.png")
    await person.sees("sunset.png")
    assert _checked(person, "Pro model")
    assert _checked(person, "Length 10 seconds")
    assert _field(person, "Prompt") == PROMPT
    assert _field(person, "Negative prompt") == NEGATIVE
    await person.sees(re.compile(r"640 × 400 px"))  # the kept copies, checked afresh
    assert not person.can_see(re.compile(r"[0-9a-f]{16}"))  # no stored copy's name
    await person.waits_for(lambda: person.is_enabled("Generate video"), 10, "Generate usable")


@pytest.mark.timeout(240)
def test_a_preset_puts_the_whole_form_back_and_is_there_after_a_restart(
    desktop, person, play, tmp_path
):
    beach = write_png(tmp_path / "beach.png", 640, 400)
    sunset = write_png(tmp_path / "sunset.png", 640, 400)
    other = write_png(tmp_path / "other.png", 500, 500)

    async def scenario() -> None:
        await desktop.start()
        await _fills_everything(person, beach, sunset)

        menu = await opens_presets(person)
        assert "No presets yet" in " ".join(a.text() for a in menu.actions())
        person.screenshot("presets-menu-empty", menu)
        person.clicks_in_open_menu(menu, "Save as Preset…")
        await person.window_manager_activates()
        await person.sees(SAVE_TITLE)
        await person.types("Ocean pan", into="Preset name")
        await person.click("Keep the pictures with it")
        dialog = next(w for w in person.windows() if w.windowTitle() == SAVE_TITLE)
        person.screenshot("presets-save-dialog", dialog)
        await person.click("Save")
        await person.sees_not(SAVE_TITLE)
        await person.window_manager_activates()

        # A second one, without pictures, for the menu to list two.
        await saves_preset(person, "Quick look")

        # Everything changed.
        await person.click("Standard model")
        await person.click("Remove start image")
        await person.click("Remove end image")
        assert await person.drops(other, on=person.find(START_ZONE))
        await person.replaces_text("A cat yawns", into="Prompt")
        await person.replaces_text("", into="Negative prompt")
        await person.click("Length 5 seconds")
        await person.sees("other.png")
        await person.sees_not("beach.png")

        menu = await opens_presets(person)
        person.screenshot("presets-menu", menu)
        screenshot_with_menu(person, "presets-menu-on-the-form", menu)
        person.clicks_in_open_menu(menu, "Ocean pan")
        await person.window_manager_activates()
        await _form_is_as_saved(person)
        await person.sees_not("other.png")

        # A preset without pictures leaves the pictures of the form alone.
        await chooses_preset(person, "Quick look")
        await person.sees("beach.png")
        await desktop.quit()

        beach.unlink()  # the originals are gone: the preset kept its own copies
        sunset.unlink()
        await desktop.start()
        assert await preset_names(person) == ["Ocean pan", "Quick look"]
        await person.click("Standard model")
        await person.click("Remove start image")
        await person.sees_not("beach.png")
        await chooses_preset(person, "Ocean pan")
        await _form_is_as_saved(person)
        await desktop.quit()

    play(scenario)


@pytest.mark.timeout(240)
def test_presets_exported_to_a_file_are_imported_on_a_fresh_computer(
    desktop, person, play, tmp_path
):
    beach = write_png(tmp_path / "beach.png", 640, 400)
    sunset = write_png(tmp_path / "sunset.png", 640, 400)
    shared = tmp_path / "shared" / "my presets.json"
    shared.parent.mkdir()
    friend = Desktop(tmp_path / "friend", person)  # another computer: its own data folder

    async def scenario() -> None:
        await desktop.start()
        await _fills_everything(person, beach, sunset)
        await saves_preset(person, "Ocean pan", pictures=True)
        said = await exports_presets(person, shared)
        assert "1 preset" in said and "my presets.json" in said, said
        await desktop.quit()
        beach.unlink()  # not on the other computer either
        sunset.unlink()
        text = shared.read_text(encoding="utf-8")
        assert str(tmp_path) not in text  # no path into anyone's home

        try:
            await friend.start()
            assert await preset_names(person) == []
            said = await imports_presets(person, shared)
            assert "Ocean pan" in said, said
            assert await preset_names(person) == ["Ocean pan"]
            await chooses_preset(person, "Ocean pan")
            await _form_is_as_saved(person)

            # The same file again: the preset is there already, nothing doubles.
            said = await imports_presets(person, shared)
            assert "already" in said, said
            assert await preset_names(person) == ["Ocean pan"]
            await friend.quit()
        finally:
            await friend.stop_if_running()

    play(scenario)


def _hostile_file(tmp_path):
    """Valid JSON that claims to be presets, with a picture that is no picture and a
    name that reaches out of the folder."""
    path = tmp_path / "presets-from-a-stranger.json"
    path.write_text(
        json.dumps(
            {
                "kind": "poyo-desktop-presets",
                "version": 1,
                "presets": [
                    {
                        "name": "Nice look",
                        "draft": {
                            "model": "kling-2.1/pro",
                            "duration": 5,
                            "prompt": "Hi",
                            "start": {
                                "name": "../../../.bashrc",
                                "data": "IyEvYmluL3NoCnJtIC1yZiB+Cg==",  # a shell script
                            },
                        },
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.timeout(240)
def test_a_damaged_or_hostile_file_is_refused_in_plain_words_and_changes_nothing(
    desktop, person, play, tmp_path
):
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(b'{"kind": "poyo-desktop-presets", "version": 1, "presets": [{"na')
    hostile = _hostile_file(tmp_path)
    wrong_model = tmp_path / "wrong-model.json"
    wrong_model.write_text(
        json.dumps(
            {
                "kind": "poyo-desktop-presets",
                "version": 1,
                "presets": [{"name": "Old", "draft": {"model": "kling-9", "duration": 5}}],
            }
        ),
        encoding="utf-8",
    )

    async def scenario() -> None:
        await desktop.start()
        await person.types(PROMPT, into="Prompt")
        await saves_preset(person, "Mine")

        said = await imports_presets(person, damaged)
        assert "Nothing was imported" in said and "damaged" in said, said
        said = await imports_presets(person, hostile)
        assert "Nothing was imported" in said and "not a picture" in said, said
        assert "Nice look" in said, said
        said = await imports_presets(person, wrong_model)
        assert "Nothing was imported" in said and "kling-9" in said, said

        assert await preset_names(person) == ["Mine"]
        assert not (tmp_path / ".bashrc").exists()
        data = desktop.data_dir
        assert not [p for p in data.rglob("*") if p.is_file() and "bashrc" in p.name]
        assert _field(person, "Prompt") == PROMPT  # the form is untouched too
        assert open_menu(person) is None
        await desktop.quit()

    play(scenario)


def test_the_save_dialog_says_when_a_name_replaces_a_preset(desktop, person, play, tmp_path):
    async def scenario() -> None:
        await desktop.start()
        await person.types("First words", into="Prompt")
        await saves_preset(person, "Mine")
        await person.replaces_text("Second words", into="Prompt")
        await chooses_preset(person, "Save as Preset…")
        await person.sees(SAVE_TITLE)
        assert not person.find("Keep the pictures with it", QCheckBox, usable=False).isEnabled()
        await person.types("Mine", into="Preset name")
        await person.sees("A preset called “Mine” is saved already: saving replaces it.")
        await person.click("Replace")
        await person.sees_not(SAVE_TITLE)
        await person.window_manager_activates()
        await person.replaces_text("Third", into="Prompt")
        await chooses_preset(person, "Mine")
        await person.waits_for(lambda: _field(person, "Prompt") == "Second words", 5)
        assert await preset_names(person) == ["Mine"]
        await desktop.quit()

    play(scenario)


def test_presets_are_renamed_and_deleted_in_manage_presets(desktop, person, play):
    async def scenario() -> None:
        await desktop.start()
        await person.types("Boats rock gently", into="Prompt")
        await saves_preset(person, "Harbour")
        await saves_preset(person, "Second")
        await chooses_preset(person, "Manage Presets…")
        await person.sees("To fill the form from a preset, pick it in the Presets menu.")
        assert person.rows("Saved presets") == [
            "Harbour: Standard · 5 seconds · “Boats rock gently”",
            "Second: Standard · 5 seconds · “Boats rock gently”",
        ]
        assert not person.is_enabled("Rename")  # nothing chosen yet

        await person.clicks_row("Harbour")
        await person.click("Rename")
        await person.presses(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        await person.types("Boats at dawn")
        await person.presses(Qt.Key.Key_Return)
        await person.waits_for(
            lambda: any(r.startswith("Boats at dawn:") for r in person.rows("Saved presets")),
            10,
            "the new name in the list",
        )
        manage = next(w for w in person.windows() if w.windowTitle() == "Presets")
        person.screenshot("presets-manage", manage)

        await person.clicks_row("Second")
        await person.click("Delete…")
        said = await person.answers_dialog("Delete", "Delete Preset")
        assert "Delete the preset “Second”?" in said, said
        await person.waits_for(lambda: len(person.rows("Saved presets")) == 1, 10)
        await person.click("Close")
        await person.window_manager_activates()
        assert await preset_names(person) == ["Boats at dawn"]
        await desktop.quit()

        await desktop.start()
        assert await preset_names(person) == ["Boats at dawn"]
        await desktop.quit()

    play(scenario)


def test_a_prompt_replaced_by_a_preset_comes_back_with_undo(desktop, person, play):
    async def scenario() -> None:
        await desktop.start()
        await person.types("Slow pan over the bay", into="Prompt")
        await saves_preset(person, "Bay")
        await person.replaces_text("A long prompt I worked on for a while", into="Prompt")
        await chooses_preset(person, "Bay")
        await person.waits_for(lambda: _field(person, "Prompt") == "Slow pan over the bay", 5)
        prompt = person.find("Prompt", QPlainTextEdit)
        await person.click(prompt)
        await person.presses(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, to=prompt)
        await person.sees("A long prompt I worked on for a while")
        await desktop.quit()

    play(scenario)
