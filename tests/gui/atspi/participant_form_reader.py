#!/usr/bin/env python3
"""Reads the participant form of the running veldboek through AT-SPI, as a screen reader does.

Run by run-reader.sh inside dbus-run-session and xvfb-run (docs/testing.md). Checks:
  1. the form's inputs have the field labels as accessible names, and the roles a reader
     announces (text, combo box, check box);
  2. Tab goes through the fields in the order the form shows them (each focus change
     is read from the focus events the reader gets);
  3. typing an invalid house number makes the engine's message the field's accessible description, and
     the bridge sends the description change (what Orca speaks) while the form is open.
Exit code 0 when all hold, 1 with the reasons otherwise.
"""

import os
import subprocess
import sys
import tempfile
import time

TIMEOUT = 25  # seconds for the program to show its window

# The participant form from its first field, in English (app/gui/participants/ParticipantForm.cpp,
# sections()): label and the AT-SPI roles a reader may report for it. Age is left out: the form
# shows it only under opt-out, and the demo's first participant has not opted out.
TEXT = {"text", "entry"}
FIELDS = [
    ("First name", TEXT),
    ("Last name", TEXT),
    ("Respondent number", TEXT),
    ("Citizen service number", TEXT),
    ("Gender", {"combo box"}),
    ("Opt-out", {"check box"}),
    ("Date of birth", TEXT),
    ("No address", {"check box"}),
    ("Street", TEXT),
    ("House number", TEXT),
]
INVALID = "House number"
# The big views: their cells are not form inputs, and walking 200 rows over D-Bus takes long.
SKIP_ROLES = {"table", "tree table", "list", "tree", "list box"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def start_bus():
    """The accessibility bus of this private session; the launcher starts the registry."""
    for launcher in ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if os.path.exists(launcher):
            process = subprocess.Popen([launcher, "--launch-immediately"])
            break
    else:
        sys.exit("at-spi-bus-launcher not found: apt install at-spi2-core")
    from gi.repository import Gio

    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    deadline = time.time() + 10
    while time.time() < deadline:
        owner = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                              "org.freedesktop.DBus", "NameHasOwner",
                              __import__("gi.repository.GLib", fromlist=["GLib"]).Variant(
                                  "(s)", ("org.a11y.Bus",)),
                              None, Gio.DBusCallFlags.NONE, -1, None)
        if owner.unpack()[0]:
            return process
        time.sleep(0.1)
    sys.exit("the AT-SPI bus did not start")


def make_register(cli, folder):
    passphrase = os.path.join(folder, "passphrase")
    with open(passphrase, "w") as f:
        f.write("lantaarn zeepbel kompas haring 47\n")
    register = os.path.join(folder, "demo.veldboek")
    subprocess.run([cli, "init", register, "--passphrase-file", passphrase, "--demo", "20",
                    "--demo-clean", "--lang", "en"], check=True, stdout=subprocess.DEVNULL)
    return register, passphrase


def pump(seconds):
    from gi.repository import GLib

    context = GLib.MainContext.default()
    deadline = time.time() + seconds
    while time.time() < deadline:
        if not context.iteration(False):
            time.sleep(0.01)


def wait_for(predicate, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        pump(0.05)
    return predicate()


def find_application(pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # an application that went away while we looked
            continue
    return None


def spoken_name(node, role):
    """The name Orca says for `node`. Qt on Linux gives a combo box its current item as name
    and the label through the labelled-by relation (the label's buddy); the label's text is
    cut at the required mark and the round note."""
    name = node.name
    if role == "combo box":
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi_module().RELATION_LABELLED_BY:
                name = relation.getTarget(0).name
    return (name or "").split("\n")[0].rstrip(" *")


def pyatspi_module():
    import pyatspi

    return pyatspi


def inputs(node, found, depth=0):
    """Named objects under `node` (not inside the big views), by the name a reader says."""
    if depth > 40:
        return
    try:
        role = node.getRoleName()
        name = spoken_name(node, role)
        count = node.childCount
    except Exception:
        return
    if name and name not in found:
        found[name] = node
    if role in SKIP_ROLES:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            inputs(child, found, depth + 1)


def main():
    veldboek, cli = sys.argv[1], sys.argv[2]
    started = time.time()
    folder = tempfile.mkdtemp(prefix="veldboek-atspi-")
    # Settings and recent files of this run stay in its folder.
    env = dict(os.environ, HOME=folder, XDG_CONFIG_HOME=os.path.join(folder, "config"),
               XDG_DATA_HOME=os.path.join(folder, "data"), QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               LANG="C.UTF-8", LC_ALL="C.UTF-8")
    register, passphrase = make_register(cli, folder)
    bus = start_bus()
    import pyatspi  # after the bus is there: it asks the session for the bus's address

    focused = []
    descriptions = []

    def on_focus(event):
        if event.detail1 == 1:
            try:
                focused.append(spoken_name(event.source, event.source.getRoleName()))
            except Exception:
                pass

    def on_description(event):
        try:
            descriptions.append((event.source.name, event.source.description))
        except Exception:
            pass

    # Registered before the program starts: the bridge sends only the events someone listens to.
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(on_description,
                                           "object:property-change:accessible-description")

    program = subprocess.Popen([veldboek, register, "--passphrase-file", passphrase,
                                "--lang", "en"], env=env)
    try:
        app = None

        def appeared():
            nonlocal app
            app = find_application(pyatspi, program.pid)
            if app is None:
                return False
            found = {}
            inputs(app, found)
            return INVALID in found

        if not wait_for(appeared, TIMEOUT):
            fail("the participant form did not appear on the accessibility bus within %d s"
                 % TIMEOUT)
            return
        found = {}
        inputs(app, found)

        # 1. Names and roles.
        for name, roles in FIELDS:
            node = found.get(name)
            if node is None:
                fail("no input named %r" % name)
            elif node.getRoleName() not in roles:
                fail("%r has role %r, expected one of %s" % (name, node.getRoleName(),
                                                              sorted(roles)))
        if failures:
            return

        # 2. Focus order: a click on the first field makes the window active (there is no
        # window manager to do it), the reader puts the focus in the field (Component.GrabFocus),
        # then Tab, pressed on the keyboard (through the registry and XTest).
        first = found[FIELDS[0][0]].queryComponent()
        x, y, w, h = first.getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "b1c")
        pump(0.5)
        first.grabFocus()
        if not wait_for(lambda: focused and focused[-1] == FIELDS[0][0], 5):
            fail("GrabFocus on %r did not move the focus there (focus events: %s)"
                 % (FIELDS[0][0], focused))
            return
        tab = 0xFF09
        for name, _ in FIELDS[1:]:
            before = len(focused)
            pyatspi.Registry.generateKeyboardEvent(tab, None, pyatspi.KEY_SYM)
            wait_for(lambda: len(focused) > before, 3)
            if focused[-1] != name:
                fail("Tab went to %r where the form shows %r next (order heard: %s)"
                     % (focused[-1], name, focused))
                return

        # 3. An invalid house number (the focus is there now): the message must reach the reader.
        field = found[INVALID]
        help_text = field.description
        del descriptions[:]
        for key in "12a":
            pyatspi.Registry.generateKeyboardEvent(ord(key), None, pyatspi.KEY_SYM)
        pyatspi.Registry.generateKeyboardEvent(tab, None, pyatspi.KEY_SYM)
        heard = wait_for(lambda: any(n.startswith(INVALID) and d.startswith("Error:")
                                     for n, d in descriptions), 5)
        if not heard:
            fail("no description change with an error for %r reached the reader "
                 "(description changes: %s; description now: %r)"
                 % (INVALID, descriptions, field.description))
        elif field.description == help_text or len(field.description) < len("Error: ") + 5:
            fail("the description of %r does not say what is wrong: %r"
                 % (INVALID, field.description))
        else:
            print("Heard on %r: %s" % (INVALID, field.description), flush=True)
    finally:
        program.terminate()
        try:
            program.wait(10)
        except subprocess.TimeoutExpired:
            program.kill()
        bus.terminate()
        print("Screen-reader test took %.1f s" % (time.time() - started), flush=True)


if __name__ == "__main__":
    main()
    if failures:
        sys.exit(1)
    print("PASS: names, roles, focus order and the error announcement of the participant form")
