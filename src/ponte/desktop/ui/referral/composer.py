"""The referral composer: pick a service, keep the minimum, check consent, preview, send.

The template of the recipient's service type proposes the fields. The operatrice may
remove any of them; a field outside the minimum needs a reason (kept in her case notes,
never sent). A consent covering this recipient must exist or be recorded here. The preview
lists every field that will leave, in plain words, exactly as the payload will carry it.
Sending stores the sealed packet in the vault first; the sync sends it when it can.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework, Proposal
from ponte.app.documents import DocumentInfo
from ponte.core.directory import Member
from ponte.core.domain import DOCUMENT_SCOPE_PREFIX, Consent, document_scope
from ponte.core.enums import ConsentMethod, DocumentKind, ServiceType, Urgency
from ponte.core.errors import PonteError, PurposeMissing
from ponte.core.labels import label
from ponte.core.templates import Draft, field_title, plain_value, typed_value
from ponte.desktop.access.announce import announce
from ponte.desktop.access.fit import fit_size
from ponte.desktop.i18n import error_text
from ponte.desktop.ui.admin.widgets import buddy
from ponte.desktop.ui.common import (
    DeskPage,
    EnumCombo,
    date_edit,
    fmt_day,
    py_date,
    scrolled,
    ui_lang,
)

MIN_FIELDS_COLS = 3


class ComposerDialog(QDialog):
    sent = Signal(object)  # ReferralRow

    def __init__(self, page: DeskPage, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.case_id = case_id
        self.proposal: Proposal | None = None
        self.draft: Draft | None = None
        self.editors: dict[str, QLineEdit] = {}
        self.setWindowTitle(self.tr("New referral"))
        self.stack = QStackedWidget()
        self.stack.addWidget(scrolled(self._compose_page()))
        self.stack.addWidget(scrolled(self._preview_page()))
        fit_size(self, columns=64, lines=28)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.stack)
        box.addWidget(self.error)
        self.page.call(lambda d: d.partners(), self._show_partners)

    # ------------------------------------------------------------ compose
    def _compose_page(self) -> QWidget:
        w = QWidget()
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Partner service"))
        self.recipient.currentIndexChanged.connect(self._on_recipient)
        self.fields = QTableWidget(0, MIN_FIELDS_COLS)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value"), self.tr("Remove")]
        )
        self.fields.setAccessibleName(self.tr("Fields that will be sent"))
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)  # typing: the editors
        self.fields.verticalHeader().hide()
        # Tab leaves the table (arrows move between its cells): no keyboard trap.
        self.fields.setTabKeyNavigation(False)
        rows = self.fields.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # buttons whole
        self.fields.setMinimumHeight(self.fontMetrics().height() * 10)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_key = QComboBox()
        self.add_key.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_reason = QLineEdit()
        self.add_reason.setPlaceholderText(self.tr("Why this field is needed (stays in her notes)"))
        self.add_reason.setAccessibleName(self.tr("Reason for the added field"))
        add = QPushButton(self.tr("Add field"))
        add.clicked.connect(self._add_field)
        add_row = QHBoxLayout()
        add_row.addWidget(buddy(self.tr("Add a &field"), self.add_key))
        add_row.addWidget(self.add_key)
        add_row.addWidget(self.add_reason, 1)
        add_row.addWidget(add)
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setPlaceholderText(self.tr("e.g. job orientation and DID"))
        self.urgency = EnumCombo(Urgency, optional=False)
        self.urgency.setAccessibleName(self.tr("Urgency"))
        self.attachment = QComboBox()
        self.attachment.setAccessibleName(self.tr("Document to attach"))
        self.attachment.currentIndexChanged.connect(self._on_attachment)
        form = QFormLayout()
        form.addRow(self.tr("&To"), self.recipient)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Urgency"), self.urgency)
        form.addRow(self.tr("&Attach"), self.attachment)
        self.consent_box = QGroupBox(self.tr("Her consent"))
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        self.method = EnumCombo(ConsentMethod, optional=False)
        self.method.setAccessibleName(self.tr("How she gave her consent"))
        self.expires = date_edit()
        self.expires.setDate(self.expires.date().addMonths(6))
        self.expires.setAccessibleName(self.tr("Consent expires on"))
        self.record = QPushButton(self.tr("Record her consent to these fields"))
        self.record.clicked.connect(self._record_consent)
        self.consent_form = cform = QFormLayout(self.consent_box)
        cform.addRow(self.consent_text)
        cform.addRow(self.tr("How she gave it"), self.method)
        cform.addRow(self.tr("Valid until"), self.expires)
        cform.addRow(self.record)
        self.to_preview = QPushButton(self.tr("Preview what will be sent…"))
        self.to_preview.setDefault(True)
        self.to_preview.clicked.connect(self._preview)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.to_preview)
        box = QVBoxLayout(w)
        box.addLayout(form)
        box.addWidget(QLabel(self.tr("Fields proposed for this kind of service:")))
        box.addWidget(self.fields, 1)
        self.from_file_note = QLabel(
            self.tr(
                "Values in grey come from her case file: to change one, correct it in the case"
                " file (Intake tab), then open the referral again."
            )
        )
        self.from_file_note.setWordWrap(True)
        box.addWidget(self.from_file_note)
        box.addLayout(add_row)
        box.addWidget(self.consent_box)
        box.addLayout(buttons)
        return w

    def _show_partners(self, partners: list[Member]) -> None:
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for m in partners:
            kind = label(ServiceType(m.service_type), ui_lang())
            self.recipient.addItem(f"{m.name} — {kind}", m.id)
        self.recipient.setCurrentIndex(-1)
        self.recipient.blockSignals(False)
        if partners:
            self.recipient.setCurrentIndex(0)

    def _on_recipient(self, _index: int) -> None:
        member_id = self.recipient.currentData()
        if member_id:
            cid = self.case_id
            self.page.call(lambda d: d.propose(cid, member_id), self._show_proposal)

    def _show_proposal(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self.draft = proposal.draft
        self.attachment.blockSignals(True)
        self.attachment.clear()
        self.attachment.addItem(self.tr("no document"), None)
        lang = ui_lang()
        for doc in proposal.documents:
            self.attachment.addItem(f"{label(doc.kind, lang)} — {doc.name}", doc.id)
        self.attachment.setEnabled(bool(proposal.documents))
        self.attachment.blockSignals(False)
        self._render()

    def chosen_document(self) -> DocumentInfo | None:
        doc_id = self.attachment.currentData()
        if self.proposal is None or not doc_id:
            return None
        return next((d for d in self.proposal.documents if d.id == doc_id), None)

    def _current(self) -> tuple[Proposal, Draft]:
        """The recipient's proposal and the draft she edits. Every control that needs them
        waits until both exist, so their absence is a bug: raised (not an ``assert``, which
        ``python -O`` drops), logged and said calmly by the app's exception hook."""
        if self.proposal is None or self.draft is None:
            raise RuntimeError("the composer has no recipient yet")
        return self.proposal, self.draft

    def _needed_scopes(self) -> list[str]:
        """What her consent must name: the fields, and the document's kind if one goes."""
        _, draft = self._current()
        doc = self.chosen_document()
        return [*draft.keys, *([document_scope(doc.kind)] if doc else [])]

    def _on_attachment(self, _index: int) -> None:
        if self.proposal is not None:
            self._render_consent()

    def _render(self) -> None:
        _, draft = self._current()
        lang = ui_lang()
        old = {k: e.text() for k, e in self.editors.items()}
        self.editors = {}
        self.fields.setRowCount(0)  # drops the previous recipient's cell widgets too
        self.fields.setRowCount(len(draft.fields))
        order: list[QWidget] = [self.fields]
        from_file = self.tr("From her case file: change it there (Intake tab).")
        for row, f in enumerate(draft.fields):
            title = QTableWidgetItem(f.spec.title(lang))
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.fields.setItem(row, 0, title)
            if f.spec.typed:
                editor = QLineEdit(old.get(f.key, "" if f.value is None else str(f.value)))
                editor.setMaxLength(f.spec.max_len)
                editor.setAccessibleName(f.spec.title(lang))
                self.editors[f.key] = editor
                self.fields.setCellWidget(row, 1, editor)
                order.append(editor)
            else:
                value = QTableWidgetItem(plain_value(f.key, f.value, lang))
                value.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                value.setForeground(self.palette().placeholderText())
                value.setToolTip(from_file)
                title.setToolTip(from_file)
                self.fields.setItem(row, 1, value)
            remove = QPushButton(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", f.spec.title(lang)))
            remove.clicked.connect(lambda _=False, k=f.key: self._remove(k))
            self.fields.setCellWidget(row, 2, remove)
            order.append(remove)
        order.append(self.add_key)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)  # Tab follows the rows, as she reads them
        self.add_key.clear()
        for key in draft.addable():
            extra = "" if key in draft.minimum() else " *"
            self.add_key.addItem(draft.spec_for(key).title(lang) + extra, key)
        self._render_consent()

    def _render_consent(self) -> None:
        proposal, draft = self._current()
        consent = proposal.consent
        doc = self.chosen_document()
        uncovered = (
            sorted(set(draft.keys) - set(consent.fields)) if consent and consent.fields else []
        )
        if consent is not None and doc is not None and not consent.covers_document(doc.kind):
            uncovered.append(document_scope(doc.kind))
        needs_new = consent is None or bool(uncovered)
        if consent is None:
            self.consent_text.setText(
                self.tr("No consent of hers covers this service yet. Ask her, then record it here.")
            )
        elif uncovered:
            names = ", ".join(self._scope_title(k) for k in uncovered)
            self.consent_text.setText(
                self.tr(
                    "Her consent does not cover: %1. Remove them or record a new consent."
                ).replace("%1", names)
            )
        else:
            self.consent_text.setText(
                self.tr("She consented on %1, valid until %2.")
                .replace("%1", fmt_day(consent.given_on))
                .replace("%2", fmt_day(consent.expires_on))
            )
        for row in (1, 2, 3):  # how, until when, the button: with their labels
            self.consent_form.setRowVisible(row, needs_new)
        self.to_preview.setEnabled(not needs_new)

    def _scope_title(self, key: str) -> str:
        if key.startswith(DOCUMENT_SCOPE_PREFIX):
            kind = DocumentKind(key.removeprefix(DOCUMENT_SCOPE_PREFIX))
            return self.tr("the document (%1)").replace("%1", label(kind, ui_lang()))
        if self.draft is not None and key in self.draft.keys:
            return self.draft.spec_for(key).title(ui_lang())
        return field_title(key, ui_lang())

    def _sync_values(self) -> Draft:
        _, draft = self._current()
        for key, editor in self.editors.items():
            draft = draft.set_value(key, typed_value(key, editor.text()))
        self.draft = draft
        return draft

    def _remove(self, key: str) -> None:
        self.draft = self._sync_values().remove(key)
        self._render()

    def _add_field(self) -> None:
        key = self.add_key.currentData()
        if not key or self.proposal is None:
            return
        try:
            value = self.proposal.values.get(key)
            self.draft = self._sync_values().add(key, value, self.add_reason.text())
        except PonteError as exc:
            self._fail(exc)
            return
        self.add_reason.clear()
        self.error.hide()
        self._render()

    def _record_consent(self) -> None:
        proposal, _ = self._current()
        self._sync_values()
        purpose = self.purpose.text().strip()
        if not purpose:
            self._fail(PurposeMissing())
            return
        method = self.method.value() or ConsentMethod.WRITTEN
        expires, member, cid = py_date(self.expires), proposal.recipient, self.case_id
        scopes = self._needed_scopes()
        person_id = proposal.person_id

        def record(d: Casework) -> Proposal:
            d.record_consent(
                Consent(
                    person_id,
                    ServiceType(member.service_type),
                    purpose,
                    d.today(),
                    expires,
                    method,
                    recipient=member.id,
                    fields=tuple(scopes),
                )
            )
            return d.propose(cid, member.id)

        self.page.call(record, self._consent_recorded)

    def _consent_recorded(self, proposal: Proposal) -> None:
        self.proposal = proposal
        self._render_consent()

    def _mark(self, keys: list[str]) -> None:
        """Mark the rows whose value is missing or wrong (the error sentence points to them)."""
        if self.draft is None:  # nothing shown yet: nothing to mark
            return
        for row, f in enumerate(self.draft.fields):
            editor = self.editors.get(f.key)
            if editor is not None:
                editor.setStyleSheet("border: 2px solid #a40000;" if f.key in keys else "")
            item = self.fields.item(row, 0)
            if item is not None:
                font = item.font()
                font.setBold(f.key in keys)
                item.setFont(font)

    def _fail(self, exc: PonteError) -> None:
        self.error.setText(error_text(exc))
        self.error.show()
        announce(self.error, self.error.text(), urgent=True)

    # ------------------------------------------------------------ preview
    def _preview_page(self) -> QWidget:
        w = QWidget()
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setAccessibleDescription(self.tr("Exactly what will be sent"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        back = QPushButton(self.tr("← Change"))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.send = QPushButton(self.tr("Send referral"))
        self.send.clicked.connect(self._send)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.send)
        box = QVBoxLayout(w)
        box.addWidget(self.preview, 1)
        box.addLayout(buttons)
        return w

    def _preview(self) -> None:
        draft = self._sync_values()
        self._mark(draft.problems())
        try:
            draft.payload_fields()
            if not self.purpose.text().strip():
                raise PurposeMissing()
        except PonteError as exc:
            self._fail(exc)
            return
        self.error.hide()
        proposal, _ = self._current()
        cid, member_id = self.case_id, proposal.recipient.id
        self.page.call(lambda d: d.pseudonym(cid, member_id), self._show_preview)

    def _show_preview(self, pseudonym: str) -> None:
        proposal, draft = self._current()
        if proposal.consent is None:
            raise RuntimeError("the preview needs her recorded consent")
        lang, esc = ui_lang(), _escape
        member = proposal.recipient
        rows = [
            (self.tr("To"), f"{member.name} ({label(ServiceType(member.service_type), lang)})"),
            (self.tr("She will appear there as"), pseudonym),
            (self.tr("Purpose"), self.purpose.text().strip()),
            (self.tr("Urgency"), label(self.urgency.value() or Urgency.ROUTINE, lang)),
            (self.tr("How to contact her"), self.tr("only through this centre")),
            (
                self.tr("Her consent"),
                self.tr("valid until %1").replace("%1", fmt_day(proposal.consent.expires_on)),
            ),
        ]
        fields = [(f.spec.title(lang), plain_value(f.key, f.value, lang)) for f in draft.fields]
        html = (
            "<h3>"
            + esc(self.tr("Exactly what will leave this centre"))
            + "</h3><table cellpadding='4'>"
        )
        html += "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in rows)
        html += (
            "</table><h4>"
            + esc(self.tr("About her (%1 fields)").replace("%1", str(len(fields))))
            + "</h4>"
        )
        html += "<table cellpadding='4'>"
        html += "".join(f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in fields)
        doc = self.chosen_document()
        if doc is not None:
            what = f"{label(doc.kind, lang)} ({doc.size / 1024:,.0f} KB)"
            title = esc(self.tr("Attached document"))
            html += f"<tr><td><b>{title}</b></td><td>{esc(what)}</td></tr>"
        html += (
            "</table><p>"
            + esc(
                self.tr(
                    "Nothing else is sent: not her story, not the author, not the risk assessment, "
                    "not the safety plan, not the shelter's address. Different services see different "
                    "names for her, so their records cannot be linked."
                )
            )
            + "</p>"
        )
        self.preview.setText(html)
        self.stack.setCurrentIndex(1)
        self.send.setFocus()

    def _send(self) -> None:
        proposal, draft = self._current()
        cid, member_id = self.case_id, proposal.recipient.id
        purpose, urgency = self.purpose.text().strip(), self.urgency.value() or Urgency.ROUTINE
        doc = self.chosen_document()
        document_id = doc.id if doc else None
        self.send.setEnabled(False)

        def done(row: object) -> None:
            self.sent.emit(row)
            self.accept()

        def failed(exc: PonteError) -> None:
            self.send.setEnabled(True)
            self._fail(exc)

        desk = self.page.desk
        if desk is not None:
            self.page.runner.run(
                lambda: desk.send_referral(
                    cid, member_id, draft, purpose=purpose, urgency=urgency, document_id=document_id
                ),
                done,
                failed,
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
