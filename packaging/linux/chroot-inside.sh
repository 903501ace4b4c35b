#!/bin/sh
# Runs inside the clean root that chroot-test.sh made: install the .deb in $1 with apt (which
# brings only its Depends), check that every bundled library resolves, run the self-test as an
# ordinary user, then purge the package and check nothing of it is left.
set -eu
DEB="$1"
say() { printf '  -- %s\n' "$*" >&2; }
# shellcheck source=/dev/null
. /etc/os-release
say "$PRETTY_NAME: $(dpkg-query -W -f='${Package}\n' | wc -l) packages before"

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$DEB" >/tmp/install.log 2>&1 \
  || { cat /tmp/install.log >&2; exit 1; }
say "installed with its Depends: $(dpkg-query -W -f='${Package}\n' | wc -l) packages now"

# Every ELF file in the bundle finds every library it names (the bundle's own folders first,
# as the launcher sets them up; then the system's, from the Depends).
LIB=/usr/lib/poyo-desktop
missing=$(find "$LIB" -type f -name '*.so*' -exec sh -c '
  for f; do LD_LIBRARY_PATH=/usr/lib/poyo-desktop/_internal ldd "$f" 2>/dev/null \
    | sed -n "s|^\s*\(\S*\) => not found|\1 (${f#/usr/lib/poyo-desktop/})|p"; done' _ {} + \
  | sort -u)
if [ -n "$missing" ]; then
  say "libraries not found:"; echo "$missing" >&2; exit 1
fi
say "every bundled library resolves"

home=$(mktemp -d /tmp/home.XXXXXX)
chown 1000:1000 "$home"
if ! setpriv --reuid=1000 --regid=1000 --clear-groups env -i PATH=/usr/bin:/bin HOME="$home" \
    XDG_RUNTIME_DIR="$home" QT_QPA_PLATFORM=offscreen \
    PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring \
    poyo-desktop --self-test --data-dir "$home/poyo" >/tmp/self-test.log 2>&1; then
  cat /tmp/self-test.log >&2
  say "the self-test failed"; exit 1
fi
grep -q "self-test: played" /tmp/self-test.log || { cat /tmp/self-test.log >&2; exit 1; }
say "self-test: $(grep 'self-test:' /tmp/self-test.log | tail -n 1)"
setpriv --reuid=1000 --regid=1000 --clear-groups env -i HOME="$home" poyo-desktop --version >&2

apt-get purge -y -qq poyo-desktop >/dev/null 2>&1
if [ -e "$LIB" ] || [ -e /usr/bin/poyo-desktop ] || dpkg-query -W poyo-desktop >/dev/null 2>&1; then
  say "purging left files behind"; exit 1
fi
say "purged without a trace"
