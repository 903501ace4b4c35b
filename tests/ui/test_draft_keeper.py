"""The draft keeper: what the person did is kept even when the window closes before the
last session's draft was read back (the save is made once it has been)."""

from __future__ import annotations

import asyncio

from poyo_desktop.services.draft_store import DraftStore
from poyo_desktop.ui.form.draft_keeper import DraftKeeper
from poyo_desktop.ui.form.form import GenerationForm


def test_a_close_before_the_draft_was_read_back_still_keeps_the_form(qapp, tmp_path):
    form = GenerationForm(paste_dir=tmp_path / "pasted")
    keeper = DraftKeeper(form, tmp_path / "data")
    form.prompt_edit.setPlainText("Boats rock gently")  # typed in the first moment

    async def close_while_reading() -> None:
        restoring = asyncio.ensure_future(keeper.restore())  # the read is on its way
        keeper.save_now()  # the window closes meanwhile
        await restoring

    asyncio.run(close_while_reading())
    store = DraftStore.for_folder(tmp_path / "data")
    assert store.flush(timeout=10)  # written at once, not left to a timer that never fires
    saved = store.load()
    assert saved is not None and saved.prompt == "Boats rock gently"
    form.deleteLater()
