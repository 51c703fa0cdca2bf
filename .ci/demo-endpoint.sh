#!/bin/sh
# The first minute (issue 6): starts a local veldboek-endpoint with a demo account and a
# certificate made for it, and configures the demo register for it (address, CA file, token),
# so that Submit works at once. Called by demo.sh:
#   .ci/demo-endpoint.sh REGISTER PASSPHRASE_FILE
# Everything lives in $VELDBOEK_DEMO_DIR/endpoint (default ~/.local/share/Veldboek/demo/endpoint);
# a second run reuses the certificate and the account and starts the endpoint only if it is not
# running. Three peer organisations in the same cluster submit small demo registers once, and a
# dashboard release is made after them, so the dashboard has cluster figures to compare with.
set -eu
cd "$(dirname "$0")/.."
register="$1"
passphrase_file="$2"
build="${VELDBOEK_BUILD_DIR:-build}"
port="${VELDBOEK_DEMO_PORT:-8443}"
demo="${VELDBOEK_DEMO_DIR:-$HOME/.local/share/Veldboek/demo}"
dir="$demo/endpoint"
# demo.sh passes the installed programs when it uses them.
endpoint="${VELDBOEK_ENDPOINT_PROGRAM:-$build/endpoint/veldboek-endpoint}"
cli="${VELDBOEK_CLI_PROGRAM:-$build/app/cli/veldboek-cli}"
url="https://127.0.0.1:$port"
mkdir -p "$dir/data"
chmod 700 "$dir"

if [ ! -f "$dir/cert.pem" ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 825 \
        -keyout "$dir/key.pem" -out "$dir/cert.pem" -subj /CN=localhost \
        -addext subjectAltName=IP:127.0.0.1,DNS:localhost 2>/dev/null
    chmod 600 "$dir/key.pem"
fi

# A token is printed once by `account add`; kept next to the demo data, readable only by the user.
new_account() { # NAME FILE
    if [ ! -s "$2" ]; then
        "$endpoint" account add --data "$dir/data" --org "$1" --cluster "Demo-cluster" > "$2.tmp"
        chmod 600 "$2.tmp"
        mv "$2.tmp" "$2"
    fi
}
new_account "Demo-organisatie" "$dir/token.txt"

running=no
if [ -f "$dir/endpoint.pid" ] && kill -0 "$(cat "$dir/endpoint.pid")" 2>/dev/null; then
    running=yes
fi
if [ "$running" = no ]; then
    : > "$dir/endpoint.out"
    nohup "$endpoint" serve --cert "$dir/cert.pem" --key "$dir/key.pem" --data "$dir/data" \
        --listen "127.0.0.1:$port" > "$dir/endpoint.out" 2> "$dir/endpoint.log" &
    echo $! > "$dir/endpoint.pid"
    tries=0
    until grep -q "listening on" "$dir/endpoint.out" 2>/dev/null; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ] || ! kill -0 "$(cat "$dir/endpoint.pid")" 2>/dev/null; then
            echo "The demo endpoint did not start; see $dir/endpoint.log" >&2
            exit 2
        fi
        sleep 0.1
    done
    echo "Demo endpoint: $url (stop it with: kill $(cat "$dir/endpoint.pid"))" >&2
fi

"$cli" sync "$register" --endpoint "$url" --ca "$dir/cert.pem" --token-file "$dir/token.txt" \
    --passphrase-file "$passphrase_file" --configure >&2

# Peers, once: small generated registers (30 participants each, without the demo's mistakes).
if [ ! -f "$dir/peers.done" ]; then
    for n in 1 2 3; do
        peer="$dir/peer$n.veldboek"
        new_account "Peer-organisatie $n" "$dir/peer$n-token.txt"
        [ -f "$peer" ] || "$cli" init "$peer" --passphrase-file "$passphrase_file" --demo 30 \
            --demo-clean --allow-weak-passphrase >/dev/null
        "$cli" sync "$peer" --endpoint "$url" --ca "$dir/cert.pem" \
            --token-file "$dir/peer$n-token.txt" --passphrase-file "$passphrase_file" >/dev/null 2>&1 \
            || echo "Peer $n could not submit (see: $cli sync $peer ...)" >&2
    done
    # Cluster figures come from a release (the server makes one on the first of each month):
    # one now, so the peers' submissions are in the demo's cluster figures.
    "$endpoint" release --data "$dir/data" >/dev/null
    touch "$dir/peers.done"
fi
