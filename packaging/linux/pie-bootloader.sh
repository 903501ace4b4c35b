#!/usr/bin/env bash
# Prints the path of a position-independent PyInstaller bootloader for the PyInstaller that
# PYTHON has (lintian: hardening-no-pie). PyInstaller's prebuilt Linux bootloader is not PIE;
# built from the same version's source with this system's compiler (Debian's and Ubuntu's gcc
# make PIE by default) it is, in about two seconds. The build is cached per version.
#   packaging/linux/pie-bootloader.sh PYTHON      (needs gcc, libc6-dev, zlib1g-dev; pip gets the
#                                                  source from PyPI the first time)
set -euo pipefail
PY="$1"
read -r version platform shipped < <("$PY" -c '
import os, PyInstaller
print(PyInstaller.__version__, PyInstaller.PLATFORM,
      os.path.join(os.path.dirname(PyInstaller.__file__), "bootloader", PyInstaller.PLATFORM, "run"))')

is_pie() { [[ "$(od -An -t u2 -j 16 -N 2 "$1" | tr -d ' ')" == 3 ]]; }  # e_type == ET_DYN
if is_pie "$shipped"; then
  echo "$shipped"
  exit 0
fi
cache="${XDG_CACHE_HOME:-$HOME/.cache}/poyo-desktop-build/pyinstaller-$version-$platform"
if [[ ! -x "$cache/run" ]]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  "$PY" -m pip download --quiet --no-binary :all: --no-deps -d "$tmp" "pyinstaller==$version" >&2
  tar -xzf "$tmp/pyinstaller-$version.tar.gz" -C "$tmp"
  (cd "$tmp/pyinstaller-$version/bootloader" && "$PY" ./waf --no-tests all >"$tmp/waf.log" 2>&1) \
    || { tail -n 30 "$tmp/waf.log" >&2; echo "pie-bootloader: the build failed" >&2; exit 1; }
  mkdir -p "$cache"
  install -m 0755 "$tmp/pyinstaller-$version/PyInstaller/bootloader/$platform/run" "$cache/run"
fi
is_pie "$cache/run" || { echo "pie-bootloader: $cache/run is not position-independent" >&2; exit 1; }
echo "$cache/run"
