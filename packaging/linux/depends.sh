#!/usr/bin/env bash
# Prints the Depends: line for the bundle in $1: the system libraries its ELF files need
# that the bundle does not carry, mapped to Debian packages with dpkg -S (then versioned
# libc6 from the glibc symbols the Qt wheels need). Libraries found nowhere are skipped.
set -euo pipefail
bundle="$1"
declare -A provided=()
while IFS= read -r lib; do provided["$(basename "$lib")"]=1; done \
  < <(find "$bundle" -name '*.so*' -type f)
declare -A needed=()
while IFS= read -r elf; do
  while IFS= read -r soname; do
    [[ -n "${provided[$soname]:-}" ]] || needed["$soname"]=1
  done < <(objdump -p "$elf" 2>/dev/null | awk '/NEEDED/ {print $2}')
done < <(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
  'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
# Qt's multimedia plugin opens these at run time (dlopen), so objdump cannot see them.
needed["libpulse.so.0"]=1
needed["libxkbcommon-x11.so.0"]=1
needed["libxcb-cursor.so.0"]=1
declare -A packages=()
for soname in "${!needed[@]}"; do
  path="$(ldconfig -p | awk -v s="$soname" '$1 == s {print $NF; exit}')"
  [[ -n "$path" ]] || continue
  pkg="$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1)" || true
  [[ -z "$pkg" ]] && pkg="$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1)" || true
  [[ -n "$pkg" && "$pkg" != "libc6" ]] && packages["$pkg"]=1
done
list="libc6 (>= 2.35)"
for pkg in $(printf '%s\n' "${!packages[@]}" | sort); do list+=", $pkg"; done
echo "$list"
