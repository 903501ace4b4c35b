"""SIGKILL the app while jobs wait in its send queue, paused, reordered or cancelled; start
it again. Nothing is lost, nothing paused or cancelled is sent, nothing is sent twice, and
the order the person chose is the order things are sent in."""

from __future__ import annotations

from poyo_desktop.sandbox import Fault
from tests.recovery.checks import assert_one_good_video_each
from tests.recovery.driver import download_dir
from tests.recovery.test_killed_app import HELD, App


def by_prompt(rows: list[dict]) -> dict[str, dict]:
    return {row["prompt"].rsplit(" ", 1)[-1]: row for row in rows}


def test_killed_while_jobs_are_paused_reordered_and_cancelled(sandbox, tmp_path, image):
    data = tmp_path / "app"
    held = sandbox.inject(Fault.slow(HELD, route="upload"))  # job 0 is uploading, not sent
    app = App(
        sandbox, data, generate=4, image=image, max_concurrent=1, plan="hold:1,first:3,cancel:2"
    )

    def planned() -> bool:
        rows = by_prompt(app.saved())
        return (
            held.hits == 1
            and len(rows) == 4
            and bool(rows["1"]["held"])
            and rows["2"]["state"] == "cancelled"
            and rows["3"]["queue_rank"] == 1.0
        )

    app.kill_when(planned, "the pause, the move and the cancel to be saved")
    rows = by_prompt(app.saved())
    assert [rows[n]["state"] for n in "0123"] == ["uploading", "draft", "cancelled", "draft"]
    assert sandbox.requests["submit"] == 0

    again = App(sandbox, data, max_concurrent=1)
    after = by_prompt(again.settled())
    assert [after[n]["state"] for n in "0123"] == ["finished", "draft", "cancelled", "finished"]
    assert after["1"]["held"] and after["2"]["remote_id"] is None
    # "Send next" put job 3 before the one whose upload was cut off.
    assert [task.prompt.rsplit(" ", 1)[-1] for task in sandbox.tasks()] == ["3", "0"]

    again.do(f"release {after['1']['id']}")
    final = by_prompt(again.do(f"send-after-all {after['2']['id']}"))
    again.quit()
    assert again.ignored == []
    assert [final[n]["state"] for n in "0123"] == ["finished"] * 4
    assert [task.prompt.rsplit(" ", 1)[-1] for task in sandbox.tasks()] == ["3", "0", "1", "2"]
    assert sandbox.tasks_created == 4 and sandbox.requests["submit"] == 4
    assert all(task.submit_requests == 1 for task in sandbox.tasks())
    assert_one_good_video_each(download_dir(data), list(final.values()))


def test_killed_after_pause_sending_stopped_an_upload(sandbox, tmp_path, image):
    data = tmp_path / "app"
    held = sandbox.inject(Fault.slow(HELD, route="upload"))
    app = App(sandbox, data, generate=3, image=image, max_concurrent=2, plan="uploading,hold-all")

    def all_held() -> bool:
        rows = app.saved()
        return len(rows) == 3 and all(row["held"] and row["state"] == "draft" for row in rows)

    app.kill_when(all_held, "every job to be saved paused")
    # The upload was stopped (before or after it reached the server): nothing was sent.
    assert held.hits <= 1 and sandbox.requests["submit"] == 0
    sandbox.clear_faults()

    again = App(sandbox, data, max_concurrent=2)
    rows = again.settled()
    assert [(row["state"], row["held"]) for row in rows] == [("draft", True)] * 3
    assert sandbox.requests["submit"] == 0  # still paused after the restart
    final = again.do("resume-all")
    again.quit()
    assert [row["state"] for row in final] == ["finished"] * 3
    assert sandbox.tasks_created == 3 and all(t.submit_requests == 1 for t in sandbox.tasks())
    assert_one_good_video_each(download_dir(data), final)
