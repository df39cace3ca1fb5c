"""The listing side of the AT-SPI check, run by the system's Python (Debian's
python3-pyatspi): what a screen reader such as Orca is given, screen by screen.

For each screen n it waits for ``<dir>/<n>.ready``, writes the active window's tree to
``<dir>/<n>.json`` (role, name, description, labelled-by, depth, in tree order: the order
Orca reads a window in) and then ``<dir>/<n>.done``. All along it records what the app asks
to be spoken (``object:announcement``) into ``<dir>/announcements.json``.
"""

import json
import sys
import time
from pathlib import Path

import pyatspi
from gi.repository import Atspi, GLib

ROWS = 8  # children of a table or list walked (a case list has thousands of cells)


def labels(acc):
    out = []
    try:
        for rel in acc.getRelationSet():
            if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                out += [rel.getTarget(i).name for i in range(rel.getNTargets())]
    except Exception:  # a relation to an object already gone
        pass
    return out


def walk(acc, depth, out):
    try:
        state = acc.getState()
        if not state.contains(pyatspi.STATE_SHOWING):
            return
        out.append(
            {
                "depth": depth,
                "role": acc.getRoleName(),
                "name": acc.name,
                "description": acc.description,
                "labelled_by": labels(acc),
                "focusable": state.contains(pyatspi.STATE_FOCUSABLE),
            }
        )
        many = acc.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE_TABLE)
        count = min(acc.childCount, ROWS * 6) if many else acc.childCount
        for i in range(count):
            walk(acc.getChildAtIndex(i), depth + 1, out)
    except Exception as exc:  # an object that vanished while read
        out.append({"depth": depth, "role": "error", "name": type(exc).__name__})


def app_named(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and child.name == name:
            return child
    return None


def list_screen(sync, n):
    out = []
    end = time.monotonic() + 30  # the app registers on the bus once a reader is there
    while len(out) < 4 and time.monotonic() < end:
        out = []
        app = app_named("ponte")
        if app is not None:
            app.set_cache_mask(Atspi.Cache.NONE)  # the tree as it is now, not as events left it
            app.clearCache()
            for i in range(app.childCount):
                window = app.getChildAtIndex(i)
                if window.getState().contains(pyatspi.STATE_SHOWING):
                    walk(window, 0, out)
        if len(out) < 4:
            time.sleep(0.5)
    (sync / f"{n}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1))
    (sync / f"{n}.done").touch()


def main():
    sync, screens = Path(sys.argv[1]), int(sys.argv[2])
    spoken = []
    state = {"next": 1, "deadline": time.monotonic() + 240}

    typed_secret = []

    def on_announcement(event):
        spoken.append({"text": str(event.any_data), "by": event.source.getRoleName()})

    focus = []

    def on_focus(event):  # what a screen reader says as the focus moves
        if event.detail1 == 1 and event.source is not None:
            focus.append({"role": event.source.getRoleName(), "name": event.source.name})

    def on_insert(event):  # what any program on the accessibility bus sees being typed
        if event.source is not None and event.source.getRole() == pyatspi.ROLE_PASSWORD_TEXT:
            typed_secret.append(str(event.any_data))

    def poll():
        n = state["next"]
        if (sync / f"{n}.ready").exists():
            list_screen(sync, n)
            state["next"], state["deadline"] = n + 1, time.monotonic() + 240
        if state["next"] > screens or time.monotonic() > state["deadline"]:
            (sync / "announcements.json").write_text(json.dumps(spoken, ensure_ascii=False))
            (sync / "password-text.json").write_text(json.dumps(typed_secret))
            (sync / "focus.json").write_text(json.dumps(focus, ensure_ascii=False))
            pyatspi.Registry.stop()
            return False
        return True

    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    pyatspi.Registry.registerEventListener(on_insert, "object:text-changed:insert")
    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    GLib.timeout_add(200, poll)
    pyatspi.Registry.start()
    if state["next"] <= screens:
        raise SystemExit(f"screen {state['next']} never came")


if __name__ == "__main__":
    main()
