"""The installers: build the real .deb, install it into a temporary root, run it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "ai.poyo.PoyoDesktop"
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
from bundle_libs import read_list  # noqa: E402

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
    assert " md5sums" in info  # dpkg can verify the installed files (dpkg --verify)
    depends = next(line for line in info.splitlines() if "Depends:" in line)
    # exactly the one list, whatever this machine has installed (Wayland's libraries too)
    names = [part.split()[0] for part in depends.split(":", 1)[1].split(",")]
    assert names == list(read_list())
    assert "libc6 (>= 2.3" in depends and "libwayland-client0" in depends
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


def test_installed_tree_is_complete_and_says_what_it_is(installed):
    lib = installed / "usr" / "lib" / "poyo-desktop"
    dangling = [p for p in lib.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling
    stamp = json.loads((lib / "_internal" / "poyo_desktop" / "build-info.json").read_text())
    assert stamp["channel"] == "deb" and stamp["version"] and stamp["built"]
    copyright = (installed / "usr" / "share" / "doc" / "poyo-desktop" / "copyright").read_text()
    for component, licence in (
        ("PySide6_Essentials", "LGPL-3.0-only"),
        ("certifi", "MPL-2.0"),
        ("cryptography", "Apache-2.0 or BSD-3-Clause"),
        ("OpenSSL", "Apache-2.0"),
        ("httpx", "BSD-3-Clause"),
        ("Python 3.", "PSF-2.0"),
        ("PyInstaller's bootloader", "GPL-2+ with PyInstaller-bootloader exception"),
        ("FFmpeg", "LGPL-2.1-or-later"),
        ("ICU", "Unicode-DFS-2016"),
        ("expat", "MIT"),  # the libraries lintian finds embedded are there too
        ("libjpeg-turbo", "IJG and BSD-3-Clause and Zlib"),
        ("run-time hooks", "Apache-2.0"),
    ):
        paragraph = next(
            (p for p in copyright.split("\n\n") if re.search(f"^Comment: .*{component}", p, re.M)),
            "",
        )
        assert f"License: {licence}" in paragraph, component


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
    version = subprocess.run([str(binary), "--version"], env=env, capture_output=True, text=True)
    assert version.returncode == 0 and ", deb)" in version.stdout and "commit " in version.stdout


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
    overrides = (ROOT / "packaging" / "linux" / "lintian-overrides").read_text().splitlines()
    lines = [line for line in overrides if line and not line.startswith("#")]
    assert {line.split()[1] for line in lines} == {"embedded-library"}  # what a bundle can't avoid
    # no "[path]": Ubuntu 22.04's lintian (the release builder's) would not match it
    assert all("[" not in line for line in lines), lines


def test_portable_archive_holds_the_same_bundle(packages):
    listing = subprocess.run(
        ["tar", "-tzf", str(packages["tar"])], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert "poyo-desktop/poyo-desktop" in listing
    assert any(
        name.startswith("poyo-desktop/_internal/PySide6/Qt/plugins/multimedia/") for name in listing
    )


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed"])
def test_windows_installer_script_compiles_from_any_folder(tmp_path, signed):
    makensis = _need("makensis")
    bundle = tmp_path / "dist" / "poyo-desktop"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "poyo-desktop.exe").write_bytes(b"MZ dummy")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "setup.exe"
    script = ROOT / "packaging" / "windows" / "poyo-desktop.nsi"
    signer, signed_list = tmp_path / "sign.sh", tmp_path / "signed.txt"
    signer.write_text(f'#!/bin/sh\necho "$1" >> {signed_list}\n')
    arguments = [makensis, "-V2", "-DVERSION=0.1.0", f"-DSOURCE_DIR={bundle}", f"-DOUTFILE={out}"]
    if signed:
        arguments.append(f"-DSIGN_COMMAND=sh {signer}")
    # a relative script path, from another folder: the paths the script uses still resolve
    script_arg = os.path.relpath(script, tmp_path)
    result = subprocess.run([*arguments, script_arg], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
    if signed:  # the uninstaller (written inside the installer) and then the installer
        files = signed_list.read_text().split()
        assert len(files) == 2 and files[-1] == str(out)
    else:
        assert not signed_list.exists()


@pytest.mark.skipif(
    os.environ.get("POYO_CHROOT_TEST") != "1",
    reason="opt-in (POYO_CHROOT_TEST=1): needs root, mmdebstrap and the distributions' archives",
)
def test_deb_installs_and_runs_in_clean_systems(packages):
    """packaging/linux/chroot-test.sh: a minimal Debian/Ubuntu, only the Depends, self-test."""
    suites = os.environ.get("POYO_CHROOT_SUITES", "bookworm").split()
    result = subprocess.run(
        [str(ROOT / "packaging" / "linux" / "chroot-test.sh"), str(packages["deb"]), *suites],
        capture_output=True,
        text=True,
        timeout=600 * len(suites),
    )
    assert result.returncode == 0, result.stderr[-4000:]
