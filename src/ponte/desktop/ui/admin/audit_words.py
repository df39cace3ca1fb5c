"""The audit log in words: what each recorded action means, what it touched, its counts.

The log stores stable codes (``case.read``, ``{"failed_attempts": 0, "kind": "account"}``)
so that it can be checked and compared; a coordinatrice reads "ha aperto la scheda" and
"tentativi falliti: 0 · con la sua passphrase". A code without words here is shown as it
is (a newer Ponte's entry); tests/desktop/test_audit_words.py makes sure every action this
Ponte writes has its words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ponte.core.enums import (
    AppointmentKind,
    CaseDateKind,
    ClosureReason,
    ClosureState,
    DeadlineOutcome,
    DocumentKind,
    LetterKind,
    OutcomeMoment,
    PartnerOutcome,
    PlaceKind,
    ReferralStatus,
    RiskTool,
    ServiceType,
)
from ponte.core.enums import StepType as StepKind
from ponte.core.labels import label
from ponte.desktop.ui.common import fmt_n, packet_kind, ui_lang
from ponte.desktop.ui.day.settings import rule_text


def actions() -> dict[str, str]:
    """Action code → what happened, in the UI language."""
    return {
        "vault.create": QCoreApplication.translate("AuditWords", "created the archive"),
        "vault.unlock": QCoreApplication.translate("AuditWords", "signed in"),
        "vault.lock": QCoreApplication.translate("AuditWords", "locked"),
        "vault.backup": QCoreApplication.translate("AuditWords", "made a backup"),
        "vault.backup_verify": QCoreApplication.translate("AuditWords", "checked a backup"),
        "vault.restore": QCoreApplication.translate("AuditWords", "restored a backup"),
        "vault.rekey": QCoreApplication.translate("AuditWords", "changed the archive's key"),
        "account.add": QCoreApplication.translate("AuditWords", "added an account"),
        "account.remove": QCoreApplication.translate("AuditWords", "removed an account"),
        "account.passwd": QCoreApplication.translate("AuditWords", "changed her passphrase"),
        "account.reset": QCoreApplication.translate("AuditWords", "reset a passphrase"),
        "recovery.key": QCoreApplication.translate("AuditWords", "made a new recovery key"),
        "recovery.shares": QCoreApplication.translate(
            "AuditWords", "split the recovery key among custodians"
        ),
        "audit.verify": QCoreApplication.translate("AuditWords", "checked the activity log"),
        "case.create": QCoreApplication.translate("AuditWords", "opened a new case"),
        "case.read": QCoreApplication.translate("AuditWords", "opened a case file"),
        "case.update": QCoreApplication.translate("AuditWords", "changed a case"),
        "case.close": QCoreApplication.translate("AuditWords", "closed a case"),
        "case.export": QCoreApplication.translate("AuditWords", "exported cases"),
        "case.fields": QCoreApplication.translate(
            "AuditWords", "changed the centre's fields of a case"
        ),
        "cases.import": QCoreApplication.translate(
            "AuditWords", "imported cases from a spreadsheet"
        ),
        "field.define": QCoreApplication.translate("AuditWords", "added a field of the centre"),
        "field.change": QCoreApplication.translate("AuditWords", "changed a field of the centre"),
        "field.standard": QCoreApplication.translate(
            "AuditWords", "changed how a standard field is asked"
        ),
        "person.update": QCoreApplication.translate("AuditWords", "changed her details"),
        "person.access_export": QCoreApplication.translate(
            "AuditWords", "exported her data (access request)"
        ),
        "person.erase": QCoreApplication.translate("AuditWords", "erased her data"),
        "note.add": QCoreApplication.translate("AuditWords", "added a note"),
        "contact.add": QCoreApplication.translate("AuditWords", "recorded a contact"),
        "plan.add": QCoreApplication.translate("AuditWords", "added a plan step"),
        "plan.move": QCoreApplication.translate("AuditWords", "moved a plan step"),
        "risk.record": QCoreApplication.translate("AuditWords", "recorded a risk assessment"),
        "safety.read": QCoreApplication.translate("AuditWords", "read the safety plan"),
        "safety.save": QCoreApplication.translate("AuditWords", "saved the safety plan"),
        "consent.record": QCoreApplication.translate("AuditWords", "recorded her consent"),
        "consent.withdraw": QCoreApplication.translate("AuditWords", "withdrew a consent"),
        "referral.create": QCoreApplication.translate("AuditWords", "sent a referral"),
        "referral.withdraw": QCoreApplication.translate("AuditWords", "withdrew a referral"),
        "referral.status": QCoreApplication.translate("AuditWords", "answered a referral"),
        "packet.receive": QCoreApplication.translate("AuditWords", "received a message"),
        "packet.refuse": QCoreApplication.translate(
            "AuditWords", "could not open a message it received"
        ),
        "packet.refusal_lifted": QCoreApplication.translate(
            "AuditWords", "applied a withdrawal set aside earlier, now that its referral came"
        ),
        "packet.refusal_sent": QCoreApplication.translate(
            "AuditWords", "told the sender a message could not be opened"
        ),
        "referral.answer": QCoreApplication.translate(
            "AuditWords", "received a service's answer to a referral"
        ),
        "referral.withdrawn": QCoreApplication.translate(
            "AuditWords", "the centre withdrew a referral it had sent here"
        ),
        "plan.link": QCoreApplication.translate("AuditWords", "linked a plan step to a referral"),
        "plan.follow": QCoreApplication.translate(
            "AuditWords", "a plan step followed a referral's answer"
        ),
        "document.add": QCoreApplication.translate("AuditWords", "added a document"),
        "document.read": QCoreApplication.translate("AuditWords", "opened a document"),
        "document.attach": QCoreApplication.translate(
            "AuditWords", "attached a document to a referral"
        ),
        "document.export": QCoreApplication.translate("AuditWords", "saved a copy of a document"),
        "document.delete": QCoreApplication.translate("AuditWords", "deleted a document"),
        "document.receive": QCoreApplication.translate("AuditWords", "received a document"),
        "document.replicated": QCoreApplication.translate(
            "AuditWords", "received a case document from another workstation"
        ),
        "documents.limit": QCoreApplication.translate(
            "AuditWords", "changed the largest document allowed"
        ),
        "identity.enrol": QCoreApplication.translate("AuditWords", "joined the network"),
        "directory.foreign_key": QCoreApplication.translate(
            "AuditWords", "saw a key for this centre that this workstation did not create"
        ),
        "device.add": QCoreApplication.translate("AuditWords", "added a workstation of the centre"),
        "device.join": QCoreApplication.translate("AuditWords", "joined the centre's workstations"),
        "device.remove": QCoreApplication.translate(
            "AuditWords", "removed a workstation of the centre"
        ),
        "replica.put": QCoreApplication.translate(
            "AuditWords", "received a change from another workstation"
        ),
        "replica.del": QCoreApplication.translate(
            "AuditWords", "received a deletion from another workstation"
        ),
        "replica.resend": QCoreApplication.translate(
            "AuditWords", "sent changes again to another workstation"
        ),
        "conflict.resolve": QCoreApplication.translate(
            "AuditWords", "settled a conflict between workstations"
        ),
        "report.send": QCoreApplication.translate(
            "AuditWords", "sent the statistics to the cabina di regia"
        ),
        "stats.export": QCoreApplication.translate("AuditWords", "exported the statistics"),
        "retention.policy": QCoreApplication.translate(
            "AuditWords", "changed how long records are kept"
        ),
        "retention.purge": QCoreApplication.translate(
            "AuditWords", "deleted records past their keeping time"
        ),
        "demo.seed": QCoreApplication.translate("AuditWords", "created the demo's synthetic cases"),
        "demo.outcomes": QCoreApplication.translate(
            "AuditWords", "created the demo's synthetic outcomes"
        ),
        "outcome.open": QCoreApplication.translate("AuditWords", "opened her outcomes"),
        "outcome.record": QCoreApplication.translate("AuditWords", "recorded her situation"),
        "outcome.confirm": QCoreApplication.translate(
            "AuditWords", "confirmed an outcome a service reported"
        ),
        "outcome.dismiss": QCoreApplication.translate(
            "AuditWords", "set aside an outcome a service reported"
        ),
        **_day_actions(),
    }


def _day_actions() -> dict[str, str]:
    """The day's actions (docs/day.md): appointments, deadlines, assignment, letters."""
    return {
        "appointment.add": QCoreApplication.translate("AuditWords", "booked an appointment"),
        "appointment.move": QCoreApplication.translate("AuditWords", "moved an appointment"),
        "appointment.edit": QCoreApplication.translate("AuditWords", "changed an appointment"),
        "appointment.cancel": QCoreApplication.translate("AuditWords", "cancelled an appointment"),
        "place.add": QCoreApplication.translate("AuditWords", "added a room"),
        "place.retire": QCoreApplication.translate("AuditWords", "took a room off the list"),
        "case.assign": QCoreApplication.translate("AuditWords", "gave a case to an operatrice"),
        "case.team": QCoreApplication.translate("AuditWords", "changed who else may see a case"),
        "case.close_request": QCoreApplication.translate("AuditWords", "asked to close a case"),
        "case.close_decide": QCoreApplication.translate(
            "AuditWords", "answered a request to close a case"
        ),
        "case.date": QCoreApplication.translate("AuditWords", "recorded a date of the case"),
        "case.print": QCoreApplication.translate("AuditWords", "printed from a case"),
        "centre.setting": QCoreApplication.translate(
            "AuditWords", "changed a setting of the centre"
        ),
        "deadline.mark": QCoreApplication.translate("AuditWords", "settled a deadline"),
        "deadline.rule": QCoreApplication.translate("AuditWords", "changed a deadline rule"),
        "template.save": QCoreApplication.translate("AuditWords", "saved a letter template"),
        "template.retire": QCoreApplication.translate(
            "AuditWords", "took a letter template off the list"
        ),
        "calendar.export": QCoreApplication.translate(
            "AuditWords", "saved her appointments for the phone"
        ),
        "calendar.opt_in": QCoreApplication.translate("AuditWords", "turned on the phone calendar"),
        "calendar.opt_out": QCoreApplication.translate(
            "AuditWords", "turned off the phone calendar"
        ),
        "demo.appointments": QCoreApplication.translate(
            "AuditWords", "created the demo's synthetic appointments"
        ),
        "demo.day": QCoreApplication.translate("AuditWords", "prepared the demo's day"),
    }


def families() -> dict[str, str]:
    """Action family (``case.``) → a group name for the filter list."""
    return {
        "vault.": QCoreApplication.translate("AuditWords", "the archive"),
        "account.": QCoreApplication.translate("AuditWords", "accounts"),
        "recovery.": QCoreApplication.translate("AuditWords", "recovery"),
        "audit.": QCoreApplication.translate("AuditWords", "the activity log"),
        "case.": QCoreApplication.translate("AuditWords", "cases"),
        "cases.": QCoreApplication.translate("AuditWords", "imports"),
        "field.": QCoreApplication.translate("AuditWords", "the centre's fields"),
        "person.": QCoreApplication.translate("AuditWords", "her details and rights"),
        "note.": QCoreApplication.translate("AuditWords", "notes"),
        "contact.": QCoreApplication.translate("AuditWords", "contacts"),
        "plan.": QCoreApplication.translate("AuditWords", "the plan"),
        "risk.": QCoreApplication.translate("AuditWords", "risk"),
        "safety.": QCoreApplication.translate("AuditWords", "the safety plan"),
        "consent.": QCoreApplication.translate("AuditWords", "consents"),
        "referral.": QCoreApplication.translate("AuditWords", "referrals"),
        "packet.": QCoreApplication.translate("AuditWords", "messages"),
        "document.": QCoreApplication.translate("AuditWords", "documents"),
        "documents.": QCoreApplication.translate("AuditWords", "document settings"),
        "identity.": QCoreApplication.translate("AuditWords", "the network"),
        "directory.": QCoreApplication.translate("AuditWords", "the network"),
        "device.": QCoreApplication.translate("AuditWords", "the centre's workstations"),
        "replica.": QCoreApplication.translate("AuditWords", "changes between workstations"),
        "conflict.": QCoreApplication.translate("AuditWords", "conflicts"),
        "report.": QCoreApplication.translate("AuditWords", "reports"),
        "stats.": QCoreApplication.translate("AuditWords", "statistics"),
        "retention.": QCoreApplication.translate("AuditWords", "keeping times"),
        "demo.": QCoreApplication.translate("AuditWords", "the demo"),
        "outcome.": QCoreApplication.translate("AuditWords", "outcomes"),
        "appointment.": QCoreApplication.translate("AuditWords", "appointments"),
        "place.": QCoreApplication.translate("AuditWords", "rooms"),
        "deadline.": QCoreApplication.translate("AuditWords", "deadlines"),
        "template.": QCoreApplication.translate("AuditWords", "letter templates"),
        "calendar.": QCoreApplication.translate("AuditWords", "the phone calendar"),
        "centre.": QCoreApplication.translate("AuditWords", "the centre's settings"),
    }


def _things() -> dict[str, str]:
    """Entity (what an entry touched) → its name."""
    return {
        "case": QCoreApplication.translate("AuditWords", "case"),
        "cases": QCoreApplication.translate("AuditWords", "case"),
        "person": QCoreApplication.translate("AuditWords", "woman"),
        "persons": QCoreApplication.translate("AuditWords", "woman"),
        "account": QCoreApplication.translate("AuditWords", "account"),
        "device": QCoreApplication.translate("AuditWords", "workstation"),
        "member": QCoreApplication.translate("AuditWords", "network member"),
        "packet": QCoreApplication.translate("AuditWords", "message"),
        "document": QCoreApplication.translate("AuditWords", "document"),
        "notes": QCoreApplication.translate("AuditWords", "note"),
        "contacts": QCoreApplication.translate("AuditWords", "contact"),
        "plan_steps": QCoreApplication.translate("AuditWords", "plan step"),
        "risk_assessments": QCoreApplication.translate("AuditWords", "risk assessment"),
        "safety_plans": QCoreApplication.translate("AuditWords", "safety plan"),
        "consents": QCoreApplication.translate("AuditWords", "consent"),
        "referrals": QCoreApplication.translate("AuditWords", "referral"),
        "replica_staff": QCoreApplication.translate("AuditWords", "staff account"),
        "period": QCoreApplication.translate("AuditWords", "period"),
        "import": QCoreApplication.translate("AuditWords", "import"),
        "field": QCoreApplication.translate("AuditWords", "field of the centre"),
        "appointment": QCoreApplication.translate("AuditWords", "appointment"),
    }


def _keys() -> dict[str, str]:
    """Detail key → its name (ids are shortened, counts written as numbers)."""
    return {
        "failed_attempts": QCoreApplication.translate("AuditWords", "failed attempts"),
        "kind": QCoreApplication.translate("AuditWords", "type"),
        "case_id": QCoreApplication.translate("AuditWords", "case"),
        "person_id": QCoreApplication.translate("AuditWords", "woman"),
        "note_id": QCoreApplication.translate("AuditWords", "note"),
        "contact_id": QCoreApplication.translate("AuditWords", "contact"),
        "step_id": QCoreApplication.translate("AuditWords", "step"),
        "consent_id": QCoreApplication.translate("AuditWords", "consent"),
        "referral_id": QCoreApplication.translate("AuditWords", "referral"),
        "packet_id": QCoreApplication.translate("AuditWords", "message"),
        "key_id": QCoreApplication.translate("AuditWords", "key"),
        "recipient_id": QCoreApplication.translate("AuditWords", "recipient"),
        "change_id": QCoreApplication.translate("AuditWords", "change"),
        "fields": QCoreApplication.translate("AuditWords", "fields"),
        "size": QCoreApplication.translate("AuditWords", "bytes"),
        "cases": QCoreApplication.translate("AuditWords", "cases", "a count"),
        "persons": QCoreApplication.translate("AuditWords", "women"),
        "packets": QCoreApplication.translate("AuditWords", "messages"),
        "count": QCoreApplication.translate("AuditWords", "entries"),
        "threshold": QCoreApplication.translate("AuditWords", "custodians needed"),
        "tables": QCoreApplication.translate("AuditWords", "tables"),
        "rows": QCoreApplication.translate("AuditWords", "rows"),
        "version": QCoreApplication.translate("AuditWords", "version"),
        "hidden": QCoreApplication.translate("AuditWords", "hidden"),
        "required": QCoreApplication.translate("AuditWords", "required"),
        "created": QCoreApplication.translate("AuditWords", "new"),
        "updated": QCoreApplication.translate("AuditWords", "updated"),
        "skipped": QCoreApplication.translate("AuditWords", "skipped"),
        "documents": QCoreApplication.translate("AuditWords", "documents", "a count"),
        "lost": QCoreApplication.translate("AuditWords", "changes sent again"),
        "max_bytes": QCoreApplication.translate("AuditWords", "largest document (bytes)"),
        "schema_version": QCoreApplication.translate("AuditWords", "archive version"),
        "closed_case_days": QCoreApplication.translate("AuditWords", "days for closed cases"),
        "sent_packet_days": QCoreApplication.translate("AuditWords", "days for sent messages"),
        "days": QCoreApplication.translate("AuditWords", "days for closed cases"),
        "packet_days": QCoreApplication.translate("AuditWords", "days for sent messages"),
        "changes": QCoreApplication.translate("AuditWords", "changes"),
        "appointment_id": QCoreApplication.translate("AuditWords", "appointment"),
        "appointments": QCoreApplication.translate("AuditWords", "appointments", "a count"),
        "deadline_id": QCoreApplication.translate("AuditWords", "deadline"),
        "template_id": QCoreApplication.translate("AuditWords", "template"),
        "account_id": QCoreApplication.translate("AuditWords", "account"),
        "account_ids": QCoreApplication.translate("AuditWords", "accounts"),
    }


def _kind(action: str, value: str) -> str:
    """The ``kind`` of an entry in words: its list depends on the action."""
    lang = ui_lang()
    slots = {
        "account": QCoreApplication.translate("AuditWords", "with her passphrase"),
        "recovery": QCoreApplication.translate("AuditWords", "with the recovery key"),
        "shares": QCoreApplication.translate("AuditWords", "with the custodians' shares"),
    }
    roles = {
        "operatrice": QCoreApplication.translate("AuditWords", "operatrice"),
        "coordinatrice": QCoreApplication.translate("AuditWords", "coordinatrice"),
        "amministratrice": QCoreApplication.translate("AuditWords", "amministratrice"),
    }
    enums = {
        "appointment.": AppointmentKind,
        "place.": PlaceKind,
        "deadline.mark": DeadlineOutcome,
        "case.date": CaseDateKind,
        "case.close_decide": ClosureState,
        "template.save": LetterKind,
        "document.": DocumentKind,
        "consent.": ServiceType,
        "referral.status": ReferralStatus,
        "case.close": ClosureReason,
        "risk.": RiskTool,
        "plan.": StepKind,
        "outcome.record": OutcomeMoment,
        "outcome.confirm": PartnerOutcome,
        "outcome.dismiss": PartnerOutcome,
    }
    if action.startswith("consent.") and value == "followup":
        return QCoreApplication.translate("AuditWords", "for the follow-up calls")
    if action == "vault.unlock":
        return slots.get(value, value)
    if action == "deadline.rule":
        return rule_text(value)
    if action == "centre.setting":
        return _setting(value)
    if action == "case.print":
        return _printout(value)
    if action == "packet.receive":
        return packet_kind(value)
    if action.startswith("account."):
        return roles.get(value, value)
    for prefix, enum in enums.items():
        if action.startswith(prefix):
            try:
                return label(enum(value), lang)
            except ValueError:
                return value
    return value


def _setting(key: str) -> str:
    return {
        "closure.approval": QCoreApplication.translate(
            "AuditWords", "closing needs the coordinatrice's approval"
        ),
        "centre.contact": QCoreApplication.translate("AuditWords", "the centre's contact"),
        "centre.name": QCoreApplication.translate("AuditWords", "the centre's name"),
        "shelter.address": QCoreApplication.translate("AuditWords", "the shelter's address"),
    }.get(key, key)


def _printout(what: str) -> str:
    return {
        "summary": QCoreApplication.translate("AuditWords", "case summary"),
        "plan": QCoreApplication.translate("AuditWords", "plan"),
        "letter": QCoreApplication.translate("AuditWords", "letter"),
        "appointment_card": QCoreApplication.translate("AuditWords", "appointment card"),
    }.get(what, what)


def short_id(value: str) -> str:
    """The last 8 characters of an id: ids are UUIDv7, whose first characters are the time
    (the same for everything made in one moment), so the end tells records apart."""
    return value[-8:]


def action_text(action: str) -> str:
    return actions().get(action, action)


def record_text(entity: str, entity_id: str) -> str:
    if not entity:
        return ""
    name = _things().get(entity, entity)
    return f"{name} {short_id(entity_id)}".strip()


def detail_text(action: str, detail: dict[str, Any]) -> str:
    keys = _keys()
    parts = []
    for key, value in sorted(detail.items()):
        name = keys.get(key, key)
        if key == "kind":
            shown = _kind(action, str(value))
        elif isinstance(value, bool):
            shown = (
                QCoreApplication.translate("AuditWords", "yes")
                if value
                else QCoreApplication.translate("AuditWords", "no")
            )
        elif isinstance(value, int):
            shown = fmt_n(value)
        elif key.endswith("_id") and key != "key_id":  # a key's id is read out whole
            shown = short_id(str(value))
        else:
            shown = str(value)
        parts.append(f"{name}: {shown}")
    return " · ".join(parts)
