#!/bin/sh
# The README's first command: installs what is needed, builds, makes a demo register with 200
# generated participants (once), starts a local endpoint for it and opens it in Veldboek.
set -eu
cd "$(dirname "$0")/.."
# The installed programs (apt install ./veldboek_*.deb ./veldboek-endpoint_*.deb) when all three
# are there, unless VELDBOEK_FROM_BUILD=1; otherwise build them here.
if [ -z "${VELDBOEK_FROM_BUILD:-}" ] && command -v veldboek >/dev/null 2>&1 &&
    command -v veldboek-cli >/dev/null 2>&1 && command -v veldboek-endpoint >/dev/null 2>&1; then
    echo "Using the installed programs in $(dirname "$(command -v veldboek)")" \
        "(VELDBOEK_FROM_BUILD=1 builds from source instead)." >&2
    gui=veldboek
    VELDBOEK_CLI_PROGRAM=veldboek-cli
    VELDBOEK_ENDPOINT_PROGRAM=veldboek-endpoint
    command -v openssl >/dev/null 2>&1 ||
        { echo "The demo makes a certificate with openssl: apt install openssl" >&2; exit 2; }
else
    .ci/install-deps.sh
    .ci/build.sh
    gui=build/app/gui/veldboek
    VELDBOEK_CLI_PROGRAM=build/app/cli/veldboek-cli
    VELDBOEK_ENDPOINT_PROGRAM=build/endpoint/veldboek-endpoint
fi
export VELDBOEK_CLI_PROGRAM VELDBOEK_ENDPOINT_PROGRAM
demo="${VELDBOEK_DEMO_DIR:-$HOME/.local/share/Veldboek/demo}"
mkdir -p "$demo"
chmod 700 "$demo"
if [ ! -f "$demo/demo.veldboek" ]; then
    # The demo passphrase sits in a file next to it: fine for generated data, never for real data.
    printf 'veldboek-demo\n' > "$demo/passphrase.txt"
    chmod 600 "$demo/passphrase.txt"
    # Without the generator's deliberate mistakes: errors block a submission, and the first
    # minute is for submitting and seeing the report and the figures. (A demo made before
    # --demo-clean existed keeps its mistakes; remove "$demo" to make a new one.)
    # --allow-weak-passphrase: init refuses a guessable passphrase, except for generated data.
    "$VELDBOEK_CLI_PROGRAM" init "$demo/demo.veldboek" --passphrase-file "$demo/passphrase.txt" \
        --allow-weak-passphrase --demo 200 --demo-clean
fi
# A local endpoint with a demo account, a certificate made for it, and the register configured for
# it: Submit works at once, and the dashboard has peers to compare with.
.ci/demo-endpoint.sh "$demo/demo.veldboek" "$demo/passphrase.txt"
set -- "$gui" "$demo/demo.veldboek" --passphrase-file "$demo/passphrase.txt" "$@"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null 2>&1 ||
        { echo "No display, and no xvfb-run for a virtual one: apt install xvfb xauth" >&2; exit 2; }
    echo "No display: starting Veldboek in a virtual one (xvfb-run)." >&2
    exec xvfb-run -a "$@"
fi
exec "$@"
