#!/bin/sh
# The README's test command: installs what is needed, builds, and runs every test with a real
# keyring (gnome-keyring on a private D-Bus session) and the offscreen Qt platform.
set -eu
cd "$(dirname "$0")/.."
.ci/install-deps.sh
.ci/build.sh
# A private keyring directory: a login keyring left in ~/.local/share/keyrings by anything else,
# with another password, would stay locked and every keychain test would fail.
exec dbus-run-session -- sh -c '
    export XDG_RUNTIME_DIR="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
    echo -n veldboek-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd build && ctest --output-on-failure -j 2 "$@"' sh "$@"
