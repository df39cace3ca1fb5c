"""Italian and English labels for every domain code (``core/enums.py``).

Plain words for people under stress, in the vocabulary of DOMAIN.md and docs/glossary-it.md.
``label(x, "it")`` is what the app shows by default.

Labels are keyed by (enum type, value): members of different enums share codes ("other",
"phone", "shelter", "psychological"…) and a ``StrEnum`` hashes like its string, so one flat
table keyed by member would let one list's words overwrite another's.
"""

from __future__ import annotations

from enum import StrEnum

from ponte.core import enums as e

#: enum type → code → (Italian, English)
LABELS: dict[type[StrEnum], dict[str, tuple[str, str]]] = {
    e.AgeBand: {
        e.AgeBand.UNDER_18.value: ("meno di 18", "under 18"),
        e.AgeBand.A18_24.value: ("18–24", "18–24"),
        e.AgeBand.A25_34.value: ("25–34", "25–34"),
        e.AgeBand.A35_44.value: ("35–44", "35–44"),
        e.AgeBand.A45_54.value: ("45–54", "45–54"),
        e.AgeBand.A55_64.value: ("55–64", "55–64"),
        e.AgeBand.A65_PLUS.value: ("65 e oltre", "65 and over"),
    },
    e.Citizenship: {
        e.Citizenship.ITALIAN.value: ("italiana", "Italian"),
        e.Citizenship.EU.value: ("UE", "EU"),
        e.Citizenship.NON_EU.value: ("extra UE", "non-EU"),
    },
    e.Education: {
        e.Education.NONE_PRIMARY.value: ("nessuno / elementare", "none / primary"),
        e.Education.LOWER_SECONDARY.value: ("licenza media", "lower secondary"),
        e.Education.DIPLOMA.value: ("diploma", "upper secondary diploma"),
        e.Education.DEGREE.value: ("laurea o superiore", "degree or higher"),
    },
    e.Employment: {
        e.Employment.STABLE.value: ("occupata stabile", "stable job"),
        e.Employment.PRECARIOUS.value: ("occupata precaria", "precarious job"),
        e.Employment.UNEMPLOYED.value: ("disoccupata", "unemployed"),
        e.Employment.FIRST_JOB.value: ("in cerca di prima occupazione", "looking for a first job"),
        e.Employment.STUDENT.value: ("studentessa", "student"),
        e.Employment.HOMEMAKER.value: ("casalinga", "homemaker"),
        e.Employment.RETIRED.value: ("pensionata", "retired"),
        e.Employment.OTHER.value: ("altro", "other"),
    },
    e.Income: {
        e.Income.NONE.value: ("nessun reddito", "no income"),
        e.Income.INSUFFICIENT.value: ("reddito proprio insufficiente", "own income, not enough"),
        e.Income.SELF_SUFFICIENT.value: ("autosufficiente", "self-sufficient"),
    },
    e.Housing: {
        e.Housing.WITH_AUTHOR.value: ("con l'autore", "with the author"),
        e.Housing.WITHOUT_AUTHOR.value: ("senza l'autore", "without the author"),
        e.Housing.RELATIVES.value: ("presso parenti o amici", "with relatives or friends"),
        e.Housing.SHELTER.value: ("casa rifugio", "shelter"),
        e.Housing.EMERGENCY.value: ("accoglienza in emergenza", "emergency housing"),
        e.Housing.HOMELESS.value: ("senza dimora", "homeless"),
    },
    e.FirstContact: {
        e.FirstContact.PHONE.value: ("telefono", "phone"),
        e.FirstContact.IN_PERSON.value: ("di persona", "in person"),
        e.FirstContact.EMAIL_SOCIAL.value: ("e-mail o social", "email or social media"),
        e.FirstContact.LINE_1522.value: ("tramite 1522", "through 1522"),
    },
    e.InvioDa: {
        e.InvioDa.SELF.value: ("accesso spontaneo", "came herself"),
        e.InvioDa.FAMILY_FRIENDS.value: ("familiari o amici", "family or friends"),
        e.InvioDa.POLICE.value: ("forze dell'ordine", "police"),
        e.InvioDa.SOCIAL_SERVICES.value: ("servizi sociali", "social services"),
        e.InvioDa.ER_HOSPITAL.value: ("pronto soccorso / ospedale", "emergency room / hospital"),
        e.InvioDa.CONSULTORIO.value: ("consultorio", "family health clinic"),
        e.InvioDa.GP.value: ("medico di base", "GP"),
        e.InvioDa.LINE_1522.value: ("1522", "1522 helpline"),
        e.InvioDa.OTHER_CAV.value: ("altro centro antiviolenza", "another anti-violence centre"),
        e.InvioDa.SCHOOL.value: ("scuola", "school"),
        e.InvioDa.LAWYER.value: ("avvocata/o", "lawyer"),
        e.InvioDa.OTHER.value: ("altro", "other"),
    },
    e.ViolenceForm: {
        e.ViolenceForm.PHYSICAL.value: ("fisica", "physical"),
        e.ViolenceForm.PSYCHOLOGICAL.value: ("psicologica", "psychological"),
        e.ViolenceForm.SEXUAL.value: ("sessuale", "sexual"),
        e.ViolenceForm.ECONOMIC.value: ("economica", "economic"),
        e.ViolenceForm.STALKING.value: ("stalking", "stalking"),
        e.ViolenceForm.THREATS.value: ("minacce", "threats"),
        e.ViolenceForm.WITNESSED.value: ("violenza assistita", "witnessed violence (children)"),
        e.ViolenceForm.WORKPLACE.value: ("molestie sul lavoro", "workplace harassment"),
        e.ViolenceForm.FORCED_MARRIAGE.value: ("matrimonio forzato", "forced marriage"),
        e.ViolenceForm.FGM.value: ("mutilazioni genitali", "female genital mutilation"),
        e.ViolenceForm.TRAFFICKING.value: ("tratta", "trafficking"),
        e.ViolenceForm.CYBER.value: ("violenza online", "online violence"),
    },
    e.ViolenceDuration: {
        e.ViolenceDuration.UNDER_1Y.value: ("meno di un anno", "less than a year"),
        e.ViolenceDuration.Y1_5.value: ("da 1 a 5 anni", "1 to 5 years"),
        e.ViolenceDuration.OVER_5Y.value: ("più di 5 anni", "more than 5 years"),
    },
    e.AuthorRelation: {
        e.AuthorRelation.SPOUSE_PARTNER.value: ("coniuge / partner", "spouse / partner"),
        e.AuthorRelation.COHABITANT.value: ("convivente", "cohabitant"),
        e.AuthorRelation.BOYFRIEND.value: ("fidanzato", "boyfriend"),
        e.AuthorRelation.EX_PARTNER.value: ("ex partner", "ex-partner"),
        e.AuthorRelation.FATHER.value: ("padre", "father"),
        e.AuthorRelation.SON.value: ("figlio", "son"),
        e.AuthorRelation.OTHER_RELATIVE.value: ("altro parente", "other relative"),
        e.AuthorRelation.ACQUAINTANCE.value: ("conoscente", "acquaintance"),
        e.AuthorRelation.COLLEAGUE_EMPLOYER.value: (
            "collega / datore di lavoro",
            "colleague / employer",
        ),
        e.AuthorRelation.STRANGER.value: ("sconosciuto", "stranger"),
    },
    e.CaseStatus: {
        e.CaseStatus.CONTACT.value: ("primo contatto", "first contact"),
        e.CaseStatus.PRESA_IN_CARICO.value: ("presa in carico", "taken into care"),
        e.CaseStatus.ACTIVE.value: ("in corso", "active"),
        e.CaseStatus.SUSPENDED.value: ("sospeso", "suspended"),
        e.CaseStatus.CLOSED.value: ("chiuso", "closed"),
    },
    e.ClosureReason: {
        e.ClosureReason.GOALS_MET.value: ("obiettivi raggiunti", "goals met"),
        e.ClosureReason.STOPPED_BY_HER.value: ("interrotto da lei", "stopped by her"),
        e.ClosureReason.MOVED.value: (
            "trasferita ad altro centro o zona",
            "moved to another centre or area",
        ),
        e.ClosureReason.BACK_WITH_AUTHOR.value: ("tornata con l'autore", "back with the author"),
        e.ClosureReason.UNREACHABLE.value: ("non più raggiungibile", "unreachable"),
        e.ClosureReason.OTHER_SERVICE.value: (
            "presa in carico da altro servizio",
            "taken on by another service",
        ),
        e.ClosureReason.DEATH.value: ("decesso", "death"),
    },
    e.Service: {
        e.Service.LISTENING.value: ("ascolto", "listening"),
        e.Service.INTAKE.value: ("accoglienza", "intake"),
        e.Service.PSYCHOLOGICAL.value: ("supporto psicologico", "psychological support"),
        e.Service.LEGAL.value: ("consulenza legale", "legal advice"),
        e.Service.CHILDREN.value: ("supporto ai figli", "support for children"),
        e.Service.JOB_ORIENTATION.value: ("orientamento al lavoro", "job orientation"),
        e.Service.HOUSING_AUTONOMY.value: ("autonomia abitativa", "housing autonomy"),
        e.Service.LANGUAGE_MEDIATION.value: ("mediazione linguistica", "language mediation"),
        e.Service.SHELTER.value: ("ospitalità in casa rifugio", "shelter stay"),
        e.Service.ACCOMPANIMENT.value: ("accompagnamento ai servizi", "accompaniment to services"),
        e.Service.SELF_HELP.value: ("gruppi di auto-aiuto", "self-help groups"),
    },
    e.LegalFlag: {
        e.LegalFlag.COMPLAINT_FILED.value: ("denuncia presentata", "complaint filed"),
        e.LegalFlag.ORDER_REQUESTED.value: (
            "misura di protezione richiesta",
            "protection order requested",
        ),
        e.LegalFlag.ORDER_OBTAINED.value: (
            "misura di protezione ottenuta",
            "protection order obtained",
        ),
        e.LegalFlag.REMOVAL.value: ("allontanamento dalla casa familiare", "removal from the home"),
        e.LegalFlag.APPROACH_BAN.value: ("divieto di avvicinamento", "approach ban"),
        e.LegalFlag.WARNING.value: ("ammonimento", "police warning"),
        e.LegalFlag.CODICE_ROSSO.value: ("codice rosso", "codice rosso fast track"),
    },
    e.RiskTool: {
        e.RiskTool.SARA.value: ("SARA", "SARA"),
        e.RiskTool.SARA_S.value: ("SARA-S (screening)", "SARA-S (screening)"),
        e.RiskTool.ISA.value: ("ISA (autovalutazione)", "ISA (self-assessment)"),
        e.RiskTool.DANGER_ASSESSMENT.value: ("Danger Assessment", "Danger Assessment"),
        e.RiskTool.B_SAFER.value: ("B-SAFER", "B-SAFER"),
    },
    e.RiskRating: {
        e.RiskRating.NO.value: ("N – assente", "N – absent"),
        e.RiskRating.PARTIAL.value: ("? – parziale", "? – partly present"),
        e.RiskRating.YES.value: ("S – presente", "S – present"),
        e.RiskRating.OMITTED.value: ("omesso", "omitted"),
    },
    e.RiskLevel: {
        e.RiskLevel.LOW.value: ("basso", "low"),
        e.RiskLevel.MEDIUM.value: ("medio", "medium"),
        e.RiskLevel.HIGH.value: ("alto", "high"),
    },
    e.StepType: {
        e.StepType.NEEDS_ASSESSMENT.value: ("analisi dei bisogni", "needs assessment"),
        e.StepType.DID_GOL.value: ("DID e assessment GOL", "DID and GOL assessment"),
        e.StepType.BILANCIO_COMPETENZE.value: ("bilancio di competenze", "skills review"),
        e.StepType.ORIENTAMENTO.value: ("orientamento", "career guidance"),
        e.StepType.FORMAZIONE.value: ("formazione", "training"),
        e.StepType.TIROCINIO.value: ("tirocinio", "work placement"),
        e.StepType.RICERCA_ATTIVA.value: ("ricerca attiva del lavoro", "active job search"),
        e.StepType.ASSUNZIONE.value: ("assunzione", "hiring"),
        e.StepType.REDDITO_DI_LIBERTA.value: (
            "Reddito di libertà",
            "Reddito di libertà (freedom income)",
        ),
        e.StepType.AUTONOMIA_ABITATIVA.value: ("autonomia abitativa", "housing autonomy"),
        e.StepType.CHILDCARE.value: ("servizi per i figli", "childcare"),
    },
    e.StepStatus: {
        e.StepStatus.PROPOSED.value: ("proposto", "proposed"),
        e.StepStatus.CONSENTED.value: ("con consenso", "consented"),
        e.StepStatus.SENT.value: ("inviato", "sent"),
        e.StepStatus.ACCEPTED.value: ("accettato", "accepted"),
        e.StepStatus.IN_PROGRESS.value: ("in corso", "in progress"),
        e.StepStatus.DONE.value: ("concluso", "done"),
        e.StepStatus.STOPPED.value: ("interrotto", "stopped"),
        e.StepStatus.REFUSED.value: ("rifiutato", "refused"),
    },
    e.ServiceType: {
        e.ServiceType.CAV.value: ("centro antiviolenza", "anti-violence centre"),
        e.ServiceType.CPI.value: ("centro per l'impiego", "job centre"),
        e.ServiceType.HEALTH.value: ("servizio sanitario", "health service"),
        e.ServiceType.SOCIAL_SERVICES.value: ("servizi sociali", "social services"),
        e.ServiceType.TRAINING.value: ("ente di formazione", "training body"),
        e.ServiceType.COMPANY.value: ("azienda", "company"),
        e.ServiceType.UNION.value: ("sindacato", "union"),
        e.ServiceType.HOUSING.value: ("servizio abitativo", "housing service"),
        e.ServiceType.CABINA_REGIA.value: ("cabina di regia", "steering group"),
    },
    e.ConsentMethod: {
        e.ConsentMethod.WRITTEN.value: ("modulo firmato", "signed form"),
        e.ConsentMethod.VERBAL_RECORDED.value: ("verbale, registrato", "verbal, recorded"),
        e.ConsentMethod.DIGITAL.value: ("firma digitale", "digital signature"),
    },
    e.ContactKind: {
        e.ContactKind.PHONE.value: ("telefonata", "phone call"),
        e.ContactKind.IN_PERSON.value: ("colloquio", "meeting"),
        e.ContactKind.EMAIL.value: ("e-mail", "email"),
        e.ContactKind.ACCOMPANIMENT.value: ("accompagnamento", "accompaniment"),
        e.ContactKind.OTHER.value: ("altro", "other"),
    },
    e.ReferralStatus: {
        e.ReferralStatus.QUEUED.value: ("in attesa di invio", "waiting to be sent"),
        e.ReferralStatus.SENT.value: ("inviato alla rete", "sent to the network"),
        e.ReferralStatus.DELIVERED.value: ("consegnato", "delivered"),
        e.ReferralStatus.ACCEPTED.value: ("accettato dal servizio", "accepted by the service"),
        e.ReferralStatus.DECLINED.value: ("non accettato dal servizio", "declined by the service"),
        e.ReferralStatus.IN_PROGRESS.value: (
            "in corso presso il servizio",
            "in progress at the service",
        ),
        e.ReferralStatus.DONE.value: ("concluso", "completed"),
        e.ReferralStatus.WITHDRAWN.value: ("consenso ritirato", "consent withdrawn"),
        e.ReferralStatus.FAILED.value: ("non inviato", "not sent"),
        e.ReferralStatus.REFUSED.value: ("non aperto dal servizio", "not opened by the service"),
    },
    e.Urgency: {
        e.Urgency.ROUTINE.value: ("ordinaria", "routine"),
        e.Urgency.PRIORITY.value: ("prioritaria", "priority"),
        e.Urgency.URGENT.value: ("urgente", "urgent"),
    },
    e.DocumentKind: {
        e.DocumentKind.CONSENT_FORM.value: ("modulo di consenso", "consent form"),
        e.DocumentKind.MEDICAL_REPORT.value: ("referto medico", "medical report"),
        e.DocumentKind.CV.value: ("curriculum vitae", "CV"),
        e.DocumentKind.ID_DOCUMENT.value: ("documento d'identità", "ID document"),
        e.DocumentKind.OTHER.value: ("altro documento", "other document"),
        e.DocumentKind.LETTER.value: ("lettera", "letter"),
    },
}


#: Outcome codes (issue 21), folded into LABELS below under their own enum.
_OUTCOME_WORDS: tuple[tuple[StrEnum, str, str], ...] = (
    (e.OutcomeField.WORK, "lavoro", "work"),
    (e.OutcomeField.TRAINING, "formazione", "training"),
    (e.OutcomeField.INCOME, "reddito", "income"),
    (e.OutcomeField.HOUSING, "abitazione", "housing"),
    (e.OutcomeField.RDL, "Reddito di libertà ricevuto", "Reddito di libertà received"),
    (e.OutcomeField.AUTONOMOUS, "economicamente autonoma", "economically autonomous"),
    (e.WorkSituation.NOT_WORKING, "non lavora", "not working"),
    (e.WorkSituation.PERMANENT, "tempo indeterminato", "permanent contract"),
    (e.WorkSituation.FIXED_TERM, "tempo determinato", "fixed-term contract"),
    (e.WorkSituation.APPRENTICESHIP, "apprendistato", "apprenticeship"),
    (e.WorkSituation.TIROCINIO, "tirocinio", "work placement (tirocinio)"),
    (e.WorkSituation.SELF_EMPLOYED, "lavoro autonomo", "self-employed"),
    (e.Training.NONE, "nessun corso", "no course"),
    (e.Training.IN_COURSE, "corso in svolgimento", "attending a course"),
    (e.Training.COMPLETED, "corso completato", "course completed"),
    (e.YesNo.YES, "sì", "yes"),
    (e.YesNo.NO, "no", "no"),
    (e.OutcomeMoment.INTAKE, "all'accoglienza", "at intake"),
    (e.OutcomeMoment.CLOSURE, "alla chiusura", "at closure"),
    (e.OutcomeMoment.FOLLOWUP_6, "dopo 6 mesi", "after 6 months"),
    (e.OutcomeMoment.FOLLOWUP_12, "dopo 12 mesi", "after 12 months"),
    (e.CheckResult.DONE, "sentita", "spoken to"),
    (e.CheckResult.NOT_REACHED, "non raggiungibile", "could not be reached"),
    (e.ContactChannel.PHONE_CALL, "telefonata", "phone call"),
    (e.ContactChannel.TEXT_MESSAGE, "messaggio (SMS o chat)", "text message"),
    (e.ContactChannel.EMAIL, "e-mail", "email"),
    (e.ContactChannel.IN_PERSON, "di persona al centro", "in person at the centre"),
    (e.ContactChannel.SHE_CALLS, "chiama lei il centro", "she calls the centre"),
    (e.ContactTime.MORNING, "mattina", "morning"),
    (e.ContactTime.MIDDAY, "ora di pranzo", "midday"),
    (e.ContactTime.AFTERNOON, "pomeriggio", "afternoon"),
    (e.ContactTime.EVENING, "sera", "evening"),
    (e.ContactTime.WEEKEND, "fine settimana", "weekend"),
    (e.PartnerOutcome.COURSE_STARTED, "corso avviato", "course started"),
    (e.PartnerOutcome.COURSE_COMPLETED, "corso completato", "course completed"),
    (e.PartnerOutcome.TIROCINIO_STARTED, "tirocinio avviato", "work placement started"),
    (e.PartnerOutcome.HIRED, "assunta", "hired"),
)

#: The day's codes (docs/day.md), folded into LABELS below under their own enum.
_DAY_WORDS: tuple[tuple[StrEnum, str, str], ...] = (
    (e.AppointmentKind.INTERVIEW, "colloquio", "meeting with her"),
    (e.AppointmentKind.ACCOMPANIMENT, "accompagnamento", "accompaniment"),
    (e.AppointmentKind.HEARING, "udienza o audizione", "hearing"),
    (e.AppointmentKind.PARTNER_MEETING, "incontro con un servizio", "meeting with a service"),
    (e.AppointmentKind.TEAM, "équipe", "team meeting"),
    (e.AppointmentKind.OTHER, "altro impegno", "other"),
    (e.PlaceKind.ROOM, "stanza del centro", "room at the centre"),
    (e.PlaceKind.EXTERNAL, "esterno", "outside the centre"),
    (e.PlaceKind.PHONE, "telefonico", "by phone"),
    (e.CaseDateKind.COMPLAINT_FILED, "denuncia presentata il", "complaint filed on"),
    (
        e.CaseDateKind.RDL_REQUESTED,
        "Reddito di libertà richiesto il",
        "Reddito di libertà requested on",
    ),
    (
        e.CaseDateKind.RDL_FIRST_PAYMENT,
        "Reddito di libertà: prima mensilità il",
        "Reddito di libertà: first payment on",
    ),
    (e.DeadlineKind.CONSENT_EXPIRY, "consenso in scadenza", "consent expiring"),
    (
        e.DeadlineKind.HEARING_WINDOW,
        "Codice rosso: audizione dal pubblico ministero",
        "Codice rosso: prosecutor's hearing",
    ),
    (
        e.DeadlineKind.RDL_ANSWER,
        "Reddito di libertà: risposta attesa",
        "Reddito di libertà: answer due",
    ),
    (
        e.DeadlineKind.RDL_END,
        "Reddito di libertà: fine delle mensilità",
        "Reddito di libertà: last payment",
    ),
    (e.DeadlineKind.RISK_REVIEW, "rivalutazione del rischio", "risk review"),
    (e.DeadlineKind.PLAN_STEP_DUE, "passo del progetto in scadenza", "plan step due"),
    (e.DeadlineKind.REFERRAL_UNANSWERED, "invio senza risposta", "referral unanswered"),
    (e.DeadlineKind.RETENTION_PURGE, "caso chiuso da eliminare", "closed case due for purge"),
    (e.DeadlineOutcome.DONE, "fatto", "done"),
    (e.DeadlineOutcome.LAPSE, "lasciato scadere", "let lapse"),
    (e.ClosureState.PENDING, "in attesa di approvazione", "waiting for approval"),
    (e.ClosureState.APPROVED, "approvata", "approved"),
    (e.ClosureState.REFUSED, "non approvata", "not approved"),
    (e.LetterKind.REFERRAL_COVER, "lettera di accompagnamento all'invio", "referral cover letter"),
    (
        e.LetterKind.RDL_DECLARATION,
        "dichiarazione per il Reddito di libertà",
        "Reddito di libertà declaration",
    ),
    (
        e.LetterKind.PATH_CERTIFICATE,
        "attestazione del percorso",
        "certificate of her path with the centre",
    ),
    (
        e.LetterKind.SOCIAL_SERVICES_REPORT,
        "relazione per i servizi sociali",
        "report for social services",
    ),
    (e.LetterKind.OTHER, "altra lettera", "other letter"),
)
for _m, _it, _en in _OUTCOME_WORDS + _DAY_WORDS:
    LABELS.setdefault(type(_m), {})[_m.value] = (_it, _en)

LANGUAGES = ("it", "en")


def label(member: StrEnum, lang: str = "it") -> str:
    """The label of a domain code in ``lang`` ("it" or "en"), for *its* list."""
    if not isinstance(member, StrEnum):
        raise TypeError(f"a label belongs to an enum member, not to {type(member).__name__}")
    it, en = LABELS[type(member)][member.value]
    return it if lang == "it" else en
