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

from ponte.core.enums import ClosureReason, DocumentKind, ReferralStatus, RiskTool, ServiceType
from ponte.core.enums import StepType as StepKind
from ponte.core.labels import label
from ponte.desktop.ui.common import fmt_n, ui_lang


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def actions() -> dict[str, str]:
    """Action code → what happened, in the UI language."""
    t = QCoreApplication.translate
    return {
        "vault.create": t("AuditWords", "created the archive"),
        "vault.unlock": t("AuditWords", "signed in"),
        "vault.lock": t("AuditWords", "locked"),
        "vault.backup": t("AuditWords", "made a backup"),
        "vault.backup_verify": t("AuditWords", "checked a backup"),
        "vault.restore": t("AuditWords", "restored a backup"),
        "vault.rekey": t("AuditWords", "changed the archive's key"),
        "account.add": t("AuditWords", "added an account"),
        "account.remove": t("AuditWords", "removed an account"),
        "account.passwd": t("AuditWords", "changed her passphrase"),
        "account.reset": t("AuditWords", "reset a passphrase"),
        "recovery.key": t("AuditWords", "made a new recovery key"),
        "recovery.shares": t("AuditWords", "split the recovery key among custodians"),
        "audit.verify": t("AuditWords", "checked the activity log"),
        "case.create": t("AuditWords", "opened a new case"),
        "case.read": t("AuditWords", "opened a case file"),
        "case.update": t("AuditWords", "changed a case"),
        "case.close": t("AuditWords", "closed a case"),
        "case.export": t("AuditWords", "exported cases"),
        "person.update": t("AuditWords", "changed her details"),
        "person.access_export": t("AuditWords", "exported her data (access request)"),
        "person.erase": t("AuditWords", "erased her data"),
        "note.add": t("AuditWords", "added a note"),
        "contact.add": t("AuditWords", "recorded a contact"),
        "plan.add": t("AuditWords", "added a plan step"),
        "plan.move": t("AuditWords", "moved a plan step"),
        "risk.record": t("AuditWords", "recorded a risk assessment"),
        "safety.read": t("AuditWords", "read the safety plan"),
        "safety.save": t("AuditWords", "saved the safety plan"),
        "consent.record": t("AuditWords", "recorded her consent"),
        "consent.withdraw": t("AuditWords", "withdrew a consent"),
        "referral.create": t("AuditWords", "sent a referral"),
        "referral.withdraw": t("AuditWords", "withdrew a referral"),
        "referral.status": t("AuditWords", "answered a referral"),
        "packet.receive": t("AuditWords", "received a message"),
        "document.add": t("AuditWords", "added a document"),
        "document.read": t("AuditWords", "opened a document"),
        "document.attach": t("AuditWords", "attached a document to a referral"),
        "document.export": t("AuditWords", "saved a copy of a document"),
        "document.delete": t("AuditWords", "deleted a document"),
        "document.receive": t("AuditWords", "received a document"),
        "documents.limit": t("AuditWords", "changed the largest document allowed"),
        "identity.enrol": t("AuditWords", "joined the network"),
        "device.add": t("AuditWords", "added a workstation of the centre"),
        "device.join": t("AuditWords", "joined the centre's workstations"),
        "device.remove": t("AuditWords", "removed a workstation of the centre"),
        "replica.put": t("AuditWords", "received a change from another workstation"),
        "replica.del": t("AuditWords", "received a deletion from another workstation"),
        "replica.resend": t("AuditWords", "sent changes again to another workstation"),
        "conflict.resolve": t("AuditWords", "settled a conflict between workstations"),
        "report.send": t("AuditWords", "sent the statistics to the cabina di regia"),
        "stats.export": t("AuditWords", "exported the statistics"),
        "retention.policy": t("AuditWords", "changed how long records are kept"),
        "retention.purge": t("AuditWords", "deleted records past their keeping time"),
        "demo.seed": t("AuditWords", "created the demo's synthetic cases"),
    }


def families() -> dict[str, str]:
    """Action family (``case.``) → a group name for the filter list."""
    t = QCoreApplication.translate
    return {
        "vault.": t("AuditWords", "the archive"),
        "account.": t("AuditWords", "accounts"),
        "recovery.": t("AuditWords", "recovery"),
        "audit.": t("AuditWords", "the activity log"),
        "case.": t("AuditWords", "cases"),
        "person.": t("AuditWords", "her details and rights"),
        "note.": t("AuditWords", "notes"),
        "contact.": t("AuditWords", "contacts"),
        "plan.": t("AuditWords", "the plan"),
        "risk.": t("AuditWords", "risk"),
        "safety.": t("AuditWords", "the safety plan"),
        "consent.": t("AuditWords", "consents"),
        "referral.": t("AuditWords", "referrals"),
        "packet.": t("AuditWords", "messages"),
        "document.": t("AuditWords", "documents"),
        "documents.": t("AuditWords", "document settings"),
        "identity.": t("AuditWords", "the network"),
        "device.": t("AuditWords", "the centre's workstations"),
        "replica.": t("AuditWords", "changes between workstations"),
        "conflict.": t("AuditWords", "conflicts"),
        "report.": t("AuditWords", "reports"),
        "stats.": t("AuditWords", "statistics"),
        "retention.": t("AuditWords", "keeping times"),
        "demo.": t("AuditWords", "the demo"),
    }


def _things() -> dict[str, str]:
    """Entity (what an entry touched) → its name."""
    t = QCoreApplication.translate
    return {
        "case": t("AuditWords", "case"),
        "cases": t("AuditWords", "case"),
        "person": t("AuditWords", "woman"),
        "persons": t("AuditWords", "woman"),
        "account": t("AuditWords", "account"),
        "device": t("AuditWords", "workstation"),
        "member": t("AuditWords", "network member"),
        "packet": t("AuditWords", "message"),
        "document": t("AuditWords", "document"),
        "notes": t("AuditWords", "note"),
        "contacts": t("AuditWords", "contact"),
        "plan_steps": t("AuditWords", "plan step"),
        "risk_assessments": t("AuditWords", "risk assessment"),
        "safety_plans": t("AuditWords", "safety plan"),
        "consents": t("AuditWords", "consent"),
        "referrals": t("AuditWords", "referral"),
        "replica_staff": t("AuditWords", "staff account"),
        "period": t("AuditWords", "period"),
    }


def _keys() -> dict[str, str]:
    """Detail key → its name (ids are shortened, counts written as numbers)."""
    t = QCoreApplication.translate
    return {
        "failed_attempts": t("AuditWords", "failed attempts"),
        "kind": t("AuditWords", "type"),
        "case_id": t("AuditWords", "case"),
        "person_id": t("AuditWords", "woman"),
        "note_id": t("AuditWords", "note"),
        "contact_id": t("AuditWords", "contact"),
        "step_id": t("AuditWords", "step"),
        "consent_id": t("AuditWords", "consent"),
        "referral_id": t("AuditWords", "referral"),
        "packet_id": t("AuditWords", "message"),
        "recipient_id": t("AuditWords", "recipient"),
        "change_id": t("AuditWords", "change"),
        "fields": t("AuditWords", "fields"),
        "size": t("AuditWords", "bytes"),
        "cases": t("AuditWords", "cases"),
        "persons": t("AuditWords", "women"),
        "packets": t("AuditWords", "messages"),
        "count": t("AuditWords", "entries"),
        "threshold": t("AuditWords", "custodians needed"),
        "tables": t("AuditWords", "tables"),
        "lost": t("AuditWords", "changes sent again"),
        "max_bytes": t("AuditWords", "largest document (bytes)"),
        "schema_version": t("AuditWords", "archive version"),
        "closed_case_days": t("AuditWords", "days for closed cases"),
        "sent_packet_days": t("AuditWords", "days for sent messages"),
        "days": t("AuditWords", "days for closed cases"),
        "packet_days": t("AuditWords", "days for sent messages"),
    }


def _kind(action: str, value: str) -> str:
    """The ``kind`` of an entry in words: its list depends on the action."""
    lang = ui_lang()
    slots = {
        "account": _t("with her passphrase"),
        "recovery": _t("with the recovery key"),
        "shares": _t("with the custodians' shares"),
    }
    roles = {
        "operatrice": _t("operatrice"),
        "coordinatrice": _t("coordinatrice"),
        "amministratrice": _t("amministratrice"),
    }
    enums = {
        "document.": DocumentKind,
        "consent.": ServiceType,
        "referral.status": ReferralStatus,
        "case.close": ClosureReason,
        "risk.": RiskTool,
        "plan.": StepKind,
    }
    if action == "vault.unlock":
        return slots.get(value, value)
    if action.startswith("account."):
        return roles.get(value, value)
    for prefix, enum in enums.items():
        if action.startswith(prefix):
            try:
                return label(enum(value), lang)
            except ValueError:
                return value
    return value


def action_text(action: str) -> str:
    return actions().get(action, action)


def record_text(entity: str, entity_id: str) -> str:
    if not entity:
        return ""
    name = _things().get(entity, entity)
    return f"{name} {entity_id[:8]}".strip()


def detail_text(action: str, detail: dict[str, Any]) -> str:
    keys = _keys()
    parts = []
    for key, value in sorted(detail.items()):
        name = keys.get(key, key)
        if key == "kind":
            shown = _kind(action, str(value))
        elif isinstance(value, bool):
            shown = _t("yes") if value else _t("no")
        elif isinstance(value, int):
            shown = fmt_n(value)
        elif key.endswith("_id"):
            shown = str(value)[:8]
        else:
            shown = str(value)
        parts.append(f"{name}: {shown}")
    return " · ".join(parts)
