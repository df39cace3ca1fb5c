"""A centre field leaves in a referral only when the template names it and she gives a reason;
it never leaves in the report to the network."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ponte.app.background import sync
from ponte.app.casework import Casework
from ponte.app.forms import CentreForms
from ponte.app.reporting import report_tables
from ponte.app.workstation import Workstation
from ponte.core.domain import Case, Consent, Person
from ponte.core.enums import AgeBand, ConsentMethod, Education, ServiceType, Urgency
from ponte.core.errors import FieldDefinitionError, ValidationError
from ponte.core.fields import Choice, FieldDef, FieldType, Section
from ponte.storage.stats import Period

SHIFT = FieldDef(
    "turno_preferito",
    Section.INTAKE,
    FieldType.CHOICE,
    "Turno preferito",
    "Preferred shift",
    choices=(Choice("mattina", "Mattina"), Choice("pomeriggio", "Pomeriggio")),
    referral_types=frozenset({ServiceType.CPI}),
)
SECRET = FieldDef(
    "segreto_del_centro",
    Section.INTAKE,
    FieldType.CHOICE,
    "Segreto del centro",
    choices=(Choice("zafferano", "Zafferano"),),
)


def test_a_centre_field_needs_the_template_her_reason_and_her_consent(
    centre: Workstation, cpi: Workstation
) -> None:
    desk, forms = Casework(centre.vault, centre), CentreForms(centre.vault)
    forms.save(SHIFT)
    forms.save(SECRET)
    case_id = desk.new_case(
        Person(alias="Serafina Demo", age_band=AgeBand.A35_44, education=Education.DIPLOMA), Case()
    )
    bundle = desk.open_case(case_id)
    desk.save_intake(
        bundle.person,
        bundle.case,
        {"turno_preferito": "mattina", "segreto_del_centro": "zafferano"},
    )
    cpi_id = cpi.identity.member_id
    sync(centre)  # a round since the job centre joined: the centre's directory copy lists it
    proposal = desk.propose(case_id, cpi_id)
    draft = proposal.draft
    assert "centre_turno_preferito" not in draft.keys, "never in the minimum"
    assert "centre_turno_preferito" in draft.addable()
    assert "centre_segreto_del_centro" not in draft.addable(), "not named for this service"
    assert proposal.values["centre_turno_preferito"] == "Mattina"
    with pytest.raises(ValidationError):
        draft.add("centre_turno_preferito", "Mattina", " ")
    with pytest.raises(ValidationError):
        draft.add("centre_segreto_del_centro", "Zafferano", "perché sì")
    draft = draft.add("centre_turno_preferito", "Mattina", "i figli escono da scuola alle 13")
    for key in ("zones_to_avoid", "childcare_limits", "availability", "skills", "languages"):
        draft = draft.remove(key)
    today = desk.today()
    desk.record_consent(
        Consent(
            proposal.person_id, ServiceType.CPI, "orientamento", today,
            today + timedelta(days=90), ConsentMethod.WRITTEN, recipient=cpi_id,
            fields=tuple(draft.keys),
        )
    )  # fmt: skip
    desk.send_referral(case_id, cpi_id, draft, purpose="orientamento", urgency=Urgency.ROUTINE)
    assert any("i figli escono da scuola" in n.body for n in desk.open_case(case_id).notes)
    sync(centre)
    sync(cpi)
    (received,) = Casework(cpi.vault, cpi).inbox("referral")
    assert received.payload is not None
    assert received.payload["fields"]["centre_turno_preferito"] == "Mattina"
    assert "Zafferano" not in str(received.payload)
    assert "zafferano" not in str(received.payload)


def test_a_field_of_the_violence_section_can_never_be_offered(centre: Workstation) -> None:
    forms = CentreForms(centre.vault)
    story = FieldDef(
        "episodio", Section.VIOLENCE, FieldType.TEXT, "Episodio",
        referral_types=frozenset({ServiceType.HEALTH}),
    )  # fmt: skip
    with pytest.raises(FieldDefinitionError):
        forms.save(story)


def test_centre_fields_never_reach_the_report_to_the_network(centre: Workstation) -> None:
    desk, forms = Casework(centre.vault, centre), CentreForms(centre.vault)
    forms.save(SECRET)
    for i in range(12):
        case_id = desk.new_case(Person(alias=f"Donna {i}"), Case())
        b = desk.open_case(case_id)
        desk.save_intake(b.person, b.case, {"segreto_del_centro": "zafferano"})
    period = Period.year(desk.today().year)
    stats = forms.statistics(period)
    assert [t.table.name for t in stats.tables] == ["centre_segreto_del_centro"]
    assert stats.tables[0].table.value("zafferano") == 12, "teeth: the centre counts them"
    report = str([(t.name, t.to_rows()) for t in report_tables(centre.vault.db, period)])
    assert "segreto" not in report
    assert "zafferano" not in report
