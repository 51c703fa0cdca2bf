#!/bin/sh
# tst_install (tests/install/CMakeLists.txt):
#   install-test.sh BUILD_DIR VERSION
# Makes the packages with `cpack -G DEB`, checks them, installs them into a fresh Debian 12 root
# (mmdebstrap, as root), runs every program there, removes the packages and checks that nothing
# is left. Prints the package sizes and the time each step took.
# VELDBOEK_DEBIAN_MIRROR overrides the mirror (default: the one this machine's apt uses).
set -eu
build=$(cd "$1" && pwd)
version=$2

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIPPED: tst_install needs root (mmdebstrap and chroot make and enter a fresh Debian" \
         "root); run it as root or through sudo: sudo .ci/ctest-keyring.sh build -R tst_install"
    exit 77
fi
for tool in cpack lintian desktop-file-validate appstreamcli mmdebstrap dpkg-shlibdeps openssl; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (.ci/install-deps.sh)"; exit 1; }
done

work=$(mktemp -d /var/tmp/veldboek-install.XXXXXX)
root="$work/root"
mounted=""
endpoint_pid=""
cleanup() {
    [ -n "$endpoint_pid" ] && kill "$endpoint_pid" 2>/dev/null || true
    for m in $mounted; do umount -l "$m" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
fail() { echo "FAIL: $*"; exit 1; }
now() { date +%s; }
step() { echo; echo "== $*"; }
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# --- 1. The packages ----------------------------------------------------------------------
step "cpack -G DEB"
t0=$(now)
(cd "$build" && cpack -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack"; }
app_deb="$work/packages/veldboek_${version}_amd64.deb"
endpoint_deb="$work/packages/veldboek-endpoint_${version}_amd64.deb"
[ -f "$app_deb" ] && [ -f "$endpoint_deb" ] || { ls -l "$work/packages"; fail "package names"; }
t_cpack=$(($(now) - t0))
for deb in "$app_deb" "$endpoint_deb"; do
    echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB," \
         "installed $(dpkg-deb -f "$deb" Installed-Size) KiB"
    echo "  Depends: $(dpkg-deb -f "$deb" Depends)"
    # SQLCipher is linked in statically; a dependency on it would mean it is not.
    dpkg-deb -f "$deb" Depends | grep -q sqlcipher && fail "$deb depends on SQLCipher"
    dpkg-deb -f "$deb" Depends | grep -q libqt6core6 || fail "$deb: no library Depends computed"
done

step "lintian"
lintian --fail-on error --info --tag-display-limit 0 "$app_deb" "$endpoint_deb" ||
    fail "lintian found errors"

step "desktop-file-validate, appstreamcli validate, man pages"
dpkg-deb -x "$app_deb" "$work/app"
dpkg-deb -x "$endpoint_deb" "$work/endpoint"
desktop-file-validate "$work/app/usr/share/applications/nl.veldboek.Veldboek.desktop" ||
    fail "desktop-file-validate"
metainfo="$work/app/usr/share/metainfo/nl.veldboek.Veldboek.metainfo.xml"
# --no-net: the screenshots are not published yet (docs/packaging.md).
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$metainfo" ||
    fail "the metainfo has no <release> for $version"
for page in "$work/app/usr/share/man/man1/veldboek.1.gz" \
            "$work/app/usr/share/man/man1/veldboek-cli.1.gz" \
            "$work/endpoint/usr/share/man/man1/veldboek-endpoint.1.gz"; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man page $page: $warnings"
done
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$work/app/usr/share/icons/hicolor/${size}x${size}/apps/nl.veldboek.Veldboek.png" ] ||
        fail "no ${size}x${size} icon"
done
[ -f "$work/app/usr/share/icons/hicolor/scalable/apps/nl.veldboek.Veldboek.svg" ] || fail "no SVG icon"
# Every directive known and well-formed (a typo is reported). The program itself is not on this
# machine, so that one complaint is expected; the man page is checked above.
systemd-analyze verify --man=no "$work/endpoint/lib/systemd/system/veldboek-endpoint.service" 2>&1 |
    grep -v "Command /usr/bin/veldboek-endpoint is not executable" | tee "$work/verify.log"
[ -s "$work/verify.log" ] && fail "systemd-analyze verify"

# --- 2. A fresh Debian 12 root --------------------------------------------------------------
if [ -n "${VELDBOEK_DEBIAN_MIRROR:-}" ]; then
    mirror=$VELDBOEK_DEBIAN_MIRROR
else
    mirror=$(sed -n 's/^URIs: *\([^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
fi
security=$(echo "$mirror" | sed 's,/debian$,/debian-security,')
step "mmdebstrap bookworm ($mirror)"
t0=$(now)
# The apt variant: only the Essential packages and apt, so the packages' own Depends must bring
# in everything they need. curl asks the endpoint for its health from inside the root.
mmdebstrap --quiet --mode=root --variant=apt --include=curl,ca-certificates \
    --skip=cleanup/apt/lists bookworm "$root" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
    "deb $security bookworm-security main" || fail "mmdebstrap"
t_root=$(($(now) - t0))
echo "fresh root in ${t_root} s"
mount -t proc proc "$root/proc" && mounted="$root/proc $mounted"
mount --bind /dev "$root/dev" && mounted="$root/dev $mounted"
cp /etc/resolv.conf "$root/etc/resolv.conf"
ls "$root/usr/bin" >"$work/bin-before"

step "apt-get install ./veldboek_${version}_amd64.deb ./veldboek-endpoint_${version}_amd64.deb"
mkdir -p "$root/tmp/packages"
cp "$app_deb" "$endpoint_deb" "$root/tmp/packages/"
t0=$(now)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/packages/veldboek_${version}_amd64.deb" \
    "/tmp/packages/veldboek-endpoint_${version}_amd64.deb" >"$work/apt.log" 2>&1 ||
    { tail -40 "$work/apt.log"; fail "apt-get install"; }
t_install=$(($(now) - t0))
echo "installed in ${t_install} s ($(grep -c '^Setting up' "$work/apt.log") packages set up)"

# --- 3. The programs in the root ------------------------------------------------------------
step "--version"
for program in veldboek-cli veldboek veldboek-endpoint; do
    in_root "$program" --version >"$work/version" 2>&1 || { cat "$work/version"; fail "$program --version"; }
    cat "$work/version"
    head -1 "$work/version" | grep -qx "$program $version" || fail "$program --version"
    grep -q "^SQLCipher " "$work/version" || fail "$program --version: no SQLCipher version"
done

step "veldboek-cli init --demo, validate"
mkdir -p "$root/tmp/demo"
printf 'install-test\n' >"$root/tmp/demo/passphrase"
in_root veldboek-cli init /tmp/demo/demo.veldboek --passphrase-file /tmp/demo/passphrase \
    --allow-weak-passphrase --demo 50 --demo-clean || fail "veldboek-cli init"
in_root veldboek-cli validate /tmp/demo/demo.veldboek --passphrase-file /tmp/demo/passphrase ||
    fail "veldboek-cli validate: the clean demo register has errors"
in_root veldboek-cli validate /tmp/demo/demo.veldboek --passphrase-file /tmp/demo/passphrase \
    --json >"$work/report.json" || fail "veldboek-cli validate --json"
grep -q '"status": *"approved"' "$work/report.json" || fail "the report is not approved"

step "veldboek on the register (offscreen)"
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    veldboek /tmp/demo/demo.veldboek --passphrase-file /tmp/demo/passphrase \
    >"$work/gui.log" 2>&1 &
gui_pid=$!
opened=""
for _ in $(seq 1 30); do
    sleep 0.5
    kill -0 "$gui_pid" 2>/dev/null || break
    # SQLCipher holds the register open once the window has unlocked it.
    if ls -l "/proc/$gui_pid/fd" 2>/dev/null | grep -q "/tmp/demo/demo.veldboek"; then
        opened=yes
        break
    fi
done
kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; fail "veldboek exited"; }
sleep 1
kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; fail "veldboek exited after opening"; }
kill "$gui_pid"
wait "$gui_pid" || true
cat "$work/gui.log"
[ -n "$opened" ] || fail "veldboek did not open the register within 15 s"
grep -qi "could not load\|cannot load library\|plugin .* not found" "$work/gui.log" &&
    fail "veldboek misses a plugin or library"
echo "veldboek ran with the register open"

step "veldboek-endpoint serve, as the service's account, answering health"
id=$(in_root id -u veldboek-endpoint) || fail "the package made no veldboek-endpoint account"
tls="$root/etc/veldboek-endpoint/tls"
[ -d "$tls" ] || fail "no /etc/veldboek-endpoint/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$tls/privkey.pem" -out "$tls/fullchain.pem" \
    2>/dev/null || fail "openssl req"
# As deployment.md says: the key for root and the service's group only.
in_root chgrp veldboek-endpoint /etc/veldboek-endpoint/tls/privkey.pem
chmod 0640 "$tls/privkey.pem"
token=$(in_root runuser -u veldboek-endpoint -- veldboek-endpoint account add \
    --data /var/lib/veldboek-endpoint --org "Installatietest" --cluster "Test") ||
    fail "veldboek-endpoint account add"
port=$((20000 + $$ % 10000))
# setpriv, not runuser: it execs the endpoint itself, so $endpoint_pid is the endpoint and gets
# the signals a service manager would send.
chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    setpriv --reuid=veldboek-endpoint --regid=veldboek-endpoint --init-groups \
    veldboek-endpoint serve --data /var/lib/veldboek-endpoint \
    --cert /etc/veldboek-endpoint/tls/fullchain.pem --key /etc/veldboek-endpoint/tls/privkey.pem \
    --listen "127.0.0.1:$port" >"$work/endpoint.log" 2>&1 &
endpoint_pid=$!
health() {
    in_root curl -sS --max-time 5 --cacert /etc/veldboek-endpoint/tls/fullchain.pem \
        -H "Authorization: Bearer $token" "https://127.0.0.1:$port/api/v1/health"
}
answer=""
for _ in $(seq 1 40); do
    answer=$(health 2>/dev/null) && break
    kill -0 "$endpoint_pid" 2>/dev/null || break
    sleep 0.5
done
echo "health: $answer"
echo "$answer" | grep -q '"status"' || { cat "$work/endpoint.log"; fail "no health answer"; }
# The service's `systemctl reload`: SIGHUP, the certificate read again, still answering.
kill -HUP "$endpoint_pid"
sleep 1
health >/dev/null || { cat "$work/endpoint.log"; fail "no health answer after SIGHUP"; }
kill "$endpoint_pid"
wait "$endpoint_pid" || true
endpoint_pid=""
cat "$work/endpoint.log"
grep -q "certificate and key read again" "$work/endpoint.log" || fail "the endpoint did not reload"

# --- 4. Removal -----------------------------------------------------------------------------
step "apt-get purge, autoremove"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q veldboek veldboek-endpoint \
    >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q \
    >>"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get autoremove"; }
ls "$root/usr/bin" >"$work/bin-after"
diff "$work/bin-before" "$work/bin-after" || fail "/usr/bin is not as before the install"
for left in usr/share/applications/nl.veldboek.Veldboek.desktop lib/systemd/system/veldboek-endpoint.service \
            etc/veldboek-endpoint/veldboek-endpoint.conf usr/share/doc/veldboek usr/share/doc/veldboek-endpoint; do
    [ ! -e "$root/$left" ] || fail "/$left is left after purge"
done
# What stays is what the administrator made, as Debian keeps it: the certificate and key put in
# /etc/veldboek-endpoint/tls, and the data (deployment.md, "Removing").
(cd "$root/etc/veldboek-endpoint" && find . -type f | sort) >"$work/etc-left"
printf './tls/fullchain.pem\n./tls/privkey.pem\n' | diff - "$work/etc-left" ||
    fail "/etc/veldboek-endpoint holds more than the administrator's certificate after purge"
[ -f "$root/var/lib/veldboek-endpoint/endpoint.sqlite" ] || fail "purge removed the endpoint's data"
echo "nothing left in /usr/bin"

echo
# Also kept in the build directory: ctest shows a passing test's output only with -V.
echo "SUMMARY: cpack ${t_cpack} s; fresh root ${t_root} s; install ${t_install} s" \
     "($(grep -c '^Setting up' "$work/apt.log") packages);" \
     "veldboek $(du -k "$app_deb" | cut -f1) KiB (installed $(dpkg-deb -f "$app_deb" Installed-Size) KiB)," \
     "veldboek-endpoint $(du -k "$endpoint_deb" | cut -f1) KiB" \
     "(installed $(dpkg-deb -f "$endpoint_deb" Installed-Size) KiB)" | tee "$build/tst_install-summary.txt"
