#!/usr/bin/env bash
# Notarises a signed .app or .dmg with Apple (notarytool, waiting for the verdict), staples the
# ticket to it so Gatekeeper accepts it offline too, and checks it as Gatekeeper would.
#   packaging/macos/notarize.sh "dist/PoYo Desktop.app"
#   packaging/macos/notarize.sh packaging/out/PoYo-Desktop-0.1.0-arm64.dmg
# Environment, one of: an App Store Connect API key (NOTARY_API_KEY_P8_BASE64, NOTARY_API_KEY_ID,
# NOTARY_API_ISSUER_ID), or an Apple ID (NOTARY_APPLE_ID, NOTARY_PASSWORD: an app-specific
# password, NOTARY_TEAM_ID). RUNNER_TEMP: where the key and the upload are put for a moment.
set -euo pipefail
target="$1"
work="$(mktemp -d "${RUNNER_TEMP:-/tmp}/notarize.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [[ -n "${NOTARY_API_KEY_P8_BASE64:-}" ]]; then
  printf '%s' "$NOTARY_API_KEY_P8_BASE64" | base64 --decode >"$work/key.p8"
  auth=(--key "$work/key.p8" --key-id "${NOTARY_API_KEY_ID:?}" --issuer "${NOTARY_API_ISSUER_ID:?}")
else
  auth=(--apple-id "${NOTARY_APPLE_ID:?}" --password "${NOTARY_PASSWORD:?}"
    --team-id "${NOTARY_TEAM_ID:?}")
fi

upload="$target"
if [[ "$target" == *.app ]]; then  # an app goes up as a zip that keeps its signatures
  upload="$work/$(basename "$target" .app).zip"
  ditto -c -k --sequesterRsrc --keepParent "$target" "$upload"
fi
xcrun notarytool submit "$upload" "${auth[@]}" --wait --timeout 1h --output-format json \
  | tee "$work/result.json"
status="$(plutil -extract status raw -o - "$work/result.json" 2>/dev/null || true)"
if [[ "$status" != "Accepted" ]]; then
  id="$(plutil -extract id raw -o - "$work/result.json" 2>/dev/null || true)"
  if [[ -n "$id" ]]; then xcrun notarytool log "$id" "${auth[@]}" || true; fi
  echo "notarize: Apple did not accept $(basename "$target") (${status:-no answer})" >&2
  exit 1
fi
xcrun stapler staple "$target"
xcrun stapler validate "$target"
if [[ "$target" == *.app ]]; then
  spctl -a -vv -t exec "$target"
else
  spctl -a -vv -t open --context context:primary-signature "$target"
fi
