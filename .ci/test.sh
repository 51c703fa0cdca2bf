#!/bin/sh
# The README's test command: installs what is needed, builds, and runs every test with a real
# keyring (gnome-keyring on a private D-Bus session) and the offscreen Qt platform; then builds
# everything again with clang, AddressSanitizer and UBSan and runs the whole suite under them;
# then the fuzz targets of that build for a minute each, two at a time (docs/testing.md).
set -eu
cd "$(dirname "$0")/.."
.ci/install-deps.sh
.ci/build.sh
.ci/ctest-keyring.sh build -j 2 "$@"
.ci/sanitize.sh "$@"
exec .ci/fuzz.sh 60
