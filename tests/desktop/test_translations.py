"""Italian is complete and consistent: every string translated, placeholders intact,
every error sentence present, and the compiled .qm matches the .ts."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ponte.core.errors import all_error_classes

TS = Path(__file__).parents[2] / "src" / "ponte" / "desktop" / "translations" / "ponte_it.ts"
MESSAGES = [
    (ctx.findtext("name"), m.findtext("source") or "", m.find("translation"))
    for ctx in ET.parse(TS).getroot().findall("context")
    for m in ctx.findall("message")
]


def test_every_string_is_translated() -> None:
    bad = [
        src
        for _, src, tr in MESSAGES
        if tr is None
        or tr.get("type") in ("unfinished", "obsolete", "vanished")
        or not (tr.text or "").strip()
    ]
    assert not bad, f"untranslated: {bad[:5]}"


def test_placeholders_match() -> None:
    for _, src, tr in MESSAGES:
        assert tr is not None
        assert sorted(re.findall(r"%\d|%n", src)) == sorted(re.findall(r"%\d|%n", tr.text or "")), (
            src
        )


def test_every_error_sentence_has_an_italian_translation() -> None:
    have = {src for ctx, src, _ in MESSAGES if ctx == "errors"}
    missing = {c.sentence() for c in all_error_classes()} - have
    assert not missing, f"run scripts/i18n: {sorted(missing)[:3]}"


def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / "it.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run scripts/i18n"
