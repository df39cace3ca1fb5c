"""What a spreadsheet column can go into, and which one a column's name suggests.

A *target* is a standard field of the case file (with the Italian and English names
spreadsheets give it, and, for a closed list, each code's labels and the words people
write for it), one of the centre's own fields, or something special: the file's own row
reference (so a second import finds the cases the first one made), her age or birth date
(kept only as an age band), a note. A column can also be *one answer* of a several-answers
field: a column "Violenza fisica" holding sì/no adds ``physical`` when it says sì.

Suggestions compare the column's words with every target's names (accents, case and
punctuation aside); a column matches at most one target and a target takes at most one
column, best matches first. She confirms or changes each one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ponte.core import enums as e
from ponte.core.fields import FieldDef, FieldType
from ponte.core.labels import label
from ponte.core.standard_fields import STANDARD_FIELDS, Override
from ponte.importer.values import normal

CENTRE = "centre:"
REF, AGE, BIRTH, NOTE, CODE = "ref", "age", "birth_date", "note", "woman_code"
MIN_SCORE = 0.8


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    NUMBER = "number"
    DATE = "date"
    YESNO = "yesno"
    CHOICE = "choice"
    MULTI = "multi"


@dataclass(frozen=True)
class Option:
    code: str
    it: str
    en: str
    names: tuple[str, ...] = ()  # what people write for it, besides its labels

    def label(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.it


@dataclass(frozen=True)
class Target:
    key: str
    kind: Kind
    it: str
    en: str
    names: tuple[str, ...] = ()  # column names that mean it (Italian first)
    options: tuple[Option, ...] = ()
    retired: frozenset[str] = frozenset()  # codes on old cases, not to be imported anew

    def label(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.it

    @property
    def centre_key(self) -> str | None:
        return self.key.removeprefix(CENTRE) if self.key.startswith(CENTRE) else None


@dataclass(frozen=True)
class ColumnMap:
    """Where one column goes: a target (empty: ignored), or one answer of a MULTI target."""

    target: str = ""
    option: str = ""


#: What people write for list codes (besides the labels in core/labels.py).
SYNONYMS: dict[tuple[type[StrEnum], str], tuple[str, ...]] = {
    (e.AgeBand, "under_18"): ("minorenne", "<18", "meno di 18 anni"),
    (e.AgeBand, "65_plus"): ("over 65", ">65", "65+", "65 e piu"),
    (e.Citizenship, "italian"): ("italia", "it", "ita", "italiana"),
    (e.Citizenship, "eu"): ("comunitaria", "europea", "unione europea", "ue"),
    (e.Citizenship, "non_eu"): ("extracomunitaria", "extra ue", "straniera extra ue", "non ue"),
    (e.Education, "none_primary"): ("elementare", "licenza elementare", "nessuno", "primaria"),
    (e.Education, "lower_secondary"): ("media", "scuola media", "licenza media", "terza media"),
    (e.Education, "diploma"): ("superiori", "diploma superiore", "maturita", "scuola superiore"),
    (e.Education, "degree"): ("laurea", "laureata", "universita", "master", "dottorato"),
    (e.Employment, "stable"): ("occupata", "lavoro stabile", "tempo indeterminato", "dipendente"),
    (e.Employment, "precarious"): ("precaria", "lavoro precario", "tempo determinato", "saltuaria"),
    (e.Employment, "unemployed"): ("disoccupata", "inoccupata", "senza lavoro"),
    (e.Employment, "homemaker"): ("casalinga",),
    (e.Employment, "retired"): ("pensionata",),
    (e.Employment, "student"): ("studentessa",),
    (e.Income, "none"): ("nessuno", "assente", "senza reddito"),
    (e.Income, "self_sufficient"): ("sufficiente", "autonoma"),
    (e.Housing, "with_author"): (
        "convive con il maltrattante",
        "con il maltrattante",
        "con autore",
    ),
    (e.Housing, "relatives"): ("parenti", "amici", "famiglia di origine"),
    (e.Housing, "shelter"): ("casa rifugio", "struttura protetta"),
    (e.Housing, "homeless"): ("senza fissa dimora", "senza casa"),
    (e.FirstContact, "phone"): ("telefonico", "telefonata", "tel"),
    (e.FirstContact, "in_person"): ("presenza", "di persona", "accesso diretto", "sportello"),
    (e.FirstContact, "email_social"): ("mail", "email", "social", "facebook", "whatsapp"),
    (e.FirstContact, "line_1522"): ("numero 1522", "1522"),
    (e.InvioDa, "self"): ("spontaneo", "spontanea", "autonomamente", "lei stessa", "da sola"),
    (e.InvioDa, "family_friends"): ("famiglia", "amici", "parenti", "amica"),
    (e.InvioDa, "police"): ("carabinieri", "polizia", "questura", "ffoo", "forze ordine"),
    (e.InvioDa, "social_services"): ("servizio sociale", "assistente sociale", "comune"),
    (e.InvioDa, "er_hospital"): ("pronto soccorso", "ps", "ospedale", "percorso rosa"),
    (e.InvioDa, "gp"): ("medico di famiglia", "mmg", "medico"),
    (e.InvioDa, "line_1522"): ("numero 1522", "1522"),
    (e.InvioDa, "other_cav"): ("altro cav", "altro centro"),
    (e.InvioDa, "lawyer"): ("avvocato", "avvocata", "legale"),
    (e.ViolenceForm, "physical"): ("fis", "fisica", "percosse"),
    (e.ViolenceForm, "psychological"): ("psic", "psicologica", "psicol", "verbale"),
    (e.ViolenceForm, "sexual"): ("sessuale", "sex", "stupro"),
    (e.ViolenceForm, "economic"): ("economica", "econ"),
    (e.ViolenceForm, "stalking"): ("atti persecutori", "persecuzione"),
    (e.ViolenceForm, "witnessed"): ("assistita",),
    (e.ViolenceForm, "cyber"): ("online", "digitale", "revenge porn", "cyber"),
    (e.ViolenceForm, "fgm"): ("mgf",),
    (e.ViolenceDuration, "under_1y"): ("meno di 1 anno", "< 1 anno", "meno di un anno"),
    (e.ViolenceDuration, "1_5y"): ("1-5 anni", "da 1 a 5 anni", "tra 1 e 5 anni"),
    (e.ViolenceDuration, "over_5y"): ("oltre 5 anni", "> 5 anni", "piu di 5 anni"),
    (e.AuthorRelation, "spouse_partner"): ("marito", "coniuge", "partner", "compagno"),
    (e.AuthorRelation, "cohabitant"): ("convivente",),
    (e.AuthorRelation, "boyfriend"): ("fidanzato", "ragazzo"),
    (e.AuthorRelation, "ex_partner"): ("ex marito", "ex compagno", "ex fidanzato", "ex"),
    (e.AuthorRelation, "other_relative"): ("fratello", "zio", "suocero", "parente"),
    (e.AuthorRelation, "colleague_employer"): ("collega", "datore di lavoro", "capo"),
    (e.CaseStatus, "contact"): ("contatto", "primo contatto"),
    (e.CaseStatus, "presa_in_carico"): ("in carico", "presa in carico"),
    (e.CaseStatus, "active"): ("attivo", "attiva", "aperto", "aperta", "in corso"),
    (e.CaseStatus, "suspended"): ("sospeso", "sospesa"),
    (e.CaseStatus, "closed"): ("chiuso", "chiusa", "concluso", "conclusa", "archiviato"),
    (e.LegalFlag, "complaint_filed"): ("denuncia", "querela", "denuncia sporta"),
    (e.ClosureReason, "goals_met"): ("concluso positivamente", "obiettivi raggiunti"),
    (e.ClosureReason, "stopped_by_her"): ("interrotto", "abbandono", "drop out"),
}


def _options(enum: type[StrEnum]) -> tuple[Option, ...]:
    return tuple(
        Option(m.value, label(m, "it"), label(m, "en"), SYNONYMS.get((enum, m.value), ()))
        for m in enum
    )


def _t(key: str, kind: Kind, names: tuple[str, ...], enum: type[StrEnum] | None = None) -> Target:
    std = STANDARD_FIELDS.get(key)
    it, en = (std.it, std.en) if std else (names[0], names[0])
    return Target(key, kind, it, en, names, _options(enum) if enum else ())


#: The standard targets, in the order the template spreadsheet lists them.
STANDARD: tuple[Target, ...] = (
    Target(REF, Kind.TEXT, "Riferimento nel vostro archivio", "Your own record number",
           ("n scheda", "numero scheda", "n cartella", "numero cartella", "id", "codice pratica",
            "protocollo", "riferimento", "rif", "n", "numero", "n progressivo", "codice scheda")),
    Target(CODE, Kind.TEXT, "Codice Ponte della donna", "Ponte code",
           ("codice donna", "codice ponte", "woman code")),
    _t("alias", Kind.TEXT, ("nome", "nome d uso", "alias", "pseudonimo", "nominativo",
                            "nome e cognome", "cognome e nome", "donna", "utente")),
    _t("codice_fiscale", Kind.TEXT, ("codice fiscale", "cf", "cod fiscale", "c f")),
    _t("age_band", Kind.CHOICE, ("fascia di eta", "fascia eta", "classe di eta", "classe eta"), e.AgeBand),
    Target(AGE, Kind.INT, "Età (anni)", "Age (years)", ("eta", "anni", "eta anni", "age")),
    Target(BIRTH, Kind.DATE, "Data di nascita", "Date of birth",
           ("data di nascita", "nata il", "data nascita", "anno di nascita")),
    _t("citizenship", Kind.CHOICE, ("cittadinanza", "nazionalita", "provenienza"), e.Citizenship),
    _t("comune_istat", Kind.TEXT, ("codice istat comune", "codice comune", "comune istat",
                                   "codice istat", "comune di residenza", "comune")),
    _t("education", Kind.CHOICE, ("titolo di studio", "istruzione", "scolarita",
                                  "livello di istruzione", "titolo studio"), e.Education),
    _t("employment", Kind.CHOICE, ("condizione lavorativa", "condizione professionale",
                                   "occupazione", "lavoro", "professione"), e.Employment),
    _t("income", Kind.CHOICE, ("reddito", "condizione economica", "fonte di reddito"), e.Income),
    _t("economically_autonomous", Kind.YESNO, ("autonomia economica", "economicamente autonoma",
                                               "autonoma economicamente")),
    _t("housing", Kind.CHOICE, ("situazione abitativa", "condizione abitativa", "abitazione",
                                "alloggio", "dove vive"), e.Housing),
    _t("children_total", Kind.INT, ("figli", "n figli", "numero figli", "figli totali", "numero di figli")),
    _t("children_minors", Kind.INT, ("figli minori", "n figli minori", "figli minorenni", "minori")),
    _t("minors_witnessed", Kind.INT, ("minori testimoni", "figli testimoni di violenza",
                                      "minori che hanno assistito", "minori violenza assistita")),
    _t("minors_direct_victims", Kind.INT, ("minori vittime", "figli vittime", "minori vittime dirette")),
    _t("children_hosted", Kind.INT, ("figli ospitati", "figli accolti", "minori ospiti", "figli con lei")),
    _t("status", Kind.CHOICE, ("stato", "stato del caso", "stato percorso", "stato del percorso"), e.CaseStatus),
    _t("opened_on", Kind.DATE, ("data primo contatto", "data del primo contatto", "data contatto",
                                "data accesso", "data di accesso", "data apertura", "data",
                                "data di accoglienza", "primo accesso", "data presa in carico")),
    _t("first_contact", Kind.CHOICE, ("modalita di contatto", "modalita primo contatto", "canale",
                                      "primo contatto", "tipo contatto", "modalita di accesso"), e.FirstContact),
    _t("invio_da", Kind.CHOICE, ("invio da", "inviata da", "inviante", "canale di invio",
                                 "chi ha inviato", "segnalata da", "invio"), e.InvioDa),
    _t("violence_forms", Kind.MULTI, ("tipo di violenza", "tipologia di violenza", "forme di violenza",
                                      "tipo violenza", "violenza subita", "violenze subite",
                                      "tipologia violenza"), e.ViolenceForm),
    _t("violence_duration", Kind.CHOICE, ("durata della violenza", "durata violenza", "durata",
                                          "da quanto tempo"), e.ViolenceDuration),
    _t("author_relation", Kind.CHOICE, ("relazione con l autore", "rapporto con l autore", "autore",
                                        "relazione con il maltrattante", "maltrattante",
                                        "autore della violenza"), e.AuthorRelation),
    Target("services", Kind.MULTI, "Servizi offerti", "Services given",
           ("servizi", "servizi offerti", "servizi erogati", "prestazioni", "interventi"),
           _options(e.Service)),
    Target("legal", Kind.MULTI, "Percorso legale", "Legal steps",
           ("percorso legale", "misure", "provvedimenti", "aspetti legali"),
           _options(e.LegalFlag)),
    Target("closed_on", Kind.DATE, "Data di chiusura", "Closed on",
           ("data chiusura", "data di chiusura", "chiuso il", "fine percorso", "data fine")),
    Target("closure_reason", Kind.CHOICE, "Motivo della chiusura", "Closure reason",
           ("motivo chiusura", "motivo di chiusura", "motivazione chiusura", "esito"),
           _options(e.ClosureReason)),
    Target(NOTE, Kind.TEXT, "Note (diventano una nota del caso)", "Notes (become a case note)",
           ("note", "annotazioni", "osservazioni", "descrizione")),
)  # fmt: skip

_KINDS = {
    FieldType.TEXT: Kind.TEXT,
    FieldType.NUMBER: Kind.NUMBER,
    FieldType.DATE: Kind.DATE,
    FieldType.YESNO: Kind.YESNO,
    FieldType.CHOICE: Kind.CHOICE,
    FieldType.MULTI: Kind.MULTI,
}


def centre_target(d: FieldDef) -> Target:
    return Target(
        CENTRE + d.key,
        _KINDS[d.type],
        d.it,
        d.en or d.it,
        (d.it, d.en, d.key.replace("_", " ")),
        tuple(Option(c.code, c.it, c.en or c.it) for c in d.choices),
        frozenset(c.code for c in d.choices if c.retired),
    )


def targets(centre_fields: Iterable[FieldDef], overrides: dict[str, Override]) -> list[Target]:
    """Everything a column can go into here: standard fields the centre did not hide, and
    its own active fields."""
    hidden = {k for k, o in overrides.items() if o.hidden}
    out = [t for t in STANDARD if t.key not in hidden]
    out += [centre_target(d) for d in centre_fields if not d.retired]
    return out


def _score(header: str, names: Iterable[str]) -> float:
    h = normal(header)
    best = 0.0
    for name in names:
        n = normal(name)
        if not n or not h:
            continue
        if h == n:
            return 1.0
        best = max(best, difflib.SequenceMatcher(None, h, n).ratio())
    return best


def suggest(headers: Iterable[str], available: list[Target]) -> list[ColumnMap]:
    """A suggested target for each column (an empty ColumnMap when none is close enough)."""
    headers = list(headers)
    scored: list[tuple[float, int, int, str]] = []  # (score, column, order, option)
    for col, header in enumerate(headers):
        for order, t in enumerate(available):
            s = _score(header, (*t.names, t.it, t.en))
            if s >= MIN_SCORE:
                scored.append((s, col, order, ""))
            if t.kind is Kind.MULTI:  # a column per answer: "Violenza fisica"
                for o in t.options:
                    names = (*o.names, o.it, o.en)
                    joined = [f"{t.it} {n}" for n in names] + [f"violenza {n}" for n in names]
                    s = _score(header, (*names, *joined)) - 0.01  # a whole-field name wins a tie
                    if s >= MIN_SCORE:
                        scored.append((s, col, order, o.code))
    out = [ColumnMap() for _ in headers]
    taken: set[tuple[int, str]] = set()
    done: set[int] = set()
    for _s, col, order, option in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
        if col in done or (order, option) in taken or (order, "") in taken:
            continue
        if not option and any(o == order for o, _ in taken):
            continue  # the field already takes one answer per column
        out[col] = ColumnMap(available[order].key, option)
        done.add(col)
        taken.add((order, option))
    return out
