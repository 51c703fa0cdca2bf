#!/bin/sh
# The README's test command: installs what is needed, builds, and runs every test with a real
# keyring (gnome-keyring on a private D-Bus session) and the offscreen Qt platform.
set -eu
cd "$(dirname "$0")/.."
.ci/install-deps.sh
.ci/build.sh
exec .ci/ctest-keyring.sh build -j 2 "$@"
