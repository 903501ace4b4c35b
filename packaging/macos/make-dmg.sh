#!/usr/bin/env bash
# Makes the disk image people open: the app and a link to Applications to drag it onto.
#   packaging/macos/make-dmg.sh "dist/PoYo Desktop.app" packaging/out/PoYo-Desktop-0.1.0-arm64.dmg
# With MACOS_SIGN_IDENTITY set (and its keychain ready), the image is signed too.
set -euo pipefail
app="$1"
dmg="$2"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/$(basename "$app")"  # keeps signatures, links and extended attributes
ln -s /Applications "$stage/Applications"
mkdir -p "$(dirname "$dmg")"
rm -f "$dmg"
hdiutil create -volname "PoYo Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
if [[ -n "${MACOS_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  codesign --verify --strict --verbose=2 "$dmg"
fi
echo "$dmg"
