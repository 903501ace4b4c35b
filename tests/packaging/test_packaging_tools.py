"""The packaging's own tools, on small real files: the runtime-library check (on ELF files
compiled here), the copyright generator, the release text, and the workflow's hygiene."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "linux"))
import bundle_libs  # noqa: E402
import make_copyright  # noqa: E402

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _compile(tmp_path: Path, name: str, *flags: str) -> Path:
    if not (shutil.which("gcc") and shutil.which("patchelf") and shutil.which("objdump")):
        pytest.skip("needs gcc, patchelf and binutils (scripts/test.sh installs them)")
    source = tmp_path / f"{name}.c"
    source.write_text("int poyo_answer(void) { return 42; }\n")
    out = tmp_path / "bundle" / "_internal" / name
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out), str(source), *flags], check=True)
    return out


def test_a_library_nobody_provides_fails_the_check(tmp_path):
    bundle = tmp_path / "bundle"
    _compile(tmp_path, "libuses-zlib.so", "-Wl,--no-as-needed", "-lz")
    odd = _compile(tmp_path, "libuses-odd.so")
    subprocess.run(["patchelf", "--add-needed", "libpoyo-nowhere.so.7", str(odd)], check=True)
    packages = bundle_libs.read_list()
    missing = bundle_libs.gaps(bundle, packages)
    assert list(missing) == ["libpoyo-nowhere.so.7"]  # libz and libc are on the list
    assert bundle_libs.main(["check", str(bundle)]) == 1
    odd.unlink()
    bundle_libs.dynamic_info.cache_clear()
    assert bundle_libs.gaps(bundle, packages) == {}
    assert bundle_libs.depends(bundle, packages).startswith("libc6 (>= 2.")


def test_tidy_strips_symbols_and_names_libc(tmp_path):
    bundle = tmp_path / "bundle"
    symbols = _compile(tmp_path, "libsymbols.so", "-g")
    bare = _compile(tmp_path, "libbare.so", "-nostdlib")
    assert bundle_libs.dynamic_info(bare)[0] == []
    done = bundle_libs.tidy(bundle)
    assert any("stripped" in line and "libsymbols.so" in line for line in done)
    assert any("named libc" in line and "libbare.so" in line for line in done)
    sections = subprocess.run(["readelf", "-S", "-W", str(symbols)], capture_output=True, text=True)
    assert ".symtab" not in sections.stdout
    bundle_libs.dynamic_info.cache_clear()
    assert bundle_libs.dynamic_info(bare)[0] == ["libc.so.6"]


def test_prune_leaves_host_libraries_to_the_list_and_drops_orphans(tmp_path):
    bundle = tmp_path / "bundle"
    _compile(tmp_path, "libz.so.1")  # a host copy of a listed library
    _compile(tmp_path, "libonlyzneeds.so.3")  # needed by nothing once libz is gone
    manifest = tmp_path / "host-libraries.tsv"
    manifest.write_text("libz.so.1\t/usr/lib/libz.so.1\nlibonlyzneeds.so.3\t/usr/lib/x\n")
    removed = bundle_libs.prune(bundle, manifest, bundle_libs.read_list())
    assert removed == ["libz.so.1", "libonlyzneeds.so.3"]
    assert not list((bundle / "_internal").iterdir())
    assert bundle_libs.main(["prune", str(bundle), str(manifest)]) == 0


def test_a_host_library_the_list_does_not_provide_fails_the_prune(tmp_path):
    """It would ship inside the .deb, undescribed by its copyright file and out of reach of
    Debian's security updates."""
    bundle = tmp_path / "bundle"
    _compile(tmp_path, "libunlisted.so.2")
    libs = "-L" + str(bundle / "_internal")
    _compile(tmp_path, "libuser.so", "-Wl,--no-as-needed", libs, "-l:libunlisted.so.2")
    _compile(tmp_path, "libpython3.11.so.1.0")  # Python's own stays, described by its paragraph
    manifest = tmp_path / "host-libraries.tsv"
    manifest.write_text("libunlisted.so.2\t/usr/lib/x\nlibpython3.11.so.1.0\t/opt/py\n")
    assert bundle_libs.main(["prune", str(bundle), str(manifest)]) == 1
    assert bundle_libs.kept_host_libraries(bundle, manifest) == ["libunlisted.so.2"]


def test_the_one_runtime_list_is_what_bootstrap_and_the_workflow_install():
    packages = bundle_libs.read_list()
    assert {"libc6", "libpulse0", "libxcb-cursor0", "libwayland-client0"} <= set(packages)
    assert all(sonames for name, sonames in packages.items())
    assert (
        "packaging/linux/runtime-libraries.txt" in (ROOT / "scripts" / "bootstrap.sh").read_text()
    )
    assert "packaging/linux/runtime-libraries.txt" in WORKFLOW.read_text()


def test_copyright_lists_each_component_from_its_metadata(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "certifi").mkdir(parents=True)
    (bundle / "_internal" / "certifi" / "cacert.pem").write_text("certificates")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    (bundle / "poyo-desktop").write_bytes(b"\x7fELF")
    text = make_copyright.render(bundle, ["certifi", "httpx", "poyo_desktop", "json"], "MIT text")
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    certifi = next(p for p in paragraphs if "Comment: certifi " in p)
    assert "usr/lib/poyo-desktop/_internal/certifi/*" in certifi
    assert "License: MPL-2.0" in certifi and "/usr/share/common-licenses/MPL-2.0" in certifi
    httpx = next(p for p in paragraphs if "Comment: httpx " in p)
    assert "License: BSD-3-Clause" in httpx and "Redistribution and use" in httpx
    python = next(p for p in paragraphs if "Comment: Python 3." in p)
    assert "License: PSF-2.0" in python
    assert not any("Comment: poyo-desktop" in p for p in paragraphs)  # the app is "Files: *"
    assert all(p.split(":", 1)[0] in ("Format", "Files", "License") for p in paragraphs)
    assert "\n\n\n" not in text


def test_a_licence_nobody_states_fails_the_build(monkeypatch):
    class Meta(dict):
        def get_all(self, key):
            return []

    class Dist:
        metadata = Meta(Name="mystery")

    with pytest.raises(SystemExit, match="mystery"):
        make_copyright.licence_of(Dist())  # type: ignore[arg-type]


@pytest.mark.parametrize("signed", [False, True], ids=["unsigned", "signed"])
def test_release_text_tells_how_to_open_what_is_not_signed(tmp_path, signed):
    for name in ("PoYo-Desktop-1.0.0-setup.exe", "PoYo-Desktop-1.0.0-macos-arm64.dmg"):
        (tmp_path / name).write_bytes(b"")
    flag = "true" if signed else "false"
    env = {**os.environ, "VERSION": "1.0.0", "MACOS_SIGNED": flag, "MACOS_NOTARIZED": flag}
    env["WINDOWS_SIGNED"] = flag
    text = subprocess.run(
        ["bash", str(ROOT / "packaging" / "release-notes.sh"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "PoYo-Desktop-1.0.0-macos-arm64.dmg" in text and ".deb" not in text
    # the macOS the text promises is the one the app's Info.plist asks for (Qt's floor)
    spec = (ROOT / "packaging" / "poyo.spec").read_text()
    floor = re.search(r'"LSMinimumSystemVersion": "(\d+)\.0"', spec).group(1)
    assert f"macOS {floor} or newer" in text and not re.search(r"macOS 1[0-3]\b", text)
    assert ("Open Anyway" in text) is not signed
    assert ("not signed" in text) is not signed


def test_workflow_pins_actions_and_keeps_permissions_small():
    text = WORKFLOW.read_text()
    uses = re.findall(r"uses:\s*(\S+)", text)
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    assert re.search(r"^permissions: \{\}$", text, re.M)
    assert text.count("contents: write") == 1  # only the job that publishes
    assert text.count("actions/checkout@") == text.count("persist-credentials: false")


# The contexts GitHub lets a workflow's and a job's ``env:`` use (docs: "Context
# availability"); any other, ``runner`` say, makes GitHub reject the whole workflow.
ENV_CONTEXTS = {
    0: {"github", "secrets", "inputs", "vars"},  # the workflow's env
    4: {"github", "needs", "strategy", "matrix", "vars", "secrets", "inputs"},  # a job's env
}


def env_expressions(text: str) -> list[tuple[int, str]]:
    """(indentation of its ``env:``, context) for each expression in the workflow- and
    job-level ``env:`` blocks (steps' env, at 8 spaces, may use more)."""
    found, block = [], None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if line.strip() == "env:" and indent in ENV_CONTEXTS:
            block = indent
        elif block is not None and line.strip() and indent <= block:
            block = None
        elif block is not None:
            for expression in re.findall(r"\$\{\{(.*?)\}\}", line):
                found += [(block, name) for name in re.findall(r"\b([a-z]+)\.", expression)]
    return found


def test_workflow_and_job_env_use_only_the_contexts_github_allows_there():
    found = env_expressions(WORKFLOW.read_text())
    assert {context for _, context in found} >= {"github"}  # the scan does see them
    wrong = [(indent, context) for indent, context in found if context not in ENV_CONTEXTS[indent]]
    assert not wrong, wrong
    job_env_with_runner = "jobs:\n  a:\n    env:\n      X: ${{ runner.temp }}\\x\n    steps: []\n"
    assert env_expressions(job_env_with_runner) == [(4, "runner")]


def test_copyright_lists_a_compiled_in_library_only_where_its_mark_is(tmp_path):
    """expat compiled into Python's pyexpat gets its paragraph (lintian: embedded-library);
    a pyexpat linked to the system's libexpat does not."""
    bundle = tmp_path / "bundle"
    dynload = bundle / "_internal" / "python3.11" / "lib-dynload"
    dynload.mkdir(parents=True)
    pyexpat = dynload / "pyexpat.cpython-311-x86_64-linux-gnu.so"
    pyexpat.write_bytes(b"\x7fELF...pyexpat.expat_CAPI...")  # linked: no parser code in it
    assert "Comment: Python's pyexpat" not in make_copyright.render(bundle, [], "MIT text")
    pyexpat.write_bytes(b"\x7fELF...unclosed token\x00mismatched tag\x00...")
    text = make_copyright.render(bundle, [], "MIT text")
    expat = next(p for p in text.split("\n\n") if "Comment: Python's pyexpat" in p)
    assert "License: MIT" in expat and "Thai Open Source Software Center" in expat
    assert "Permission is hereby granted" in expat
