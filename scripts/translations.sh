#!/usr/bin/env bash
# The window's translations (resources/translations/):
#   scripts/translations.sh update    the .ts sources from the code's tr() strings (lupdate;
#                                     old translations are kept, vanished strings marked)
#   scripts/translations.sh compile   the .qm files the app loads (lrelease)
#   scripts/translations.sh           both
# The .qm files are committed beside their .ts: every way of running the app (a clean
# clone's scripts/start.sh, the tests, the Linux, Windows and macOS builds) then has them
# without a build step, and tests/ui/test_translations.py fails when one is stale.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${VENV_BIN:-$ROOT/.venv/bin}"
[[ -x "$BIN/pyside6-lupdate" ]] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
DIR="$ROOT/resources/translations"
# Every module of the window (ui/**): the services and core hand it figures and ids, and
# the window says them (docs/architecture.md: Qt below ui is for signals only). The
# services, store, api and boot modules that write sentences through core/wording.translate
# are listed too.
mapfile -t SOURCES < <(
  find "$ROOT/poyo_desktop/ui" -name '*.py' | sort
  grep -l 'from poyo_desktop.core.wording import' "$ROOT"/poyo_desktop/{core,services,store,api,boot}/*.py
)
LANGUAGES=(de es zh_CN ja)
what="${1:-all}"
cd "$ROOT"
if [[ "$what" == update || "$what" == all ]]; then
  for code in "${LANGUAGES[@]}"; do
    "$BIN/pyside6-lupdate" -locations none -no-obsolete -target-language "$code" \
      "${SOURCES[@]}" -ts "$DIR/poyo_$code.ts"
  done
fi
if [[ "$what" == compile || "$what" == all ]]; then
  for ts in "$DIR"/poyo_*.ts; do
    "$BIN/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
  done
fi
