"""The command line stays English, whatever language the window is set to: it never
imports the window's translations, so core.wording's sentences are said as written."""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = """
import sys
import poyo_desktop.cli.main  # what `poyo` runs
from poyo_desktop.api.errors import NetworkError
from poyo_desktop.core.draft import JobDraft
from poyo_desktop.services.not_sent import not_sent
from poyo_desktop.store.errors import SAVE, StoreBusyError, told
assert "poyo_desktop.ui.kit.translations" not in sys.modules
busy = told(StoreBusyError, SAVE, "another program is using the history file; try again")
print(not_sent(JobDraft(model="m", prompt="Waves"), busy).message)
print(NetworkError().message)
"""


def test_the_command_line_says_its_sentences_in_english():
    env = {**os.environ, "POYO_LANGUAGE": "de", "LANGUAGE": "de", "LC_ALL": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == [
        "Your video “Waves” was not sent: the history file is in use by another program. "
        "Close that program and press Generate again.",
        "Could not reach PoYo. Check your internet connection; the app will keep trying.",
    ]
