#!/bin/sh
# Makes the GUI screenshots in docs/screenshots from a demo register, in Dutch, and the same
# screens in English in docs/screenshots/en.
# Run from the repository root after building veldboek-cli and veldboek-gui-screenshots:
#   BUILD=build docs/screenshots/make-screenshots.sh
set -eu
BUILD=${BUILD:-build}
OUT=${OUT:-docs/screenshots}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'demo-wachtzin\n' > "$tmp/wachtzin.txt"
"$BUILD/app/cli/veldboek-cli" init "$tmp/praktijk-noord.veldboek" \
    --passphrase-file "$tmp/wachtzin.txt" --allow-weak-passphrase --demo 200 --lang nl
# No Secret Service here: the register is opened with its passphrase, and the create dialog's
# keychain answer comes from the tool's seam.
xvfb-run -a -s "-screen 0 1280x800x24" \
    "$BUILD/tests/gui/veldboek-gui-screenshots" "$tmp/praktijk-noord.veldboek" \
    "$tmp/wachtzin.txt" "$OUT" --lang nl
mkdir -p "$OUT/en"
xvfb-run -a -s "-screen 0 1280x800x24" \
    "$BUILD/tests/gui/veldboek-gui-screenshots" "$tmp/praktijk-noord.veldboek" \
    "$tmp/wachtzin.txt" "$OUT/en" --lang en
