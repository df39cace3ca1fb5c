"""What a Linux screen reader (Orca) is given over AT-SPI: the sign-in screen, the case list,
the composer's preview and "I forgot my passphrase", each read in a sensible order with every
control named.

The app runs under Xvfb in its own D-Bus session with Qt's AT-SPI bridge on; the system's
Python lists the tree with pyatspi (Debian: at-spi2-core, python3-pyatspi, gir1.2-atspi-2.0,
dbus-bin, and matchbox-window-manager so that windows are activated; installed by .ci/run). ``PONTE_ATSPI_OUT=DIR`` keeps the listings (docs/atspi/).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.runlock import exclusive

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=60
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("dbus-run-session") and _has_pyatspi()),
    reason="needs xvfb-run, dbus-run-session and python3-pyatspi (installed by .ci/run)",
)

Node = dict[str, Any]
#: What the app shows in turn, each listed as AT-SPI sees it (docs/atspi/NAME.txt).
SCREENS = ("sign-in", "case-list", "composer-preview", "forgot-passphrase")
#: What the app asked to be spoken during the run (filled by the fixture).
ANNOUNCED: list[dict[str, str]] = []
#: What crossed the accessibility bus while a passphrase was typed.
PASSWORD_TEXT: list[str] = []
#: Where the focus went, in order (what a screen reader says as it moves).
FOCUS: list[dict[str, str]] = []


@pytest.fixture(scope="module")
def screens(tmp_path_factory: pytest.TempPathFactory) -> list[list[Node]]:
    sync = tmp_path_factory.mktemp("atspi")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", LANG="en_US.UTF-8")
    env["PYTHONPATH"] = str(HERE.parents[1])
    inner = (
        # A window manager activates windows as a desktop does (focus events follow).
        "command -v matchbox-window-manager >/dev/null && "
        "{ matchbox-window-manager -use_titlebar no >/dev/null 2>&1 & }; "
        f"{sys.executable} {HERE / 'atspi_app.py'} {sync} & app=$!; "
        f"{SYSTEM_PYTHON} {HERE / 'atspi_list.py'} {sync} 4; listed=$?; "
        "wait $app; exit $listed"
    )
    cmd = [
        "xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
        "dbus-run-session", "--", "bash", "-c", inner,
    ]  # fmt: skip
    with exclusive("xvfb"):  # `xvfb-run -a` races another for a display number
        done = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=600, check=False
        )
    assert done.returncode == 0, done.stderr[-3000:]
    out = os.environ.get("PONTE_ATSPI_OUT")
    result = []
    spoken = json.loads((sync / "announcements.json").read_text())
    ANNOUNCED.extend(spoken)
    PASSWORD_TEXT.extend(json.loads((sync / "password-text.json").read_text()))
    FOCUS.extend(json.loads((sync / "focus.json").read_text()))
    if out:
        Path(out, "announcements.txt").write_text(
            "\n".join(f"[{s['by']}] {s['text']}" for s in spoken) + "\n"
        )
    for n, name in enumerate(SCREENS, start=1):
        nodes = json.loads((sync / f"{n}.json").read_text())
        result.append(nodes)
        if out:
            Path(out).mkdir(parents=True, exist_ok=True)
            lines = [
                "  " * x["depth"]
                + f"[{x['role']}] {x['name']!r}"
                + (f" labelled by {x['labelled_by']}" if x.get("labelled_by") else "")
                + (f" — {x['description']}" if x.get("description") else "")
                for x in nodes
            ]
            Path(out, f"{name}.txt").write_text("\n".join(lines) + "\n")
    return result


def test_an_error_and_going_online_are_spoken_without_moving_the_focus(
    screens: list[list[Node]],
) -> None:
    """WCAG 4.1.3: Orca receives the sentence (object:announcement) while the focus stays."""
    texts = [s["text"] for s in ANNOUNCED]
    assert any("passphrase" in t for t in texts), texts  # the wrong passphrase, at once
    assert "Online" in texts, texts
    assert any("mistyped group" in t for t in texts), texts  # the forgotten-passphrase screen


def test_after_sign_in_the_focus_goes_straight_to_her_day(
    screens: list[list[Node]],
) -> None:
    """Nothing hidden is announced on the way (screens being built behind the sign-in): the
    first thing said is her day, the first section."""
    if not shutil.which("matchbox-window-manager"):
        pytest.skip("focus events need a window manager (matchbox-window-manager)")
    moves = [(f["role"], f["name"]) for f in FOCUS]
    assert ("password text", "Passphrase") in moves, moves
    after = moves[len(moves) - moves[::-1].index(("password text", "Passphrase")) :]
    after = [m for m in after if m[1] not in ("Sign in", "Opening…")]
    assert after, moves
    assert after[0] == ("page tab list", "My day"), after[:5]


@pytest.mark.xfail(
    strict=True,
    reason="Qt 6.12's AT-SPI bridge sends each character typed in a password field in clear "
    "(object:text-changed:insert); any program on the accessibility bus can read it. Ponte "
    "cannot mask it from Python; docs/accessibility.md and docs/threat-model.md say so. "
    "When Qt masks it, this test passes: remove the xfail.",
)
def test_a_passphrase_never_crosses_the_accessibility_bus(screens: list[list[Node]]) -> None:
    typed = "".join(PASSWORD_TEXT)
    assert "passphrase" not in typed, typed


def _index(nodes: list[Node], role: str, name: str) -> int:
    for i, n in enumerate(nodes):
        if n["role"] == role and n["name"] == name:
            return i
    seen = [(n["role"], n["name"]) for n in nodes]
    raise AssertionError(f"no {role} {name!r} in {seen}")


def _unnamed(nodes: list[Node]) -> list[Node]:
    """Focusable objects a screen reader would announce with no name and no label."""
    quiet = {
        "table cell",
        "list item",
        "filler",
        "panel",
        "scroll bar",
        "viewport",
        "page tab list",
    }
    return [
        n
        for n in nodes
        if n.get("focusable") and n["role"] not in quiet and not n["name"] and not n["labelled_by"]
    ]


def test_sign_in_is_read_account_passphrase_then_the_button(screens: list[list[Node]]) -> None:
    nodes = screens[0]
    title = _index(nodes, "label", "Ponte — sign in")
    account = _index(nodes, "text", "Account")
    passphrase = _index(nodes, "password text", "Passphrase")
    button = _index(nodes, "push button", "Sign in")
    assert title < account < passphrase < button
    assert _unnamed(nodes) == []


def test_the_case_list_names_its_filters_table_and_columns(screens: list[list[Node]]) -> None:
    nodes = screens[1]
    sync = next(n for n in nodes if n["description"] == "Sync status")
    assert sync["name"].startswith("Online"), "the status itself is read, not a name for it"
    search = _index(nodes, "text", "Search cases")
    combos = [n for n in nodes if n["role"] == "combo box"]
    assert {tuple(n["labelled_by"]) for n in combos} >= {("Status",), ("Violence",)}
    table = _index(nodes, "table", "Cases")
    assert search < table
    headers = [n["name"] for n in nodes if n["role"] == "table column header"]
    assert len(headers) >= 4
    assert all(headers), headers
    assert _unnamed(nodes) == []


def test_the_composer_preview_reads_what_will_leave_then_send(
    screens: list[list[Node]],
) -> None:
    """The preview's words themselves, in order, then the button (not a name in their place)."""
    nodes = screens[2]
    preview = next(
        i for i, n in enumerate(nodes) if n["description"] == "Exactly what will be sent"
    )
    words = nodes[preview]["name"]
    assert words.startswith("Exactly what will leave this centre")
    assert words.index("Purpose") < words.index("orientamento al lavoro") < words.index("Nothing")
    send = _index(nodes, "push button", "Send referral")
    assert preview < send
    assert _unnamed(nodes) == []


def test_the_forgotten_passphrase_screen_reads_account_then_the_way_then_the_key(
    screens: list[list[Node]],
) -> None:
    """Owners' recovery screen, as Orca gets it: its fields named, in reading order, and the
    mistyped key's sentence readable on the screen (it was also spoken: the test above)."""
    nodes = screens[3]
    account = _index(nodes, "text", "Account")
    by_key = _index(nodes, "radio button", "I have the recovery key")
    key = _index(nodes, "text", "Recovery key")
    go_on = _index(nodes, "push button", "Continue")
    assert account < by_key < key < go_on
    assert any("mistyped group" in n["name"] for n in nodes), "the error is on the screen"
    assert _unnamed(nodes) == []
