"""The editable part of a case file: intake, forms of violence, children, and the centre's
own fields of every section (the empowerment plan's box is placed by the case file).

One form spread over three tabs, saved together. Every change marks the form dirty; the
case file asks before dropping unsaved changes. Validation says what is wrong next to the
field, in plain words.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ponte.app.casework import CaseBundle
from ponte.core.domain import Case, Person
from ponte.core.enums import (
    AgeBand,
    AuthorRelation,
    CaseStatus,
    Citizenship,
    Education,
    Employment,
    FirstContact,
    Housing,
    Income,
    InvioDa,
    ViolenceDuration,
    ViolenceForm,
)
from ponte.core.fields import Section
from ponte.core.labels import label
from ponte.core.standard_fields import CF_PATTERN, ISTAT_PATTERN, Override, missing
from ponte.desktop.ui.common import EnumCombo, date_edit, py_date, ui_lang
from ponte.desktop.ui.fields.casefile import CentreFieldsBox
from ponte.desktop.ui.fields.standard_rows import StandardRows


class IntakeForm(QWidget):
    """Owns the widgets; ``pages`` are the three tabs the case file shows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.dirty = False
        self._person = Person()
        self._case = Case()
        # -- intake
        self.alias = QLineEdit()
        self.codice_fiscale = QLineEdit()
        self.codice_fiscale.setMaxLength(16)
        self.codice_fiscale.setPlaceholderText(self.tr("optional, stays in this centre"))
        self.age_band = EnumCombo(AgeBand)
        self.citizenship = EnumCombo(Citizenship)
        self.comune = QLineEdit()
        self.comune.setMaxLength(6)
        self.comune.setPlaceholderText(self.tr("ISTAT code, 6 digits"))
        self.education = EnumCombo(Education)
        self.employment = EnumCombo(Employment)
        self.income = EnumCombo(Income)
        self.autonomous = QCheckBox(self.tr("Economically independent"))
        self.housing = EnumCombo(Housing)
        self.status = EnumCombo(CaseStatus, optional=False)
        self.opened_on: QDateEdit = date_edit()
        self.first_contact = EnumCombo(FirstContact)
        self.invio_da = EnumCombo(InvioDa)
        self.shared = QCheckBox(self.tr("Shared with the other operatrici"))
        # -- violence
        self.forms = {f: QCheckBox(label(f, ui_lang())) for f in ViolenceForm}
        self.duration = EnumCombo(ViolenceDuration)
        self.author = EnumCombo(AuthorRelation)
        # -- children
        self.children_total = QSpinBox(maximum=20)
        self.children_minors = QSpinBox(maximum=20)
        self.minors_witnessed = QSpinBox(maximum=20)
        self.minors_victims = QSpinBox(maximum=20)
        self.children_hosted = QSpinBox(maximum=20)
        self.errors: dict[QWidget, QLabel] = {}
        self.overrides: dict[str, Override] = {}
        self.centre = {s: CentreFieldsBox() for s in Section}  # PLAN: the case file places it
        self.centre[Section.CLOSURE].setTitle(self.tr("At closure: this centre's fields"))
        for centre_box in self.centre.values():
            centre_box.changed.connect(self._on_edit)
        self.pages = [self._intake_page(), self._violence_page(), self._children_page()]
        for w in self._inputs():
            for sig in (
                "textEdited",
                "currentIndexChanged",
                "toggled",
                "valueChanged",
                "dateChanged",
            ):
                if hasattr(w, sig):
                    getattr(w, sig).connect(self._on_edit)
                    break

    # ------------------------------------------------------------ layout
    def _row(
        self, form: QFormLayout, text: str, widget: QWidget, rows: StandardRows | None = None,
        key: str = "",
    ) -> None:  # fmt: skip
        lab = QLabel(text)
        if text:
            lab.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
        err = QLabel()
        err.setStyleSheet("color: #a40000;")
        err.hide()
        self.errors[widget] = err
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(widget)
        box.addWidget(err)
        form.addRow(lab, container)
        if rows is not None:
            rows.add(key, lab, container, widget)

    def _intake_page(self) -> QWidget:
        page = QWidget()
        her, case = QGroupBox(self.tr("About her")), QGroupBox(self.tr("The case"))
        f1, f2 = QFormLayout(her), QFormLayout(case)
        self.her_rows = rows = StandardRows(f1, "her")
        self._row(f1, self.tr("&Name she uses"), self.alias, rows, "alias")
        self._row(f1, self.tr("Codice &fiscale"), self.codice_fiscale, rows, "codice_fiscale")
        self._row(f1, self.tr("&Age band"), self.age_band, rows, "age_band")
        self._row(f1, self.tr("C&itizenship"), self.citizenship, rows, "citizenship")
        self._row(f1, self.tr("Co&mune of residence"), self.comune, rows, "comune_istat")
        self._row(f1, self.tr("&Education"), self.education, rows, "education")
        self._row(f1, self.tr("Em&ployment"), self.employment, rows, "employment")
        self._row(f1, self.tr("In&come"), self.income, rows, "income")
        self._row(f1, "", self.autonomous, rows, "economically_autonomous")
        self._row(f1, self.tr("&Housing"), self.housing, rows, "housing")
        self._row(f2, self.tr("&Status"), self.status)
        self._row(f2, self.tr("&Opened on"), self.opened_on)
        self._row(f2, self.tr("&First contact"), self.first_contact)
        self._row(f2, self.tr("Sent &by"), self.invio_da)
        f2.addRow("", self.shared)
        grid = QGridLayout(page)
        grid.addWidget(her, 0, 0)
        grid.addWidget(case, 0, 1)
        grid.addWidget(self.centre[Section.INTAKE], 1, 0, 1, 2)
        grid.addWidget(self.centre[Section.CLOSURE], 2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        return page

    def _violence_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        forms = QGroupBox(self.tr("Forms of violence"))
        grid = QGridLayout(forms)
        for i, cb in enumerate(self.forms.values()):
            grid.addWidget(cb, i // 3, i % 3)
        box.addWidget(forms)
        form = QFormLayout()
        self._row(form, self.tr("&Duration"), self.duration)
        self._row(form, self.tr("&Relation of the author to her"), self.author)
        box.addLayout(form)
        box.addWidget(self.centre[Section.VIOLENCE])
        box.addStretch(1)
        return page

    def _children_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        form = QFormLayout()
        box.addLayout(form)
        box.addWidget(self.centre[Section.CHILDREN])
        box.addStretch(1)
        self._row(form, self.tr("&Children in total"), self.children_total)
        self._row(form, self.tr("Of whom &under 18"), self.children_minors)
        self._row(form, self.tr("Minors who &witnessed violence"), self.minors_witnessed)
        self._row(form, self.tr("Minors who &suffered violence"), self.minors_victims)
        self._row(form, self.tr("Children &hosted with her"), self.children_hosted)
        return page

    def _inputs(self) -> list[QWidget]:
        return [
            self.alias, self.codice_fiscale, self.age_band, self.citizenship, self.comune,
            self.education, self.employment, self.income, self.autonomous, self.housing,
            self.status, self.opened_on, self.first_contact, self.invio_da, self.shared,
            *self.forms.values(), self.duration, self.author, self.children_total,
            self.children_minors, self.minors_witnessed, self.minors_victims,
            self.children_hosted,
        ]  # fmt: skip

    # ------------------------------------------------------------ state
    def _on_edit(self, *_args: object) -> None:
        if not self._loading and not self.dirty:
            self.dirty = True
            self.changed.emit()

    def load(self, bundle: CaseBundle) -> None:
        self._loading = True
        p, c = bundle.person, bundle.case
        self.overrides = bundle.overrides
        self.her_rows.arrange(bundle.overrides, ui_lang())
        for section, centre_box in self.centre.items():
            centre_box.set_fields(bundle.centre.for_section(section), bundle.centre.values)
        self._person, self._case = p, c
        self.alias.setText(p.alias or "")
        self.codice_fiscale.setText(p.codice_fiscale or "")
        self.age_band.set_value(p.age_band)
        self.citizenship.set_value(p.citizenship)
        self.comune.setText(p.comune_istat or "")
        self.education.set_value(p.education)
        self.employment.set_value(p.employment)
        self.income.set_value(p.income)
        self.autonomous.setChecked(p.economically_autonomous)
        self.housing.set_value(p.housing)
        self.status.set_value(c.status)
        self.opened_on.setDate(QDate(c.opened_on))
        self.first_contact.set_value(c.first_contact)
        self.invio_da.set_value(c.invio_da)
        self.shared.setChecked(c.shared)
        for form, cb in self.forms.items():
            cb.setChecked(form in c.violence_forms)
        self.duration.set_value(c.violence_duration)
        self.author.set_value(c.author_relation)
        self.children_total.setValue(p.children_total)
        self.children_minors.setValue(p.children_minors)
        self.minors_witnessed.setValue(p.minors_witnessed)
        self.minors_victims.setValue(p.minors_direct_victims)
        self.children_hosted.setValue(p.children_hosted)
        for err in self.errors.values():
            err.hide()
        self._loading = False
        self.dirty = False

    def clear(self) -> None:
        self.load(CaseBundle(Person(), Case()))

    def validate(self) -> bool:
        """Show a message under every wrong field; True when all is well."""
        problems: dict[QWidget, str] = {}
        cf = self.codice_fiscale.text().strip().upper()
        if cf and not CF_PATTERN.fullmatch(cf):
            problems[self.codice_fiscale] = self.tr("A codice fiscale has 16 letters and digits.")
        comune = self.comune.text().strip()
        if comune and not ISTAT_PATTERN.fullmatch(comune):
            problems[self.comune] = self.tr("The ISTAT code of a Comune has 6 digits.")
        if self.children_minors.value() > self.children_total.value():
            problems[self.children_minors] = self.tr("More children under 18 than in total.")
        if self.minors_witnessed.value() > self.children_minors.value():
            problems[self.minors_witnessed] = self.tr("More than the children under 18.")
        if self.minors_victims.value() > self.children_minors.value():
            problems[self.minors_victims] = self.tr("More than the children under 18.")
        if self.children_hosted.value() > self.children_total.value():
            problems[self.children_hosted] = self.tr("More than her children in total.")
        person, case = self.collect()
        for key in missing({**vars(person), **vars(case)}, self.overrides):
            widget = self.her_rows.rows[key][2] if key in self.her_rows.rows else None
            if widget is not None:
                problems[widget] = self.tr("The centre made this field required.")
        for widget, err in self.errors.items():
            err.setText(problems.get(widget, ""))
            err.setVisible(widget in problems)
        centre_ok = all([b.validate() for b in self.centre.values()])  # every box shows its own
        return not problems and centre_ok

    def centre_values(self) -> dict[str, object]:
        """The centre's fields as she left them, every section together."""
        out: dict[str, object] = {}
        for centre_box in self.centre.values():
            out.update(centre_box.values())
        return out

    def collect(self) -> tuple[Person, Case]:
        person = replace(
            self._person,
            alias=self.alias.text().strip() or None,
            codice_fiscale=self.codice_fiscale.text().strip().upper() or None,
            age_band=self.age_band.value(),
            citizenship=self.citizenship.value(),
            comune_istat=self.comune.text().strip() or None,
            education=self.education.value(),
            employment=self.employment.value(),
            income=self.income.value(),
            economically_autonomous=self.autonomous.isChecked(),
            housing=self.housing.value(),
            children_total=self.children_total.value(),
            children_minors=self.children_minors.value(),
            minors_witnessed=self.minors_witnessed.value(),
            minors_direct_victims=self.minors_victims.value(),
            children_hosted=self.children_hosted.value(),
        )
        case = replace(
            self._case,
            status=self.status.value() or CaseStatus.CONTACT,
            opened_on=py_date(self.opened_on),
            first_contact=self.first_contact.value(),
            invio_da=self.invio_da.value(),
            shared=self.shared.isChecked(),
            violence_forms=frozenset(f for f, cb in self.forms.items() if cb.isChecked()),
            violence_duration=self.duration.value(),
            author_relation=self.author.value(),
        )
        return person, case
