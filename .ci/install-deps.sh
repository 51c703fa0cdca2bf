#!/bin/sh
# Installs what Veldboek needs to build, test and run on Debian 12 (as root, through apt).
# Skips apt entirely when everything is already there.
set -eu
PACKAGES="cmake g++ make pkg-config qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite
libmicrohttpd-dev libgnutls28-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
qtkeychain-qt6-dev libsecret-1-0 libsqlcipher-dev libssl-dev libquazip1-qt6-dev xvfb xauth dbus
gnome-keyring libsecret-tools openssl ca-certificates util-linux
postgresql libqt6sql6-psql haproxy zlib1g-dev sqlcipher libxlsxwriter-dev clang-format libglpk-dev
libzxcvbn-dev lintian mmdebstrap appstream desktop-file-utils dpkg-dev fakeroot librsvg2-bin file
clang libfuzzer-14-dev libclang-rt-14-dev at-spi2-core python3-pyatspi chromium chromium-driver"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
# As root (a fresh Debian 12 shell has no sudo) apt runs directly; from an ordinary account
# through sudo.
as_root=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "Missing packages:$missing. Run this as root, or install sudo." >&2
        exit 2
    fi
    as_root="sudo"
fi
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
