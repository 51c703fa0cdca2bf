#!/bin/sh
# The screen-reader test (docs/testing.md): reads the running `veldboek` through AT-SPI, as Orca
# would. A private D-Bus session (dbus-run-session) and a virtual X display (xvfb-run): the Qt
# AT-SPI bridge needs a real platform, offscreen has none. participant_form_reader.py starts the
# AT-SPI bus itself, makes a demo register and opens it in the program. Debian's python3, which
# has the gi and pyatspi modules (python3-pyatspi), not another one earlier on PATH.
# Usage: run-reader.sh VELDBOEK VELDBOEK-CLI
set -eu
here=$(dirname "$0")
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
    /usr/bin/python3 "$here/participant_form_reader.py" "$@"
