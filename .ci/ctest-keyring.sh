#!/bin/sh
# Runs ctest in a build directory with a real keyring: gnome-keyring on a private D-Bus session,
# in a private keyring directory (a login keyring left in ~/.local/share/keyrings by anything else,
# with another password, would stay locked and every keychain test would fail).
#   .ci/ctest-keyring.sh BUILD_DIR [ctest arguments...]
set -eu
build="$1"
shift
exec dbus-run-session -- sh -c '
    export XDG_RUNTIME_DIR="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"
    echo -n veldboek-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd "$0" && ctest --output-on-failure "$@"' "$build" "$@"
