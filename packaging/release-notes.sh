#!/usr/bin/env bash
# Writes the release's text (Markdown) for the files in ARTIFACTS: what each download is for,
# and, for what is not signed, how to open it anyway. The release workflow runs it.
#   packaging/release-notes.sh ARTIFACTS
# Environment: VERSION; MACOS_SIGNED, MACOS_NOTARIZED, WINDOWS_SIGNED ("true" or not).
set -euo pipefail
dir="$1"
: "${VERSION:?}"
has() { compgen -G "$dir/$1" >/dev/null; }

cat <<EOF
## PoYo Desktop $VERSION

Turn a photo and a sentence into a short video. Without an API key the app runs in a demo
mode that makes sample videos on your computer, so you can try it first.

| Download | For |
| --- | --- |
EOF
has '*-setup.exe' && echo "| \`PoYo-Desktop-$VERSION-setup.exe\` | Windows 10 and 11, 64-bit: run it, no administrator rights needed |"
has '*-macos-arm64.dmg' && echo "| \`PoYo-Desktop-$VERSION-macos-arm64.dmg\` | Macs with Apple silicon (M1 and newer), macOS 14 or newer |"
has '*-macos-x86_64.dmg' && echo "| \`PoYo-Desktop-$VERSION-macos-x86_64.dmg\` | Macs with an Intel processor, macOS 14 or newer |"
has '*.deb' && echo "| \`$(basename "$(compgen -G "$dir/*.deb" | head -n 1)")\` | Debian 12, Ubuntu 22.04 and newer: \`sudo apt install ./$(basename "$(compgen -G "$dir/*.deb" | head -n 1)")\` |"
has '*.AppImage' && echo "| \`$(basename "$(compgen -G "$dir/*.AppImage" | head -n 1)")\` | Other Linux systems from 2022 on: make it executable, then double-click it |"
has '*.tar.gz' && echo "| \`poyo-desktop-$VERSION-linux-x86_64.tar.gz\` | Linux without installing: unpack it, run \`./poyo-desktop\` |"
echo "| \`SHA256SUMS\` | The files' checksums: \`sha256sum -c SHA256SUMS --ignore-missing\` |"
echo
echo "### Opening it the first time"
echo
if [[ "${MACOS_SIGNED:-}" == true && "${MACOS_NOTARIZED:-}" == true ]]; then
  echo "**Mac:** open the disk image and drag PoYo Desktop onto Applications. The app is signed and notarised by Apple: it opens like any other."
else
  cat <<'EOF'
**Mac:** open the disk image and drag PoYo Desktop onto Applications. This build is **not
notarised by Apple**, so the first time macOS says it "cannot be opened" or "cannot check it
for malicious software". To open it anyway (once; later it opens normally):
- macOS 15 (Sequoia) and newer: double-click the app, click **Done**, then open **System
  Settings ▸ Privacy & Security**, scroll down and click **Open Anyway** next to PoYo Desktop,
  and confirm with your password.
- macOS 14 (Sonoma): Control-click (or right-click) the app in Applications, choose **Open**,
  then click **Open** in the message.
EOF
fi
echo
if [[ "${WINDOWS_SIGNED:-}" == true ]]; then
  echo "**Windows:** run the setup program. It is signed; if Windows SmartScreen still shows \"Windows protected your PC\" (a new certificate needs a while to earn its reputation), click **More info ▸ Run anyway**."
else
  cat <<'EOF'
**Windows:** run the setup program. This build is **not signed**, so Windows SmartScreen may
say "Windows protected your PC": click **More info**, then **Run anyway**. Your browser may
also ask whether to keep the download: choose **Keep**.
EOF
fi
if has '*.deb'; then
  echo
  echo "**Linux:** the .deb installs like any package and appears in your applications menu."
fi
