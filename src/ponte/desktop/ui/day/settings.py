"""DaySettingsDialog: what the centre decides for everyone's day (coordinatrice and
amministratrice): the deadline rules' numbers, the rooms, closing with approval, the contact
on cards and letters, and the letter templates. Everything replicates to the centre's other
workstations and is audited."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import Casework
from ponte.app.day import CLOSURE_APPROVAL, CONTACT, NAME, RULES, SHELTER_ADDRESS, Day
from ponte.core.diary import Place
from ponte.core.enums import LetterKind, PlaceKind
from ponte.core.letters import PLACEHOLDERS, LetterTemplate
from ponte.desktop.ui.common import EnumCombo

Call = Callable[[Callable[[Casework], Any], Callable[[Any], None]], None]


def rule_text(name: str) -> str:
    words = {
        "consent.first_notice": QCoreApplication.translate(
            "Rules", "Consent expiring: first reminder, days before"
        ),
        "consent.second_notice": QCoreApplication.translate(
            "Rules", "Consent expiring: second reminder, days before"
        ),
        "codice_rosso.hearing_days": QCoreApplication.translate(
            "Rules", "Codice rosso: days within which the prosecutor hears her"
        ),
        "rdl.answer_days": QCoreApplication.translate(
            "Rules", "Reddito di libertà: days to wait for an answer"
        ),
        "rdl.payments": QCoreApplication.translate(
            "Rules", "Reddito di libertà: number of monthly payments"
        ),
        "rdl.end_notice": QCoreApplication.translate(
            "Rules", "Reddito di libertà: days' notice before the last payment"
        ),
        "risk.review_high": QCoreApplication.translate(
            "Rules", "Risk review after an assessment, high risk: days"
        ),
        "risk.review_medium": QCoreApplication.translate(
            "Rules", "Risk review after an assessment, medium risk: days"
        ),
        "risk.review_low": QCoreApplication.translate(
            "Rules", "Risk review after an assessment, low risk: days"
        ),
        "notice_days": QCoreApplication.translate(
            "Rules", "Plan steps and risk reviews: notice in days"
        ),
        "referral.answer_days": QCoreApplication.translate(
            "Rules", "Referral with no answer: reminder after days"
        ),
        "retention.notice": QCoreApplication.translate(
            "Rules", "Closed case: days' notice before the purge"
        ),
    }
    return words.get(name, name)


def placeholder_text(name: str) -> str:
    words = {
        "centro": QCoreApplication.translate("placeholders", "name of the centre"),
        "contatto_centro": QCoreApplication.translate(
            "placeholders", "the centre's phone or e-mail for replies"
        ),
        "data": QCoreApplication.translate("placeholders", "today's date"),
        "operatrice": QCoreApplication.translate("placeholders", "your name"),
        "codice": QCoreApplication.translate("placeholders", "her code in this centre"),
        "nome": QCoreApplication.translate("placeholders", "the name she uses"),
        "presa_in_carico": QCoreApplication.translate(
            "placeholders", "the day the centre took her case"
        ),
        "richiesta_rdl": QCoreApplication.translate(
            "placeholders", "the day the Reddito di libertà was requested"
        ),
        "prima_mensilita_rdl": QCoreApplication.translate(
            "placeholders", "the day of the first Reddito di libertà payment"
        ),
        "codice_fiscale": QCoreApplication.translate("placeholders", "her codice fiscale"),
        "indirizzo_rifugio": QCoreApplication.translate("placeholders", "the shelter's address"),
        "telefono": QCoreApplication.translate("placeholders", "her phone number"),
    }.get(name, PLACEHOLDERS[name].description)
    if PLACEHOLDERS[name].protected:
        words += " " + QCoreApplication.translate(
            "placeholders", "(protected: blank unless ticked)"
        )
    return f"${{{name}}} — {words}"


class DaySettingsDialog(QDialog):
    def __init__(self, call: Call, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.setWindowTitle(self.tr("Diary settings"))
        self.resize(760, 600)
        self.templates: list[LetterTemplate] = []
        self._editing = ""  # id of the template in the editor; "" for a new one
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Settings status"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._centre_page(), self.tr("Centre"))
        self.tabs.addTab(self._rules_page(), self.tr("Deadline rules"))
        self.tabs.addTab(self._rooms_page(), self.tr("Rooms"))
        self.tabs.addTab(self._templates_page(), self.tr("Letter templates"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(close)
        box.addLayout(row)
        self.load()

    # ------------------------------------------------------------ pages
    def _centre_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.approval = QCheckBox(self.tr("Closing a case needs the coordinator's approval"))
        self.centre_name = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("a phone number that does not say who answers"))
        self.shelter = QLineEdit()
        self.shelter.setPlaceholderText(self.tr("printed only when ticked in a letter"))
        for text, w in (
            (self.tr("Centre's &name (letters)"), self.centre_name),
            (self.tr("&Contact on cards and letters"), self.contact),
            (self.tr("&Shelter's address (protected)"), self.shelter),
        ):
            lab = QLabel(text)
            lab.setBuddy(w)
            w.setAccessibleName(text.replace("&", ""))
            form.addRow(lab, w)
        form.addRow("", self.approval)
        save = QPushButton(self.tr("&Save"))
        save.clicked.connect(self._on_save_centre)
        form.addRow("", save)
        return page

    def _rules_page(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout(inner)
        self.rules: dict[str, QSpinBox] = {}
        for name, rule in RULES.items():
            spin = QSpinBox(minimum=rule.lo, maximum=rule.hi)
            spin.setAccessibleName(rule_text(name))
            spin.setSuffix(self.tr(" months") if rule.unit == "months" else self.tr(" days"))
            self.rules[name] = spin
            lab = QLabel(rule_text(name))
            lab.setWordWrap(True)
            lab.setBuddy(spin)
            form.addRow(lab, spin)
        save = QPushButton(self.tr("Save the &rules"))
        save.clicked.connect(self._on_save_rules)
        form.addRow("", save)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        return scroll

    def _rooms_page(self) -> QWidget:
        page = QWidget()
        self.rooms = QListWidget()
        self.rooms.setAccessibleName(self.tr("Rooms"))
        self.room_name = QLineEdit()
        self.room_name.setAccessibleName(self.tr("New room"))
        self.room_name.setPlaceholderText(self.tr("name of a room, e.g. “Stanza 2”"))
        add = QPushButton(self.tr("&Add room"))
        add.clicked.connect(self._on_add_room)
        retire = QPushButton(self.tr("No longer &used"))
        retire.clicked.connect(self._on_retire_room)
        row = QHBoxLayout()
        row.addWidget(self.room_name, 1)
        row.addWidget(add)
        row.addWidget(retire)
        lay = QVBoxLayout(page)
        lay.addWidget(self.rooms, 1)
        lay.addLayout(row)
        return page

    def _templates_page(self) -> QWidget:
        page = QWidget()
        self.template_list = QListWidget()
        self.template_list.setAccessibleName(self.tr("Templates"))
        self.template_list.setMaximumWidth(240)
        self.template_list.currentRowChanged.connect(self._on_template_row)
        self.template_title = QLineEdit()
        self.template_title.setAccessibleName(self.tr("Title"))
        self.template_kind = EnumCombo(LetterKind, optional=False)
        self.template_body = QPlainTextEdit()
        self.template_body.setAccessibleName(self.tr("Text of the template"))
        names = QLabel("<br/>".join(escape(placeholder_text(n)) for n in PLACEHOLDERS))
        names.setTextFormat(Qt.TextFormat.RichText)
        names.setWordWrap(True)
        new = QPushButton(self.tr("&New template"))
        new.clicked.connect(self._on_new_template)
        save = QPushButton(self.tr("Save &template"))
        save.clicked.connect(self._on_save_template)
        retire = QPushButton(self.tr("Remove from the list"))
        retire.clicked.connect(self._on_retire_template)
        edit = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.template_title)
        form.addRow(self.tr("Kind"), self.template_kind)
        edit.addLayout(form)
        edit.addWidget(self.template_body, 1)
        edit.addWidget(QLabel(self.tr("Placeholders you can use:")))
        edit.addWidget(names)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addStretch(1)
        row.addWidget(retire)
        row.addWidget(save)
        edit.addLayout(row)
        lay = QHBoxLayout(page)
        lay.addWidget(self.template_list)
        lay.addLayout(edit, 1)
        return page

    # ------------------------------------------------------------ loading
    def load(self) -> None:
        def read(
            d: Casework,
        ) -> tuple[dict[str, str], dict[str, int], list[Place], list[LetterTemplate]]:
            day = Day(d)
            return day.settings(), dict(day.rules()), day.places(), day.templates()

        self.call(read, self._show)

    def _show(
        self, loaded: tuple[dict[str, str], dict[str, int], list[Place], list[LetterTemplate]]
    ) -> None:
        settings, rules, places, templates = loaded
        self.approval.setChecked(settings.get(CLOSURE_APPROVAL) == "1")
        self.centre_name.setText(settings.get(NAME, ""))
        self.contact.setText(settings.get(CONTACT, ""))
        self.shelter.setText(settings.get(SHELTER_ADDRESS, ""))
        for name, spin in self.rules.items():
            spin.setValue(rules[name])
        self.rooms.clear()
        for p in places:
            if p.kind is PlaceKind.ROOM:
                QListWidgetItem(p.name, self.rooms).setData(Qt.ItemDataRole.UserRole, p.id)
        row = self.template_list.currentRow()
        self.templates = templates
        self.template_list.clear()
        for t in templates:
            QListWidgetItem(t.title, self.template_list)
        self.template_list.setCurrentRow(max(0, min(row, len(templates) - 1)))

    def _done(self, text: str) -> Callable[[Any], None]:
        def done(_r: Any) -> None:
            self.status.setText(text)
            self.load()

        return done

    # ------------------------------------------------------------ saving
    def _on_save_centre(self) -> None:
        values = {
            CLOSURE_APPROVAL: "1" if self.approval.isChecked() else "0",
            NAME: self.centre_name.text(),
            CONTACT: self.contact.text(),
            SHELTER_ADDRESS: self.shelter.text(),
        }

        def save(d: Casework) -> None:
            day = Day(d)
            for key, value in values.items():
                day.put_setting(key, value)

        self.call(
            save, self._done(self.tr("Saved. The other workstations get it at their next sync."))
        )

    def _on_save_rules(self) -> None:
        values = {name: spin.value() for name, spin in self.rules.items()}
        self.call(lambda d: Day(d).save_rules(values), self._done(self.tr("Rules saved.")))

    def _on_add_room(self) -> None:
        name = self.room_name.text().strip()
        if name:
            self.room_name.clear()
            self.call(lambda d: Day(d).add_place(name), self._done(self.tr("Room added.")))

    def _on_retire_room(self) -> None:
        item = self.rooms.currentItem()
        if item is not None:
            place_id = str(item.data(Qt.ItemDataRole.UserRole))
            self.call(lambda d: Day(d).retire_place(place_id), self._done(self.tr("Room removed.")))

    def _on_template_row(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            t = self.templates[row]
            self.template_title.setText(t.title)
            self.template_kind.set_value(t.kind)
            self.template_body.setPlainText(t.body)
            self._editing = t.id

    def _on_new_template(self) -> None:
        self.template_list.clearSelection()
        self._editing = ""
        self.template_title.clear()
        self.template_body.setPlainText("${data}\n\n")
        self.template_title.setFocus()

    def _on_save_template(self) -> None:
        kind = self.template_kind.value() or LetterKind.OTHER
        template = LetterTemplate(
            self._editing, kind, self.template_title.text(), self.template_body.toPlainText()
        )
        self.call(lambda d: Day(d).save_template(template), self._done(self.tr("Template saved.")))

    def _on_retire_template(self) -> None:
        template_id = self._editing
        if template_id:
            self.call(
                lambda d: Day(d).retire_template(template_id),
                self._done(self.tr("Template removed.")),
            )
