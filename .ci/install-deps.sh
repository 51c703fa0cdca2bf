#!/bin/sh
# Installs what Veldboek needs to build, test and run on Debian 12 (as root, through apt).
# Skips apt entirely when everything is already there.
set -eu
PACKAGES="cmake g++ make pkg-config qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite
qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
qtkeychain-qt6-dev libsecret-1-0 libsqlcipher-dev libssl-dev libquazip1-qt6-dev xvfb xauth dbus
gnome-keyring libsecret-tools openssl ca-certificates util-linux
postgresql libqt6sql6-psql zlib1g-dev sqlcipher libxlsxwriter-dev libglpk-dev"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages:$missing. Run this as root (sudo $0)." >&2
    exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq $missing
