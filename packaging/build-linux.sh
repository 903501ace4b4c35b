#!/usr/bin/env bash
# Builds the Linux packages here: freeze → self-test the frozen app → .deb + portable .tar.gz.
#   packaging/build-linux.sh            (outputs in packaging/out/)
# Needs: the project's .venv with the test extras (PyInstaller), and Debian's dpkg-dev and
# fakeroot (scripts/test.sh installs them).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${POYO_PACKAGE_OUT:-$ROOT/packaging/out}"
WORK="$OUT/work"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
say() { printf '==> %s\n' "$*" >&2; }

VERSION="$("$PY" -c 'import poyo_desktop; print(poyo_desktop.__version__)')"
APP_ID="$("$PY" -c 'import poyo_desktop; print(poyo_desktop.APP_ID)')"
ARCH="$(dpkg --print-architecture 2>/dev/null || uname -m)"
rm -rf "$WORK"
mkdir -p "$WORK" "$OUT"

say "Freezing with PyInstaller"
started=$(date +%s)
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/build" packaging/poyo.spec)
BUNDLE="$WORK/dist/poyo-desktop"
say "Frozen in $(( $(date +%s) - started )) s: $(du -sh "$BUNDLE" | cut -f1)"

if [[ "${POYO_SKIP_SELF_TEST:-}" != "1" ]]; then
  say "Self-test of the frozen app"
  home="$(mktemp -d)"
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" QT_QPA_PLATFORM=offscreen \
    PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
    "$BUNDLE/poyo-desktop" --self-test --data-dir "$home/poyo" >"$WORK/self-test.log" 2>&1 \
    || { cat "$WORK/self-test.log" >&2; say "The frozen app failed its self-test"; exit 1; }
  rm -rf "$home"
fi

say "Assembling the .deb tree"
DEB="$WORK/deb"
LIB="$DEB/usr/lib/poyo-desktop"
mkdir -p "$LIB" "$DEB/usr/bin" "$DEB/usr/share/applications" "$DEB/usr/share/metainfo" \
  "$DEB/usr/share/doc/poyo-desktop" "$DEB/usr/share/lintian/overrides" "$DEB/DEBIAN"
cp -a "$BUNDLE/." "$LIB/"
ln -s ../lib/poyo-desktop/poyo-desktop "$DEB/usr/bin/poyo-desktop"
cp "$ROOT/resources/$APP_ID.desktop" "$DEB/usr/share/applications/"
cp "$ROOT/resources/$APP_ID.metainfo.xml" "$DEB/usr/share/metainfo/"
mkdir -p "$DEB/usr/share/icons"
cp -a "$ROOT/resources/icons/hicolor" "$DEB/usr/share/icons/"
cp "$ROOT/packaging/linux/copyright" "$DEB/usr/share/doc/poyo-desktop/copyright"
printf 'poyo-desktop (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- PoYo Desktop developers <desktop@poyo.ai>  %s\n' \
  "$VERSION" "$VERSION" "$(date -R -u -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
  | gzip -9n >"$DEB/usr/share/doc/poyo-desktop/changelog.gz"
cp "$ROOT/packaging/linux/lintian-overrides" "$DEB/usr/share/lintian/overrides/poyo-desktop"
find "$DEB" -type d -exec chmod 0755 {} +
find "$DEB" -type f -exec chmod 0644 {} +
chmod 0755 "$LIB/poyo-desktop"

say "Computing dependencies"
depends="$("$ROOT/packaging/linux/depends.sh" "$LIB")"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" \
    -e "s/@SIZE@/$(du -sk --exclude=DEBIAN "$DEB" | cut -f1)/" -e "s/@DEPENDS@/$depends/" \
    "$ROOT/packaging/linux/control.in" >"$DEB/DEBIAN/control"

DEB_FILE="$OUT/poyo-desktop_${VERSION}_${ARCH}.deb"
say "Building $DEB_FILE"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$DEB" "$DEB_FILE" >/dev/null

TAR_FILE="$OUT/poyo-desktop-${VERSION}-linux-${ARCH}.tar.gz"
say "Building $TAR_FILE"
cp "$ROOT/resources/$APP_ID.desktop" "$ROOT/resources/icons/poyo-desktop.svg" "$BUNDLE/"
tar -C "$WORK/dist" -czf "$TAR_FILE" poyo-desktop

say "Bundle $(du -sh "$BUNDLE" | cut -f1) · deb $(du -h "$DEB_FILE" | cut -f1) · tar.gz $(du -h "$TAR_FILE" | cut -f1)"
echo "$DEB_FILE"
echo "$TAR_FILE"
