"""The listing side of the AT-SPI check, run by the system's Python (Debian's
python3-pyatspi): what a screen reader such as Orca is given, screen by screen.

For each screen n it waits for ``<dir>/<n>.ready``, writes the active window's tree to
``<dir>/<n>.json`` (role, name, description, labelled-by, depth, in tree order: the order
Orca reads a window in) and then ``<dir>/<n>.done``.
"""

import json
import sys
import time
from pathlib import Path

import pyatspi

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


def main():
    sync, screens = Path(sys.argv[1]), int(sys.argv[2])
    for n in range(1, screens + 1):
        end = time.monotonic() + 240
        while not (sync / f"{n}.ready").exists():
            if time.monotonic() > end:
                raise SystemExit(f"screen {n} never came")
            time.sleep(0.2)
        out = []
        end = time.monotonic() + 30  # the app registers on the bus once a reader is there
        while len(out) < 4 and time.monotonic() < end:
            out = []
            app = app_named("ponte")
            if app is not None:
                for i in range(app.childCount):
                    window = app.getChildAtIndex(i)
                    if window.getState().contains(pyatspi.STATE_SHOWING):
                        walk(window, 0, out)
            if len(out) < 4:
                time.sleep(0.5)
        (sync / f"{n}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1))
        (sync / f"{n}.done").touch()


if __name__ == "__main__":
    main()
