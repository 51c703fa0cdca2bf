#!/bin/sh
# Renders the hicolor PNG sizes from the SVG (rsvg-convert, Debian librsvg2-bin). The PNGs are
# committed, so a build needs no SVG renderer; run this again after changing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" nl.veldboek.Veldboek.svg -o "nl.veldboek.Veldboek-$size.png"
done
