"""The task menu offers only what can be done, and says in plain words why something cannot.

A task made on the other server (a demo task while the real key is in use, a PoYo task in
demo mode) cannot be retried, checked or sent again here: the menu and the menu bar show
those choices disabled with the reason, and the window shows it beside the task list.
Real window, real history file, real sandbox.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu

from poyo_desktop.boot.compose import build_context
from poyo_desktop.boot.options import Options
from poyo_desktop.core.job import Job
from poyo_desktop.core.states import JobState
from poyo_desktop.ui.window.main_window import MainWindow
from tests.conftest import TEST_KEY
from tests.images import write_png
from tests.ui.test_main_window import job_rows, seed_history, wait_until

DEMO_ONLY = "only in demo mode: remove your API key in Settings, or start PoYo Desktop with --demo"


def history(tmp_path: Path) -> dict[str, Job]:
    image = write_png(tmp_path / "a.png", 640, 400)
    common = {
        "model": "kling-2.1/standard",
        "start_image": str(image),
        "start_image_original": str(image),
    }
    return {
        "demo failed": Job(
            prompt="demo, download broke off",
            backend="demo",
            state=JobState.FAILED,
            remote_id="task-unified-1-demo0001",
            result_url="http://127.0.0.1:9/files/x/v.mp4",
            error_kind="download_network",
            error_message="The download broke off.",
            **common,
        ),
        "demo unknown": Job(
            prompt="demo, no answer",
            backend="demo",
            state=JobState.UNKNOWN,
            remote_id="task-unified-1-demo0002",
            submit_attempts=1,
            error_kind="submit_unknown",
            error_message="It may or may not have been created.",
            **common,
        ),
        "poyo failed": Job(
            prompt="poyo, download broke off",
            backend="poyo",
            state=JobState.FAILED,
            remote_id="task-unified-1-poyo0001",
            result_url="http://127.0.0.1:9/files/y/v.mp4",
            error_kind="download_network",
            error_message="The download broke off.",
            **common,
        ),
    }


def plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def shown(menu: QMenu) -> dict[str, tuple[bool, str]]:
    """The menu's items: text → (enabled, tooltip)."""
    return {a.text(): (a.isEnabled(), a.toolTip()) for a in menu.actions() if not a.isSeparator()}


def test_tasks_of_the_other_server_have_their_choices_disabled_with_the_reason(
    poyo, tmp_path, qloop
):
    jobs = history(tmp_path)

    async def scenario():
        home = tmp_path / "home"
        await seed_history(home, *jobs.values())
        ctx = await build_context(Options(data_dir=home, base_url=poyo.base_url, api_key=TEST_KEY))
        window = MainWindow(ctx.services())
        window.resize(1280, 800)
        window.show()
        seen: dict[str, object] = {}
        try:
            await window.start()
            assert ctx.jobs.backend == "poyo"
            await wait_until(lambda: len(job_rows(window)) == 3, what="history rows")

            def look(name: str) -> dict[str, object]:
                window.tasks.select_job(jobs[name].id)
                menu = window.task_commands.context_menu(jobs[name])
                actions = window.window_actions
                return {
                    "retry": (
                        actions.retry_action.isEnabled(),
                        actions.retry_action.text(),
                        actions.retry_action.toolTip(),
                        actions.retry_action.statusTip(),
                    ),
                    "check": (
                        actions.check_again_action.isEnabled(),
                        actions.check_again_action.text(),
                        actions.check_again_action.toolTip(),
                    ),
                    "submit": (
                        actions.submit_again_action.isEnabled(),
                        actions.submit_again_action.text(),
                    ),
                    "menu": shown(menu),
                    "tips": menu.toolTipsVisible(),
                    "note": (window.task_note.isVisibleTo(window), plain(window.task_note.text())),
                    "tooltip": plain(
                        window.model.data(
                            window.model.index_of(jobs[name].id), Qt.ItemDataRole.ToolTipRole
                        )
                    ),
                    "preview": window.preview.message(),
                }

            for name in jobs:
                seen[name] = look(name)
            window.tasks.select_job(jobs["demo failed"].id)
            ctx.use_key("")  # the key removed in Settings: demo mode
            seen["selected after the switch"] = (
                window.window_actions.retry_action.isEnabled(),
                window.task_note.isVisibleTo(window),
            )
            for name in ("demo failed", "poyo failed"):
                seen[f"{name}, demo mode"] = look(name)
            return seen
        finally:
            window.close()
            await ctx.close()

    seen = qloop.run_until_complete(scenario())

    enabled, text, tip, status_tip = seen["demo failed"]["retry"]
    assert not enabled
    assert "only in demo mode" in text.replace("&", "")
    assert DEMO_ONLY in tip and tip == status_tip
    menu = seen["demo failed"]["menu"]
    assert seen["demo failed"]["tips"]
    (retry_item,) = [t for t in menu if t.replace("&", "").startswith("Retry")]
    assert menu[retry_item] == (False, tip)  # in the right-click menu too, disabled, saying why
    note_shown, note = seen["demo failed"]["note"]
    assert note_shown and DEMO_ONLY in note and "retried" in note
    assert note.startswith("Why “Retry” is not available:")

    check_enabled, check_text, check_tip = seen["demo unknown"]["check"]
    assert not check_enabled and "only in demo mode" in check_text
    assert "checked again" in check_tip and DEMO_ONLY in check_tip
    submit_enabled, submit_text = seen["demo unknown"]["submit"]
    assert not submit_enabled and "only in demo mode" in submit_text
    assert seen["demo unknown"]["note"][0] and "checked again" in seen["demo unknown"]["note"][1]
    # both refused choices are named, and the reason covers both
    unknown_note = seen["demo unknown"]["note"][1]
    assert unknown_note.startswith("Why “Check Status Again” and “Submit Again” are not available:")
    assert "checked again or sent again only in demo mode" in unknown_note

    # the row's tooltip and the preview say why, in the note's words
    for name in ("demo failed", "demo unknown"):
        why = seen[name]["note"][1]
        assert why in seen[name]["tooltip"].replace("\n", " "), name
        assert why in seen[name]["preview"].replace("\n", " "), name

    enabled, text, tip, _ = seen["poyo failed"]["retry"]
    assert enabled and text == "&Retry" and "demo" not in tip
    assert not seen["poyo failed"]["note"][0]
    assert "not available" not in seen["poyo failed"]["tooltip"]
    assert "not available" not in seen["poyo failed"]["preview"]

    assert seen["selected after the switch"] == (True, False)  # no re-selection needed
    assert seen["demo failed, demo mode"]["retry"][:2] == (True, "&Retry")
    enabled, text, tip, _ = seen["poyo failed, demo mode"]["retry"]
    assert not enabled and "needs your API key" in text
    assert "add it in Settings" in tip and "without --demo" in tip
    assert seen["poyo failed, demo mode"]["note"][0]
    # after the switch: the demo task's reason is gone, the PoYo task's is there
    assert "not available" not in seen["demo failed, demo mode"]["tooltip"]
    assert "not available" not in seen["demo failed, demo mode"]["preview"]
    why = seen["poyo failed, demo mode"]["note"][1]
    assert why in seen["poyo failed, demo mode"]["tooltip"].replace("\n", " ")
    assert why in seen["poyo failed, demo mode"]["preview"].replace("\n", " ")
