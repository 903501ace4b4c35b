#!/bin/sh
# Regenerates every raster icon in resources/icons/ from the SVG sources.
#
#   resources/icons/poyo-desktop.svg      master, used for 64 px and up (and for .icns)
#   resources/icons/poyo-desktop-NN.svg   the same design fitted to the pixel grid
#                                         for NN = 16, 24, 32 and 48 px
#
# Needs: rsvg-convert (librsvg2-bin), ImageMagick 6 or 7 (convert or magick) and
# png2icns (icnsutils). On Debian/Ubuntu:
#   sudo apt-get install librsvg2-bin imagemagick icnsutils
#
# Usage: sh resources/build-icons.sh   (from anywhere)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
icons="$here/icons"
app_id="ai.poyo.PoyoDesktop"

for tool in rsvg-convert png2icns; do
    command -v "$tool" >/dev/null 2>&1 || { echo "build-icons: $tool not found" >&2; exit 1; }
done
if command -v magick >/dev/null 2>&1; then im=magick
elif command -v convert >/dev/null 2>&1; then im=convert
else echo "build-icons: ImageMagick (magick or convert) not found" >&2; exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# source SVG for a given pixel size
source_for() {
    if [ -f "$icons/poyo-desktop-$1.svg" ]; then
        echo "$icons/poyo-desktop-$1.svg"
    else
        echo "$icons/poyo-desktop.svg"
    fi
}

render() {  # render SIZE OUT
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$(source_for "$1")" --output "$2"
}

# freedesktop hicolor theme
for size in 16 24 32 48 64 128 256 512; do
    dir="$icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    render "$size" "$dir/$app_id.png"
done
mkdir -p "$icons/hicolor/scalable/apps"
cp "$icons/poyo-desktop.svg" "$icons/hicolor/scalable/apps/$app_id.svg"

# Windows .ico: 16-256 px, 32-bit RGBA (256 px stored as PNG by ImageMagick)
ico_src=""
for size in 16 24 32 48 64 128 256; do
    ico_src="$ico_src $icons/hicolor/${size}x${size}/apps/$app_id.png"
done
# shellcheck disable=SC2086
"$im" $ico_src "$icons/poyo-desktop.ico"

# macOS .icns: 16, 32, 48, 128, 256, 512 and 1024 px
render 1024 "$tmp/1024.png"
png2icns "$icons/poyo-desktop.icns" \
    "$icons/hicolor/16x16/apps/$app_id.png" \
    "$icons/hicolor/32x32/apps/$app_id.png" \
    "$icons/hicolor/48x48/apps/$app_id.png" \
    "$icons/hicolor/128x128/apps/$app_id.png" \
    "$icons/hicolor/256x256/apps/$app_id.png" \
    "$icons/hicolor/512x512/apps/$app_id.png" \
    "$tmp/1024.png" >/dev/null

echo "build-icons: wrote hicolor PNGs, scalable SVG, poyo-desktop.ico and poyo-desktop.icns in $icons"
