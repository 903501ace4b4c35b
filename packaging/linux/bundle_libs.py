"""The Linux bundle's system libraries, from one explicit list (runtime-libraries.txt).

    bundle_libs.py packages                 the list's package names (what to apt-get install)
    bundle_libs.py prune BUNDLE MANIFEST    leave out the host libraries the list provides,
                                            then those nothing left in the bundle needs; fail
                                            when a host library is left in it all the same
    bundle_libs.py tidy BUNDLE              strip the ELF files that still carry a symbol table;
                                            name libc in shared objects that name no library
    bundle_libs.py check BUNDLE             fail when a file needs a library that neither the
                                            bundle nor the list provides
    bundle_libs.py depends BUNDLE           the .deb's Depends line

Nothing here asks the build machine which libraries it has: the .deb's dependencies are the
list's, so they are the same wherever it is built. Only binutils (objdump, strip) is used.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

LIST = Path(__file__).with_name("runtime-libraries.txt")
# GLIBCXX symbol version -> the GCC (and Debian libstdc++6) release that first had it.
GLIBCXX_GCC = {29: "11", 30: "12", 31: "13", 32: "13.2", 33: "14"}


def read_list(path: Path = LIST) -> dict[str, list[str]]:
    """Package -> the sonames it provides, in the list's order."""
    packages: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            packages[words[0]] = words[1:]
    return packages


def elf_files(root: Path) -> list[Path]:
    """Every ELF file under ``root`` (symbolic links are not files of their own)."""
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


@cache
def dynamic_info(path: Path) -> tuple[list[str], list[str]]:
    """The sonames ``path`` names as DT_NEEDED, and the symbol versions it requires."""
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    needed = [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]
    versions = re.findall(r"\b(GLIBC_[\d.]+|GLIBCXX_[\d.]+)\b", out.split("Version References")[-1])
    return needed, versions


def bundled_names(root: Path) -> set[str]:
    """The library file names the bundle itself has (the loader finds these first)."""
    return {p.name for p in root.rglob("*.so*") if p.is_file() or p.is_symlink()}


def listed_sonames(packages: dict[str, list[str]]) -> dict[str, str]:
    return {soname: package for package, sonames in packages.items() for soname in sonames}


def prune(root: Path, manifest: Path, packages: dict[str, list[str]]) -> list[str]:
    """Remove the host libraries PyInstaller copied into ``root``'s top folder that the list
    provides, then, over and over, those that nothing left in the bundle needs (what only the
    removed ones linked). The bundle's own Python stays. Returns the removed names."""
    internal = root / "_internal"
    host = [line.split("\t")[0] for line in manifest.read_text().splitlines() if line.strip()]
    host = [name for name in host if not name.startswith("libpython")]
    provided = listed_sonames(packages)
    removed = [name for name in host if name in provided]
    for name in removed:
        (internal / name).unlink(missing_ok=True)
    while True:
        wanted = {soname for path in elf_files(root) for soname in dynamic_info(path)[0]}
        orphans = [
            name
            for name in host
            if name not in removed and name not in wanted and (internal / name).exists()
        ]
        if not orphans:
            return removed
        for name in orphans:
            (internal / name).unlink()
        removed += orphans


def kept_host_libraries(root: Path, manifest: Path) -> list[str]:
    """The host libraries still in the bundle after ``prune`` (Python's own aside): a system
    library shipped inside the .deb, which its copyright file does not describe and Debian's
    security updates do not reach. The list should provide it instead."""
    host = [line.split("\t")[0] for line in manifest.read_text().splitlines() if line.strip()]
    return [
        name
        for name in host
        if not name.startswith("libpython") and (root / "_internal" / name).exists()
    ]


def tidy(root: Path) -> list[str]:
    """What lintian rightly asks of the wheels' and Python's binaries, done to the bundle:

    - strip (``--strip-unneeded``) the ELF files that still have a symbol table (ICU, cffi,
      cryptography). Files without one are left alone: rewriting the FFmpeg libraries that
      auditwheel laid out makes them unloadable, and they are stripped already;
    - name libc (DT_NEEDED) in the shared objects that do not (Python extension modules
      linked with --as-needed, ICU's data library), as every shared object must
      ("shared-library-lacks-prerequisites", "library-not-linked-against-libc"); libc is
      loaded anyway.

    The frozen app's self-test runs afterwards, on these very files."""
    done = []
    for path in elf_files(root):
        name = str(path.relative_to(root))
        sections = subprocess.run(
            ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=True
        ).stdout
        if re.search(r"\]\s+\.(symtab|debug_info)\s", sections):
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
            done.append(f"stripped {name}")
        if ".so" in path.name and "libc.so.6" not in dynamic_info(path)[0]:
            subprocess.run(["patchelf", "--add-needed", "libc.so.6", str(path)], check=True)
            done.append(f"named libc in {name}")
    return done


def gaps(root: Path, packages: dict[str, list[str]]) -> dict[str, list[Path]]:
    """Soname -> the files that need it, for what neither the bundle nor the list provides."""
    have = bundled_names(root) | set(listed_sonames(packages))
    missing: dict[str, list[Path]] = {}
    for path in elf_files(root):
        for soname in dynamic_info(path)[0]:
            if soname not in have:
                missing.setdefault(soname, []).append(path)
    return missing


def _highest(versions: Iterable[str], prefix: str) -> tuple[int, ...] | None:
    numbers = [
        tuple(int(part) for part in version[len(prefix) :].split("."))
        for version in versions
        if version.startswith(prefix)
    ]
    return max(numbers, default=None)


def depends(root: Path, packages: dict[str, list[str]]) -> str:
    """Every listed package, with the lowest libc6 and libstdc++6 the bundle's symbols allow."""
    versions = {v for path in elf_files(root) for v in dynamic_info(path)[1]}
    floors = {}
    glibc = _highest(versions, "GLIBC_")
    if glibc:
        floors["libc6"] = ".".join(map(str, glibc))
    glibcxx = _highest(versions, "GLIBCXX_3.4.")
    if glibcxx:
        if glibcxx[0] > max(GLIBCXX_GCC):
            raise SystemExit(f"bundle_libs: GLIBCXX_3.4.{glibcxx[0]} is newer than this table")
        floors["libstdc++6"] = GLIBCXX_GCC.get(glibcxx[0], "11")
    return ", ".join(f"{name} (>= {floors[name]})" if name in floors else name for name in packages)


def unused(root: Path, packages: dict[str, list[str]]) -> list[str]:
    """Listed packages none of whose sonames any bundled file names (worth a second look)."""
    wanted = {soname for path in elf_files(root) for soname in dynamic_info(path)[0]}
    return [name for name, sonames in packages.items() if not wanted & set(sonames)]


def main(argv: list[str]) -> int:
    packages = read_list()
    command, *args = argv or ["help"]
    if command == "packages":
        print("\n".join(packages))
    elif command == "prune" and len(args) == 2:
        removed = prune(Path(args[0]), Path(args[1]), packages)
        print(f"bundle_libs: left {len(removed)} host libraries to the system", file=sys.stderr)
        kept = kept_host_libraries(Path(args[0]), Path(args[1]))
        for name in kept:
            print(f"bundle_libs: {name} is a host library still in the bundle", file=sys.stderr)
        if kept:
            print(
                f"bundle_libs: add the packages that provide them to {LIST.name}", file=sys.stderr
            )
            return 1
    elif command == "tidy" and len(args) == 1:
        for line in tidy(Path(args[0])):
            print(f"bundle_libs: {line}", file=sys.stderr)
    elif command == "check" and len(args) == 1:
        missing = gaps(Path(args[0]), packages)
        for soname, paths in sorted(missing.items()):
            names = ", ".join(str(p.relative_to(args[0])) for p in paths[:3])
            more = f" and {len(paths) - 3} more" if len(paths) > 3 else ""
            print(f"bundle_libs: {soname} (needed by {names}{more})", file=sys.stderr)
        if missing:
            print(f"bundle_libs: add the packages for these to {LIST.name}", file=sys.stderr)
            return 1
        for name in unused(Path(args[0]), packages):
            print(f"bundle_libs: note: nothing in the bundle links {name}", file=sys.stderr)
    elif command == "depends" and len(args) == 1:
        print(depends(Path(args[0]), packages))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
