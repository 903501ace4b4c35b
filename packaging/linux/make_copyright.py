"""Writes the .deb's copyright file (DEP-5) from what is in the bundle, so it stays true.

    make_copyright.py BUNDLE PYTHON_MODULES > copyright

BUNDLE is the installed tree's usr/lib/poyo-desktop; PYTHON_MODULES the spec's list of the
top-level modules it froze (python-modules.txt). Run with the Python that froze the bundle:
the distributions those modules come from, their versions, licences and licence texts are
read from its metadata. What no metadata describes (Python itself and what its build embeds,
PyInstaller's launcher and run-time hooks, what Qt's and cryptography's wheels embed) is in
_extras() below, and each paragraph is written only when its files are in the bundle and, for
a library compiled into another file, when that file carries the library's mark (a string of
its own code): what lintian reports as embedded-library is listed, and a library a new build
no longer embeds drops out. A distribution whose licence cannot be told fails the build.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

PREFIX = "usr/lib/poyo-desktop"
ME = "poyo-desktop"
COMMON = Path("/usr/share/common-licenses")
LICENSES = Path(__file__).with_name("licenses")  # texts no metadata in the bundle carries
# Licences whose text Debian keeps in /usr/share/common-licenses (lintian wants a reference).
COMMON_NAMES = {
    "Apache-2.0": "Apache-2.0",
    "MPL-2.0": "MPL-2.0",
    "LGPL-2.1-or-later": "LGPL-2.1",
    "LGPL-3.0-only": "LGPL-3",
    "GPL-2.0-only": "GPL-2",
    "GPL-3.0": "GPL-3",
    "GPL-3.0-only": "GPL-3",
}
# Older metadata spells licences as words or trove classifiers.
ALIASES = {
    "Apache 2.0": "Apache-2.0",
    "Apache Software License": "Apache-2.0",
    "MIT License": "MIT",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "BSD-3-Clause License": "BSD-3-Clause",
    "Python Software Foundation License": "PSF-2.0",
}


@dataclass
class Component:
    name: str
    files: list[str]
    copyright: list[str]
    licence: str  # a DEP-5 expression of SPDX names
    comment: str = ""
    text: str = ""  # the licence text given with the paragraph, if any
    texts: dict[str, str] = field(default_factory=dict)  # texts for standalone paragraphs
    mark: bytes = b""  # for a library compiled into its files: bytes only its code has


def _python_licence() -> str:
    path = Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _pyinstaller_exception() -> str:
    text = _licence_files(metadata.distribution("pyinstaller"), whole=True)
    start, end = text.find("PyInstaller is licensed"), text.find("Run-time Hooks")
    body = text[start:end].strip() if 0 <= start < end else ""
    return body + "\n\nOn Debian systems the GPL version 2 is in /usr/share/common-licenses/GPL-2."


def _licence_text(name: str) -> str:
    return (LICENSES / name).read_text(encoding="utf-8")


def _extras() -> list[Component]:
    """What no distribution's metadata describes."""
    python = f"Python {sys.version.split()[0]}"
    qt_lib = "_internal/PySide6/Qt/lib"
    return [
        Component(
            python,
            ["_internal/base_library.zip", "_internal/libpython3*", "_internal/python3*"],
            ["2001-2024 Python Software Foundation"],
            "PSF-2.0",
            f"{python}: the interpreter and its standard library.",
            text=_python_licence(),
        ),
        Component(
            "PyInstaller bootloader",
            ["poyo-desktop"],
            ["2010-2023 PyInstaller Development Team", "2005-2009 Giovanni Bajo"],
            "GPL-2+ with PyInstaller-bootloader exception",
            "The launcher is PyInstaller's bootloader; the Python code it carries is listed "
            "in the paragraphs of the distributions it comes from.",
            texts={"GPL-2+ with PyInstaller-bootloader exception": _pyinstaller_exception()},
        ),
        Component(
            "FFmpeg (Qt's build)",
            ["_internal/PySide6/Qt/lib/libav*", "_internal/PySide6/Qt/lib/libsw*"],
            ["2000-2024 the FFmpeg developers"],
            "LGPL-2.1-or-later",
            "Qt for Python's wheel carries an LGPL build of FFmpeg for QtMultimedia.",
        ),
        Component(
            "OpenSSL (cryptography's build)",
            ["_internal/cryptography/hazmat/bindings/_rust*.so"],
            ["1998-2025 The OpenSSL Project Authors", "cryptography's authors (see above)"],
            "Apache-2.0",
            "cryptography's Rust extension has OpenSSL linked in: both are used under "
            "Apache-2.0 (cryptography offers it or BSD-3-Clause). Python's own ssl module "
            "uses the system's libssl3.",
        ),
        Component(
            "ICU (Qt's build)",
            ["_internal/PySide6/Qt/lib/libicu*"],
            ["1991-2023 Unicode, Inc."],
            "Unicode-DFS-2016",
            "Qt for Python's wheel carries ICU 73 for QtCore.",
            text=_licence_text("Unicode-DFS-2016.txt"),
        ),
        Component(
            "PyInstaller's run-time hooks",
            ["poyo-desktop"],
            ["2005-2024 PyInstaller Development Team"],
            "Apache-2.0",
            "PyInstaller's run-time hooks and their helper modules (pyi_rth_*, _pyi_rth_utils), "
            "and pyinstaller-hooks-contrib's, run at start-up from the launcher's archive.",
        ),
        Component(
            "expat (Python's build)",
            ["_internal/python3*/lib-dynload/pyexpat*"],
            [
                "1998-2000 Thai Open Source Software Center Ltd and Clark Cooper",
                "2001-2025 Expat maintainers",
            ],
            "MIT",
            "Python's pyexpat extension has the expat XML parser compiled in.",
            text=_licence_text("expat.txt"),
            mark=b"mismatched tag",
        ),
        Component(
            "libmpdec (Python's build)",
            ["_internal/python3*/lib-dynload/_decimal*"],
            ["2008-2020 Stefan Krah"],
            "BSD-2-Clause",
            "Python's _decimal extension has libmpdec compiled in.",
            text=_licence_text("libmpdec.txt"),
            mark=b"libmpdec",
        ),
        Component(
            "libjpeg-turbo (Qt's build)",
            ["_internal/PySide6/Qt/plugins/imageformats/libqjpeg*"],
            [
                "1991-2026 The libjpeg-turbo Project and many others",
                "1991-2020 Thomas G. Lane, Guido Vollbeding",
            ],
            "IJG and BSD-3-Clause and Zlib",
            "Qt's JPEG image plugin has libjpeg-turbo compiled in. This software is based in "
            "part on the work of the Independent JPEG Group.",
            text=_licence_text("libjpeg-turbo.txt"),
            mark=b"libjpeg-turbo version",
        ),
        Component(
            "PCRE2 (Qt's build)",
            [f"{qt_lib}/libQt6Core.so*"],
            [
                "1997-2007 University of Cambridge",
                "2007-2024 Philip Hazel",
                "2009-2024 Zoltan Herczeg",
            ],
            "BSD-3-Clause with PCRE2 exception",
            "QtCore has PCRE2 compiled in (QRegularExpression).",
            text=_licence_text("pcre2.txt"),
            mark=b"PCRE2 does not support",
        ),
        Component(
            "HarfBuzz (Qt's build)",
            [f"{qt_lib}/libQt6Gui.so*"],
            [
                "2010-2022 Google, Inc.",
                "2004-2023 Red Hat, Inc.",
                "2005-2023 Behdad Esfahbod",
                "and the other authors its COPYING file names",
            ],
            "MIT-Modern-Variant",
            "QtGui has HarfBuzz compiled in (text shaping).",
            text=_licence_text("harfbuzz.txt"),
            mark=b"HB_SHAPER_LIST",
        ),
        Component(
            "libpng (Qt's build)",
            [f"{qt_lib}/libQt6Gui.so*"],
            [
                "1995-2026 The PNG Reference Library Authors",
                "2018-2026 Cosmin Truta",
                "2000-2002, 2004, 2006-2018 Glenn Randers-Pehrson",
                "1996-1997 Andreas Dilger",
                "1995-1996 Guy Eric Schalnat, Group 42, Inc.",
            ],
            "libpng-2.0",
            "QtGui has libpng compiled in (PNG images).",
            text=_licence_text("libpng-2.0.txt"),
            mark=b"libpng version",
        ),
    ]


# Marks of a full licence text Debian keeps in /usr/share/common-licenses: such a file is
# referred to there, not copied (lintian: copyright-file-contains-full-*-license).
FULL_COMMON_TEXTS = (
    "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION",  # Apache-2.0
    "GNU GENERAL PUBLIC LICENSE",
    "GNU LESSER GENERAL PUBLIC LICENSE",
    "Mozilla Public License Version 2.0",
)


def _licence_files(dist: metadata.Distribution, whole: bool = False) -> str:
    """The distribution's licence files, joined (the texts the wheel itself ships), but for
    full texts of licences Debian keeps (the paragraph refers to those) unless ``whole``."""
    texts = []
    for entry in dist.files or []:
        name = Path(str(entry)).name.upper()
        if name.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE")):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace").strip()
                if whole or not any(mark in text for mark in FULL_COMMON_TEXTS):
                    texts.append(text)
    return "\n\n".join(texts)


def licence_of(dist: metadata.Distribution) -> str:
    """The distribution's licence as an SPDX expression in DEP-5 spelling ("or", "and")."""
    meta = dist.metadata
    found = meta.get("License-Expression") or ""
    short = (meta.get("License") or "").strip()
    if not found and short and "\n" not in short and len(short) < 60:
        found = ALIASES.get(short, short)
    if not found:
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []]
        names = [ALIASES.get(c, c) for c in classifiers if c in ALIASES]
        found = " or ".join(names)
    if not found:
        raise SystemExit(f"make_copyright: cannot tell the licence of {meta['Name']}")
    return re.sub(r"\b(OR|AND|WITH)\b", lambda m: m.group(1).lower(), found)


def holders(dist: metadata.Distribution, text: str) -> list[str]:
    """Copyright lines from the licence text; else the authors the metadata names."""
    lines = re.findall(r"^\s*Copyright\s+(?:\(c\)\s*|©\s*)?(.+?)\s*$", text, re.M | re.I)
    lines = [line for line in lines if re.search(r"\d{4}", line)]
    if lines:
        return list(dict.fromkeys(lines))[:6]
    meta = dist.metadata
    author = meta.get("Author") or meta.get("Maintainer") or ""
    if not author:
        email = meta.get("Author-email") or meta.get("Maintainer-email") or ""
        author = re.sub(r"\s*<[^>]*>", "", email)
    return [author or f"the {meta['Name']} authors"]


def python_components(bundle: Path, modules: list[str]) -> list[Component]:
    """One paragraph per distribution whose modules were frozen."""
    owners = metadata.packages_distributions()
    found: dict[str, list[str]] = {}
    for module in modules:
        for name in owners.get(module, []):
            found.setdefault(name, []).append(module)
    components = []
    for name in sorted(found, key=str.lower):
        dist = metadata.distribution(name)
        if dist.metadata["Name"] == ME:
            continue
        text = _licence_files(dist)
        files: list[str] = ["poyo-desktop"]  # its Python code is in the launcher's archive
        for module in found[name]:
            files += [
                p.relative_to(bundle).as_posix() + ("/*" if p.is_dir() else "")
                for p in sorted((bundle / "_internal").glob(f"{module}*"))
                if p.name == module or p.name.startswith(f"{module}.")
            ]
        files = list(dict.fromkeys(files))
        title = f"{dist.metadata['Name']} {dist.version}"
        twin = next((c for c in components if c.files == files and len(files) > 1), None)
        if twin is not None and twin.licence == licence_of(dist):  # one wheel split in two
            twin.comment = twin.comment.replace(", from", f" and {title}, from")
            continue
        components.append(
            Component(
                title,
                files,
                holders(dist, text),
                licence_of(dist),
                f"{title}, from its wheel's metadata.",
                text=text,
            )
        )
    return components


def _indent(text: str) -> str:
    return "\n".join(f" {line.rstrip()}" if line.strip() else " ." for line in text.splitlines())


def _present(bundle: Path, pattern: str, mark: bytes = b"") -> bool:
    """Whether ``pattern`` names something in the bundle (a file carrying ``mark``, if given)."""
    found = [p for p in list(bundle.glob(pattern)) or [bundle / pattern] if p.exists()]
    if mark:
        return any(p.is_file() and mark in p.read_bytes() for p in found)
    return bool(found)


def render(bundle: Path, modules: list[str], own_licence: str) -> str:
    """The whole file: the app, then every component whose files are in the bundle."""
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: PoYo Desktop\nSource: https://poyo.ai\n"
        "Comment: Generated from the bundle by packaging/linux/make_copyright.py. A file\n"
        " that holds several components (the launcher's archive) is under all of their\n"
        " licences: see each component's paragraph. Qt's libraries also hold smaller\n"
        " third-party code than the libraries listed here; Qt's documentation lists it\n"
        ' ("Licenses Used in Qt").',
        f"Files: *\nCopyright: 2026 PoYo Desktop developers\nLicense: MIT\n{_indent(own_licence)}",
    ]
    standalone: dict[str, str] = {}
    for part in python_components(bundle, modules) + _extras():
        files = [f for f in part.files if _present(bundle, f, part.mark)]
        if not files:
            continue
        standalone.update(part.texts)
        lines = [
            "Files: " + " ".join(f"{PREFIX}/{f}" for f in files),
            "Copyright: " + "\n ".join(part.copyright),
            f"License: {part.licence}",
        ]
        names = [n.strip(", ") for n in re.split(r" or | and ", part.licence)]
        common = list(dict.fromkeys(COMMON_NAMES[n] for n in names if n in COMMON_NAMES))
        if part.text and any(n not in COMMON_NAMES for n in names):  # one Debian lacks
            lines[-1] += "\n" + _indent(part.text) + ("\n ." if common else "")
        if common:
            refs = ", ".join(str(COMMON / name) for name in common)
            lines[-1] += f"\n On Debian systems the full text is in {refs}."
        lines.append(f"Comment: {part.comment}")
        out.append("\n".join(lines))
    for name, text in standalone.items():
        out.append(f"License: {name}\n{_indent(text)}")
    return "\n\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    modules = Path(argv[1]).read_text(encoding="utf-8").split()
    licence = Path(__file__).resolve().parents[2] / "LICENSE"
    own = licence.read_text(encoding="utf-8")
    own = "\n".join(line for line in own.splitlines() if not line.startswith("Copyright"))
    sys.stdout.write(render(Path(argv[0]), modules, own.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
