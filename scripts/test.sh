#!/usr/bin/env bash
# Installs everything, then runs the whole test suite (lint included), headless.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POYO_EXTRAS=test POYO_EXTRA_SYSTEM_PACKAGES="${POYO_TEST_SYSTEM_PACKAGES:-}" \
  "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
echo "==> ruff"
.venv/bin/ruff check poyo_desktop tests
echo "==> pytest"
exec .venv/bin/python -m pytest "$@"
