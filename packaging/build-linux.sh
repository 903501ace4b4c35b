#!/usr/bin/env bash
# Builds the Linux packages: freeze → self-test the frozen app → .deb + portable .tar.gz.
#   packaging/build-linux.sh          (outputs in packaging/out/, git-ignored)
# Environment: POYO_PACKAGE_OUT (output folder), PYTHON (default: the project's .venv),
#   POYO_SKIP_SELF_TEST=1, POYO_DEB_COMPRESSION (default "gzip 6"; "xz 1" is ~25% smaller
#   and about a minute slower).
# Needs the .venv with the test extras (PyInstaller) and Debian's dpkg-dev, fakeroot and
# binutils, plus the runtime libraries the bundle links (scripts/bootstrap.sh installs them).
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
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$WORK/dist" --workpath "$WORK/build" packaging/poyo.spec)
BUNDLE="$WORK/dist/poyo-desktop"
say "Frozen in $(elapsed "$started"): $(du -sh "$BUNDLE" | cut -f1)"

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
DEB="$WORK/debian/poyo-desktop"  # the layout dpkg-shlibdeps expects
LIB="$DEB/usr/lib/poyo-desktop"
DOC="$DEB/usr/share/doc/poyo-desktop"
mkdir -p "$LIB" "$DEB/usr/bin" "$DEB/usr/share/applications" "$DEB/usr/share/metainfo" \
  "$DEB/usr/share/man/man1" "$DOC" "$DEB/usr/share/lintian/overrides" "$DEB/DEBIAN"
cp -a "$BUNDLE/poyo-desktop" "$BUNDLE/_internal" "$LIB/"
ln -s ../lib/poyo-desktop/poyo-desktop "$DEB/usr/bin/poyo-desktop"

# Host libraries that a Debian package provides are left out: the .deb depends on that
# package instead, so the system's copy (with its security updates) is used.
owner() {  # the package that holds a file (dpkg knows either the /usr or the / path)
  local real; real="$(readlink -f "$1")"
  for candidate in "$1" "$real" "${real#/usr}" "/usr$real"; do
    dpkg-query -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1 && return 0
  done
  return 0
}
dropped=0
while IFS=$'\t' read -r name src; do
  [[ "$name" == libpython* ]] && continue  # the bundle's Python is not the system's
  pkg="$(owner "$src")"
  if [[ -n "$pkg" ]]; then
    rm -f "$LIB/_internal/$name"
    dropped=$((dropped + 1))
  fi
done <"$WORK/build/poyo/host-libraries.tsv"
say "Left $dropped host libraries to their Debian packages"

install -m 0644 "$ROOT/resources/$APP_ID.desktop" "$DEB/usr/share/applications/"
install -m 0644 "$ROOT/resources/$APP_ID.metainfo.xml" "$DEB/usr/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 0644 "$ROOT/resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$DEB/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "$ROOT/resources/icons/hicolor/scalable/apps/$APP_ID.svg" \
  "$DEB/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
gzip -9n <"$ROOT/packaging/linux/poyo-desktop.1" >"$DEB/usr/share/man/man1/poyo-desktop.1.gz"
install -m 0644 "$ROOT/packaging/linux/copyright" "$DOC/copyright"
printf 'poyo-desktop (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
  "$VERSION" "$VERSION" "PoYo Desktop developers <desktop@poyo.ai>" \
  "$(date -R -u -d "@$SOURCE_DATE_EPOCH")" | gzip -9n >"$DOC/changelog.gz"
install -m 0644 "$ROOT/packaging/linux/lintian-overrides" \
  "$DEB/usr/share/lintian/overrides/poyo-desktop"
# Shared objects are not programs: 0644, only the launcher is executable.
find "$DEB" -type d -exec chmod 0755 {} +
find "$DEB" -type f -exec chmod 0644 {} +
chmod 0755 "$LIB/poyo-desktop"

# --- 4. Depends: dpkg-shlibdeps over every ELF file in the tree ----------------------------
say "Computing Depends with dpkg-shlibdeps"
mapfile -t elfs < <(find "$DEB/usr/lib" -type f -exec sh -c \
  'for f; do [ "$(head -c4 "$f" | tail -c3)" = ELF ] && echo "$f"; done' _ {} +)
mapfile -t libdirs < <(find "$DEB/usr/lib" -name '*.so*' -printf '%h\n' | sort -u)
# A file that needs a library neither the bundle nor this system has is an optional plugin
# (Qt loads it only where that library exists): it cannot be analysed, so it adds nothing.
declare -A have=()
multiarch="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"
while IFS= read -r name; do have["$name"]=1; done < <(
  find "$DEB/usr/lib" -name '*.so*' -printf '%f\n'
  ldconfig -p | awk 'NR > 1 {print $1}'
  # names that are not sonames (libbz2.so.1) are found by the loader in the system folders
  find "/lib/$multiarch" "/usr/lib/$multiarch" /lib64 /usr/lib64 -maxdepth 1 -name '*.so.*' \
    -printf '%f\n' 2>/dev/null)
analysable=()
for elf in "${elfs[@]}"; do
  missing=""
  while IFS= read -r soname; do
    [[ -n "${have[$soname]:-}" ]] || missing+=" $soname"
  done < <(objdump -p "$elf" | awk '$1 == "NEEDED" {print $2}')
  if [[ -n "$missing" ]]; then
    say "  not analysed: ${elf#"$LIB/"} (this system lacks$missing)"
  else
    analysable+=("$elf")
  fi
done
printf 'Source: poyo-desktop\n\nPackage: poyo-desktop\nArchitecture: any\n' >"$WORK/debian/control"
(cd "$WORK" && dpkg-shlibdeps -O --warnings=0 --ignore-missing-info \
  "${libdirs[@]/#/-l}" -e "${analysable[@]}" 2>"$WORK/shlibdeps.log") >"$WORK/substvars" \
  || { cat "$WORK/shlibdeps.log" >&2; say "dpkg-shlibdeps failed"; exit 1; }
depends="$(sed -n 's/^shlibs:Depends=//p' "$WORK/substvars")"
# Qt's FFmpeg plugin also opens VA-API at run time when it exists; nothing else is dlopen()ed
# that the app needs. libpulse0 comes from libQt6Multimedia's own DT_NEEDED.
[[ "$depends" == *libpulse0* ]] || { say "libpulse0 missing from Depends: $depends"; exit 1; }
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@SIZE@/$(du -sk --apparent-size --exclude=DEBIAN "$DEB" | cut -f1)/" \
    "$ROOT/packaging/linux/control.in" >"$DEB/DEBIAN/control"
say "Depends computed in $(elapsed "$started")"

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
