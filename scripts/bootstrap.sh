#!/usr/bin/env bash
# Installs what PoYo Desktop needs on Debian/Ubuntu, then a virtual environment in .venv.
# Sourced by start.sh and test.sh; safe to run again (it skips what is already there).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${POYO_EXTRAS:-}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The system libraries Qt (xcb, Wayland, EGL, fonts), QtMultimedia (libpulse0) and Python need:
# one list, packaging/linux/runtime-libraries.txt, which is also the .deb's Depends and what
# the release workflow installs. Then what the tests use (a virtual X server, curl).
SYSTEM_PACKAGES=()
while read -r package _; do
  SYSTEM_PACKAGES+=("$package")
done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$ROOT/packaging/linux/runtime-libraries.txt")
SYSTEM_PACKAGES+=(xvfb xauth curl ca-certificates)
if [[ -n "${POYO_EXTRA_SYSTEM_PACKAGES:-}" ]]; then
  read -r -a more <<<"$POYO_EXTRA_SYSTEM_PACKAGES"
  SYSTEM_PACKAGES+=("${more[@]}")
fi

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "Not a Debian/Ubuntu system: install the Qt runtime libraries and libpulse yourself."; return 0; }
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { say "Please install as root: apt-get install ${missing[*]}"; exit 1; }
    sudo=(sudo)
  fi
  say "Installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}

install_system_packages "${SYSTEM_PACKAGES[@]}"

PYTHON="$(find_python)" || { say "PoYo Desktop needs Python 3.11 or newer (apt-get install python3)."; exit 1; }
if [[ ! -x "$VENV/bin/python" ]]; then
  if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
    rm -rf "$VENV"
    ver="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    install_system_packages "python${ver}-venv"
    "$PYTHON" -m venv "$VENV"
  fi
fi

# Reinstall only when pyproject.toml (or the extras asked for) changed.
stamp="$VENV/.poyo-installed"
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) extras=$EXTRAS"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  say "Installing Python packages into .venv"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  spec="$ROOT"; [[ -n "$EXTRAS" ]] && spec="${ROOT}[$EXTRAS]"
  "$VENV/bin/python" -m pip install -q -e "$spec"
  echo "$want" >"$stamp"
fi
