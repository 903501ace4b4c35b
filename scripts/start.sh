#!/usr/bin/env bash
# Installs everything PoYo Desktop needs, then starts it (demo mode when no API key is set).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/python" -m poyo_desktop "$@"
