#!/bin/sh
# The README's first command: installs what is needed, builds, makes a demo register with 200
# generated participants (once), starts a local endpoint for it and opens it in Veldboek.
set -eu
cd "$(dirname "$0")/.."
.ci/install-deps.sh
.ci/build.sh
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
    build/app/cli/veldboek-cli init "$demo/demo.veldboek" --passphrase-file "$demo/passphrase.txt" \
        --demo 200 --demo-clean
fi
# A local endpoint with a demo account, a certificate made for it, and the register configured for
# it: Submit works at once, and the dashboard has peers to compare with.
.ci/demo-endpoint.sh "$demo/demo.veldboek" "$demo/passphrase.txt"
set -- build/app/gui/veldboek "$demo/demo.veldboek" --passphrase-file "$demo/passphrase.txt" "$@"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: starting Veldboek in a virtual one (xvfb-run)." >&2
    exec xvfb-run -a "$@"
fi
exec "$@"
