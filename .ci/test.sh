#!/bin/sh
# The README's test command: installs what is needed, builds, and runs every test with a real
# keyring (gnome-keyring on a private D-Bus session) and the offscreen Qt platform.
set -eu
cd "$(dirname "$0")/.."
.ci/install-deps.sh
.ci/build.sh
exec dbus-run-session -- sh -c '
    export XDG_RUNTIME_DIR="$(mktemp -d)"
    echo -n veldboek-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd build && ctest --output-on-failure -j 2 "$@"' sh "$@"
