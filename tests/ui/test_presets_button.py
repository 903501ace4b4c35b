"""The Presets button costs the idle window nothing but itself: its menu, the presets
service and the file code load on the first press; and the few words the presets show."""

from __future__ import annotations

import os
import subprocess
import sys

from poyo_desktop.services.draft_store import DraftPicture, SavedDraft
from poyo_desktop.services.presets import Imported
from poyo_desktop.ui.form.presets_form import summary
from poyo_desktop.ui.form.presets_transfer import imported_words

LAZY_PROBE = r"""
import asyncio, sys
from pathlib import Path
import qasync
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
from poyo_desktop.services.paths import AppPaths
from poyo_desktop.ui.form.presets_button import PresetsButton
from poyo_desktop.ui.window.main_window import MainWindow
LATE = ("poyo_desktop.ui.form.presets_menu", "poyo_desktop.services.presets",
        "poyo_desktop.services.preset_store", "poyo_desktop.services.preset_file",
        "poyo_desktop.ui.form.presets_save_dialog", "poyo_desktop.ui.form.presets_manage")
window = MainWindow(paths=AppPaths.default(Path(sys.argv[1])))
window.show()
loop.run_until_complete(asyncio.sleep(0.1))
button = window.form.findChild(PresetsButton)
print("SHOWN", button.isVisible(), button.isEnabled(), *[m for m in LATE if m in sys.modules])
button.click()
loop.run_until_complete(asyncio.sleep(0.3))
menu = button.menu_controller().menu
print("PRESSED", menu.isVisible(), *[m for m in LATE if m in sys.modules], flush=True)
"""


def test_the_menu_and_the_presets_code_load_on_the_first_press(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    lines = {
        line.split()[0]: line.split()[1:]
        for line in result.stdout.splitlines()
        if line.startswith(("SHOWN", "PRESSED"))
    }
    assert lines.get("SHOWN") == ["True", "True"], result.stdout + result.stderr
    assert lines["PRESSED"] == [
        "True",
        "poyo_desktop.ui.form.presets_menu",
        "poyo_desktop.services.presets",
        "poyo_desktop.services.preset_store",
        "poyo_desktop.services.preset_file",
        "poyo_desktop.ui.form.presets_save_dialog",
    ]  # Manage's dialog waits for Manage


def test_a_preset_in_a_few_words(tmp_path):
    draft = SavedDraft(
        model="kling-2.1/pro",
        duration=10,
        prompt="Waves   roll in slowly while the camera drifts to the right over the bay",
        negative_prompt="blur",
        start=DraftPicture(tmp_path / "a.png", "a.png"),
    )
    assert summary(draft) == (
        "Pro · 10 seconds · 1 picture · “Waves roll in slowly while the camera…”"
        " · a negative prompt"
    )
    assert summary(SavedDraft(model="kling-2.1/standard", duration=5)) == (
        "Standard · 5 seconds · no prompt"
    )


def test_what_an_import_did_in_a_sentence():
    assert imported_words(Imported(("A", "B (2)"), ())) == "Imported 2 presets: A, B (2)."
    assert imported_words(Imported(("A",), ("B",))) == (
        "Imported 1 preset: A. Saved here already: B."
    )
    assert imported_words(Imported((), ("B",))) == "Nothing new: B is saved here already."
    assert imported_words(Imported((), ("B", "C"))) == ("Nothing new: B, C are saved here already.")
