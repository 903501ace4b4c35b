#!/usr/bin/env bash
# Builds the Linux packages: freeze → self-test the frozen app → .deb + portable .tar.gz.
#   packaging/build-linux.sh          (outputs in packaging/out/, git-ignored)
# Environment: POYO_PACKAGE_OUT (output folder), PYTHON (default: the project's .venv),
#   POYO_SKIP_SELF_TEST=1, POYO_DEB_COMPRESSION (default "gzip 6"; "xz 6" is ~25% smaller
#   and a minute or two slower: the release workflow uses it).
# Needs the .venv with the test extras (PyInstaller); dpkg, binutils (objdump, readelf, strip),
# chrpath and patchelf; gcc, libc6-dev and zlib1g-dev for a PIE launcher (pie-bootloader.sh); and,
# for the self-test, the runtime libraries of linux/runtime-libraries.txt (scripts/bootstrap.sh
# installs them). The .deb's Depends is that list: not what this machine happens to have.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${POYO_PACKAGE_OUT:-$ROOT/packaging/out}"
WORK="$OUT/work"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
read -r DEB_COMPRESSOR DEB_LEVEL <<<"${POYO_DEB_COMPRESSION:-gzip 6}"
say() { printf '==> %s\n' "$*" >&2; }
elapsed() { echo "$(( $(date +%s) - $1 )) s"; }

VERSION="$("$PY" -c 'import poyo_desktop; print(poyo_desktop.__version__)')"
APP_ID="$("$PY" -c 'import poyo_desktop; print(poyo_desktop.APP_ID)')"
ARCH="$(dpkg --print-architecture)"
DEB_FILE="$OUT/poyo-desktop_${VERSION}_${ARCH}.deb"
TAR_FILE="$OUT/poyo-desktop-${VERSION}-linux-$(uname -m).tar.gz"
rm -rf "$WORK" "$DEB_FILE" "$TAR_FILE"
mkdir -p "$WORK"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"

# --- 1. Freeze -----------------------------------------------------------------------------
say "Freezing with PyInstaller"
started=$(date +%s)
POYO_BOOTLOADER="$("$ROOT/packaging/linux/pie-bootloader.sh" "$PY")"
export POYO_BOOTLOADER
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/build" packaging/poyo.spec)
BUNDLE="$WORK/dist/poyo-desktop"
say "Frozen in $(elapsed "$started"): $(du -sh "$BUNDLE" | cut -f1)"
# A link to a file the spec left out would be a dangling link in every package (the spec drops
# them; this catches what it might miss), and objects still carrying symbols are stripped.
dangling="$(find "$BUNDLE" -xtype l -print -delete | wc -l)"
[[ "$dangling" == 0 ]] || say "Removed $dangling dangling links"
"$PY" "$ROOT/packaging/linux/bundle_libs.py" tidy "$BUNDLE"

# The portable archive: the bundle as it is, a README, and the desktop file and icon for
# people who want it in their menu. Packed in the background while the rest runs.
cp "$ROOT/packaging/linux/README-portable.txt" "$BUNDLE/README.txt"
cp "$ROOT/resources/$APP_ID.desktop" "$ROOT/resources/icons/poyo-desktop.svg" "$BUNDLE/"
tar -C "$WORK/dist" --sort=name --owner=0 --group=0 --numeric-owner \
  --mtime="@$SOURCE_DATE_EPOCH" -cf - poyo-desktop | gzip -6n >"$TAR_FILE.part" &
tar_job=$!

# --- 2. Self-test ------------------------------------------------------------------------
if [[ "${POYO_SKIP_SELF_TEST:-}" != "1" ]]; then
  say "Self-test of the frozen app (offscreen)"
  home="$(mktemp -d)"
  if ! HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
      XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state" QT_QPA_PLATFORM=offscreen \
      PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
      "$BUNDLE/poyo-desktop" --self-test --data-dir "$home/poyo" >"$WORK/self-test.log" 2>&1; then
    cat "$WORK/self-test.log" >&2
    kill "$tar_job" 2>/dev/null || true
    say "The frozen app failed its self-test"
    exit 1
  fi
  tail -n 3 "$WORK/self-test.log" >&2
  rm -rf "$home"
fi

# --- 3. The .deb tree ------------------------------------------------------------------
say "Assembling the .deb tree"
started=$(date +%s)
DEB="$WORK/deb"
LIB="$DEB/usr/lib/poyo-desktop"
DOC="$DEB/usr/share/doc/poyo-desktop"
mkdir -p "$LIB" "$DEB/usr/bin" "$DEB/usr/share/applications" "$DEB/usr/share/metainfo" \
  "$DEB/usr/share/man/man1" "$DOC" "$DEB/usr/share/lintian/overrides" "$DEB/DEBIAN"
cp -a "$BUNDLE/poyo-desktop" "$BUNDLE/_internal" "$LIB/"
ln -s ../lib/poyo-desktop/poyo-desktop "$DEB/usr/bin/poyo-desktop"

# The host libraries that runtime-libraries.txt provides are left out (the .deb depends on
# their packages, so the system's copies, with their security updates, are used), then those
# only they needed. The build fails if anything left needs a library nobody provides.
"$PY" "$ROOT/packaging/linux/bundle_libs.py" prune "$LIB" "$WORK/build/poyo/host-libraries.tsv"
"$PY" "$ROOT/packaging/linux/bundle_libs.py" check "$LIB" \
  || { say "A bundled file needs a library runtime-libraries.txt does not cover"; exit 1; }
# Updates come from apt here: the app does not offer to look for them (packaging/build_stamp.py).
"$PY" "$ROOT/packaging/build_stamp.py" --channel deb "$LIB/_internal/poyo_desktop/build-info.json"

install -m 0644 "$ROOT/resources/$APP_ID.desktop" "$DEB/usr/share/applications/"
install -m 0644 "$ROOT/resources/$APP_ID.metainfo.xml" "$DEB/usr/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 0644 "$ROOT/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$DEB/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "$ROOT/resources/icons/hicolor/scalable/apps/$APP_ID.svg" \
  "$DEB/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
gzip -9n <"$ROOT/packaging/linux/poyo-desktop.1" >"$DEB/usr/share/man/man1/poyo-desktop.1.gz"
"$PY" "$ROOT/packaging/linux/make_copyright.py" "$LIB" "$WORK/build/poyo/python-modules.txt" \
  >"$DOC/copyright"
printf 'poyo-desktop (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
  "$VERSION" "$VERSION" "PoYo Desktop developers <desktop@poyo.ai>" \
  "$(date -R -u -d "@$SOURCE_DATE_EPOCH")" | gzip -9n >"$DOC/changelog.gz"
install -m 0644 "$ROOT/packaging/linux/lintian-overrides" \
  "$DEB/usr/share/lintian/overrides/poyo-desktop"
# Shared objects are not programs: 0644, only the launcher is executable.
find "$DEB" -type d -exec chmod 0755 {} +
find "$DEB" -type f -exec chmod 0644 {} +
chmod 0755 "$LIB/poyo-desktop"

# --- 4. Depends and md5sums -----------------------------------------------------------
depends="$("$PY" "$ROOT/packaging/linux/bundle_libs.py" depends "$LIB")"
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@SIZE@/$(du -sk --apparent-size --exclude=DEBIAN "$DEB" | cut -f1)/" \
    "$ROOT/packaging/linux/control.in" >"$DEB/DEBIAN/control"
(cd "$DEB" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
  | xargs -0 md5sum) >"$DEB/DEBIAN/md5sums"
chmod 0644 "$DEB/DEBIAN/control" "$DEB/DEBIAN/md5sums"
say "Tree ready in $(elapsed "$started"): Depends: $depends"

# --- 5. Archives ---------------------------------------------------------------------------
say "Building $(basename "$DEB_FILE") ($DEB_COMPRESSOR -$DEB_LEVEL)"
started=$(date +%s)
dpkg-deb --root-owner-group -Z"$DEB_COMPRESSOR" -z"$DEB_LEVEL" --build "$DEB" "$DEB_FILE" \
  >/dev/null
say "Built in $(elapsed "$started")"
wait "$tar_job"
mv "$TAR_FILE.part" "$TAR_FILE"

say "Bundle $(du -sh "$BUNDLE" | cut -f1), installed .deb $(du -sh "$LIB" | cut -f1);" \
    ".deb $(du -h "$DEB_FILE" | cut -f1), .tar.gz $(du -h "$TAR_FILE" | cut -f1)"
echo "$DEB_FILE"
echo "$TAR_FILE"
