"""The exact build: stamped at build time, asked of git in a checkout, shown by --version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from poyo_desktop import __version__, build_info
from poyo_desktop.boot.main import main

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import build_stamp  # noqa: E402


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """build_info() as a fresh process would read it, with the stamp in ``tmp_path``."""
    monkeypatch.setattr(build_info, "STAMP", tmp_path / "build-info.json")
    monkeypatch.delenv("POYO_RELEASE_FEED", raising=False)
    build_info.build_info.cache_clear()
    yield tmp_path / "build-info.json"
    build_info.build_info.cache_clear()


def test_a_packaged_build_shows_its_stamp(fresh, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    monkeypatch.setenv("POYO_BUILD_CHANNEL", "portable")
    monkeypatch.setenv("POYO_RELEASE_FEED", "https://feed.invalid/latest")
    build_stamp.write(fresh, build_stamp.stamp(ROOT, __version__))
    monkeypatch.delenv("POYO_RELEASE_FEED")
    assert build_stamp.main(["--channel", "deb", str(fresh)]) == 0  # the .deb's re-stamp

    info = build_info.build_info()
    assert info.built == "2026-01-01 00:00 UTC" and info.channel == "deb"
    assert info.updated_by_package_manager and info.release_feed == "https://feed.invalid/latest"
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short=10", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    assert info.commit.startswith(head)
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"PoYo Desktop {__version__} (commit {head}")
    assert "built 2026-01-01 00:00 UTC, deb" in out


def test_a_source_checkout_asks_git(fresh):
    info = build_info.build_info()
    assert info.channel == "source" and not info.updated_by_package_manager
    assert info.describe and info.commit and info.built  # this test runs in a git checkout
    assert info.line().startswith(f"PoYo Desktop {__version__} (source checkout ")


def test_a_damaged_stamp_still_names_the_version(fresh):
    fresh.write_text("{not json")
    info = build_info.build_info()
    assert info.version == __version__ and info.channel == "" and info.commit == ""
    assert "commit unknown" in info.line()
    fresh.write_text(json.dumps({"version": "9.9.9"}))
    build_info.build_info.cache_clear()
    assert build_info.build_info().version == "9.9.9"


def test_about_shows_the_build(qapp, fresh):
    from poyo_desktop.ui.window.about import about_text

    fresh.write_text(json.dumps({"version": "0.1.0", "commit": "abc<b>", "built": "today"}))
    text = about_text()
    assert "commit abc&lt;b&gt;, built today" in text
