"""The installers: build the real .deb, install it into a temporary root, run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "ai.poyo.PoyoDesktop"

pytestmark = pytest.mark.slow


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:  # scripts/test.sh installs these; a bare pytest run may lack them
        pytest.skip(f"{tool} is not installed (scripts/test.sh installs it)")
    return path


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("the .deb is built on Linux")
    _need("dpkg-deb")
    out = tmp_path_factory.mktemp("packages")
    env = {
        **os.environ,
        "POYO_PACKAGE_OUT": str(out),
        "PYTHON": sys.executable,
        "POYO_SKIP_SELF_TEST": "1",
    }  # the test below runs the installed copy instead
    result = subprocess.run(
        [str(ROOT / "packaging" / "build-linux.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    debs = list(out.glob("*.deb"))
    tars = list(out.glob("*.tar.gz"))
    assert len(debs) == 1 and len(tars) == 1
    return {"deb": debs[0], "tar": tars[0], "out": out}


@pytest.fixture(scope="module")
def installed(packages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(packages["deb"]), str(root)], check=True)
    return root


def test_deb_metadata(packages):
    info = subprocess.run(
        ["dpkg-deb", "-I", str(packages["deb"])], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: poyo-desktop" in info
    depends = next(line for line in info.splitlines() if "Depends:" in line)
    for needed in ("libc6", "libpulse0", "libegl1", "libxkbcommon-x11-0"):
        assert needed in depends
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(packages["deb"])], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./usr/bin/poyo-desktop",
        "./usr/lib/poyo-desktop/poyo-desktop",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "./usr/share/doc/poyo-desktop/copyright",
        "./usr/share/doc/poyo-desktop/changelog.gz",
    ):
        assert path in listing, path
    assert "libstdc++.so" not in listing  # a bundled one breaks newer Mesa drivers


def test_installed_binary_passes_its_self_test(installed, tmp_path):
    link = installed / "usr" / "bin" / "poyo-desktop"
    assert link.is_symlink()
    binary = (link.parent / os.readlink(link)).resolve()
    assert binary.is_relative_to(installed / "usr" / "lib" / "poyo-desktop")
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    result = subprocess.run(
        [str(binary), "--self-test", "--data-dir", str(home / "poyo")],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "self-test: played" in result.stdout
    video = Path(result.stdout.strip().splitlines()[-1])
    assert video.suffix == ".mp4" and video.stat().st_size > 10_000
    assert video.is_relative_to(home)
    from poyo_desktop.services.mp4check import check_mp4

    check_mp4(video)


def test_desktop_file_and_metainfo_validate(installed):
    desktop = installed / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        [_need("desktop-file-validate"), str(desktop)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    metainfo = installed / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [_need("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_lintian_finds_no_error_or_warning(packages):
    """Debian's own checker; what a PyInstaller bundle cannot avoid is overridden, with why
    (packaging/linux/lintian-overrides)."""
    result = subprocess.run(
        [
            _need("lintian"),
            "--fail-on",
            "error,warning",
            "--tag-display-limit",
            "0",
            str(packages["deb"]),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert result.returncode == 0 and not tags, "\n".join(tags) or result.stderr[-2000:]


def test_portable_archive_holds_the_same_bundle(packages):
    listing = subprocess.run(
        ["tar", "-tzf", str(packages["tar"])], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert "poyo-desktop/poyo-desktop" in listing
    assert any(
        name.startswith("poyo-desktop/_internal/PySide6/Qt/plugins/multimedia/") for name in listing
    )


def test_windows_installer_script_compiles(tmp_path):
    makensis = _need("makensis")
    bundle = tmp_path / "dist" / "poyo-desktop"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "poyo-desktop.exe").write_bytes(b"MZ dummy")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "setup.exe"
    script = ROOT / "packaging" / "windows" / "poyo-desktop.nsi"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-DVERSION=0.1.0",
            f"-DSOURCE_DIR={bundle}",
            f"-DOUTFILE={out}",
            str(script),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
