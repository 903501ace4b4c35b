#!/usr/bin/env bash
# Installs everything, then runs the whole test suite (lint included), headless.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The packaging test builds the .deb and checks it (lintian, the freedesktop validators):
# it needs Debian's packaging tools.
POYO_EXTRAS=test \
  POYO_EXTRA_SYSTEM_PACKAGES="dbus-daemon desktop-file-utils appstream binutils chrpath patchelf gcc libc6-dev zlib1g-dev lintian nsis" \
  "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
echo "==> ruff"
.venv/bin/ruff check poyo_desktop tests scripts bench
.venv/bin/ruff format --check poyo_desktop tests scripts bench packaging
echo "==> mypy"
.venv/bin/mypy
echo "==> pytest"
exec .venv/bin/python -m pytest "$@"
