#!/usr/bin/env bash
# Imports the Developer ID Application certificate into a temporary keychain that only this
# build uses (codesign finds it there), and checks the identity is in it.
#   packaging/macos/import-certificate.sh          (GitHub Actions, macOS runner)
# Environment: MACOS_CERTIFICATE_P12_BASE64 (the .p12 export, base64), MACOS_CERTIFICATE_PASSWORD,
# MACOS_SIGN_IDENTITY ("Developer ID Application: Name (TEAMID)"), RUNNER_TEMP.
# Removing it afterwards: security delete-keychain "$RUNNER_TEMP/poyo-signing.keychain-db".
set -euo pipefail
: "${MACOS_CERTIFICATE_P12_BASE64:?}" "${MACOS_CERTIFICATE_PASSWORD:?}" "${MACOS_SIGN_IDENTITY:?}"
keychain="$RUNNER_TEMP/poyo-signing.keychain-db"
p12="$RUNNER_TEMP/poyo-signing.p12"
password="$(openssl rand -base64 24)"  # this keychain's own, never stored
trap 'rm -f "$p12"' EXIT

printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode >"$p12"
security create-keychain -p "$password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"  # stays unlocked for the build
security unlock-keychain -p "$password" "$keychain"
security import "$p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -f pkcs12 \
  -T /usr/bin/codesign -T /usr/bin/security
# codesign may use the key without a prompt (there is nobody to click "Allow")
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$keychain" \
  >/dev/null
# search it first, then the user's usual keychains (macOS's bash 3.2: no mapfile; the
# runner's keychain paths have no spaces)
# shellcheck disable=SC2046
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
security find-identity -v -p codesigning "$keychain" | grep -qF "$MACOS_SIGN_IDENTITY" \
  || { echo "import-certificate: \"$MACOS_SIGN_IDENTITY\" is not in the certificate" >&2; exit 1; }
echo "Signing identity ready in $keychain"
