#!/bin/sh
# The README's test command: installs what is needed, builds, and runs every test with a real
# keyring (gnome-keyring on a private D-Bus session) and the offscreen Qt platform, then the fuzz
# targets for a minute each.
set -eu
cd "$(dirname "$0")/.."
.ci/install-deps.sh
.ci/build.sh
.ci/ctest-keyring.sh build -j 2 "$@"
# Every fuzz target for 60 s on its seed corpus (tests/fuzz, docs/testing.md): about 15 minutes
# with the sanitizer build of core.
exec .ci/fuzz.sh 60
