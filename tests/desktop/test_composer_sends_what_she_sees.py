"""The composer sends exactly what she typed and saw: checked by the recipient's key.

A person fills the composer cell by cell — typing where a cell takes typing, trying to type
into every other cell too — then sends. The sealed packet is opened with the recipient's own
private key (not through Ponte's inbox) and every field is compared, byte for byte, with the
preview she confirmed: an edit is what leaves, or the cell plainly could not be edited and
says where its value is changed (the case file).
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.core.domain import Case, Person
from ponte.core.enums import AgeBand, Housing, Income
from ponte.core.sealing import open_packet
from ponte.core.templates import FIELDS, plain_value
from ponte.desktop.tasks import TaskRunner
from ponte.desktop.ui.casefile.view import CaseFileView
from ponte.desktop.ui.common import ui_lang
from ponte.desktop.ui.referral.composer import ComposerDialog
from ponte.storage.outbox import VaultOutbox
from ponte.storage.worker import VaultWorker
from tests.e2e.conftest import HubProc, workstation

LEFT = Qt.MouseButton.LeftButton
TYPED_INTO_A_FIXED_CELL = "999"


def _preview_rows(dialog: ComposerDialog) -> dict[str, str]:
    """Field title → value, as the preview shows them (its rich text, unescaped)."""
    html = dialog.preview.text()
    return {
        unescape(k): unescape(v)
        for k, v in re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", html)
    }


def _fill_like_a_person(qtbot: QtBot, dialog: ComposerDialog) -> dict[str, str]:
    """Type into every value cell; what each field should now read, by title."""
    table, lang = dialog.fields, ui_lang()
    expected: dict[str, str] = {}
    typed = {
        "household_size": "4",
        "reddito_di_liberta": "domanda presentata a marzo",
    }
    for row in range(table.rowCount()):
        title = table.item(row, 0).text()
        key = next(k for k, spec in FIELDS.items() if spec.title(lang) == title)
        editor = table.cellWidget(row, 1)
        if isinstance(editor, QLineEdit):
            editor.selectAll()
            qtbot.keyClicks(editor, typed.get(key, f"scritto da lei {row}"))
            expected[title] = editor.text()
            continue
        item = table.item(row, 1)
        before = item.text()
        rect = table.visualItemRect(item)
        qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
        qtbot.keyClicks(table.focusWidget(), TYPED_INTO_A_FIXED_CELL)
        qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
        after = table.item(row, 1).text()
        if after != before:  # she could edit it: then her edit must be what is sent
            expected[title] = after
        else:
            where = (item.toolTip() + " " + table.item(row, 0).toolTip()).lower()
            assert "case file" in where or "scheda" in where, (
                f"{title}: read-only, but nothing says where to change it"
            )
            expected[title] = before
    return expected


def test_every_field_that_leaves_is_what_she_typed_and_saw(
    qtbot: QtBot, worker: VaultWorker, hub: HubProc, tmp_path: Path
) -> None:
    centre, social = worker.call(
        lambda: (
            workstation(tmp_path, hub, "CAV Rho", "cav"),
            workstation(tmp_path, hub, "Servizi sociali Rho", "social_services"),
        )
    )
    worker.call(sync, centre)  # a round brings the social services into the directory copy
    desk = Casework(centre.vault, centre)
    person = Person(
        alias="Serafina Demo",
        age_band=AgeBand.A25_34,
        comune_istat="015182",
        income=Income.NONE,
        housing=Housing.RELATIVES,
        children_total=2,
        children_minors=2,
    )
    case_id = worker.call(desk.new_case, person, Case())
    view = CaseFileView(TaskRunner(worker))
    qtbot.addWidget(view)
    view.bind(desk)
    view.open(case_id)
    qtbot.waitUntil(lambda: view.bundle is not None)
    view.compose()
    dialog = view.composer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.draft is not None)
    assert "Servizi sociali Rho" in dialog.recipient.currentText()

    household = next(
        r
        for r in range(dialog.fields.rowCount())
        if dialog.fields.item(r, 0).text() == FIELDS["household_size"].title(ui_lang())
    )
    shown = dialog.fields.cellWidget(household, 1) or dialog.fields.item(household, 1)
    assert shown.text() == "3", "she and her two children under 18: three people"

    expected = _fill_like_a_person(qtbot, dialog)
    qtbot.keyClicks(dialog.purpose, "sostegno al reddito")
    qtbot.mouseClick(dialog.record, LEFT)
    qtbot.waitUntil(dialog.to_preview.isEnabled)
    qtbot.mouseClick(dialog.to_preview, LEFT)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    preview = _preview_rows(dialog)
    for title, value in expected.items():
        assert preview.get(title) == value, f"{title}: preview {preview.get(title)!r}"
    qtbot.mouseClick(dialog.send, LEFT)
    qtbot.waitUntil(lambda: view.referrals.list.rowCount() == 1)

    # The recipient's own key opens what is stored to leave: nothing Ponte's inbox decides.
    def sealed() -> bytes:
        (row,) = VaultOutbox(centre.vault.db).rows()
        return VaultOutbox(centre.vault.db).data(row.packet_id)

    packet = worker.call(sealed)
    signing = worker.call(lambda: centre.identity.current.signing.public_key())
    recipient = worker.call(lambda: social.identity)
    opened = open_packet(
        packet,
        my_id=recipient.member_id,
        my_keys=recipient.current.recipient_keys(),
        sender_key_lookup=lambda _member, _key: signing,
        seen=lambda _id: False,
        now=centre.clock.now(),
    )
    lang = ui_lang()
    sent = {
        FIELDS[k].title(lang): plain_value(k, v, lang) for k, v in opened.payload["fields"].items()
    }
    assert set(sent) == set(expected), "exactly the fields of the preview, and no other"
    for title, value in sent.items():
        assert value.encode() == preview[title].encode(), f"{title}: sent {value!r}"
    assert opened.payload["fields"]["household_size"] in ("4", 4)
    assert opened.payload["purpose"] == "sostegno al reddito"
    worker.call(centre.vault.lock)
    worker.call(social.vault.lock)
