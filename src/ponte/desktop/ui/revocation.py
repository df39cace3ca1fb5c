"""The one question before her consent is withdrawn, in plain words: what it withdraws.

Asked from the case file (consents, referrals) and from the consent register; the answer
comes from ``Casework.revocation``, so the question lists exactly what will be withdrawn.
Show it as plain text: the purpose was typed by a person.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ponte.app.casework import Revocation
from ponte.core.labels import label
from ponte.desktop.ui.common import plain, ui_lang

translate = QCoreApplication.translate


def question(rev: Revocation) -> str:
    """ "Withdraw her consent to … ? The 2 referrals sent under it are withdrawn too: …"."""
    service = label(rev.service_type, ui_lang())
    if rev.consent_id is None:
        head = translate("Revocation", "Withdraw this referral to %1?").replace("%1", service)
    else:
        head = translate("Revocation", "Withdraw her consent to %1 for “%2”?")
        head = head.replace("%1", service).replace("%2", rev.purpose)
    sent = [f"{c.service}: {plain(c.status)}" for c in rev.referrals]
    if not sent:
        return f"{head} {translate('Revocation', 'No referral was sent under it.')}"
    if rev.consent_id is None:
        tail = translate("Revocation", "%1 will be told.").replace("%1", sent[0])
    else:
        if len(sent) == 1:
            tail = translate("Revocation", "The referral sent under it is withdrawn too: %1.")
        else:
            tail = translate("Revocation", "The %2 referrals sent under it are withdrawn too: %1.")
        tail = tail.replace("%1", "; ".join(sent)).replace("%2", str(len(sent)))
    after = translate(
        "Revocation",
        "Each service is told at the next connection and no longer sees her details. "
        "This cannot be undone.",
    )
    return f"{head} {tail} {after}"
