"""Runs the real app (``poyo_desktop.boot.main.main`` with ``--verbose``) in this process, with a
person at the keyboard: a generation that fails, one that finishes (upload, submit, poll,
download), Settings → Test connection, then Ctrl+Q. For test_key_stays_secret.py, which
runs it as a subprocess and then searches everything it wrote.

Usage: python verbose_run_driver.py DATA_DIR SERVER_URL IMAGE SCREENSHOTS
(the key comes from POYO_API_KEY, as a person's shell would give it).
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from poyo_desktop.boot import main as entry
from tests.acceptance.generate_abilities import START_ZONE
from tests.acceptance.person import Person
from tests.acceptance.settings_abilities import clicks_tab


async def scenario(person: Person, image: Path, server: str) -> None:
    window = person.main_window()
    await person.waits_for(
        lambda: getattr(window, "is_attached", lambda: True)(), 30, "the app to start"
    )
    # A generation that fails (the sandbox fails its next task), then one that finishes.
    assert await person.drops(image, on=person.find(START_ZONE))
    await person.types("A lantern sways in the wind", into="Prompt")
    await person.click("Generate video")
    await person.sees(re.compile(r"[Ff]ailed"), timeout=60)
    await person.waits_for(
        lambda: person.is_enabled("Generate video"), 20, "Generate to be usable again"
    )
    await person.click("Generate video")
    await person.sees(re.compile(r"Finished"), timeout=60)
    await person.waits_for(lambda: person.is_enabled("Show in folder"), 20, "the video to be saved")
    person.screenshot("verbose-run-finished")
    # Settings → Test connection, against the same server, with the key it shows.
    await person.click("Settings")
    await person.sees("This key comes from the POYO_API_KEY environment variable.")
    await clicks_tab(person, "Advanced")
    await person.replaces_text(server, into="Server address")
    await clicks_tab(person, "Account")
    await person.click("Test connection")
    await person.sees(re.compile(r"^Connected.*credits left"), timeout=30)
    person.screenshot("verbose-run-settings-tested", person.windows()[-1])
    await person.click("Cancel")
    await person.sees_not("Test connection", timeout=10)
    await person.chooses_menu("File", "Quit")


def main() -> int:
    data_dir, server, image, screenshots = sys.argv[1:5]
    person = Person(Path(screenshots))
    run_app = entry.run_app
    failures: list[BaseException] = []

    async def run_with_person(window, options, collector, *more):  # type: ignore[no-untyped-def]
        async def act() -> None:
            try:
                await scenario(person, Path(image), server)
            except BaseException as exc:  # say what the person could not do, then quit
                failures.append(exc)
                person.screenshot("verbose-run-stuck")
                window.close()

        acting = asyncio.ensure_future(act())
        code = await run_app(window, options, collector, *more)
        print(f"driver: run_app returned {code}", flush=True)
        await acting
        return code

    entry.run_app = run_with_person
    code = entry.main(
        ["--verbose", "--data-dir", data_dir, "--server", server, "--poll-interval", "0.1"]
    )
    if failures:
        import traceback

        traceback.print_exception(failures[0], file=sys.stdout)
        return 3
    print(f"driver: the app exited with {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
