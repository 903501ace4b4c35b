#!/usr/bin/env bash
# Install-tests the .deb in a clean root, as on a fresh system: a minimal Debian or Ubuntu
# (mmdebstrap, variant "apt": the essential packages and apt, nothing else) gets the .deb with
# apt, which brings only its Depends; then every bundled library must resolve, the app's
# --self-test must pass as an ordinary user, and purging must leave nothing behind.
#
#   packaging/linux/chroot-test.sh packaging/out/poyo-desktop_0.1.0_amd64.deb [SUITE...]
#
# SUITE: bookworm (Debian 12, the default), trixie, jammy (Ubuntu 22.04), noble (24.04).
# Needs root (the root is built with real mounts), mmdebstrap, and the distribution's archive.
# Ubuntu's archive key comes from Debian's own ubuntu-keyring package (in trixie), fetched
# with apt, so the Ubuntu root is verified like the Debian one. POYO_CHROOT_KEEP=DIR keeps
# the last root in DIR to look at (default: thrown away).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { printf '==> %s\n' "$*" >&2; }
[[ $# -ge 1 && -f "$1" ]] || { sed -n '2,14p' "$0" >&2; exit 2; }
DEB="$(readlink -f "$1")"
shift
SUITES=("${@:-bookworm}")
[[ $(id -u) -eq 0 ]] || { say "Run as root (mmdebstrap needs real mounts)"; exit 2; }
command -v mmdebstrap >/dev/null || { say "Install mmdebstrap (apt-get install mmdebstrap)"; exit 2; }
TMP="$(mktemp -d)"
chmod 0755 "$TMP"  # apt reads the keyring and writes downloads as its own user
trap 'rm -rf "$TMP"' EXIT

ubuntu_keyring() {  # prints the path of Ubuntu's archive keyring, from Debian's package
  local dir="$TMP/ubuntu-keyring"
  if [[ ! -f "$dir/usr/share/keyrings/ubuntu-archive-keyring.gpg" ]]; then
    mkdir -p "$dir/lists/partial" "$dir/cache"
    echo "deb http://deb.debian.org/debian trixie main" >"$dir/sources.list"
    local apt=(-o "Dir::Etc::SourceList=$dir/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
      -o "Dir::State::Lists=$dir/lists" -o "Dir::Cache=$dir/cache" -o APT::Sandbox::User=root -qq)
    apt-get "${apt[@]}" update
    (cd "$dir" && apt-get "${apt[@]}" download ubuntu-keyring)
    dpkg-deb -x "$dir"/ubuntu-keyring_*.deb "$dir"
  fi
  echo "$dir/usr/share/keyrings/ubuntu-archive-keyring.gpg"
}

test_in() {
  local suite="$1" options=()
  case "$suite" in
    jammy | noble)
      options=("--components=main,universe" "--keyring=$(ubuntu_keyring)")
      mirror="http://archive.ubuntu.com/ubuntu" ;;
    *) options=(--components=main); mirror="http://deb.debian.org/debian" ;;
  esac
  local target="/dev/null"
  if [[ -n "${POYO_CHROOT_KEEP:-}" ]]; then
    rm -rf "$POYO_CHROOT_KEEP"; target="$POYO_CHROOT_KEEP"
  fi
  say "$suite: a minimal root, then $(basename "$DEB") with only its Depends"
  local started=$SECONDS
  mmdebstrap --mode=root --variant=apt --quiet "${options[@]}" \
    --customize-hook="copy-in '$DEB' '$HERE/chroot-inside.sh' /tmp" \
    --customize-hook="chroot \"\$1\" sh /tmp/chroot-inside.sh /tmp/$(basename "$DEB")" \
    "$suite" "$target" "$mirror"
  say "$suite: passed in $((SECONDS - started)) s"
}

for suite in "${SUITES[@]}"; do
  test_in "$suite"
done
